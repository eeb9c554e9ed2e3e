"""The login throttle: failed logins per (address, typed name) and per address, kept in the database.

- An attempt is reserved before its password is checked: counted as a failure up front in one short
  write transaction, and taken back only when the password turns out right. Concurrent guesses cannot
  slip between a check and a count, and an attempt that ends in an error stays counted.
- A few attempts are free; after that every failure doubles the wait before the next attempt, up to a
  cap. Nothing locks a name as such: guesses at alice from other addresses do not delay alice's own
  address. A row without a failure for `forget_after` seconds counts as clean and is purged.
- In the database, so that several app processes share the counts and `users unlock` lifts them.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, col, select

from kimi_ui.storage.models import LoginThrottle, utcnow

ANY_NAME = ""  # the row that counts an address's failures for every name
FORGET_AFTER = 3600.0  # seconds without a failure after which a row is clean (and purged)
NAME_LENGTH = 80


def address_key(address: str | None) -> str:
    """IPv6 clients usually hold a whole /64, so that is what counts as one address."""
    address = (address or "").strip()[:64]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    mapped = getattr(parsed, "ipv4_mapped", None)  # ::ffff:1.2.3.4 is 1.2.3.4
    if mapped is not None:
        return str(mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def name_key(name: str | None) -> str:
    """The name as the throttle counts it: "ALICE " is "alice"."""
    return (name or "").strip().casefold()[:NAME_LENGTH]


def insert_if_missing(session: Session, model: type[SQLModel], values: dict[str, Any]) -> None:
    """INSERT that does nothing when the primary key exists (another process was first): no error, no
    rollback of the caller's transaction."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.exec(dialect.insert(model).values(**values).on_conflict_do_nothing())


def _locked(session: Session, address: str, name: str, now: datetime) -> LoginThrottle:
    """The row, created if missing, locked until the transaction ends (FOR UPDATE on PostgreSQL; SQLite's
    write sessions hold the database's write lock from their start)."""
    insert_if_missing(session, LoginThrottle, {"address": address, "name": name, "failures": 0,
                                               "blocked_until": now, "last_failure_at": now})
    query = (select(LoginThrottle).where(LoginThrottle.address == address, LoginThrottle.name == name)
             .with_for_update().execution_options(populate_existing=True))
    return session.exec(query).one()


@dataclass(frozen=True)
class LoginLimiter:
    """The throttle's rules; its state is in the database. Call `reserve` in a write session of its own
    before checking a password, `succeeded` after a right one."""

    free_per_name: int = 5  # per (address, name)
    free_per_address: int = 10  # per address, any names
    first_delay: float = 1.0  # seconds, after the free attempts; doubled with each further failure
    max_delay: float = 600.0
    forget_after: float = FORGET_AFTER

    def delay(self, failures: int, free: int) -> float:
        """The wait after the `failures`-th failure in a row."""
        if failures < free:
            return 0.0
        return min(self.max_delay, self.first_delay * 2.0 ** min(failures - free, 60))

    def _keys(self, address: str | None, name: str | None) -> list[tuple[str, str, int]]:
        ip, folded = address_key(address), name_key(name)
        keys = [(ip, ANY_NAME, self.free_per_address)]  # always in this order: no deadlock between two logins
        if folded != ANY_NAME:
            keys.append((ip, folded, self.free_per_name))
        return keys

    def _fresh(self, row: LoginThrottle, now: datetime) -> bool:
        return (now - row.last_failure_at).total_seconds() < self.forget_after

    def reserve(self, session: Session, *, address: str | None, name: str | None,
                now: datetime | None = None) -> float:
        """0.0: go ahead, this attempt counts as a failure until `succeeded`. Otherwise the seconds to wait;
        nothing is counted then (a refused attempt checks no password)."""
        now = now or utcnow()
        keys = self._keys(address, name)
        rows = [_locked(session, ip, folded, now) for ip, folded, _ in keys]
        wait = max((row.blocked_until - now).total_seconds() if self._fresh(row, now) else 0.0 for row in rows)
        if wait > 0:
            session.rollback()
            return wait
        for row, (_, _, free) in zip(rows, keys):
            row.failures = row.failures + 1 if self._fresh(row, now) else 1
            row.last_failure_at = now
            row.blocked_until = now + timedelta(seconds=self.delay(row.failures, free))
            session.add(row)
        session.commit()
        return 0.0

    def succeeded(self, session: Session, *, address: str | None, name: str | None) -> None:
        """The reserved attempt was right: the (address, name) count is cleared; the address's count only
        loses this attempt, so one valid account does not buy an address more guesses at others."""
        (ip, _, free), *pair = self._keys(address, name)
        for _, folded, _ in pair:
            session.exec(delete(LoginThrottle).where(col(LoginThrottle.address) == ip,
                                                     col(LoginThrottle.name) == folded))
        row = session.exec(select(LoginThrottle).where(LoginThrottle.address == ip, LoginThrottle.name == ANY_NAME)
                           .with_for_update().execution_options(populate_existing=True)).first()
        if row is not None and row.failures > 0:
            row.failures -= 1
            row.blocked_until = min(row.blocked_until,
                                    row.last_failure_at + timedelta(seconds=self.delay(row.failures, free)))
            session.add(row)
        session.commit()

    @staticmethod
    def message(wait: float) -> str:
        return f"Too many failed logins. Try again in {seconds(wait)} s."


def seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


def unlock(session: Session, *, name: str) -> list[LoginThrottle]:
    """Lift every count and delay on this name (from any address); returns the rows lifted."""
    rows = list(session.exec(select(LoginThrottle).where(LoginThrottle.name == name_key(name),
                                                         LoginThrottle.name != ANY_NAME)))
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.name) == name_key(name),
                                             col(LoginThrottle.name) != ANY_NAME))
    session.commit()
    return sorted((row for row in rows if row.failures > 0), key=lambda row: row.address)


def purge(session: Session, *, now: datetime | None = None, older_than: float = FORGET_AFTER) -> int:
    """Delete rows without a failure for `older_than` seconds (they count as clean anyway)."""
    cutoff = (now or utcnow()) - timedelta(seconds=older_than)
    result = session.exec(delete(LoginThrottle).where(col(LoginThrottle.last_failure_at) < cutoff))
    session.commit()
    return result.rowcount
