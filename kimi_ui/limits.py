"""Per-user abuse limits: turns per minute (sliding window) and answers streaming at once."""

from __future__ import annotations

import time
from collections import defaultdict, deque


class TurnLimits:
    def __init__(self, per_minute: int, concurrent: int, per_minute_per_ip: int | None = None) -> None:
        self.per_minute = per_minute
        self.per_minute_per_ip = per_minute_per_ip or per_minute
        self.concurrent = concurrent
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._streaming: dict[str, int] = defaultdict(int)

    def refusal(self, key: str) -> str | None:
        """Why this caller may not start a turn now, or None. Counts the turn when it is allowed."""
        if self._streaming[key] >= self.concurrent:
            return (f"You already have {self.concurrent} answers streaming: wait for one to finish or press Stop.")
        now = time.monotonic()
        recent = self._recent[key]
        while recent and now - recent[0] > 60:
            recent.popleft()
        allowed = self.per_minute_per_ip if key.startswith("ip:") else self.per_minute
        if len(recent) >= allowed:
            return f"You are sending messages too fast: try again in {int(60 - (now - recent[0])) + 1} s."
        recent.append(now)
        return None

    def started(self, key: str) -> None:
        self._streaming[key] += 1

    def finished(self, key: str) -> None:
        self._streaming[key] = max(0, self._streaming[key] - 1)
