"""Accounts, login sessions and app secrets. No web framework here: the server and the CLI call in.

- Passwords are argon2id hashes (argon2-cffi's recommended parameters; rehashed at the next login when those
  change). A user row without a hash (the built-in "local" user) cannot log in.
- A login session is a random token handed to the browser; the database keeps only its sha256, so a copy
  of the database does not log anyone in. Sessions end at once when the user is disabled or changes
  password, and each is also void when it is older than the user's last password change.
- A login reads the user, checks the password with no transaction open, then writes briefly (see
  find_candidate / check_candidate / finish_login, and kimi_ui.login.sign_in with the throttle around them).
- The login throttle is kimi_ui.throttle.
- Functions follow storage.store: keyword-only, the SQL session passed explicitly, committed here.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from kimi_ui import throttle
from kimi_ui.costs import stored_cost
from kimi_ui.i18n import text
from kimi_ui.storage.models import AppSecret, MessageRow, User, UserSession, utcnow

LOCAL_USER = "local"  # the single-user identity without accounts
RESERVED_PREFIX = "demo-"  # --public-demo's throw-away identities (web_auth.demo_name), deleted when stale
NAME_PATTERN = re.compile(r"[A-Za-z0-9_.@-]{1,64}")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # argon2 would take more; a bound keeps a megabyte "password" out of the hasher
MAX_TOKEN = 256  # a cookie longer than this is not one of ours
TOUCH_EVERY = timedelta(seconds=60)  # last_seen_at is written at most this often per session


class AccountError(ValueError):
    """Bad input for an account operation: a code (its words are the catalog's `account.<code>`, kimi_ui/i18n)
    with its params. str() is the English words (the `users` command's message)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def words(self, lang: str = "en") -> str:
        return text(f"account.{self.code}", lang, **self.params)

    def __str__(self) -> str:
        return self.words()


class UserExists(AccountError):
    pass


class UnknownUser(AccountError):
    pass


# -- password hashing -----------------------------------------------------------------------------------
_hasher = PasswordHasher()
_dummy_hash: str | None = None
_hasher_lock = threading.Lock()


def configure_hasher(hasher: PasswordHasher | None = None, **parameters: Any) -> PasswordHasher:
    """Replace the module's hasher, e.g. `configure_hasher(time_cost=1, memory_cost=8192)` in tests, or
    with a PasswordHasher (subclass) of one's own. Without arguments: back to argon2-cffi's recommended
    parameters. Existing hashes keep verifying (their parameters are in the hash) and are rehashed at
    their next successful login."""
    global _hasher, _dummy_hash
    with _hasher_lock:
        _hasher = hasher or PasswordHasher(**parameters)
        _dummy_hash = None
    return _hasher


def hasher() -> PasswordHasher:
    return _hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """argon2's order: the stored hash first. False for a wrong password and for a malformed hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def _dummy() -> str:
    """A hash of a random secret with the current parameters: verified against when there is no user,
    so a missing name costs as much time as a wrong password."""
    global _dummy_hash
    with _hasher_lock:
        if _dummy_hash is None:
            _dummy_hash = _hasher.hash(secrets.token_urlsafe(16))
        return _dummy_hash


# -- validation -------------------------------------------------------------------------------------------
def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise AccountError("bad_name", name=repr(name))
    if name.lower() == LOCAL_USER:
        raise AccountError("local_name", name=repr(LOCAL_USER))
    if name.lower().startswith(RESERVED_PREFIX):
        raise AccountError("reserved_name", prefix=repr(RESERVED_PREFIX))
    return name


def check_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise AccountError("password_short", minimum=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise AccountError("password_long", maximum=MAX_PASSWORD)
    return password


def check_can_have_password(name: str) -> str:
    """Existing rows that must never get a login: "local" and the demo visitors' identities."""
    if isinstance(name, str) and name.lower() == LOCAL_USER:
        raise AccountError("local_login", name=repr(LOCAL_USER))
    if isinstance(name, str) and name.lower().startswith(RESERVED_PREFIX):
        raise AccountError("visitor_login", name=repr(name))
    return name


# -- accounts ---------------------------------------------------------------------------------------------
def get_user(session: Session, *, name: str) -> User | None:
    return session.exec(select(User).where(User.name == name)).first()


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.name))))


