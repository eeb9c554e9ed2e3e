"""The answers other app processes are writing, mirrored in this one (docs/shared-state.md).

The registry (Running) is the record; it is read at the start, after a lost subscription and every beat
(leases that lapsed with their process, announcements that were missed), and kept current in between
by the bus channel `running`, where each process announces the answers it starts and ends. So asking
"is this conversation answering somewhere" is a dictionary look-up, never SQL on the event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from kimi_ui.answer import Answer
from kimi_ui.bus import BusClosed, MessagesLost
from kimi_ui.relay import RemoteJob
from kimi_ui.storage import store

log = logging.getLogger(__name__)
RUNNING = "running"  # the bus channel where processes announce the answers they start and end


class Elsewhere:
    def __init__(self, bus: Any, registry: Any, db: Any) -> None:
        self.bus, self.registry, self.db = bus, registry, db
        self._remote: dict[str, tuple[str, str, str]] = {}  # message id -> (owner, conversation, process)
        self._mirrors: dict[str, RemoteJob] = {}  # message id -> the one mirror followed in this process
        self._background: set[asyncio.Task] = set()
        self._watcher: asyncio.Task | None = None

    # -- look-ups, always by owner (another user's id is like a missing one) ------------------------------
    def by_message(self, owner_id: str, message_id: str | None) -> RemoteJob | None:
        owner, conversation, _ = self._remote.get(message_id or "", ("", "", ""))
        return self._mirror(owner, message_id or "", conversation) if owner and owner == owner_id else None

    def by_conversation(self, owner_id: str, conversation_id: str | None) -> RemoteJob | None:
        found = [m for m, (owner, cid, _) in self._remote.items() if cid == conversation_id and owner == owner_id]
        return self._mirror(owner_id, found[0], conversation_id or "") if found else None

    def _mirror(self, owner_id: str, message_id: str, conversation_id: str) -> RemoteJob:
        mirror = self._mirrors.get(message_id)
        if mirror is None or mirror.done:
            mirror = self._mirrors[message_id] = RemoteJob(self, owner_id, message_id, conversation_id)
        return mirror

    def forget(self, mirror: RemoteJob) -> None:
        """Its last follower left: the next one starts a new mirror (with a fresh snapshot)."""
        if self._mirrors.get(mirror.message_id or "") is mirror:
            del self._mirrors[mirror.message_id or ""]

    def answering(self, owner_id: str) -> set[str]:
        return {cid for owner, cid, _ in self._remote.values() if owner == owner_id}

    def streams(self, owner_id: str) -> int:
        return sum(1 for owner, _, _ in self._remote.values() if owner == owner_id)

    def message_in(self, conversation_id: str) -> str | None:
        return next((m for m, (_, cid, _) in self._remote.items() if cid == conversation_id), None)

    async def stored(self, owner_id: str, message_id: str | None) -> Answer | None:
        row = await self.db.run(lambda s: store.get_message(s, owner_id=owner_id, message_id=message_id or ""),
                                read_only=True)
        return Answer.from_row(row) if row is not None and row.role == "assistant" else None

    # -- announcements --------------------------------------------------------------------------------------
    def started(self, message_id: str, conversation_id: str, owner_id: str) -> None:
        self.publish_later(RUNNING, json.dumps({"start": message_id, "conversation": conversation_id,
                                                "owner": owner_id, "process": self.registry.process_id}))

    def ended(self, message_id: str) -> None:
        self.publish_later(RUNNING, json.dumps({"end": message_id, "process": self.registry.process_id}))

    def publish_later(self, channel: str, message: str) -> None:
        """Publish without waiting (a failure is logged: the registry and the store stay the record)."""
        async def publish() -> None:
            try:
                await self.bus.publish(channel, message)
            except Exception as exc:  # noqa: BLE001
                log.warning("could not publish on %s: %s", channel.split(":")[0], exc)

        task = asyncio.get_running_loop().create_task(publish())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -- the mirror -----------------------------------------------------------------------------------------
    async def start(self) -> None:
        if self._watcher is None:
            self._watcher = asyncio.get_running_loop().create_task(self._watch(), name="answers-elsewhere")

    async def close(self) -> None:
        for task in [self._watcher, *self._background]:
            if task is not None:
                task.cancel()
        self._watcher = None

    async def _watch(self) -> None:
        while True:
            try:
                async with self.bus.listen(RUNNING) as news:
                    await self._refresh()
                    while True:
                        try:
                            self._note(json.loads(await asyncio.wait_for(anext(news), self.registry.beat)))
                        except asyncio.TimeoutError:
                            await self._refresh()
            except MessagesLost:
                continue
            except BusClosed:
                return
            except Exception as exc:  # noqa: BLE001 - the database away for a moment: try again
                log.warning("could not follow the other processes' answers: %s", exc)
                await asyncio.sleep(1)

    async def _refresh(self) -> None:
        mine = self.registry.process_id
        self._remote = {m: (owner, cid, process) for m, cid, owner, process in await self.registry.live()
                        if process != mine}
        for gone in set(self._mirrors) - set(self._remote):
            self._unmirror(gone)

    def _note(self, news: dict[str, Any]) -> None:
        if news.get("process") == self.registry.process_id:
            return
        if news.get("start"):
            self._remote[news["start"]] = (news["owner"], news["conversation"], news["process"])
        elif news.get("end"):
            self._remote.pop(news["end"], None)
            self._unmirror(news["end"])

    def lapsed(self, message_id: str) -> None:
        """Its lease lapsed (the registry said so): it runs nowhere, whatever the copy last read."""
        self._remote.pop(message_id, None)

    def _unmirror(self, message_id: str) -> None:
        """Not running any more: a mirror nobody follows goes (one followed ends with the answer's end)."""
        mirror = self._mirrors.get(message_id)
        if mirror is not None and not mirror.followers:
            del self._mirrors[message_id]
