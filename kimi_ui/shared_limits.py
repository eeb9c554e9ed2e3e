"""Limits that every app process counts together, in the database (docs/shared-state.md).

- Keys are stored hashed (a public demo's visitor is counted by address; the tables hold no addresses).
- Windows: at most N events per key in a sliding window (turns a minute, imports an hour, uploads a minute).
  A key is one row of `limit_keys` holding its recent event times; a check locks the row (an upsert that
  returns it: FOR UPDATE semantics on PostgreSQL; SQLite's write sessions hold the write lock), reads the
  times, and counts the event or refuses, in one short transaction.
- Holds: what a running request holds (tokens of a user's budget, a swarm agent's place), a `limit_holds`
  row per hold. A check that adds a hold locks an anchor row of `limit_keys` first ("tokens:<user>"), so a
  check and its hold are one step per user across processes. The process renews its holds' leases every
  `beat` seconds; a hold lasts `lease_seconds - beat` after its last renewal, so the holds of a process that
  was killed stop counting within that, and any process's sweep deletes them.

Every function here that touches the database is synchronous: async code calls it through `db.call`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from kimi_ui.running import LEASE_SECONDS, Heartbeat, new_process_id
from kimi_ui.storage.db import Database
from kimi_ui.storage.limits_model import LimitHold, LimitKey
from kimi_ui.storage.models import new_id

log = logging.getLogger(__name__)
TOKENS, AGENT, STREAM = "tokens", "agent", "stream"  # the kinds of hold


def stored(key: str) -> str:
    """A key as the tables hold it: a hash (a demo visitor's key is their address; the tables hold none)."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


def _upsert(dialect: Any) -> Any:
    table = LimitKey.__table__
    insert = dialect.insert(table).values(key=bindparam("key"), times="", until=bindparam("until"))
    return insert.on_conflict_do_update(index_elements=["key"], set_={"times": table.c.times}).returning(
        table.c.times)


# Built once (Core statements with bound parameters: a check is mostly SQLAlchemy's Python otherwise)
_LOCK = {"postgresql": _upsert(postgresql), "sqlite": _upsert(sqlite)}
_WRITE = (update(LimitKey.__table__).where(LimitKey.__table__.c.key == bindparam("k"))
          .values(times=bindparam("times"), until=bindparam("until")))


def lock_key(session: Session, key: str, until: float | None = None) -> list[float]:
    """Lock the key's row until the transaction ends (made if missing) and return its event times. One
    statement: an upsert whose no-op update takes the row lock, RETURNING the row."""
    return _lock(session, stored(key), until)


def _lock(session: Session, key: str, until: float | None = None) -> list[float]:
    connection = session.connection()
    statement = _LOCK["postgresql" if connection.dialect.name == "postgresql" else "sqlite"]
    times = connection.execute(statement, {"key": key, "until": _moment(until or time.time())}).scalar_one()
    return [float(t) for t in times.split()]


def _recent(times: list[float], seconds: float, now: float) -> list[float]:
    return [t for t in times if now - t < seconds]


def _wait(times: list[float], limit: int, seconds: float, now: float) -> float:
    """Seconds until one more event fits (0: now), given the key's times within the window."""
    if len(times) < limit:
        return 0.0
    return max(times[-limit] + seconds - now, 0.001)


class Windows:
    """Sliding windows kept in `limit_keys`. `hit` counts, `peek` only looks."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def hit(self, keys: Sequence[str], limit: int, seconds: float, *, now: float | None = None) -> float:
        """Seconds until every key may have one more event (0.0: now, and it is counted for each key; else
        nothing is counted). One write transaction; keys are locked in sorted order (no deadlock)."""
        now = time.time() if now is None else now
        keys = sorted({stored(key) for key in keys})
        with self.db.session() as session:
            recent = {key: _recent(_lock(session, key, now), seconds, now) for key in keys}
            wait = max((_wait(times, limit, seconds, now) for times in recent.values()), default=0.0)
            if wait > 0:
                session.rollback()
                return wait
            until = _moment(now + seconds)
            session.connection().execute(_WRITE, [
                {"k": key, "times": " ".join(f"{t:.3f}" for t in [*times, now][-max(1, limit):]), "until": until}
                for key, times in recent.items()])
            session.commit()
        return 0.0

    def peek(self, keys: Sequence[str], limit: int, seconds: float, *, now: float | None = None) -> float:
        """The wait `hit` would give, counting nothing (a read: no lock)."""
        now = time.time() if now is None else now
        with self.db.session(read_only=True) as session:
            rows = session.execute(select(LimitKey.times).where(
                LimitKey.key.in_([stored(key) for key in keys]))).scalars().all()
        return max((_wait(_recent([float(t) for t in row.split()], seconds, now), limit, seconds, now)
                    for row in rows), default=0.0)


class Holds:
    """Holds of this process, under leases it renews (a heartbeat task on the event loop)."""

    def __init__(self, db: Database, *, lease_seconds: float = LEASE_SECONDS, process_id: str | None = None) -> None:
        self.db = db
        self.beat = lease_seconds / 4  # renew and sweep this often (as running.py does for answers)
        self.ttl = lease_seconds - self.beat
        self.process_id = process_id or new_process_id()
        self._mine: set[str] = set()
        self._lock = threading.Lock()
        self.heartbeat = Heartbeat(self.beat, self._beat, "holds heartbeat")

    # -- in the caller's transaction (after it locked the key's anchor row) --------------------------------
    def add(self, session: Session, kind: str, key: str, amount: int, other: str = "") -> str:
        hold_id = new_id()
        session.connection().execute(insert(LimitHold.__table__).values(
            id=hold_id, kind=kind, key=stored(key), other=stored(other), amount=amount,
            process_id=self.process_id, lease_until=_moment(time.time() + self.ttl)))
        with self._lock:
            self._mine.add(hold_id)
        return hold_id

    def release(self, hold_id: str | None) -> None:
        """The request ended: its hold goes (a worker thread)."""
        if not hold_id:
            return
        with self._lock:  # no longer renewed: should the delete fail, the hold lapses
            self._mine.discard(hold_id)
        try:
            with self.db.session() as session:
                session.execute(delete(LimitHold).where(LimitHold.id == hold_id))
                session.commit()
        except SQLAlchemyError as exc:
            log.warning("could not release a hold (it lapses on its own): %s", str(exc).splitlines()[0])

    # -- leases ----------------------------------------------------------------------------------------------
    def renew(self) -> int:
        """Extend this process's holds (none held: no statement)."""
        with self._lock:  # only the holds still in use: one whose release failed must lapse, not live on
            mine = list(self._mine)
        if not mine:
            return 0
        with self.db.session() as session:
            count = session.execute(update(LimitHold).where(LimitHold.process_id == self.process_id,
                                                            col(LimitHold.id).in_(mine))
                                    .values(lease_until=_moment(time.time() + self.ttl))).rowcount
            session.commit()
        return count

    def sweep(self) -> int:
        """Delete lapsed holds (a dead process's) and keys whose window is empty (any process)."""
        now = _moment(time.time())
        with self.db.session() as session:
            count = session.execute(delete(LimitHold).where(LimitHold.lease_until < now)).rowcount
            session.execute(delete(LimitKey).where(LimitKey.until < now))
            session.commit()
        if count:
            log.info("dropped %d holds whose process stopped renewing them", count)
        return count

    def ensure_started(self) -> None:
        """Start the heartbeat if it is not running (on the event loop, before a hold is taken)."""
        self.heartbeat.ensure_started()

    async def start(self) -> None:
        self.heartbeat.ensure_started()

    async def close(self) -> None:
        """Stop renewing (holds left lapse)."""
        await self.heartbeat.close()

    async def _beat(self) -> None:
        await self.db.call(self.renew)
        await self.db.call(self.sweep)


def _sum(column: Any) -> Any:
    holds = LimitHold.__table__.c
    return select(func.coalesce(func.sum(holds.amount), 0)).where(
        holds.kind == bindparam("kind"), column == bindparam("of"), holds.lease_until >= bindparam("now"))


_HELD = {"key": _sum(LimitHold.__table__.c.key), "other": _sum(LimitHold.__table__.c.other)}


def held(session: Session, kind: str, *, key: str | None = None, other: str | None = None) -> int:
    """What live holds of this kind add up to, for a user (`key`) or a backend (`other`)."""
    by, of = ("key", key) if key is not None else ("other", other or "")
    return int(session.connection().execute(_HELD[by], {"kind": kind, "of": stored(of),
                                                         "now": _moment(time.time())}).scalar_one())


class Allowance:
    """Swarm sub-agents running at once per user and per backend, every swarm of every process together:
    a place is an `agent` hold. `take` waits for a place (woken by a place given back in this process, or
    polling every `poll` seconds for other processes'); `give` gives it back without awaiting, so a cancelled
    agent always gives its place back. `users`/`backends`: this process's places."""

    def __init__(self, db: Database, holds: Holds, per_user: int, per_backend: int, poll: float = 0.5) -> None:
        self.db, self.holds, self.per_user, self.per_backend, self.poll = db, holds, per_user, per_backend, poll
        self.users: dict[str, int] = {}
        self.backends: dict[str, int] = {}
        self._changed = asyncio.Event()
        self._releasing: set[asyncio.Future] = set()

    def _try(self, user: str, backend: str) -> str | None:
        with self.db.session() as session:
            lock_key(session, "agents-user:" + user)  # always user, then backend: no deadlock
            lock_key(session, "agents-backend:" + backend)
            if (held(session, AGENT, key=user) >= self.per_user
                    or held(session, AGENT, other=backend) >= self.per_backend):
                session.rollback()
                return None
            place = self.holds.add(session, AGENT, user, 1, backend)
            session.commit()
            return place

    async def take(self, user: str, backend: str) -> str:
        """Wait for a place; its id (for `give`)."""
        self.holds.ensure_started()
        while True:
            changed = self._changed
            trying = asyncio.ensure_future(self.db.call(self._try, user, backend))
            try:
                place = await asyncio.shield(trying)
            except asyncio.CancelledError:  # a place taken meanwhile is given back
                self._releasing.add(trying)  # (in flight until then: `_releasing` is what is not settled)
                trying.add_done_callback(self._taken_too_late)
                raise
            if place is not None:
                self.users[user] = self.users.get(user, 0) + 1
                self.backends[backend] = self.backends.get(backend, 0) + 1
                return place
            try:
                await asyncio.wait_for(changed.wait(), self.poll)
            except TimeoutError:
                pass

    def give(self, place: str, user: str, backend: str) -> None:
        for counts, key in ((self.users, user), (self.backends, backend)):
            counts[key] = counts.get(key, 0) - 1
            if counts[key] <= 0:
                del counts[key]
        self._let_go(place)

    def _taken_too_late(self, done: asyncio.Future) -> None:
        if not done.cancelled() and done.exception() is None:
            self._let_go(done.result())
        self._releasing.discard(done)

    def _let_go(self, place: str | None) -> None:
        if place is None:
            return
        releasing = asyncio.ensure_future(self.db.call(self.holds.release, place))
        self._releasing.add(releasing)
        releasing.add_done_callback(self._released)

    def _released(self, done: asyncio.Future) -> None:
        self._releasing.discard(done)
        if not done.cancelled() and done.exception() is not None:
            log.warning("could not give back a swarm place (it lapses): %s", done.exception())
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()
