"""The answers being written, by any app process (kimi_ui/running.py keeps it)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class RunningAnswer(SQLModel, table=True):
    """A lease: the process `process_id` writes the answer `message_id` until `lease_until`, renewing it
    while it runs. One per conversation (the unique index), so a second turn cannot start beside it."""

    __tablename__ = "running_answers"

    message_id: str = Field(primary_key=True, max_length=32)
    conversation_id: str = Field(index=True, unique=True, max_length=32)
    owner_id: str = Field(index=True, max_length=32)
    process_id: str = Field(index=True, max_length=64)
    lease_until: datetime = Field(index=True)
    started_at: datetime
