"""Folders and bulk actions as a user uses them, without Gradio. Every call takes the caller's owner id:
another user's folder or conversation id behaves like a missing one (kimi_ui.storage.folders filters by
owner in SQL). Calls block on the database."""

from __future__ import annotations

from dataclasses import dataclass

from kimi_ui.storage import folders as rows
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Folder

MAX_SELECTED = 500  # conversations one bulk action may name
BULK = ("archive", "unarchive", "delete", "move")


class FolderProblem(ValueError):
    """A folder request that cannot be done; the code says which (kimi_ui/i18n has its words)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def clean_name(name: str | None) -> str:
    """Spaces folded, at most MAX_NAME characters; raises FolderProblem("folder.name_empty") when nothing is left."""
    cleaned = " ".join((name or "").split())[:rows.MAX_NAME]
    if not cleaned:
        raise FolderProblem("folder.name_empty")
    return cleaned


def selected(ids: object) -> list[str]:
    """Conversation ids as sent by a page: a list of short strings, at most MAX_SELECTED, no repeats."""
    if not isinstance(ids, (list, tuple)):
        return []
    kept = [i for i in ids if isinstance(i, str) and 0 < len(i) <= 32]
    return list(dict.fromkeys(kept))[:MAX_SELECTED]


@dataclass
class Folders:
    db: Database

    def list(self, owner_id: str) -> list[Folder]:
        with self.db.session(read_only=True) as session:
            return rows.list_folders(session, owner_id=owner_id)

    def create(self, owner_id: str, name: str | None) -> Folder:
        cleaned = clean_name(name)
        with self.db.session() as session:
            if rows.count_folders(session, owner_id=owner_id) >= rows.MAX_FOLDERS:
                raise FolderProblem("folder.too_many", limit=rows.MAX_FOLDERS)
            return rows.create_folder(session, owner_id=owner_id, name=cleaned)

    def rename(self, owner_id: str, folder_id: str | None, name: str | None) -> bool:
        cleaned = clean_name(name)
        with self.db.session() as session:
            return rows.update_folder(session, owner_id=owner_id, folder_id=folder_id or "", name=cleaned) is not None

    def collapse(self, owner_id: str, folder_id: str | None, collapsed: bool) -> bool:
        with self.db.session() as session:
            return rows.update_folder(session, owner_id=owner_id, folder_id=folder_id or "",
                                      collapsed=bool(collapsed)) is not None

    def delete(self, owner_id: str, folder_id: str | None) -> int | None:
        """The folder goes; its chats go back to the list. How many it held; None: not the caller's."""
        with self.db.session() as session:
            return rows.delete_folder(session, owner_id=owner_id, folder_id=folder_id or "")

    def move(self, owner_id: str, conversation_ids: object, folder_id: str | None) -> int:
        """Into the folder ("" or None: out of any). How many of the caller's chats moved."""
        ids = selected(conversation_ids)
        if not ids:
            return 0
        with self.db.session() as session:
            moved = rows.move_conversations(session, owner_id=owner_id, conversation_ids=ids,
                                            folder_id=folder_id or None)
        if moved is None:
            raise FolderProblem("folder.missing")
        return moved

    def set_archived(self, owner_id: str, conversation_ids: object, archived: bool) -> int:
        ids = selected(conversation_ids)
        with self.db.session() as session:
            return store.set_archived(session, owner_id=owner_id, conversation_ids=ids, archived=archived)
