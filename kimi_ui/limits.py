"""Per-user abuse limits: turns per minute (sliding window) and answers streaming at once; imports an hour."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from kimi_ui.events import TurnError, error


class TurnLimits:
    def __init__(self, per_minute: int, concurrent: int, per_minute_per_ip: int | None = None) -> None:
        self.per_minute = per_minute
        self.per_minute_per_ip = per_minute_per_ip or per_minute
        self.concurrent = concurrent
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._streaming: dict[str, int] = defaultdict(int)

    def refusal(self, key: str, elsewhere: int = 0) -> TurnError | None:
        """Why this caller may not start a turn now, or None. Counts the turn when it is allowed.
        `elsewhere`: the caller's answers streaming in other app processes (they share the limit)."""
        refused = self.would_refuse(key, elsewhere)
        if refused is None:
            self._recent[key].append(time.monotonic())
        return refused

    def would_refuse(self, key: str, elsewhere: int = 0) -> TurnError | None:
        """The same, without counting: asked before anything is made for the caller (a public demo's
        visitor gets a user row only for a turn that goes on)."""
        if self._streaming[key] + elsewhere >= self.concurrent:
            return error("rate_limited", variant="streams", limit=self.concurrent)
        now = time.monotonic()
        recent = self._recent.get(key)
        while recent and now - recent[0] > 60:
            recent.popleft()
        allowed = self.per_minute_per_ip if key.startswith("ip:") else self.per_minute
        if recent and len(recent) >= allowed:
            return error("rate_limited", variant="too_fast", seconds=int(60 - (now - recent[0])) + 1)
        return None

    def started(self, key: str) -> None:
        self._streaming[key] += 1

    def finished(self, key: str) -> None:
        self._streaming[key] = max(0, self._streaming[key] - 1)


class WindowLimit:
    """At most `limit` events per key in a sliding window of `seconds` (imports: an hour). Thread-safe (sync
    handlers run in worker threads); at most `max_keys` keys are remembered, the oldest forgotten first."""

    def __init__(self, limit: int, seconds: float, max_keys: int = 100_000) -> None:
        self.limit, self.seconds, self.max_keys = limit, seconds, max_keys
        self._times: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait(self, keys: list[str]) -> float:
        """Seconds until every key may have one more (0: now, and it is counted for each key)."""
        now = time.monotonic()
        with self._lock:
            waits = [self._wait(key, now) for key in keys]
            if max(waits, default=0.0) > 0:
                return max(waits)
            for key in keys:
                if key not in self._times and len(self._times) >= self.max_keys:
                    self._times.pop(next(iter(self._times)))
                self._times.setdefault(key, deque()).append(now)
            return 0.0

    def _wait(self, key: str, now: float) -> float:
        times = self._times.get(key)
        while times and now - times[0] >= self.seconds:
            times.popleft()
        return times[0] + self.seconds - now if times and len(times) >= self.limit else 0.0

