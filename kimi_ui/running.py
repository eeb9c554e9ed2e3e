"""The answers being written, in the database, so every app process sees them (SQLite files shared by
several processes too): which conversations answer, how many answers a user has running, whether a given
answer still runs.

The process writing an answer holds a lease on it (a row of `running_answers`) and renews its leases
every `beat` seconds. Any process sweeps lapsed leases: it deletes the lease and marks the answer
interrupted. Leases last `lease_seconds - beat`, so an answer whose process died (kill -9, power cut) is
marked interrupted within `lease_seconds` by the next sweep of any live process.

A job claims its answer before it writes the answer's streaming row, so a streaming row without a lease
is an orphan (`interrupt_orphans` at start-up). Database work runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, exists, func, or_, select, text, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session

from kimi_ui.storage.db import Database
from kimi_ui.storage.models import MessageRow
from kimi_ui.storage.running_model import RunningAnswer

log = logging.getLogger(__name__)
LEASE_SECONDS = 10.0  # an answer whose process died is marked interrupted within this


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_process_id() -> str:
    """Unique across hosts and restarts (a pid is reused; the random part is not)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _interrupt(session: Session, message_ids: list[str], now: datetime) -> int:
    """Drop these leases if they are still lapsed, and mark their answers interrupted."""
    gone = session.execute(delete(RunningAnswer).where(RunningAnswer.message_id.in_(message_ids),
                                                       RunningAnswer.lease_until < now)
                           .returning(RunningAnswer.message_id)).scalars().all()
    if gone:
        session.execute(update(MessageRow).where(MessageRow.id.in_(gone), MessageRow.status == "streaming")
                        .values(status="interrupted", updated_at=now))
    return len(gone)


class Heartbeat:
    """`await work()` every `every` seconds on the event loop until closed; a database error is logged and
    tried again at the next beat. The leases here and the holds of kimi_ui/shared_limits.py beat with it."""

    def __init__(self, every: float, work: Callable[[], Awaitable[object]], name: str) -> None:
        self.every, self.work, self.name = every, work, name
        self.beats = 0  # heartbeats done (the tests wait on it)
        self._task: asyncio.Task[None] | None = None

    def ensure_started(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name=self.name)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                await self.work()
            except SQLAlchemyError as exc:  # the database is away for a moment: try again at the next beat
                log.warning("%s failed: %s", self.name, str(exc).splitlines()[0])
            self.beats += 1


class TooManyStreams(Exception):
    """The owner has their limit of answers running in all processes (counted under a lock)."""