def accounts_exist(session: Session) -> bool:
    """True when anyone can log in at all: some user has a password (disabled ones count)."""
    return session.exec(select(User.id).where(col(User.password_hash).is_not(None)).limit(1)).first() is not None


def check_name_free(session: Session, *, name: str) -> None:
    """UserExists when the name is taken, ignoring case."""
    existing = session.exec(select(User).where(func.lower(User.name) == name.lower())).first()
    if existing is not None:
        raise UserExists("exists" if existing.password_hash else "exists_without_password", name=repr(existing.name),
                         plain=existing.name)


def create_user(session: Session, *, name: str, password: str, admin: bool = False) -> User:
    """A new account. Names are unique regardless of case ("Bob" when "bob" exists is refused)."""
    check_name(name)
    check_password(password)
    check_name_free(session, name=name)
    now = utcnow()
    user = User(name=name, password_hash=hash_password(password), is_admin=admin, password_changed_at=now)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:  # another process created the same name in between
        session.rollback()
        raise UserExists("exists", name=repr(name)) from None
    return user


def _require(session: Session, name: str) -> User:
    user = get_user(session, name=name) if isinstance(name, str) else None
    if user is None:
        raise UnknownUser("unknown", name=repr(name))
    return user


def set_password(session: Session, *, name: str, password: str) -> User:
    """New password; every session of the user ends now (including the caller's own, if any).
    Also gives a password to a user row that had none (a name from before accounts), except "local"."""
    check_password(password)
    check_can_have_password(name)
    user = _require(session, name)
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    session.add(user)
    session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id))
    session.commit()
    return user


def set_disabled(session: Session, *, name: str, disabled: bool = True) -> User:
    """Disable (or enable again) a user; disabling ends their sessions at once."""
    user = _require(session, name)
    user.disabled = disabled
    session.add(user)
    if disabled:
        session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id))
    session.commit()
    return user


def ensure_admin_from_env(session: Session, name: str | None, password: str | None) -> User | None:
    """KIMI_UI_ADMIN_USER / KIMI_UI_ADMIN_PASSWORD at start-up: create that admin only when no account exists.
    Returns the new user, or None when nothing was done (either value missing, or accounts exist).
    A bad name or a short password raises AccountError: the app should refuse to start then."""
    if not name or not password:
        return None
    if accounts_exist(session):
        return None
    try:
        return create_user(session, name=name, password=password, admin=True)
    except UserExists:
        session.rollback()
        if accounts_exist(session):  # another process of the same deployment was first
            return None
        raise


@dataclass(frozen=True)
class Candidate:
    """What a login needs of a user row, read in a short read-only session: argon2 then runs with no
    transaction open (holding SQLite's write lock while hashing stalled every other writer)."""

    user_id: str | None = None
    password_hash: str | None = None  # None: no such user or no password; a dummy hash is verified instead
    disabled: bool = False
    must_change: bool = False  # an admin's temporary password: no session before a new one is chosen


def find_candidate(session: Session, *, name: str) -> Candidate:
    user = get_user(session, name=name) if isinstance(name, str) and 0 < len(name) <= 80 else None
    if user is None or not user.password_hash:
        return Candidate()
    return Candidate(user_id=user.id, password_hash=user.password_hash, disabled=user.disabled,
                     must_change=user.must_change_password)


