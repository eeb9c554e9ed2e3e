"""Tokens used per user, backend and day (issue 19): every finished turn, /chat call and /v1 request adds
its tokens to `usage_days`; quotas (a budget a day and a calendar month, UTC) read the sums. The database
adds up, so every app process counts the same.

A user's budget is their own (users.day_tokens / month_tokens: set by an admin; 0 means no limit) or the
default (Settings.day_tokens / month_tokens). A public demo's visitors have `demo_day_tokens` a day, counted
for the visitor and for their address (a new cookie does not bring a new budget)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, select

from kimi_ui.auth import RESERVED_PREFIX, _tokens
from kimi_ui.backends.wire import CHARS_PER_TOKEN
from kimi_ui.costs import stored_cost
from kimi_ui.events import Notice, TurnError, error, notice
from kimi_ui.storage.models import User
from kimi_ui.shared_limits import TOKENS, Holds, lock_key
from kimi_ui.shared_limits import held as held_tokens
from kimi_ui.throttle import address_key
from kimi_ui.storage.team_model import UsageDay

ADDRESS_PREFIX = "addr:"  # a demo address's row in usage_days (a hash: the table holds no addresses)


def tokens_of(usage: Any) -> int:
    """Prompt and written tokens of a usage dict (a swarm's agents included)."""
    return _tokens(usage)


def measured(usage: Any, written_chars: int, prompt_estimate: int, finished: bool = False) -> dict[str, Any]:
    """A request's usage as quotas count it: what the backend reported for a stream that finished; for one
    stopped or cut before its last chunk (which carries the usage), at least the estimates of the text written
    (reasoning, answer, tool arguments) and of the prompt sent. A finished stream without usage (a server that
    sends none) is estimated too."""
    out = dict(usage) if isinstance(usage, dict) else {}
    for key, estimate in (("completion_tokens", round(written_chars / CHARS_PER_TOKEN)),
                          ("prompt_tokens", prompt_estimate)):
        reported = out.get(key)
        reported = reported if isinstance(reported, int) and not isinstance(reported, bool) and reported > 0 else 0
        out[key] = reported if finished and reported else max(reported, int(estimate))
    return out


def address_owner(limit_key: str | None) -> str | None:
    """The usage row owner for a public demo visitor's address key ("ip:…"), or None."""
    if not limit_key or not limit_key.startswith("ip:"):
        return None
    address = address_key(limit_key[3:])  # (an IPv6 /64 is one address, as for the login throttle)
    return ADDRESS_PREFIX + hashlib.sha256(address.encode("utf-8")).hexdigest()[:27]


def today(now: datetime | None = None) -> date:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).date()


def add(session: Session, *, owner_id: str, backend: str, tokens: int, prompt_tokens: int = 0,
        cost: float = 0.0, day: date | None = None) -> None:
    """Add one request's tokens to the owner's row for the backend and day (an upsert: processes race safely)."""
    if tokens <= 0 and cost <= 0:
        return
    values = {"owner_id": owner_id[:32], "day": day or today(), "backend": backend[:80], "tokens": int(tokens),
              "prompt_tokens": max(0, int(prompt_tokens)), "requests": 1, "cost": float(cost)}
    dialect = session.get_bind().dialect.name
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(UsageDay).values(**values)
    table = UsageDay.__table__.c
    session.exec(insert.on_conflict_do_update(
        index_elements=["owner_id", "day", "backend"],
        set_={"tokens": table.tokens + insert.excluded.tokens,
              "prompt_tokens": table.prompt_tokens + insert.excluded.prompt_tokens,
              "requests": table.requests + 1, "cost": table.cost + insert.excluded.cost}))
    session.commit()


def spent(session: Session, *, owner_id: str, now: datetime | None = None) -> tuple[int, int]:
    """(tokens today, tokens this calendar month) of the owner, all backends."""
    day = today(now)
    first = day.replace(day=1)
    rows = session.exec(select(UsageDay.day, func.sum(UsageDay.tokens))
                        .where(UsageDay.owner_id == owner_id, UsageDay.day >= first)
                        .group_by(UsageDay.day)).all()
    month = sum(int(n or 0) for _, n in rows)
    return sum(int(n or 0) for d, n in rows if d == day), month


@dataclass(frozen=True)
class Budget:
    day: int  # 0: no limit
    month: int

    @property
    def limited(self) -> bool:
        return bool(self.day or self.month)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Reserved:
    """What `Quotas.reserve` gave a request: the tokens it may write and holds (None: no budget applies), the
    hold's id (released when the request's usage is counted), or why it may not start."""

    tokens: int | None = None
    hold_id: str | None = None
    refusal: TurnError | None = None
    held: int = 0  # what the hold counts: the prompt's estimate and `tokens`


