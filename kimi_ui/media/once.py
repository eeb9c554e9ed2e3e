"""Work on a file done once: kept by a key (its content's hash), and done by one thread when several ask for
it at the same time. A MediaError is kept too: the same file fails the same way. For OCR (readable.py) and the
documents read in the sandbox (sandbox.py): the composer's chip reads a file, the turn that sends it finds it read."""

from __future__ import annotations

import collections
import threading
from typing import Any, Callable, Hashable

from kimi_ui.media.images import MediaError


class Once:
    def __init__(self, size: int) -> None:
        self.size = size
        self._guard = threading.Lock()
        self._working: dict[Hashable, threading.Lock] = {}
        self._done: collections.OrderedDict[Hashable, Any] = collections.OrderedDict()

    def get(self, key: Hashable, work: Callable[[], Any]) -> Any:
        """`work()`'s result, or the MediaError it raised, for `key` (done now, or found done)."""
        with self._guard:
            lock = self._working.setdefault(key, threading.Lock())
        with lock:
            if key not in self._done:
                try:
                    self._done[key] = work()
                except MediaError as problem:
                    self._done[key] = problem
                while len(self._done) > self.size:
                    self._done.popitem(last=False)
            with self._guard:
                self._working.pop(key, None)
            return self._done[key]
