"""Personal API keys (issue 19): a user makes keys for scripts and tools; a key sent as
`Authorization: Bearer <key>` acts as its owner (web_auth for /chat and its neighbours, kimi_ui/openai_api.py
for /v1). Functions follow storage.store: keyword-only, the SQL session passed explicitly, committed here.

A key is `kimi-` and 40 url-safe random characters; the database keeps its sha256 and a visible prefix
(`kimi-` and the first 6 characters), so a copy of the database does not hold a working key. A revoked key
stays listed (revoked) and works nowhere from that moment; a key of a disabled user works nowhere.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from kimi_ui.storage.models import User, utcnow
from kimi_ui.storage.team_model import ApiKey

KEY_START = "kimi-"
MAX_KEY = 128  # a longer header value is not one of ours
MAX_KEYS = 50  # live keys per user
TOUCH_EVERY = timedelta(seconds=60)  # last_used_at is written at most this often per key


class KeyRefused(ValueError):
    """A refused key operation: a code (the catalog's `keys.<code>`)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_key(session: Session, *, user_id: str, name: str) -> tuple[ApiKey, str]:
    """A new key for the user: (its row, the secret, shown once)."""
    live = session.exec(select(ApiKey).where(ApiKey.user_id == user_id, col(ApiKey.revoked_at).is_(None))).all()
    if len(live) >= MAX_KEYS:
        raise KeyRefused("too_many")
    secret = KEY_START + secrets.token_urlsafe(30)
    row = ApiKey(user_id=user_id, name=" ".join(str(name or "").split())[:80], prefix=secret[:len(KEY_START) + 6],
                 secret_hash=_digest(secret))
    session.add(row)
    session.commit()
    session.refresh(row)
    return row, secret


def list_keys(session: Session, *, user_id: str) -> list[ApiKey]:
    """The user's keys, newest first (revoked ones too, marked)."""
    return list(session.exec(select(ApiKey).where(ApiKey.user_id == user_id)
                             .order_by(col(ApiKey.created_at).desc())).all())


def revoke_key(session: Session, *, user_id: str, key_id: str) -> bool:
    """Revoke one of the user's keys (another user's key id is "no such key": False)."""
    row = session.get(ApiKey, str(key_id or "")[:32])
    if row is None or row.user_id != user_id:
        return False
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        session.commit()
    return True


def revoke_all(session: Session, *, user_id: str) -> int:
    rows = session.exec(select(ApiKey).where(ApiKey.user_id == user_id, col(ApiKey.revoked_at).is_(None))).all()
    for row in rows:
        row.revoked_at = utcnow()
        session.add(row)
    session.commit()
    return len(rows)


def resolve_key(session: Session, *, secret: str | None, now: datetime | None = None,
                write: bool = True) -> User | None:
    """Whose key this is, or None: unknown, revoked, or its user disabled or gone. write=False only reads
    (last_used_at is not moved)."""
    if not secret or not isinstance(secret, str) or len(secret) > MAX_KEY or not secret.startswith(KEY_START):
        return None
    row = session.exec(select(ApiKey).where(ApiKey.secret_hash == _digest(secret))).first()
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    now = now or utcnow()
    if write and (row.last_used_at is None or now - row.last_used_at >= TOUCH_EVERY):
        row.last_used_at = now
        session.add(row)
        session.commit()
    return user


def bearer(authorization: str | None) -> str | None:
    """The key in an `Authorization: Bearer …` header value, if it has one of ours."""
    if not authorization or not isinstance(authorization, str):
        return None
    scheme, _, value = authorization.strip().partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value.startswith(KEY_START) or len(value) > MAX_KEY:
        return None
    return value


def sent_with_key(headers: Any) -> bool:
    """Whether a request carries one of our keys (Bearer): what it may do is chat, not manage the account (a
    leaked key must not mint keys, change the password, end sessions, erase data or act as an admin)."""
    getter = getattr(headers, "get", None)
    return bool(getter and bearer(getter("authorization")))
