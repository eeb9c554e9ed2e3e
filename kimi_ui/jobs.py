"""Turns as server-side jobs: an answer is written to the end whatever happens to the browser tab or the
HTTP connection that asked for it.

A Job runs Turns.run in its own task and folds every event into one Answer; any number of followers (the
tab that sent the message, other tabs, scripts) read that Answer whenever it changes, and leaving does not
touch the job. It ends by itself, by Stop (any follower of the owner), by the limits, or by shutdown. Slots
bound the answers written at once; a turn beyond them waits in line, its question already saved, and its
followers see how many answers are ahead of it. Pure asyncio: no gradio, no SQL of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, AsyncIterator, Callable

from kimi_ui.answer import Answer
from kimi_ui.events import Queued, TurnDone, TurnError, TurnStarted
from kimi_ui.turns import TurnInput, Turns

log = logging.getLogger(__name__)


class Slots:
    """At most `limit` answers written at once; the others wait in line, first come first served."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active = 0
        self._line: list[tuple[asyncio.Future, Callable[[int], None]]] = []

    async def acquire(self, answer: Answer, changed: Callable[[], None] = lambda: None) -> None:
        if self.active < self.limit and not self._line:
            self.active += 1
            return

        def tell(ahead: int) -> None:
            answer.apply(Queued(ahead))
            changed()

        entry = (asyncio.get_running_loop().create_future(), tell)
        self._line.append(entry)
        self._tell()
        try:
            await entry[0]
        except BaseException:
            if entry in self._line:  # gave up waiting (Stop, shutdown)
                self._line.remove(entry)
                self._tell()
            elif entry[0].done() and not entry[0].cancelled():
                self.release()  # granted at the moment it was stopped: hand the slot on
            raise
        answer.queued = None

    def release(self) -> None:
        self.active -= 1
        while self._line and self.active < self.limit:
            waiter, _ = self._line.pop(0)
            if not waiter.done():
                self.active += 1
                waiter.set_result(None)
        self._tell()

    @property
    def waiting(self) -> int:
        return len(self._line)

    def _tell(self) -> None:
        for position, (_, tell) in enumerate(self._line):
            tell(self.active - self.limit + position + 1)  # the answers running or waiting before this one


class Job:
    def __init__(self, owner_id: str, turn: TurnInput) -> None:
        self.owner_id = owner_id
        self.turn = turn
        self.answer = Answer()
        self.task: asyncio.Task | None = None
        self.done = False
        self._news = asyncio.Event()

    @property
    def message_id(self) -> str | None:
        return self.answer.message_id

    @property
    def conversation_id(self) -> str | None:
        return self.answer.conversation_id

    def changed(self) -> None:
        """Wake every follower: each reads the Answer as it is now (updates coalesce for slow readers)."""
        news, self._news = self._news, asyncio.Event()
        news.set()

    async def follow(self) -> AsyncIterator[Answer]:
        """The Answer after each change, until the turn has ended (the last one is its final state).
        Leaving (closing this generator) leaves the job running."""
        seen = -1
        while True:
            news = self._news
            if self.answer.version != seen:
                seen = self.answer.version
                yield self.answer
            if self.done:
                if self.answer.version != seen:
                    yield self.answer
                return
            await news.wait()

    def refuse(self, error: TurnError) -> "Job":
        self.answer.apply(error)
        self.answer.apply(TurnDone(status="error"))
        self.done = True
        return self

    def stop(self, status: str = "cancelled") -> bool:
        """End the turn now (Stop: "cancelled"; shutdown: "interrupted"). What was written is kept."""
        if self.done or self.task is None:
            return False
        self.answer.stopping = self.answer.stopping or status
        self.task.cancel()
        return True