class Running:
    def __init__(self, db: Database, *, lease_seconds: float = LEASE_SECONDS, process_id: str | None = None,
                 on_lost: Callable[[set[str]], None] | None = None) -> None:
        """on_lost(message ids): leases this process held and lost (its heartbeat stalled past the lease
        and another process swept them): those answers are already marked interrupted; stop them."""
        self.db = db
        self.beat = lease_seconds / 4  # renew and sweep this often
        self.ttl = timedelta(seconds=lease_seconds - self.beat)  # a renewed lease lasts this long
        self.process_id = process_id or new_process_id()
        self.on_lost = on_lost
        self._mine: set[str] = set()
        self._leases = threading.Lock()  # renewal against adoption (both in worker threads)
        self._heartbeat = Heartbeat(self.beat, self._beat, "lease heartbeat")

    @property
    def beats(self) -> int:
        """Heartbeats done (the tests wait on it)."""
        return self._heartbeat.beats

    # -- the registry --------------------------------------------------------------------------------------
    async def claim(self, message_id: str, conversation_id: str, owner_id: str, max_streams: int = 0) -> bool:
        """Hold the lease of a new answer; False when the conversation already answers. With `max_streams`,
        raises TooManyStreams when the owner has that many answers running in all processes."""
        return await asyncio.to_thread(self._claim, message_id, conversation_id, owner_id, max_streams)

    def _claim(self, message_id: str, conversation_id: str, owner_id: str, max_streams: int = 0) -> bool:
        now = utcnow()
        try:
            with self.db.session() as session:
                if max_streams:
                    _count_streams(session, owner_id, now, max_streams)
                held = session.execute(select(RunningAnswer.message_id, RunningAnswer.lease_until)
                                       .where(RunningAnswer.conversation_id == conversation_id)).first()
                if held is not None and _aware(held.lease_until) >= now:
                    return False
                if held is not None:  # its process died: sweep it now rather than wait for a sweep
                    _interrupt(session, [held.message_id], now)
                session.add(RunningAnswer(message_id=message_id, conversation_id=conversation_id,
                                          owner_id=owner_id, process_id=self.process_id,
                                          lease_until=now + self.ttl, started_at=now))
                session.commit()
        except IntegrityError:  # another process claimed it in between
            return False
        self._mine.add(message_id)
        return True

    async def adopt(self, lease_id: str, message_id: str, conversation_id: str) -> None:
        """A lease claimed before its answer's row existed (under a provisional id, a new conversation's
        too) takes the ids of the rows written."""
        await asyncio.to_thread(self._adopt, lease_id, message_id, conversation_id)

    def _adopt(self, lease_id: str, message_id: str, conversation_id: str) -> None:
        with self._leases:  # a renewal must see the old id with the old row or the new id with the new one
            self._write(update(RunningAnswer).where(RunningAnswer.message_id == lease_id,
                                                    RunningAnswer.process_id == self.process_id)
                        .values(message_id=message_id, conversation_id=conversation_id))
            self._mine.discard(lease_id)
            self._mine.add(message_id)

    async def holder(self, conversation_id: str) -> str | None:
        """The answer the conversation is writing (in any process), if any."""
        rows = await asyncio.to_thread(self._read, select(RunningAnswer.message_id).where(
            RunningAnswer.conversation_id == conversation_id, RunningAnswer.lease_until >= utcnow()))
        return rows[0] if rows else None

    async def live(self) -> list[tuple[str, str, str, str]]:
        """Every live lease: (message id, conversation id, owner id, process id)."""
        return await asyncio.to_thread(self._rows, select(
            RunningAnswer.message_id, RunningAnswer.conversation_id, RunningAnswer.owner_id,
            RunningAnswer.process_id).where(RunningAnswer.lease_until >= utcnow()))

    def _rows(self, statement) -> list[tuple]:
        with self.db.session(read_only=True) as session:
            return [tuple(row) for row in session.execute(statement).all()]

    async def release(self, message_id: str) -> None:
        """The answer ended (its final status is written by the job)."""
        await asyncio.to_thread(self._release, message_id)

    def _release(self, message_id: str) -> None:
        with self._leases:
            self._write(delete(RunningAnswer).where(RunningAnswer.message_id == message_id,
                                                    RunningAnswer.process_id == self.process_id))
            self._mine.discard(message_id)

    async def answering(self, owner_id: str) -> set[str]:
        """The user's conversations that are answering."""
        rows = await asyncio.to_thread(self._read, select(RunningAnswer.conversation_id).where(
            RunningAnswer.owner_id == owner_id, RunningAnswer.lease_until >= utcnow()))
        return set(rows)

    async def count(self, owner_id: str) -> int:
        """The user's answers running, in every process."""
        rows = await asyncio.to_thread(self._read, select(func.count()).select_from(RunningAnswer).where(
            RunningAnswer.owner_id == owner_id, RunningAnswer.lease_until >= utcnow()))
        return rows[0]

    async def is_running(self, message_id: str) -> bool:
        rows = await asyncio.to_thread(self._read, select(RunningAnswer.message_id).where(
            RunningAnswer.message_id == message_id, RunningAnswer.lease_until >= utcnow()))
        return bool(rows)

    def _read(self, statement) -> list:
        with self.db.session(read_only=True) as session:
            return list(session.execute(statement).scalars().all())

    def _write(self, statement) -> None:
        with self.db.session() as session:
            session.execute(statement)
            session.commit()

    # -- leases --------------------------------------------------------------------------------------------
    async def renew(self) -> set[str]:
        """Extend this process's leases; returns (and forgets) the ones it had lost."""
        lost = await asyncio.to_thread(self._renew)
        if lost and self.on_lost is not None:
            self.on_lost(lost)
        return lost

    def _renew(self) -> set[str]:
        with self._leases:
            return self._renew_held()

    def _renew_held(self) -> set[str]:
        mine = set(self._mine)
        if not mine:
            return set()
        with self.db.session() as session:
            kept = session.execute(update(RunningAnswer).where(RunningAnswer.process_id == self.process_id)
                                   .values(lease_until=utcnow() + self.ttl)
                                   .returning(RunningAnswer.message_id)).scalars().all()
            session.commit()
        lost = mine - set(kept)
        self._mine -= lost
        if lost:
            log.warning("lost the lease of %d answers (this process stalled past the lease)", len(lost))
        return lost

    async def sweep(self) -> int:
        """Mark the answers of lapsed leases interrupted (any process); how many."""
        return await asyncio.to_thread(self._sweep)

    def _sweep(self) -> int:
        now = utcnow()
        with self.db.session() as session:
            lapsed = session.execute(select(RunningAnswer.message_id).where(RunningAnswer.lease_until < now)
                                     .limit(500)).scalars().all()
            count = _interrupt(session, list(lapsed), now) if lapsed else 0
            session.commit()
        if count:
            log.info("marked %d answers interrupted: their process stopped renewing its lease", count)
        return count

    async def interrupt_orphans(self, *, alone: bool = False) -> int:
        """At start-up: streaming answers without a lease (their process died before leases, or the
        database was restored) become interrupted. Answers of other live processes hold leases. `alone`:
        no other process can be writing (a SQLite deployment is one process), so every lease left is a
        dead process's and goes now rather than at the sweep after it lapses."""
        return await asyncio.to_thread(self._interrupt_orphans, alone)

    def _interrupt_orphans(self, alone: bool = False) -> int:
        # or by conversation: a lease taken before its answer's row existed covers that row too
        leased = exists().where(or_(RunningAnswer.message_id == MessageRow.id,
                                    RunningAnswer.conversation_id == MessageRow.conversation_id))
        with self.db.session() as session:
            if alone:
                session.execute(delete(RunningAnswer))
            count = session.execute(update(MessageRow).where(MessageRow.status == "streaming", ~leased)
                                    .values(status="interrupted", updated_at=utcnow())).rowcount
            session.commit()
        return count

    # -- the heartbeat ---------------------------------------------------------------------------------------
    async def start(self) -> None:
        self._heartbeat.ensure_started()

    async def close(self) -> None:
        """Stop renewing (the leases left lapse; a drain releases its answers first)."""
        await self._heartbeat.close()

    async def _beat(self) -> None:
        await self.renew()
        await self.sweep()


def _count_streams(session: Session, owner_id: str, now: datetime, limit: int) -> None:
    """Raise TooManyStreams when the owner holds `limit` live leases. On PostgreSQL under a per-owner lock
    held to the claim's commit, so claims made at once through several processes cannot all pass (the
    processes' own counts learn of each other's answers only later, over the bus); SQLite serves one process,
    whose own count is exact."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": "kimi-streams:" + owner_id})
    held = session.execute(select(func.count()).select_from(RunningAnswer).where(
        RunningAnswer.owner_id == owner_id, RunningAnswer.lease_until >= now)).scalar()
    if held >= limit:
        raise TooManyStreams(owner_id)


def _aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back naive (they are stored in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
