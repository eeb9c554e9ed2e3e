"""An answer followed from another app process, over the bus (kimi_ui/bus.py).

The process writing an answer (`Sharing`) publishes nothing until someone asks: a follower elsewhere
(`RemoteJob`) subscribes to `answer:<message id>`, then asks on the job's control channel `stop:<message id>`
for a snapshot. From then on the writer publishes the snapshot (the Answer's record, with the sequence
number of the last event in it) and every later event with the next number, batched per publish, and at
the end the final record. The follower applies events numbered after its snapshot to its own Answer
(Answer.apply: the one model), so it sees the state and then the tail without gaps or repeats. A lost
subscription (MessagesLost), or silence while the registry says the answer ended, is answered by asking
again or by reading the stored answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import typing
from dataclasses import asdict, dataclass, field
from types import SimpleNamespace
from typing import Any, AsyncIterator, Callable

from kimi_ui.answer import Answer
from kimi_ui.bus import BusClosed, MessagesLost
from kimi_ui.events import Event, Queued
from kimi_ui.following import Followed

log = logging.getLogger(__name__)
EVENTS = {cls.__dataclass_fields__["type"].default: cls for cls in typing.get_args(Event)}
SILENCE_SECONDS = 1.0  # a follower that heard nothing this long asks again (and checks the answer still runs)
STOP, SNAPSHOT = "stop", "snapshot"  # what a control channel carries


def answer_channel(message_id: str) -> str:
    return "answer:" + message_id


def control_channel(message_id: str) -> str:
    return "stop:" + message_id


def encode(event: Event) -> dict[str, Any]:
    return asdict(event)


def decode(data: dict[str, Any]) -> Event | None:
    cls = EVENTS.get(data.get("type", ""))
    if cls is None:
        return None
    return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def record(answer: Answer) -> dict[str, Any]:
    """Everything a follower needs to rebuild the Answer: the API object and the live-only fields."""
    return answer.to_api() | {"finish_reason": answer.finish_reason, "queued": answer.queued}


def answer_from(data: dict[str, Any]) -> Answer:
    row = SimpleNamespace(id=data.get("message_id"), conversation_id=data.get("conversation_id"),
                          parent_id=data.get("user_message_id"), rounds=data.get("rounds") or [],
                          content=data.get("content"), reasoning=data.get("reasoning"), reasoning_seconds=None,
                          status=data.get("status") or "streaming", finish_reason=data.get("finish_reason"),
                          error=data.get("error"), notices=data.get("notices"), usage=data.get("usage"))
    answer = Answer.from_row(row)
    answer.queued = data.get("queued")
    if answer.status == "streaming":
        answer.stored_usage = None  # live: its figures come from the events from here on
    return answer


@dataclass
class TappedAnswer(Answer):
    """The writer's Answer: once shared, every event folded into it is also handed to `tap`."""

    tap: Callable[[Event], None] | None = field(default=None, repr=False, compare=False)

    def apply(self, event: Event) -> None:
        super().apply(event)
        if self.tap is not None:
            self.tap(event)


class Sharing:
    """The writer's side for one answer: its snapshot and tail on `answer:<id>`, once someone asked."""

    def __init__(self, bus: Any, answer: TappedAnswer) -> None:
        self.bus, self.answer = bus, answer
        self.seq = 0
        self._outbox: asyncio.Queue[dict | None] = asyncio.Queue()
        self._sender: asyncio.Task | None = None

    def snapshot(self) -> None:
        """Someone asked: publish the state now, and every event from here on."""
        if self._sender is None:
            self.answer.tap = self._event
            self._sender = asyncio.get_running_loop().create_task(self._send(), name="answer-relay")
        self._outbox.put_nowait({"seq": self.seq, "snapshot": record(self.answer)})

    def _event(self, event: Event) -> None:
        self.seq += 1
        self._outbox.put_nowait({"seq": self.seq, "event": encode(event)})

    async def end(self, timeout: float = 5.0) -> None:
        """The answer is written: publish its final state, then stop."""
        if self._sender is None:
            return
        self.answer.tap = None
        self.seq += 1
        self._outbox.put_nowait({"seq": self.seq, "end": record(self.answer)})
        self._outbox.put_nowait(None)
        with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(self._sender), timeout)

    async def _send(self) -> None:
        channel = answer_channel(self.answer.message_id or "")
        while True:
            batch = [await self._outbox.get()]
            while not self._outbox.empty():
                batch.append(self._outbox.get_nowait())
            items = [item for item in batch if item is not None]
            if items:
                try:
                    await self.bus.publish(channel, json.dumps(items, ensure_ascii=False))
                except Exception as exc:  # noqa: BLE001 - followers recover (they ask again or read the store)
                    log.warning("could not publish an answer's tail: %s", exc)
            if None in batch:
                return


