"""A real argon2 hasher that also looks at the database while it works: can another connection take SQLite's
write lock at that moment? (A login must never hold a write transaction open while it hashes.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from argon2 import PasswordHasher

CHEAP = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}


class ProbingHasher(PasswordHasher):
    """argon2 with cheap parameters (override any); `fail=True`: verifying raises, as a broken hasher would."""

    def __init__(self, path: Path | str, fail: bool = False, **parameters) -> None:
        super().__init__(**{**CHEAP, **parameters})
        self.path, self.fail = str(path), fail
        self.write_lock_free: list[bool] = []

    def _probe(self) -> None:
        other = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            self.write_lock_free.append(True)
        except sqlite3.OperationalError:  # "database is locked": a write transaction is open
            self.write_lock_free.append(False)
        finally:
            other.close()

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        self._probe()
        if self.fail:
            raise RuntimeError("the hasher broke")
        return super().verify(hash, password)

    def hash(self, password, *, salt=None):
        self._probe()
        return super().hash(password, salt=salt)
