"""Stored bytes per user, for the storage quotas (imports here; uploads may share it)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from kimi_ui.storage.models import Attachment

MB = 1024 * 1024


def stored_bytes(session: Session, *, owner_id: str) -> int:
    """The sum of the owner's attachments' byte_size. One query; attachments has no owner_id index of its
    own since migration 0006, so this reads the table: fine once per import or upload, not per message."""
    total = session.exec(select(func.coalesce(func.sum(Attachment.byte_size), 0))
                         .where(Attachment.owner_id == owner_id)).one()
    return int(total or 0)


def megabytes(size: int) -> str:
    """"140 MB", "0.4 MB": for messages."""
    return f"{size / MB:,.1f}".removesuffix(".0") + " MB"