class RemoteJob(Followed):
    """An answer another process writes, followed like a Job. One per answer in this process
    (Elsewhere keeps it while it has followers): one subscription and one snapshot however many tabs
    follow it here, and the same pacing and follower cap as a local Job. `stop()` asks the writer."""

    def __init__(self, elsewhere: Any, owner_id: str, message_id: str, conversation_id: str) -> None:
        super().__init__()
        self.others, self.owner_id = elsewhere, owner_id  # kimi_ui.elsewhere.Elsewhere: bus, registry, store
        self.answer = Answer(message_id=message_id, conversation_id=conversation_id)
        self.done = False
        self.task: asyncio.Task | None = None  # the one tail of the bus, while someone follows

    def stop(self, status: str = "cancelled") -> bool:
        if self.done:
            return False
        self.answer.stopping = self.answer.stopping or status
        self.others.publish_later(control_channel(self.message_id or ""), STOP)
        return True

    def joined(self) -> None:
        if self.task is None and not self.done:
            self.task = asyncio.get_running_loop().create_task(self._mirror(), name="answer-mirror")

    def deserted(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.others.forget(self)

    async def _mirror(self) -> None:
        bus, message_id = self.others.bus, self.message_id or ""
        try:
            await self._checkpoint()
            while not self.done:
                try:
                    async with bus.listen(answer_channel(message_id)) as tail:
                        await self._tail(tail)
                except MessagesLost:
                    continue  # listen anew and ask for the state again
        except BusClosed:
            self.done = True
        except Exception as exc:  # noqa: BLE001 - the followers get what is stored
            log.warning("could not follow answer %s: %s", message_id, exc)
            with contextlib.suppress(Exception):
                await self._stored()
            self.done = True
        finally:
            self.changed()

    async def _checkpoint(self) -> None:
        """Until the writer's snapshot comes, its last checkpoint (written within a second): the words so far
        show at once, and still show if the writer died and no snapshot ever comes."""
        try:
            row = await self.others.stored(self.owner_id, self.message_id)
        except Exception as exc:  # noqa: BLE001 - the snapshot or the stored row comes later anyway
            log.info("no checkpoint of answer %s: %s", self.message_id, exc)
            return
        if row is not None and row.status == "streaming" and self.answer.version == 0 and not self.done:
            row.stored_usage = None  # live: its figures come from the snapshot and the events
            self._replace(row)
            self.changed()

    async def _tail(self, tail: AsyncIterator[str]) -> None:
        seq, seen = None, -1
        await self.others.bus.publish(control_channel(self.message_id or ""), SNAPSHOT)
        while True:
            try:
                async with asyncio.timeout(SILENCE_SECONDS):  # not wait_for: it can drop a cancellation
                    raw = await anext(tail)
            except TimeoutError:
                if not await self.others.registry.is_running(self.message_id or ""):
                    # ended (its last words were missed) or its process died: not answering here either from
                    # now on, or the page this follower leaves would still show the conversation answering
                    # until the next refresh of the copy (a page that moved to this process after a kill -9)
                    self.others.lapsed(self.message_id or "")
                    await self._stored()
                    return
                if seq is None:  # the writer was not listening yet: ask again
                    await self.others.bus.publish(control_channel(self.message_id or ""), SNAPSHOT)
                continue
            for item in json.loads(raw):
                seq = self._fold(item, seq)
            if seq is not None and (self.answer.version != seen or self.done):
                seen = self.answer.version
                self.changed()
            if self.done:
                return

    def _fold(self, item: dict[str, Any], seq: int | None) -> int | None:
        if "snapshot" in item or "end" in item:
            self._replace(answer_from(item.get("snapshot") or item["end"]))
            self.done = "end" in item
            return item["seq"]
        if seq is None or item["seq"] <= seq:
            return seq  # before our snapshot: already in it
        event = decode(item["event"])
        if event is not None:
            self.answer.apply(event)
            if not isinstance(event, Queued):
                self.answer.queued = None  # the writer clears it without an event once a slot is free
        return item["seq"]

    def _replace(self, answer: Answer) -> None:
        answer.version = self.answer.version + 1
        self.answer = answer

    async def _stored(self) -> None:
        row = await self.others.stored(self.owner_id, self.message_id)
        if row is not None:
            self._replace(row)
        if self.answer.status == "streaming":
            self.answer.status = "interrupted"  # nobody writes it any more
        self.done = True
