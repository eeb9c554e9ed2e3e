"""Tables of a team's assistant (issue 19): personal API keys, share links, usage by day (quotas, the
admin's charts), and the backends' health history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel

from kimi_ui.storage.models import new_id, utcnow


class ApiKey(SQLModel, table=True):
    """A personal API key. The database keeps the sha256 of the secret only; `prefix` is its visible start
    (shown in the list so the user can tell keys apart)."""

    __tablename__ = "api_keys"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    user_id: str = Field(foreign_key="users.id", index=True, max_length=32)
    name: str = Field(default="", max_length=80)
    prefix: str = Field(max_length=24)
    secret_hash: str = Field(unique=True, index=True, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: Optional[datetime] = None
    revoked_at: Optional[datetime] = None


class ShareLink(SQLModel, table=True):
    """A read-only link to one conversation. The id is the link's random token (the database holds the
    conversation itself anyway); revoked links stay, marked, so an old link says it was withdrawn."""

    __tablename__ = "share_links"

    id: str = Field(primary_key=True, max_length=64)
    owner_id: str = Field(index=True, max_length=32)
    conversation_id: str = Field(index=True, max_length=32)
    public: bool = False  # False: only logged-in users of this instance may open it
    created_at: datetime = Field(default_factory=utcnow)
    revoked_at: Optional[datetime] = None


class UsageDay(SQLModel, table=True):
    """Tokens used by one user on one backend on one day (UTC), from the chat, /chat and /v1 alike: what
    quotas count (in every process: the database adds up) and the admin's charts draw."""

    __tablename__ = "usage_days"

    owner_id: str = Field(primary_key=True, max_length=32)
    day: date = Field(primary_key=True)
    backend: str = Field(primary_key=True, max_length=80)
    tokens: int = 0  # prompt + written (+ agents'), as the answer's usage counts them
    prompt_tokens: int = 0
    requests: int = 0
    cost: float = 0.0


class BackendCheck(SQLModel, table=True):
    """One health probe of a backend (kept a week): the admin view's health and latency history."""

    __tablename__ = "backend_checks"

    id: Optional[int] = Field(default=None, primary_key=True)
    backend: str = Field(index=True, max_length=80)
    at: datetime = Field(default_factory=utcnow, index=True)
    ok: bool = False
    latency_ms: Optional[float] = None
