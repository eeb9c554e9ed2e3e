"""Messages typed while their conversation was answering, waiting to be sent (kimi_ui/queued.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from kimi_ui.storage.models import new_id, utcnow


class QueuedMessage(SQLModel, table=True):
    """One waiting message with the turn's options and its files, copied out of the upload cache at queue
    time. No foreign keys: deleting a conversation or a demo identity must not fail on a queue row (a row
    whose conversation is gone is dropped when its turn comes)."""

    __tablename__ = "queued_messages"
    __table_args__ = (Index("ix_queued_messages_conversation", "owner_id", "conversation_id", "position"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    owner_id: str = Field(max_length=32)
    conversation_id: str = Field(max_length=32)
    text: str = Field(default="", sa_type=Text)
    options: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # TurnInput's other fields
    files: list[list[str]] = Field(default_factory=list, sa_column=Column(JSON))  # [held path, name]
    position: int = 0
    state: str = Field(default="waiting", max_length=16)  # waiting | sending (a job is saving it)
    paused: bool = False  # after Stop or a refusal: shown, sent only when the user asks
    note: str = Field(default="", max_length=300)  # why it is paused
    created_at: datetime = Field(default_factory=utcnow)
