"""Who owns what Gradio hands out: session hashes, event ids and uploaded files, per user, in memory.

Gradio ties none of them to a login. A tab's session_hash names the queue it reads results from, an
event id names a /call result stream, and an upload's path is what a handler later receives as "a file
the user sent": whoever could name another's hash, event id or path could read that stream or make a
handler read that file. The web middleware records each one for the user it was issued to and refuses
anyone else; handlers take only files recorded for their caller (kimi_ui/ui/inputs.py).

Bounded so that no client can flush someone else's entries: each user keeps at most `per_user` entries
(the user's own oldest go first), entries idle for `idle` seconds expire, and when the whole table is full
of live entries a new one is refused (the caller gets a 503), never made by evicting another user's.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


class TableFull(Exception):
    """Too many live entries: a new one cannot be recorded now."""


@dataclass
class OwnerTable:
    """key -> user, with per-user and total bounds and idle expiry."""

    per_user: int = 2_000
    total: int = 200_000
    idle: float = 24 * 3600.0
    clock: Callable[[], float] = time.monotonic
    _owner: OrderedDict[str, tuple[str, str, float]] = field(default_factory=OrderedDict)  # key -> (user, bucket,
    # last use), least recently used first
    _keys: dict[str, OrderedDict[str, None]] = field(default_factory=dict)  # bucket -> its keys, oldest first
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def claim(self, key: str, user: str, bucket: str | None = None) -> bool:
        """True when `key` is the user's (recording it if nobody has it yet); False when it is another's.
        New keys count against `bucket` (default: the user; in a public demo, where a new user is one cookie
        away, the client's address), which keeps at most `per_user` of them."""
        now = self.clock()
        with self._lock:
            found = self._owner.get(key)
            if found is not None and now - found[2] <= self.idle:
                if found[0] != user:
                    return False
                self._touch(key, now)
                return True
            if found is not None:
                self._drop(key)
            self._add(key, user, bucket or user, now)
            return True

    def owner(self, key: str) -> str | None:
        with self._lock:
            found = self._owner.get(key)
            return found[0] if found and self.clock() - found[2] <= self.idle else None

    def forget(self, key: str) -> None:
        with self._lock:
            if key in self._owner:
                self._drop(key)

    def __len__(self) -> int:
        return len(self._owner)

    def _touch(self, key: str, now: float) -> None:
        user, bucket, _ = self._owner[key]
        self._owner[key] = (user, bucket, now)
        self._owner.move_to_end(key)
        self._keys[bucket].move_to_end(key)

    def _add(self, key: str, user: str, bucket: str, now: float) -> None:
        mine = self._keys.setdefault(bucket, OrderedDict())
        if len(mine) >= self.per_user:
            self._drop(next(iter(mine)))  # the bucket's own oldest entry, never someone else's
        if len(self._owner) >= self.total:
            self._expire(now)
            if len(self._owner) >= self.total:
                raise TableFull
        self._owner[key] = (user, bucket, now)
        self._keys.setdefault(bucket, OrderedDict())[key] = None

    def _expire(self, now: float) -> None:
        while self._owner:
            key, (_, _, seen) = next(iter(self._owner.items()))
            if now - seen <= self.idle:
                break
            self._drop(key)

    def _drop(self, key: str) -> None:
        _, bucket, _ = self._owner.pop(key)
        mine = self._keys.get(bucket)
        if mine is not None:
            mine.pop(key, None)
            if not mine:
                del self._keys[bucket]


@dataclass
class Upload:
    path: str
    size: int
    when: float
    spent: bool = False  # sent with a turn the side stream started: still the user's, but for no other turn


@dataclass
class Uploads:
    """Files uploaded through Gradio's upload route, per user. Gradio stores uploads content-addressed, so
    two users who upload the same bytes get the same path: a path can have several owners, and the file
    is deleted only when the last of them lets go of it."""

    ttl: float = 600.0  # Gradio's cache sweep removes uploads older than this (layout: delete_cache)
    clock: Callable[[], float] = time.monotonic
    _by_user: dict[str, dict[str, Upload]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, user: str, path: str, size: int) -> None:
        with self._lock:
            self._by_user.setdefault(user, {})[path] = Upload(path, size, self.clock())

    def owns(self, user: str, path: str) -> bool:
        """Exactly this path string, as the upload route returned it, uploaded by this user and still kept."""
        with self._lock:
            found = self._by_user.get(user, {}).get(path)
            return found is not None and self.clock() - found.when <= self.ttl

    def usable(self, user: str, path: str) -> bool:
        """Owned and not yet spent on a turn: what a new turn may take."""
        with self._lock:
            found = self._by_user.get(user, {}).get(path)
            return found is not None and not found.spent and self.clock() - found.when <= self.ttl

    def spend(self, user: str, path: str) -> None:
        """Sent with a turn (by the side stream, before the page's send event names it too): owned still, so
        that send event and the page's preview of it pass the web guard, but no other turn can take it."""
        with self._lock:
            found = self._by_user.get(user, {}).get(path)
            if found is not None:
                found.spent = True

    def give_back(self, user: str, path: str) -> None:
        """Not spent after all: the turn that took it was refused before its question was saved, and the
        composer holds the file again (the user may send it again, elsewhere)."""
        with self._lock:
            found = self._by_user.get(user, {}).get(path)
            if found is not None:
                found.spent = False

    def pending_bytes(self, user: str) -> int:
        with self._lock:
            self._expire(user)
            return sum(u.size for u in self._by_user.get(user, {}).values())

    def release(self, user: str, path: str) -> bool:
        """The user is done with the file; True when no one else holds it (the caller may delete it)."""
        with self._lock:
            self._by_user.get(user, {}).pop(path, None)
            return not any(path in held for held in self._by_user.values())

    def _expire(self, user: str) -> None:
        held = self._by_user.get(user)
        if not held:
            return
        now = self.clock()
        for path in [p for p, u in held.items() if now - u.when > self.ttl]:
            del held[path]
        if not held:
            del self._by_user[user]

    def sweep(self) -> None:
        with self._lock:
            for user in list(self._by_user):
                self._expire(user)


def file_size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
