"""Stored bytes per user, for the storage quotas (imports here; uploads may share it)."""

from __future__ import annotations

from pathlib import Path

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


def held_bytes(holding: Path, owner_id: str) -> int:
    """The bytes of the owner's queued messages' files (kimi_ui/queued.py keeps them under holding/owner)."""
    folder = holding / owner_id
    if not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    """"140 MB", "0.4 MB": for messages."""
    return f"{size / MB:,.1f}".removesuffix(".0") + " MB"
