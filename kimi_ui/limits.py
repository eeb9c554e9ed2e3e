"""Per-user abuse limits: turns per minute (sliding window) and answers streaming at once; imports an hour.
Both are counted in the database (kimi_ui/shared_limits.py), so every app process counts together: a turn
is a window event, and while it streams it holds a `stream` hold of its key (the user, or a public demo's
address), which /v1 requests and every visitor of an address share. `elsewhere` (the caller's answers other
processes announced) and this process's own count make a first check without the database."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from kimi_ui.events import TurnError, error
from kimi_ui.shared_limits import STREAM, Holds, Windows, held, lock_key
from kimi_ui.shielded import through_cancel

MINUTE = 60.0


class TurnLimits:
    def __init__(self, windows: Windows, per_minute: int, concurrent: int,
                 per_minute_per_ip: int | None = None, holds: Holds | None = None) -> None:
        self.windows = windows
        self.per_minute = per_minute
        self.per_minute_per_ip = per_minute_per_ip or per_minute
        self.concurrent = concurrent
        self.holds = holds
        self._streaming: dict[str, int] = defaultdict(int)
        self._held: dict[str, list[str]] = defaultdict(list)  # key -> this process's stream holds
        self._releasing: set[asyncio.Future] = set()

    def _allowed(self, key: str) -> int:
        return self.per_minute_per_ip if key.startswith("ip:") else self.per_minute

    def _streams(self, key: str, elsewhere: int) -> TurnError | None:
        if self._streaming.get(key, 0) + elsewhere >= self.concurrent:
            return error("rate_limited", variant="streams", limit=self.concurrent)
        return None

    @staticmethod
    def _too_fast(wait: float) -> TurnError | None:
        return error("rate_limited", variant="too_fast", seconds=int(wait) + 1) if wait > 0 else None

    async def begin(self, key: str, elsewhere: int = 0) -> TurnError | None:
        """Why this caller may not start a turn now, or None: then the turn is counted (in the database) and
        started here (`finished` ends it). `elsewhere`: the caller's answers streaming in other app processes
        (they share the limit). The stream is taken before the database is asked, so two turns of one caller
        in this process cannot both pass."""
        refused = self._streams(key, elsewhere)
        if refused is not None:
            return refused
        self.started(key)
        hold = None
        try:
            if self.holds is not None:
                self.holds.ensure_started()  # (renews this process's holds; on the event loop)
                # (through a cancel: a hold taken in the worker thread must be known here, to be given back)
                hold, cut = await through_cancel(self.windows.db.call(self._take_stream, key))
                if hold is not None:
                    self._held[key].append(hold)  # (a key's holds are alike: any one is given back at the end)
                if cut:
                    raise asyncio.CancelledError
                if hold is None:  # this key's streams in every process (/v1's and a demo address's too)
                    self._ended(key)
                    return error("rate_limited", variant="streams", limit=self.concurrent)
            refused = self._too_fast(await self.windows.db.call(
                self.windows.hit, ["turns:" + key], self._allowed(key), MINUTE))
        except BaseException:
            self._ended(key, self.holds is not None and hold is not None)
            raise
        if refused is not None:
            self.finished(key)
        return refused

    def _take_stream(self, key: str) -> str | None:
        """A stream hold of the key, unless it has `concurrent` in every process (one transaction)."""
        with self.windows.db.session() as session:
            lock_key(session, "streams:" + key)
            if held(session, STREAM, key=key) >= self.concurrent:
                session.rollback()
                return None
            hold = self.holds.add(session, STREAM, key, 1)
            session.commit()
        return hold

    async def would_refuse(self, key: str, elsewhere: int = 0) -> TurnError | None:
        """The same, counting nothing: asked before anything is made for the caller (a public demo's visitor
        gets a user row only for a turn that goes on)."""
        refused = self._streams(key, elsewhere)
        if refused is not None:
            return refused
        return self._too_fast(await self.windows.db.call(
            self.windows.peek, ["turns:" + key], self._allowed(key), MINUTE))

    def started(self, key: str) -> None:
        self._streaming[key] += 1

    def finished(self, key: str) -> None:
        """A turn that `begin` let start has ended."""
        self._ended(key, self.holds is not None)

    def _ended(self, key: str, with_hold: bool = False) -> None:
        """One stream of the key less; its hold given back first (in a worker thread: called from a finally,
        nothing awaited here), and only then is it off this process's count, so that whoever waits for
        the count to drop finds the database agreeing."""
        holds = self._held.get(key) if with_hold else None
        if not holds:
            self._uncount(key)
            return
        hold = holds.pop()
        if not holds:
            del self._held[key]
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # (no loop: a synchronous caller may wait)
            self.holds.release(hold)
            self._uncount(key)
            return
        releasing = asyncio.ensure_future(self.windows.db.call(self.holds.release, hold))
        self._releasing.add(releasing)
        releasing.add_done_callback(lambda done: (self._releasing.discard(done), self._uncount(key)))

    def _uncount(self, key: str) -> None:
        self._streaming[key] = max(0, self._streaming[key] - 1)
        if not self._streaming[key]:
            self._streaming.pop(key, None)


class WindowLimit:
    """At most `limit` events per key in a sliding window of `seconds` (imports: an hour), counted in the
    database under `prefix` (every process together). `wait` is synchronous: call it off the event loop."""

    def __init__(self, windows: Windows, limit: int, seconds: float, prefix: str) -> None:
        self.windows, self.limit, self.seconds, self.prefix = windows, limit, seconds, prefix

    def wait(self, keys: list[str]) -> float:
        """Seconds until every key may have one more (0: now, and it is counted for each key)."""
        return self.windows.hit([self.prefix + key for key in keys], self.limit, self.seconds)
