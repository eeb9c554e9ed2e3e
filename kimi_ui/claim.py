"""`python app.py users claim-local NAME`: the chats made before accounts were turned on belong to the
"local" user (auth.LOCAL_USER), whom nobody can log in as; this moves them to an account.

What moves: conversations with their messages and attachment rows (the files themselves are stored by
content, kimi_ui/storage/files.py: nothing to move), folders, queued messages with the copies of their files
(under <data>/queued/<owner id>/), share links, usage by day (added to the account's), answers' leases that
have ended, and the local user's settings when the account has none. The search index follows by itself:
both indexes filter on the owner_id of the rows they point at. One transaction; the queued files are
moved before it and moved back when it fails. Refused while an app process is writing an answer for local.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from kimi_ui import auth
from kimi_ui.storage.models import Attachment, Conversation, Folder, MessageRow, User, UserSettings, utcnow
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.storage.running_model import RunningAnswer
from kimi_ui.storage.team_model import ShareLink, UsageDay


class ClaimRefused(ValueError):
    """Why nothing was moved (the message is the command's)."""


@dataclass
class Claimed:
    conversations: int = 0
    messages: int = 0
    attachments: int = 0
    folders: int = 0
    queued: int = 0
    settings: bool = False


def local_conversations(session: Session) -> int:
    """How many conversations the local user has (the start-up log's hint when accounts are on)."""
    local = auth.get_user(session, name=auth.LOCAL_USER)
    if local is None:
        return 0
    return session.exec(select(func.count()).select_from(Conversation).where(
        Conversation.owner_id == local.id, col(Conversation.temporary).is_(False))).one()


def _target(session: Session, name: str) -> User:
    user = auth.get_user(session, name=name) if isinstance(name, str) else None
    if user is None:
        raise ClaimRefused(f"no user {name!r}: add it first (python app.py users add {name})")
    if name.lower() == auth.LOCAL_USER or name.lower().startswith(auth.RESERVED_PREFIX):
        raise ClaimRefused(f"{name!r} cannot own the local user's chats: name an account")
    return user


def _move_rows(session: Session, source: str, target: str) -> Claimed:
    moved = Claimed()
    for model, counter in ((Conversation, "conversations"), (MessageRow, "messages"), (Attachment, "attachments"),
                           (Folder, "folders"), (QueuedMessage, "queued"), (ShareLink, None)):
        result = session.exec(update(model).where(model.owner_id == source).values(owner_id=target))
        if counter:
            setattr(moved, counter, result.rowcount)
    session.exec(update(RunningAnswer).where(RunningAnswer.owner_id == source).values(owner_id=target))
    for row in session.exec(select(UsageDay).where(UsageDay.owner_id == source)).all():
        mine = session.get(UsageDay, (target, row.day, row.backend))
        if mine is None:
            session.add(UsageDay(**{**row.model_dump(), "owner_id": target}))
        else:
            for field in ("tokens", "prompt_tokens", "requests", "cost"):
                setattr(mine, field, getattr(mine, field) + getattr(row, field))
            session.add(mine)
        session.delete(row)
    if session.get(UserSettings, target) is None and session.get(UserSettings, source) is not None:
        session.exec(update(UserSettings).where(UserSettings.user_id == source).values(user_id=target))
        moved.settings = True
    return moved


def _held_paths(session: Session, source: str, holding: Path, target: str) -> list[tuple[QueuedMessage, list]]:
    """The local user's queued messages with their files' paths as they will be under the account."""
    changed = []
    old, new = str(holding / source), str(holding / target)
    for row in session.exec(select(QueuedMessage).where(QueuedMessage.owner_id == source)).all():
        files = [[new + path[len(old):] if path.startswith(old + "/") else path, name] for path, name in row.files or []]
        changed.append((row, files))
    return changed


def _move_folder(source: Path, target: Path) -> list[tuple[Path, Path]]:
    """Move each queued message's folder from source to target; what was moved (to move it back)."""
    done: list[tuple[Path, Path]] = []
    if not source.is_dir():
        return done
    target.mkdir(parents=True, exist_ok=True)
    for item in sorted(source.iterdir()):
        shutil.move(str(item), str(target / item.name))
        done.append((target / item.name, item))
    return done


def claim_local(session: Session, *, name: str, holding: Path, now: datetime | None = None) -> Claimed:
    """Move everything of the local user to the account `name`, in one transaction (committed here)."""
    target = _target(session, name)
    local = auth.get_user(session, name=auth.LOCAL_USER)
    if local is None:
        return Claimed()
    running = session.exec(select(func.count()).select_from(RunningAnswer).where(
        RunningAnswer.owner_id == local.id, RunningAnswer.lease_until >= (now or utcnow()))).one()
    if running:
        raise ClaimRefused("the app is writing an answer for the local user: let it finish (or stop the app), "
                           "then run this again")
    queued = _held_paths(session, local.id, holding, target.id)
    moved_files = _move_folder(holding / local.id, holding / target.id)
    try:
        for row, files in queued:
            row.files = files
            session.add(row)
        session.flush()
        moved = _move_rows(session, local.id, target.id)
        session.commit()
    except BaseException:
        session.rollback()
        for there, back in reversed(moved_files):
            shutil.move(str(there), str(back))
        raise
    return moved


def report(claimed: Claimed, name: str) -> str:
    if not claimed.conversations and not claimed.folders and not claimed.queued and not claimed.settings:
        return f"The local user has nothing to claim: {name!r} is unchanged."
    parts: list[Any] = [f"{claimed.conversations} conversations ({claimed.messages} messages, "
                        f"{claimed.attachments} attachments)", f"{claimed.folders} folders",
                        f"{claimed.queued} queued messages"]
    if claimed.settings:
        parts.append("the settings")
    return f"Moved to {name!r}: " + ", ".join(parts) + "."