class Jobs:
    def __init__(self, turns: Turns, *, limit: int, on_disconnect: str = "continue") -> None:
        self.turns = turns
        self.slots = Slots(limit)
        self.on_disconnect = on_disconnect
        self.accepting = True
        self._by_message: dict[str, Job] = {}
        self._by_conversation: dict[str, Job] = {}
        self._all: set[Job] = set()
        self._sent: dict[str, Job] = {}  # a page session's latest job (Stop before the question is saved)

    def start(self, owner_id: str, turn: TurnInput) -> Job:
        """Start a turn as a job (its refusals, if any, are the job's answer: status "error")."""
        job = Job(owner_id, turn)
        running = self.by_conversation(owner_id, turn.conversation_id)
        if not self.accepting:
            return job.refuse(TurnError(code="shutting_down", message="The server is restarting: send the message "
                                        "again in a moment.", retryable=True))
        if running is not None:
            return job.refuse(TurnError(code="busy", message="This conversation is still answering the previous "
                                        "message.", hint="Wait for it to finish, follow it, or stop it.",
                                        message_id=running.message_id))
        job.task = asyncio.get_running_loop().create_task(self._run(job), name=f"turn for {owner_id}")
        self._all.add(job)
        return job

    async def _run(self, job: Job) -> None:
        slot = _JobSlot(self.slots, job)
        try:
            async with contextlib.aclosing(self.turns.run(owner_id=job.owner_id, turn=job.turn, answer=job.answer,
                                                          slot=slot)) as events:
                async for event in events:
                    if isinstance(event, TurnStarted):
                        self._by_message[event.message_id] = job
                        self._by_conversation[event.conversation_id] = job
                    job.changed()
        except asyncio.CancelledError:
            pass  # Stop or shutdown: Turns wrote what came, with the status asked for
        except Exception:  # noqa: BLE001 - a job must never die silently: its followers wait for the end
            log.exception("turn of %s failed", job.owner_id)
        finally:
            job.done = True
            self._forget(job)
            for session in [s for s, j in self._sent.items() if j is job]:
                del self._sent[session]
            job.changed()

    def _forget(self, job: Job) -> None:
        self._all.discard(job)
        if job.message_id and self._by_message.get(job.message_id) is job:
            del self._by_message[job.message_id]
        if job.conversation_id and self._by_conversation.get(job.conversation_id) is job:
            del self._by_conversation[job.conversation_id]

    # -- finding a running answer: always by its owner (another user's id is like a missing one) -------------
    def by_message(self, owner_id: str, message_id: str | None) -> Job | None:
        job = self._by_message.get(message_id or "")
        return job if job is not None and job.owner_id == owner_id else None

    def by_conversation(self, owner_id: str, conversation_id: str | None) -> Job | None:
        job = self._by_conversation.get(conversation_id or "")
        return job if job is not None and job.owner_id == owner_id else None

    def answering(self, owner_id: str) -> set[str]:
        """The owner's conversations whose answer is being written now."""
        return {cid for cid, job in self._by_conversation.items() if job.owner_id == owner_id}

    def sent_by(self, session: str, job: Job) -> None:
        self._sent[session] = job

    def sent_from(self, session: str) -> Job | None:
        return self._sent.get(session)

    def stop(self, owner_id: str, *, message_id: str | None = None, conversation_id: str | None = None) -> bool:
        job = self.by_message(owner_id, message_id) if message_id else self.by_conversation(owner_id, conversation_id)
        return job.stop() if job is not None else False

    @property
    def running(self) -> int:
        return len(self._all)

    async def drain(self, seconds: float) -> int:
        """Shutdown: take no new turns, let the running ones finish for up to `seconds`, then stop the rest
        as interrupted (their text is saved; Continue is offered after the restart). Returns how many."""
        self.accepting = False
        jobs = [j for j in self._all if j.task is not None]
        if jobs:
            log.info("waiting up to %g s for %d answers to finish", seconds, len(jobs))
            await asyncio.wait([j.task for j in jobs], timeout=seconds)
        left = [j for j in jobs if not j.done]
        for job in left:
            job.stop("interrupted")
        if left:
            await asyncio.wait([j.task for j in left], timeout=10)
        return len(left)


class _JobSlot:
    """Slots as Turns.run wants them: waiting tells the job's followers their place in line."""

    def __init__(self, slots: Slots, job: Job) -> None:
        self.slots, self.job = slots, job

    async def acquire(self, answer: Answer) -> None:
        await self.slots.acquire(answer, self.job.changed)

    def release(self) -> None:
        self.slots.release()
