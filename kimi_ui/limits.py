"""Per-user abuse limits: turns per minute (sliding window) and answers streaming at once; imports an hour.
The windows are counted in the database (kimi_ui/shared_limits.py), so every app process counts together;
the answers streaming at once are this process's plus the other processes' (`elsewhere`)."""

from __future__ import annotations

from collections import defaultdict

from kimi_ui.events import TurnError, error
from kimi_ui.shared_limits import Windows

MINUTE = 60.0


class TurnLimits:
    def __init__(self, windows: Windows, per_minute: int, concurrent: int,
                 per_minute_per_ip: int | None = None) -> None:
        self.windows = windows
        self.per_minute = per_minute
        self.per_minute_per_ip = per_minute_per_ip or per_minute
        self.concurrent = concurrent
        self._streaming: dict[str, int] = defaultdict(int)

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
        try:
            refused = self._too_fast(await self.windows.db.call(
                self.windows.hit, ["turns:" + key], self._allowed(key), MINUTE))
        except BaseException:
            self.finished(key)
            raise
        if refused is not None:
            self.finished(key)
        return refused

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
