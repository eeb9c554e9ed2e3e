"""Folders: a user's named groups of conversations. Owner-scoped like store.py: a foreign folder or
conversation id behaves exactly like a missing one."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, col, select

from kimi_ui.storage.models import Conversation, Folder

MAX_FOLDERS = 200  # per user
MAX_NAME = 80


def list_folders(session: Session, *, owner_id: str) -> list[Folder]:
    """By name, case folded (then by age, so equal names keep their order)."""
    rows = session.exec(select(Folder).where(Folder.owner_id == owner_id)
                        .order_by(col(Folder.created_at), col(Folder.id)))
    return sorted(rows, key=lambda f: f.name.casefold())


def get_folder(session: Session, *, owner_id: str, folder_id: str) -> Folder | None:
    return session.exec(select(Folder).where(Folder.id == folder_id, Folder.owner_id == owner_id)).first()


def find_by_name(session: Session, *, owner_id: str, name: str) -> Folder | None:
    wanted = name.casefold()
    return next((f for f in list_folders(session, owner_id=owner_id) if f.name.casefold() == wanted), None)


def count_folders(session: Session, *, owner_id: str) -> int:
    return len(list(session.exec(select(Folder.id).where(Folder.owner_id == owner_id))))


def create_folder(session: Session, *, owner_id: str, name: str) -> Folder:
    folder = Folder(owner_id=owner_id, name=name)
    session.add(folder)
    session.commit()
    return folder


def update_folder(session: Session, *, owner_id: str, folder_id: str, **changes: object) -> Folder | None:
    unknown = set(changes) - {"name", "collapsed"}
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    folder = get_folder(session, owner_id=owner_id, folder_id=folder_id)
    if folder is None:
        return None
    for key, value in changes.items():
        setattr(folder, key, value)
    session.add(folder)
    session.commit()
    return folder


def delete_folder(session: Session, *, owner_id: str, folder_id: str) -> int | None:
    """The folder goes, its conversations stay (back in the list). How many it held; None: no such folder."""
    folder = get_folder(session, owner_id=owner_id, folder_id=folder_id)
    if folder is None:
        return None
    moved = session.exec(update(Conversation).where(
        Conversation.owner_id == owner_id, Conversation.folder_id == folder_id).values(folder_id=None))
    session.delete(folder)
    session.commit()
    return moved.rowcount


def move_conversations(session: Session, *, owner_id: str, conversation_ids: list[str],
                       folder_id: str | None) -> int | None:
    """Put the owner's conversations among these ids into the folder (None: out of any). How many moved;
    None when the folder is not the owner's. Their place in the list by time stays."""
    if folder_id is not None and get_folder(session, owner_id=owner_id, folder_id=folder_id) is None:
        return None
    moved = session.exec(update(Conversation).where(
        Conversation.owner_id == owner_id, col(Conversation.id).in_(conversation_ids),
        col(Conversation.temporary).is_(False)).values(folder_id=folder_id))
    session.commit()
    return moved.rowcount


def folder_names(session: Session, *, owner_id: str) -> dict[str, str]:
    """folder id -> name, for showing a conversation's folder (search hits, exports)."""
    return {f.id: f.name for f in list_folders(session, owner_id=owner_id)}