def check_candidate(candidate: Candidate, password: str) -> tuple[bool, str | None]:
    """(right, new hash or None). No database here. One argon2 verification happens in every case
    (missing user, user without a password, disabled user), so timing tells little about which it was;
    the new hash is made when the parameters changed since the stored one (not a password change)."""
    password = password if isinstance(password, str) else ""
    if candidate.password_hash is None:
        verify_password(_dummy(), password)
        return False, None
    if not verify_password(candidate.password_hash, password) or candidate.disabled:
        return False, None
    return True, hash_password(password) if needs_rehash(candidate.password_hash) else None


def finish_login(session: Session, *, candidate: Candidate, new_hash: str | None, ip: str | None,
                 lifetime: timedelta) -> str | None:
    """After a right password: the session token, or None when the user changed meanwhile (disabled,
    deleted, another password). A short write: the rehash (if any) and the new session."""
    user = session.get(User, candidate.user_id) if candidate.user_id else None
    if user is None or user.disabled or user.password_hash != candidate.password_hash:
        session.rollback()
        return None
    if new_hash:
        user.password_hash = new_hash
        session.add(user)
    return start_session(session, user_id=user.id, ip=ip, lifetime=lifetime)


def replace_temporary(session: Session, *, user_id: str, old_hash: str, new_hash: str, ip: str | None,
                      lifetime: timedelta) -> str | None:
    """After a login with an admin's temporary password: the user's own password (hashed outside), every
    other session ended, and a new session (its token). None when the user changed meanwhile."""
    user = session.get(User, user_id)
    if user is None or user.disabled or not user.must_change_password or user.password_hash != old_hash:
        session.rollback()
        return None
    user.password_hash = new_hash
    user.password_changed_at = utcnow()
    user.must_change_password = False
    session.add(user)
    session.exec(delete(UserSession).where(col(UserSession.user_id) == user.id))
    return start_session(session, user_id=user.id, ip=ip, lifetime=lifetime)


def authenticate(session: Session, *, name: str, password: str) -> User | None:
    """The user for this name and password, or None (the CLI and tests; the web login uses the steps
    above so that no transaction is open while hashing)."""
    candidate = find_candidate(session, name=name)
    right, new_hash = check_candidate(candidate, password)
    if not right:
        return None
    user = session.get(User, candidate.user_id)
    if new_hash:
        user.password_hash = new_hash
        session.add(user)
        session.commit()
    return user


# -- login sessions ---------------------------------------------------------------------------------------
def token_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(
    session: Session, *, user_id: str, ip: str | None, lifetime: timedelta, now: datetime | None = None
) -> str:
    """A new login for the user; returns the token for the cookie (shown once, stored only as its sha256)."""
    if lifetime <= timedelta(0):
        raise ValueError("a session lifetime must be positive")
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    session.add(UserSession(
        id=token_id(token), user_id=user_id, created_at=now, expires_at=now + lifetime, last_seen_at=now,
        ip=ip[:64] if ip else None,
    ))
    session.commit()
    return token


def resolve_session(session: Session, *, token: str | None, now: datetime | None = None,
                    write: bool = True) -> User | None:
    """Who this token logs in, or None: unknown, expired, the user disabled or gone, or the session
    started before the user's last password change. write=False only reads (for a read-only session):
    an expired row is not deleted and last_seen_at is not moved."""
    if not token or not isinstance(token, str) or len(token) > MAX_TOKEN:
        return None
    now = now or utcnow()
    row = session.get(UserSession, token_id(token))
    if row is None:
        return None
    if row.expires_at <= now:
        if write:
            session.delete(row)
            session.commit()
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled or not user.password_hash:
        return None
    if user.password_changed_at is not None and row.created_at < user.password_changed_at:
        return None
    if write and now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        session.add(row)
        session.commit()
    return user


def end_session(session: Session, *, token: str | None) -> bool:
    """Log out. True when there was such a session."""
    if not token or not isinstance(token, str) or len(token) > MAX_TOKEN:
        return False
    result = session.exec(delete(UserSession).where(col(UserSession.id) == token_id(token)))
    session.commit()
    return result.rowcount > 0


