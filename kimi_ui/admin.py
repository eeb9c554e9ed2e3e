"""What an admin does in the browser (issue 19), and a user's own account: no web framework here, the admin
view (kimi_ui/ui/admin_view.py) and the settings dialog (kimi_ui/ui/account_panel.py) call in.

- Every admin operation takes the acting user's id and checks, in the same transaction, that this user is
  an enabled admin: a handler cannot forget it, and a caller who lost the role a moment ago gets nothing.
- An admin never leaves the instance without an enabled admin (disabling or un-admining the last one,
  oneself included, is refused).
- A reset (or a new account) gets a temporary password, shown once; the next login must replace it
  (User.must_change_password; kimi_ui/login.py asks for the new one before letting the user in).
- Usage is read from `usage_days` (kimi_ui/storage/team_model.py), which every finished turn, /chat and /v1
  request adds to; health history from `backend_checks`, one row per probe (a week kept).
Functions follow storage.store: keyword-only, the SQL session passed explicitly, committed here.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from kimi_ui import auth, keys, throttle
from kimi_ui.storage.models import User, UserSession, utcnow
from kimi_ui.storage.team_model import BackendCheck, UsageDay

CHART_DAYS = 30
KEEP_CHECKS = timedelta(days=7)
TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/l/I


class NotAllowed(PermissionError):
    """The caller is not an enabled admin (or not a user with a password): nothing was done."""


class AdminRefused(ValueError):
    """An admin operation that would break something (the last admin), or bad input: a code (the catalog's
    `admin.<code>`, kimi_ui/i18n) with its params."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def temporary_password(length: int = 16) -> str:
    return "".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(length))


def acting_admin(session: Session, actor_id: str | None) -> User:
    """The acting user, if an enabled admin with a login (a password, or the sign-on proxy's); NotAllowed
    otherwise."""
    user = session.get(User, actor_id) if isinstance(actor_id, str) and actor_id else None
    if user is None or not user.is_admin or user.disabled or not (user.password_hash or user.signed_on):
        raise NotAllowed("admins only")
    return user


def is_admin(session: Session, user_id: str | None) -> bool:
    try:
        acting_admin(session, user_id)
    except NotAllowed:
        return False
    return True


def _target(session: Session, name: str) -> User:
    user = auth.get_user(session, name=name) if isinstance(name, str) and 0 < len(name) <= 80 else None
    if user is None:
        raise AdminRefused("no_user", name=repr(name))
    if user.name.lower() == auth.LOCAL_USER or user.name.lower().startswith(auth.RESERVED_PREFIX):
        raise AdminRefused("not_account", name=repr(user.name))
    return user


def _other_admins(session: Session, user: User) -> int:
    return session.exec(select(func.count()).select_from(User).where(
        User.is_admin == True, User.disabled == False, User.id != user.id,  # noqa: E712 - SQL
        col(User.password_hash).is_not(None))).one()


# -- the admin's operations ---------------------------------------------------------------------------------
def add_user(session: Session, *, actor_id: str, name: str, admin: bool = False) -> tuple[User, str]:
    """A new account with a temporary password (returned, shown once): its first login must replace it."""
    acting_admin(session, actor_id)
    name = (name or "").strip() if isinstance(name, str) else ""
    password = temporary_password()
    user = auth.create_user(session, name=name, password=password, admin=bool(admin))
    user.must_change_password = True
    session.add(user)
    session.commit()
    return user, password


def reset_password(session: Session, *, actor_id: str, name: str) -> tuple[User, str]:
    """A temporary password (returned, shown once) that the next login must replace; the user's sessions and
    login delays end now."""
    acting_admin(session, actor_id)
    user = _target(session, name)
    if user.signed_on and not user.password_hash:
        raise AdminRefused("signed_on_only", name=repr(user.name))
    password = temporary_password()
    auth.set_password(session, name=user.name, password=password)  # ends every session of theirs
    user = _target(session, name)
    user.must_change_password = True
    session.add(user)
    session.commit()
    throttle.unlock(session, name=user.name)
    keys.revoke_all(session, user_id=user.id)  # a reset is account recovery: nothing of the old access stays
    session.commit()
    return user, password


def set_disabled(session: Session, *, actor_id: str, name: str, disabled: bool) -> User:
    acting_admin(session, actor_id)
    user = _target(session, name)
    if disabled and user.is_admin and _other_admins(session, user) == 0:
        raise AdminRefused("last_admin")
    return auth.set_disabled(session, name=user.name, disabled=bool(disabled))


def set_admin(session: Session, *, actor_id: str, name: str, admin: bool) -> User:
    acting_admin(session, actor_id)
    user = _target(session, name)
    if not admin and user.is_admin and not user.disabled and _other_admins(session, user) == 0:
        raise AdminRefused("last_admin")
    user.is_admin = bool(admin)
    session.add(user)
    session.commit()
    return user


