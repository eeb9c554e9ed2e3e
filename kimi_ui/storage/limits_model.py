"""Limits counted in the database, so every app process counts together (kimi_ui/shared_limits.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from kimi_ui.storage.models import new_id


class LimitKey(SQLModel, table=True):
    """One limited key ("turns:<user>", "imports:<user>", "hold:<user>", ...): the times of its recent events
    (a sliding window), and the row whose lock serialises every check of the key, in any process."""

    __tablename__ = "limit_keys"

    key: str = Field(primary_key=True, max_length=255)  # hashed (shared_limits.stored)
    times: str = Field(default="", sa_type=Text)  # the window's events, seconds since the epoch, oldest first, space-separated
    until: datetime = Field(index=True)  # no event counts after this: the row may be purged


class LimitHold(SQLModel, table=True):
    """Something held while a request runs: tokens of a user's budget, or a swarm agent's place (per user
    and per backend). The process holding it renews `lease_until`; a hold whose process died lapses."""

    __tablename__ = "limit_holds"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    kind: str = Field(max_length=16)  # "tokens" or "agent"
    key: str = Field(index=True, max_length=255)  # the user (hashed, as every key here)
    other: str = Field(default="", index=True, max_length=255)  # an agent's backend (hashed)
    amount: int = 0
    process_id: str = Field(index=True, max_length=64)
    lease_until: datetime = Field(index=True)