class Quotas:
    """Budgets, checked before a request and counted after it. While requests run, each holds the tokens it
    may still write (its max_tokens, capped to what is left), so parallel requests of one user cannot each
    spend the whole remainder: a hold is a row of `limit_holds` (kimi_ui/shared_limits.py), seen by every
    process, and `reserve` checks and holds under a lock of the user's row, in one transaction."""

    def __init__(self, settings: Any, holds: Holds | None = None) -> None:
        self.settings = settings
        self.holds = holds

    def budget(self, user: User | None) -> Budget:
        if user is None:
            return Budget(0, 0)
        if self.settings.public_demo and user.name.startswith(RESERVED_PREFIX):
            return Budget(self.settings.demo_day_tokens, 0)
        day = user.day_tokens if user.day_tokens is not None else self.settings.day_tokens
        month = user.month_tokens if user.month_tokens is not None else self.settings.month_tokens
        return Budget(max(0, day), max(0, month))

    def _checks(self, session: Session, user: User, limit_key: str | None, now: datetime | None, extra: int = 0):
        """(period, used, limit) for each budget that applies, most used share first (`extra`: tokens not yet
        counted, added to what is used)."""
        budget = self.budget(user)
        if not budget.limited:
            return []
        used_day, used_month = spent(session, owner_id=user.id, now=now)
        held = held_tokens(session, TOKENS, key=user.id) + extra
        used_day, used_month = used_day + held, used_month + held
        address = address_owner(limit_key) if user.name.startswith(RESERVED_PREFIX) else None
        if address is not None:  # what every visitor from the address spent and holds (in every process)
            used_day = max(used_day, spent(session, owner_id=address, now=now)[0]
                           + held_tokens(session, TOKENS, other=address) + extra)
        checks = [(period, used, limit) for period, used, limit in (("day", used_day, budget.day),
                                                                     ("month", used_month, budget.month)) if limit]
        return sorted(checks, key=lambda c: c[1] / c[2], reverse=True)

    def refusal(self, session: Session, *, user: User | None, limit_key: str | None = None,
                now: datetime | None = None) -> TurnError | None:
        """Why the user may not start a turn now (a budget spent), or None."""
        if user is None:
            return None
        for period, used, limit in self._checks(session, user, limit_key, now):
            if used >= limit:
                return error("budget", variant=period, limit=limit, used=used,
                             resets=_resets(period, now))
        return None

    def reserve(self, session: Session, *, user: User | None, wanted: int, least: int, prompt: int = 0,
                limit_key: str | None = None, now: datetime | None = None) -> Reserved:
        """Before a request: with a budget, lock the user's row (and a public demo visitor's address's), and
        either refuse (spent, counting what the user's other requests hold in every process, and this
        request's `prompt`, an estimate of the tokens it sends) or hold the prompt and what it may write, at
        most what is left and at least `least`. Commits: call it in a write session of its own."""
        if user is None or not self.budget(user).limited or self.holds is None:
            return Reserved()
        lock_key(session, "tokens:" + user.id)
        address = address_owner(limit_key) if user.name.startswith(RESERVED_PREFIX) else None
        if address is not None:  # (always after the user's: no two requests lock them the other way round)
            lock_key(session, "tokens:" + address)
        prompt = max(0, prompt)
        checks = self._checks(session, user, limit_key, now, prompt)
        for period, used, limit in checks:
            if used >= limit:
                session.rollback()
                before = used - prompt  # what is used (and held) without this request
                variant = period if before >= limit or not prompt else period + "_prompt"  # (its prompt is too long)
                return Reserved(refusal=error("budget", variant=variant, limit=limit, used=before, prompt=prompt,
                                              resets=_resets(period, now)))
        left = min(limit - used for _, used, limit in checks)
        tokens = max(least, min(wanted, left))
        hold_id = self.holds.add(session, TOKENS, user.id, tokens + prompt, other=address or "")
        session.commit()
        return Reserved(tokens, hold_id, held=tokens + prompt)

    def release(self, hold_id: str | None) -> None:
        """The request's usage is counted: its hold goes (a worker thread)."""
        if self.holds is not None:
            self.holds.release(hold_id)

    def warning(self, session: Session, *, user: User | None, limit_key: str | None = None,
                now: datetime | None = None, extra: int = 0) -> Notice | None:
        """A notice when the user has used `quota_warning` of a budget or more: what is left, or (all of it
        used) that the next message waits for the day the budget comes back."""
        if user is None:
            return None
        for period, used, limit in self._checks(session, user, limit_key, now, extra):
            if used >= limit:
                return notice("budget_spent", variant=period, limit=limit, resets=_resets(period, now))
            if self.settings.quota_warning * limit <= used:
                return notice("budget_near", variant=period, percent=int(100 * used / limit), limit=limit,
                              left=limit - used)
        return None

    def record(self, session: Session, *, user: User | None, owner_id: str, backend: str, usage: Any,
               before: int = 0, limit_key: str | None = None) -> int:
        """Count what a request used (its usage dict; `before`: tokens it had when it began, as a Continue
        carries its earlier ones). Returns the tokens counted."""
        tokens = tokens_of(usage) - before
        if tokens <= 0:
            return 0
        prompt = usage.get("prompt_tokens") if isinstance(usage, dict) else 0
        prompt = prompt if isinstance(prompt, int) and not isinstance(prompt, bool) else 0
        cost = stored_cost(usage)
        add(session, owner_id=owner_id, backend=backend, tokens=tokens, prompt_tokens=min(prompt, tokens),
            cost=cost[0] if cost and not before else 0.0)
        address = address_owner(limit_key) if user is not None and user.name.startswith(RESERVED_PREFIX) else None
        if address is not None:
            add(session, owner_id=address, backend=backend, tokens=tokens)
        return tokens


def _resets(period: str, now: datetime | None) -> str:
    """When the budget comes back: tomorrow or the first of next month (UTC), as an ISO date."""
    day = today(now)
    return (day + timedelta(days=1) if period == "day" else _next_month(day)).isoformat()