def set_budgets(session: Session, *, actor_id: str, name: str, day: int | None, month: int | None) -> User:
    """The user's own token budgets (None: the default; 0: no limit), as `users quota` sets them."""
    acting_admin(session, actor_id)
    user = _target(session, name)
    for value in (day, month):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**62):
            raise AdminRefused("bad_budget")
    user.day_tokens, user.month_tokens = day, month
    session.add(user)
    session.commit()
    return user


def unlock(session: Session, *, actor_id: str, name: str) -> int:
    """Lift the login delays on a name (as `python app.py users unlock`); how many addresses had some."""
    acting_admin(session, actor_id)
    lifted = throttle.unlock(session, name=name if isinstance(name, str) else "")
    session.commit()
    return len(lifted)


def locked_names(session: Session, *, now: datetime | None = None) -> dict[str, float]:
    """Names (as the throttle folds them) with failed logins still counted: the longest wait left, seconds."""
    now = now or utcnow()
    found: dict[str, float] = {}
    for row in session.exec(select(throttle.LoginThrottle).where(throttle.LoginThrottle.name != throttle.ANY_NAME)):
        if (now - row.last_failure_at).total_seconds() >= throttle.FORGET_AFTER:
            continue
        found[row.name] = max(found.get(row.name, 0.0), (row.blocked_until - now).total_seconds())
    return found


# -- usage ---------------------------------------------------------------------------------------------------
@dataclass
class UserRow:
    name: str
    is_admin: bool
    disabled: bool
    must_change: bool
    signed_on: bool
    created_at: datetime
    today: int = 0
    week: int = 0
    total: int = 0
    cost: float = 0.0
    locked: float | None = None  # seconds of login delay left (0: failures counted, no wait now)
    day_budget: int | None = None  # the user's own budgets (None: the default; 0: no limit; kimi_ui/usage.py)
    month_budget: int | None = None


def users_with_usage(session: Session, *, today: date | None = None) -> list[UserRow]:
    """Every account (not "local" nor the demo's visitors) with its tokens today, in the last 7 days (today
    included) and in total, and the cost where the backends have prices (UTC days)."""
    today = today or utcnow().date()
    week_start = today - timedelta(days=6)
    sums: dict[str, list[float]] = {}
    query = select(UsageDay.owner_id, UsageDay.day, func.sum(UsageDay.tokens), func.sum(UsageDay.cost)).group_by(
        UsageDay.owner_id, UsageDay.day)
    for owner_id, day, tokens, cost in session.exec(query):
        entry = sums.setdefault(owner_id, [0, 0, 0, 0.0])
        tokens, cost = int(tokens or 0), float(cost or 0.0)
        entry[2] += tokens
        entry[3] += cost
        if day == today:
            entry[0] += tokens
        if week_start <= day <= today:
            entry[1] += tokens
    locked = locked_names(session)
    rows = []
    for user in auth.list_users(session):
        if user.name.lower() == auth.LOCAL_USER or user.name.lower().startswith(auth.RESERVED_PREFIX):
            continue
        today_t, week_t, total_t, cost = sums.get(user.id, [0, 0, 0, 0.0])
        rows.append(UserRow(user.name, user.is_admin, user.disabled, user.must_change_password, user.signed_on,
                            user.created_at, int(today_t), int(week_t), int(total_t), cost,
                            locked.get(throttle.name_key(user.name)), user.day_tokens, user.month_tokens))
    return rows


def usage_per_day(session: Session, *, by: str, days: int = CHART_DAYS,
                  today: date | None = None) -> list[dict[str, Any]]:
    """Tokens per UTC day of the last `days` days, by "user" (the user's name) or "backend": rows of
    {day, tokens, user|backend}, oldest first, every day present (zero when idle) for every series seen."""
    today = today or utcnow().date()
    start = today - timedelta(days=days - 1)
    names = {user.id: user.name for user in auth.list_users(session)}
    column = UsageDay.owner_id if by == "user" else UsageDay.backend
    query = (select(UsageDay.day, column, func.sum(UsageDay.tokens)).where(UsageDay.day >= start,
                                                                           UsageDay.day <= today)
             .group_by(UsageDay.day, column))
    found: dict[tuple[date, str], int] = {}
    for day, key, tokens in session.exec(query):
        label = names.get(key, "(deleted)") if by == "user" else key or "(none)"
        found[(day, label)] = found.get((day, label), 0) + int(tokens or 0)
    series = sorted({label for _, label in found})
    return [{"day": (start + timedelta(days=offset)).isoformat(), by: label,
             "tokens": found.get((start + timedelta(days=offset), label), 0)}
            for offset in range(days) for label in series]


# -- backend health history ----------------------------------------------------------------------------------
def record_checks(session: Session, results: list[tuple[str, bool, float | None]], *, interval: float,
                  now: datetime | None = None) -> int:
    """One BackendCheck per probed backend. Several app processes probe the same backends: a result is kept
    only when no process recorded that backend in the last half interval, so the history has one point per
    interval whatever the number of processes. Rows older than a week are pruned. Returns rows written."""
    now = now or utcnow()
    recent = now - timedelta(seconds=max(1.0, interval / 2))
    written = 0
    for name, ok, latency in results:
        seen = session.exec(select(BackendCheck.id).where(BackendCheck.backend == name,
                                                          BackendCheck.at > recent).limit(1)).first()
        if seen is not None:
            continue
        session.add(BackendCheck(backend=name[:80], at=now, ok=bool(ok),
                                 latency_ms=round(latency, 1) if latency is not None else None))
        written += 1
    session.exec(delete(BackendCheck).where(col(BackendCheck.at) < now - KEEP_CHECKS))
    session.commit()
    return written


