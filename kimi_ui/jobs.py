"""Turns as server-side jobs: an answer is written to the end whatever happens to the browser tab or the
HTTP connection that asked for it.

A Job runs Turns.run in its own task and folds every event into one Answer; any number of followers (the
tab that sent the message, other tabs, scripts) read that Answer whenever it changes, and leaving does not
touch the job. It ends by itself, by Stop (any follower of the owner), by the limits, or by shutdown. Slots
bound the answers written at once; a turn beyond them waits in line, its question already saved, and its
followers see how many answers are ahead of it. Pure asyncio: no gradio, no SQL of its own.

Across app processes (docs/shared-state.md): a job holds its answer's lease in the registry (Running), so
one conversation answers once and a user's stream count holds whatever process serves the turn; it
listens on `stop:<message id>` for Stop and for followers elsewhere asking for its tail (kimi_ui/relay.py).
Every process mirrors the other processes' running answers (kimi_ui/elsewhere.py), so finding one
(`by_message`, `by_conversation`, `answering`) stays a dictionary look-up and gives a RemoteJob, followed
and stopped like a local Job.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, AsyncIterator, Awaitable, Callable

from kimi_ui.answer import Answer
from kimi_ui.bus import BusClosed, MessagesLost
from kimi_ui.events import Queued, TurnDone, TurnError, TurnStarted, error
from kimi_ui.following import Followed
from kimi_ui.relay import SNAPSHOT, STOP, RemoteJob, Sharing, TappedAnswer, control_channel
from kimi_ui.elsewhere import Elsewhere
from kimi_ui.shielded import through_cancel
from kimi_ui.running import TooManyStreams
from kimi_ui.storage.models import new_id
from kimi_ui.turns import Refused, TurnInput, Turns

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


class Job(Followed):
    def __init__(self, owner_id: str, turn: TurnInput) -> None:
        super().__init__()
        self.owner_id = owner_id
        self.turn = turn
        self.answer = TappedAnswer()
        self.task: asyncio.Task | None = None
        self.done = False
        self.sharing: Sharing | None = None  # its tail on the bus, once a follower elsewhere asked
        self.side_streams = 0  # the sending page's own stream of it (kimi_ui/ui/side_stream.py)
        self.running = False  # its task has begun

    def refuse(self, error: TurnError) -> "Job":
        self.answer.apply(error)
        self.answer.apply(TurnDone(status="error"))
        self.done = True
        return self

    def share(self, bus: Any) -> None:
        """A follower in another process asked for the state (and the tail from there)."""
        if not self.done:
            self.sharing = self.sharing or Sharing(bus, self.answer)
            self.sharing.snapshot()

    def stop(self, status: str = "cancelled") -> bool:
        """End the turn now (Stop: "cancelled"; shutdown: "interrupted"). What was written is kept. A task
        not yet run once is not cancelled (its coroutine would never run, nor its end): it sees `stopping`
        as it begins and ends at once."""
        if self.done or self.task is None:
            return False
        if self.answer.stopping:  # stopping already: a second cancel would cut its last steps short
            return True
        self.answer.stopping = status
        if self.running:
            self.task.cancel()
        return True


class Jobs:
    def __init__(self, turns: Turns, *, limit: int, on_disconnect: str = "continue", running: Any = None,
                 bus: Any = None) -> None:
        """running (kimi_ui.running.Running) and bus (kimi_ui.bus): shared with other app processes; without
        them, jobs are this process's alone."""
        self.turns = turns
        self.registry, self.bus = running, bus
        self.others = Elsewhere(bus, running, turns.db) if running is not None and bus is not None else None
        self._draining: asyncio.Future | None = None
        if self.others is not None:
            running.on_lost = self._lost
            turns.elsewhere = self
        self.slots = Slots(limit)
        self.on_disconnect = on_disconnect
        self.accepting = True
        self._by_message: dict[str, Job] = {}
        self._by_conversation: dict[str, Job] = {}
        self._all: set[Job] = set()
        self._sent: dict[str, Job] = {}  # a page session's latest job (Stop before the question is saved)
        # Called when a job has ended, before its followers hear of it (kimi_ui/queued.py starts the next
        # queued message here, so a follower that looks for the conversation's next job finds it).
        self.after_job: Callable[[Job], Awaitable[None]] | None = None

    def start(self, owner_id: str, turn: TurnInput) -> Job:
        """Start a turn as a job (its refusals, if any, are the job's answer: status "error")."""
        job = Job(owner_id, turn)
        running = self._by_conversation.get(turn.conversation_id or "")  # elsewhere: the lease refuses
        running = running if running is not None and running.owner_id == owner_id else None
        if not self.accepting:
            return job.refuse(error("shutting_down", retryable=True))
        if running is not None:
            return job.refuse(error("busy", message_id=running.message_id))
        job.task = asyncio.get_running_loop().create_task(self._run(job), name=f"turn for {owner_id}")
        self._all.add(job)
        return job

    async def _run(self, job: Job) -> None:
        job.running = True
        slot = _JobSlot(self.slots, job)
        lease = _Lease(self.registry, self.turns.limits.concurrent) if self.others is not None else None
        control = None
        try:
            async with contextlib.aclosing(self.turns.run(owner_id=job.owner_id, turn=job.turn, answer=job.answer,
                                                          slot=slot, lease=lease)) as events:
                async for event in events:
                    if isinstance(event, TurnStarted):
                        self._by_message[event.message_id] = job
                        self._by_conversation[event.conversation_id] = job
                        control = self._started(job)
                    job.changed()
        except asyncio.CancelledError:
            pass  # Stop or shutdown: Turns wrote what came, with the status asked for
        except Exception:  # noqa: BLE001 - a job must never die silently: its followers wait for the end
            log.exception("turn of %s failed", job.owner_id)
        finally:  # (each step to its end: followers wait for `done`, the queue for _after)
            self._forget(job)
            await through_cancel(self._release(lease))  # before the next queued message claims the conversation
            await through_cancel(self._after(job))
            job.done = True
            for session in [s for s, j in self._sent.items() if j is job]:
                del self._sent[session]
            job.changed()
            await self._ended(job, control)

    def _started(self, job: Job) -> asyncio.Task | None:
        """Tell the other processes, and listen for Stop and for followers there."""
        if self.others is None:
            return None
        self.others.started(job.message_id, job.conversation_id, job.owner_id)
        return asyncio.get_running_loop().create_task(self._control(job), name="job-control")

    @staticmethod
    async def _release(lease: "_Lease | None") -> None:
        """After the final write (Turns wrote it when its generator closed): give the lease back."""
        try:
            if lease is not None:
                await lease.release()
        except Exception:  # noqa: BLE001 - a lease left behind lapses and is swept
            log.exception("could not release an answer's lease")

    async def _ended(self, job: Job, control: asyncio.Task | None) -> None:
        """Hand followers elsewhere the final state, and tell the other processes."""
        if job.sharing is not None:
            await job.sharing.end()
        if control is not None:
            control.cancel()
            self.others.ended(job.message_id)

    async def _control(self, job: Job) -> None:
        while not job.done:
            try:
                async with self.bus.listen(control_channel(job.message_id)) as orders:
                    async for order in orders:
                        if order == STOP:
                            job.stop()
                        elif order == SNAPSHOT:
                            job.share(self.bus)
            except MessagesLost:
                continue
            except BusClosed:
                return
            except Exception as exc:  # noqa: BLE001 - the database away for a moment: listen again
                log.warning("could not listen for Stop of %s: %s", job.message_id, exc)
                await asyncio.sleep(1)

    async def _after(self, job: Job) -> None:
        if self.after_job is None:
            return
        try:
            await self.after_job(job)
        except BaseException:  # noqa: BLE001 - even a second cancel must not keep the job from ending
            log.exception("after the turn of %s", job.owner_id)

    def _forget(self, job: Job) -> None:
        self._all.discard(job)
        if job.message_id and self._by_message.get(job.message_id) is job:
            del self._by_message[job.message_id]
        if job.conversation_id and self._by_conversation.get(job.conversation_id) is job:
            del self._by_conversation[job.conversation_id]

    # -- finding a running answer: always by its owner (another user's id is like a missing one) -------------
    def by_message(self, owner_id: str, message_id: str | None) -> Job | RemoteJob | None:
        job = self._by_message.get(message_id or "")
        if job is not None:
            return job if job.owner_id == owner_id else None
        return self.others.by_message(owner_id, message_id) if self.others is not None else None

    def by_conversation(self, owner_id: str, conversation_id: str | None) -> Job | RemoteJob | None:
        job = self._by_conversation.get(conversation_id or "")
        if job is not None:
            return job if job.owner_id == owner_id else None
        return self.others.by_conversation(owner_id, conversation_id) if self.others is not None else None

    async def settled(self, owner_id: str, conversation_id: str | None, timeout: float = 5.0) -> None:
        """Wait while the conversation's answer has ended but its job is still writing it and giving the
        conversation back (a tenth of a second; followers already show the end, with its Retry and Continue):
        a turn started then would be refused as busy. A running answer is not waited for."""
        job = self.by_conversation(owner_id, conversation_id)
        if job is not None and not job.done and job.answer.status != "streaming":
            await job.ended(timeout=timeout)

    def answering(self, owner_id: str) -> set[str]:
        """The owner's conversations whose answer is being written now, in any process."""
        here = {cid for cid, job in self._by_conversation.items() if job.owner_id == owner_id}
        return here | self.others.answering(owner_id) if self.others is not None else here

    # -- what Turns asks about other processes (turns.elsewhere) ----------------------------------------------
    def streams_elsewhere(self, owner_id: str) -> int:
        return self.others.streams(owner_id) if self.others is not None else 0

    def message_in(self, conversation_id: str) -> str | None:
        """The answer this conversation is writing in another process, if any."""
        return self.others.message_in(conversation_id) if self.others is not None else None

    async def start_mirror(self) -> None:
        if self.others is not None:
            await self.others.start()

    async def close(self) -> None:
        if self.others is not None:
            await self.others.close()


    def _lost(self, message_ids: set[str]) -> None:
        """This process stalled past these leases and another swept them: stop writing them."""
        for message_id in message_ids:
            job = self._by_message.get(message_id)
            if job is not None:
                job.stop("interrupted")

    def sent_by(self, session: str, job: Job) -> None:
        if not job.done:  # a refused job has no task whose end would remove it: it would stay for good
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
        as interrupted (their text is saved; Continue is offered after the restart). Returns how many.
        Called twice (at the signal and in the lifespan's shutdown), the second call waits for the first."""
        if self._draining is None:
            self._draining = asyncio.ensure_future(self._drain(seconds))
        return await asyncio.shield(self._draining)

    async def _drain(self, seconds: float) -> int:
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


class _Lease:
    """The registry's lease as Turns.run wants it: claimed once the conversation is known (before any row
    is written, under a provisional id), given the answer's ids once written, released by the job."""

    def __init__(self, running: Any, max_streams: int = 0) -> None:
        self.running = running
        self.max_streams = max_streams
        self.id: str | None = None

    async def claim(self, owner_id: str, conversation_id: str | None) -> None:
        """Raises Refused("busy", message id) when the conversation answers in any process, and
        Refused("rate_limited") when the owner has max_streams answers running in all processes."""
        lease_id = new_id()
        try:
            claimed = await self.running.claim(lease_id, conversation_id or lease_id, owner_id, self.max_streams)
        except TooManyStreams:
            raise Refused("rate_limited", variant="streams", limit=self.max_streams) from None
        if not claimed:
            holder = await self.running.holder(conversation_id or "")
            raise Refused("busy", message_id=holder)
        self.id = lease_id

    async def adopt(self, started: TurnStarted) -> None:
        if self.id is not None:
            await self.running.adopt(self.id, started.message_id, started.conversation_id)
            self.id = started.message_id

    async def release(self) -> None:
        if self.id is not None:
            lease_id, self.id = self.id, None
            await self.running.release(lease_id)


class _JobSlot:
    """Slots as Turns.run wants them: waiting tells the job's followers their place in line."""

    def __init__(self, slots: Slots, job: Job) -> None:
        self.slots, self.job = slots, job

    async def acquire(self, answer: Answer) -> None:
        await self.slots.acquire(answer, self.job.changed)

    def release(self) -> None:
        self.slots.release()