def end_user_sessions(session: Session, *, user_id: str) -> int:
    result = session.exec(delete(UserSession).where(col(UserSession.user_id) == user_id))
    session.commit()
    return result.rowcount


def count_sessions(session: Session, *, user_id: str) -> int:
    return session.exec(select(func.count()).select_from(UserSession).where(UserSession.user_id == user_id)).one()


def purge_expired(session: Session, *, now: datetime | None = None) -> int:
    """Delete expired sessions (returns how many) and login throttle rows that have gone quiet. Run it
    now and then (start-up, a periodic task)."""
    result = session.exec(delete(UserSession).where(col(UserSession.expires_at) <= (now or utcnow())))
    session.commit()
    throttle.purge(session, now=now)
    return result.rowcount


# -- app secrets ---------------------------------------------------------------------------------------------
SECRET_BYTES = 32


def app_secret(session: Session, name: str) -> bytes:
    """A random 32-byte secret stored under `name`, made on first use. Processes that race to make it
    all end with the one that was stored first. Needs a session that may write."""
    row = session.get(AppSecret, name)
    if row is None:
        throttle.insert_if_missing(session, AppSecret, {"name": name, "value": secrets.token_hex(SECRET_BYTES)})
        session.commit()
        row = session.exec(select(AppSecret).where(AppSecret.name == name)
                           .execution_options(populate_existing=True)).one()
    return bytes.fromhex(row.value)


# -- usage per user --------------------------------------------------------------------------------------------
@dataclass
class UserUsage:
    user_id: str
    name: str
    today: int = 0
    per_day: dict[date, int] = field(default_factory=dict)  # the last N days, oldest first, today last
    total: int = 0
    cost: dict[str, float] = field(default_factory=dict)  # what the answers cost in total, per currency

    @property
    def last_days(self) -> int:
        return sum(self.per_day.values())


def _tokens(usage: Any) -> int:
    if not isinstance(usage, dict):
        return 0
    count = 0
    for key in ("prompt_tokens", "completion_tokens", "agent_tokens", "agent_prompt_tokens"):  # (a swarm's agents)
        value = usage.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            count += int(value)
    return count


def usage_by_user(session: Session, *, days: int = 7, now: datetime | None = None) -> dict[str, UserUsage]:
    """Tokens per user id as quotas and the admin view count them (the `usage_days` table: the chat, /chat and
    /v1 alike, stopped answers included; UTC days): today, per day for the last `days` days (today included)
    and in total; and what the stored answers cost, per currency. Every user is present, with zeros if idle."""
    from kimi_ui.storage.team_model import UsageDay  # (team_model imports storage.models, as this module does)

    days = max(1, days)
    today = (now or utcnow()).astimezone(timezone.utc).date()
    window = [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]
    result = {
        user.id: UserUsage(user_id=user.id, name=user.name, per_day=dict.fromkeys(window, 0))
        for user in list_users(session)
    }
    query = select(UsageDay.owner_id, UsageDay.day, func.sum(UsageDay.tokens)).group_by(UsageDay.owner_id,
                                                                                          UsageDay.day)
    for owner_id, day, tokens in session.exec(query):
        entry = result.get(owner_id)
        if entry is None or not tokens:
            continue
        entry.total += int(tokens)
        if day in entry.per_day:
            entry.per_day[day] += int(tokens)
    costs = (select(MessageRow.owner_id, MessageRow.usage).where(MessageRow.role == "assistant")
             .execution_options(yield_per=1000))
    for owner_id, usage in session.exec(costs):
        entry = result.get(owner_id)
        if entry is not None and (spent := stored_cost(usage)):
            entry.cost[spent[1]] = entry.cost.get(spent[1], 0.0) + spent[0]
    for entry in result.values():
        entry.today = entry.per_day[today]
    return result
