"""Deleting data for good (issue 19): "Delete my data" for a user, and the retention sweep.

Delete my data: every conversation of the user (messages, attachment rows, the files nobody else uses),
their queued messages and held files, folders, settings, share links and API keys (deleted: they work
nowhere from that moment), then every login session (the user is logged out everywhere). The account itself
stays (an admin removes accounts), and so do the usage figures that quotas count. Not for an open demo's
visitors (their own sweep deletes them) nor for the "local" user of an app without accounts (there
everything is the machine owner's: delete the chats in the list, or the data folder).

Retention (settings.retention_days > 0): the sweep deletes every conversation not updated for that many days,
pinned and archived ones too (a retention period is the admin's rule; keep a chat by exporting it), with
their files; a conversation answering now was updated now and is kept.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete
from sqlmodel import Session, col, select

from kimi_ui import auth, sharing
from kimi_ui.storage import store
from kimi_ui.storage.files import remove_blobs
from kimi_ui.storage.models import Folder, UserSettings
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.storage.running_model import RunningAnswer
from kimi_ui.storage.team_model import ApiKey

@dataclass
class Erased:
    conversations: int = 0
    keys: int = 0
    links: int = 0


def may_erase(name: str | None) -> bool:
    """Whether "Delete my data" is offered to this caller."""
    return bool(name) and name != auth.LOCAL_USER and not name.startswith(auth.RESERVED_PREFIX)


def erase_rows(session: Session, *, owner_id: str) -> tuple[Erased, list[str]]:
    """Every row of the user's data (committed here): what was erased, and the sha256 of files nobody uses now."""
    count, orphans = store.delete_all_conversations(session, owner_id=owner_id)
    session.exec(delete(QueuedMessage).where(col(QueuedMessage.owner_id) == owner_id))
    session.exec(delete(Folder).where(col(Folder.owner_id) == owner_id))
    session.exec(delete(UserSettings).where(col(UserSettings.user_id) == owner_id))
    keys = session.exec(delete(ApiKey).where(col(ApiKey.user_id) == owner_id)).rowcount
    session.commit()
    links = sharing.delete_links(session, owner_id=owner_id)
    auth.end_user_sessions(session, user_id=owner_id)
    return Erased(conversations=count, keys=keys, links=links), orphans


def running_conversations(session: Session, *, owner_id: str) -> list[str]:
    """The owner's conversations with an answer being written, in any app process."""
    return list(session.exec(select(RunningAnswer.conversation_id).where(RunningAnswer.owner_id == owner_id)))


def erase_user_data(db, *, owner_id: str, data_dir: Path, attachments_dir: Path) -> Erased:
    """Blocking: the rows, then the files (stored files nobody uses, the held copies of queued messages)."""
    with db.session() as session:
        erased, orphans = erase_rows(session, owner_id=owner_id)
    remove_blobs(attachments_dir, orphans)
    shutil.rmtree(Path(data_dir) / "queued" / owner_id, ignore_errors=True)
    return erased


def sweep_retention(session: Session, *, days: int, now: datetime | None = None) -> list[str]:
    """Delete everyone's conversations not updated for `days` days (0: none); the sha256 of files nobody
    uses any more (the caller removes them)."""
    if days <= 0:
        return []
    before = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    return store.delete_untouched_conversations(session, before=before)