def check_history(session: Session, *, since: timedelta = KEEP_CHECKS,
                  now: datetime | None = None) -> list[BackendCheck]:
    now = now or utcnow()
    return list(session.exec(select(BackendCheck).where(BackendCheck.at >= now - since)
                             .order_by(col(BackendCheck.at))))


# -- a user's own account ---------------------------------------------------------------------------------------
def session_key(session_id: str) -> str:
    """What the page names a login session by: not its row id (a hash of the cookie's token, which nothing
    should echo), a hash of that."""
    return hashlib.sha256(f"kimi-session:{session_id}".encode()).hexdigest()[:20]


@dataclass
class SessionRow:
    key: str
    created_at: datetime
    last_seen_at: datetime
    ip: str | None
    current: bool = False


def _account(session: Session, user_id: str, *, password: bool = True) -> User:
    """The user, if an enabled account: with a password, or (password=False) also one the single sign-on
    proxy made (API keys, not passwords or sessions). Never "local" nor a demo's visitor (neither has one)."""
    user = session.get(User, user_id) if isinstance(user_id, str) and user_id else None
    if user is None or user.disabled or not (user.password_hash or (not password and user.signed_on)):
        raise NotAllowed("no account")
    return user


def sessions_of(session: Session, *, user_id: str, token: str | None,
                now: datetime | None = None) -> list[SessionRow]:
    """The user's live login sessions, newest first; `current` marks the one this token is."""
    now = now or utcnow()
    user = _account(session, user_id)
    mine = auth.token_id(token) if isinstance(token, str) and token and len(token) <= auth.MAX_TOKEN else None
    rows = session.exec(select(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at > now)
                        .order_by(col(UserSession.last_seen_at).desc()))
    return [SessionRow(session_key(row.id), row.created_at, row.last_seen_at, row.ip, row.id == mine)
            for row in rows
            if user.password_changed_at is None or row.created_at >= user.password_changed_at]


def end_session(session: Session, *, user_id: str, key: str) -> bool:
    """End one of the user's own sessions, named by its key (another user's key ends nothing)."""
    user = _account(session, user_id)
    for row in session.exec(select(UserSession).where(UserSession.user_id == user.id)):
        if isinstance(key, str) and secrets.compare_digest(session_key(row.id), key):
            session.delete(row)
            session.commit()
            return True
    return False


def end_other_sessions(session: Session, *, user_id: str, token: str | None) -> int:
    """End every session of the user but the one this token is (all of them without a token of theirs)."""
    user = _account(session, user_id)
    mine = auth.token_id(token) if isinstance(token, str) and token and len(token) <= auth.MAX_TOKEN else ""
    result = session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id,
                                                    col(UserSession.id) != mine))
    session.commit()
    return result.rowcount


@dataclass(frozen=True)
class PasswordCandidate:
    user_id: str
    password_hash: str


def password_candidate(session: Session, *, user_id: str) -> PasswordCandidate:
    """What a password change checks the old password against (read; argon2 then runs outside)."""
    user = _account(session, user_id)
    return PasswordCandidate(user.id, user.password_hash or "")


def change_password(session: Session, *, candidate: PasswordCandidate, new_hash: str, token: str | None,
                    now: datetime | None = None) -> int:
    """Store the new hash (made outside any transaction); every other session of the user ends, the one
    this token is stays (renewed: its start is the change). False-ish (-1) when the user changed meanwhile."""
    now = now or utcnow()
    user = session.get(User, candidate.user_id)
    if user is None or user.disabled or user.password_hash != candidate.password_hash:
        session.rollback()
        return -1
    user.password_hash = new_hash
    user.password_changed_at = now
    user.must_change_password = False
    session.add(user)
    mine = auth.token_id(token) if isinstance(token, str) and token and len(token) <= auth.MAX_TOKEN else ""
    row = session.get(UserSession, mine) if mine else None
    if row is not None and row.user_id == user.id:
        row.created_at = now
        session.add(row)
    result = session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id,
                                                    col(UserSession.id) != mine))
    session.commit()
    return result.rowcount


@dataclass
class Overview:
    """Everything the admin view shows, read at once."""

    users: list[UserRow] = field(default_factory=list)
    by_user: list[dict[str, Any]] = field(default_factory=list)
    by_backend: list[dict[str, Any]] = field(default_factory=list)
    checks: list[BackendCheck] = field(default_factory=list)


def overview(session: Session, *, actor_id: str) -> Overview:
    acting_admin(session, actor_id)
    return Overview(users_with_usage(session), usage_per_day(session, by="user"),
                    usage_per_day(session, by="backend"), check_history(session))
