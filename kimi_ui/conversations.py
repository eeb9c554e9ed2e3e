"""Conversations as a user manages them, without Gradio: the list, a window of a long branch, branch
switching, rename/pin/archive, delete with its files, search, import with its limits.

Every call takes the caller's owner id and checks it itself: another user's conversation behaves like a
missing one. Calls block on the database; from async code run them through `await db.call(...)`
(kimi_ui.storage.db). kimi_ui/ui/history.py is the Gradio glue around this."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from kimi_ui.config import Settings
from kimi_ui.costs import total_cost
from kimi_ui.limits import WindowLimit
from kimi_ui.shared_limits import Windows
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import remove_blobs
from kimi_ui.storage.importing import ImportProblem, ImportResult, import_plans, plan_file
from kimi_ui.storage import folders as folder_rows
from kimi_ui.storage.models import Attachment, Conversation, Folder, MessageRow
from kimi_ui.storage.queued_model import QueuedMessage
from kimi_ui.storage.quota import MB
from kimi_ui.storage.search import search

LIST_PAGE = 50  # conversations per sidebar page
FOLDER_PAGE = 200  # conversations shown in an open folder
CHAT_WINDOW = 60  # messages of the branch shown at once; older ones on demand
UNFINISHED = ("length", "interrupted", "cancelled", "round_limit", "streaming")
FLAGS = ("pinned", "archived")
MAX_TITLE = 200
MAX_QUERY = 200


@dataclass(frozen=True)
class Listing:
    """One user's list as far as it is shown, and how many more there are."""

    conversations: list[Conversation]
    more: int
    folders: list[FolderListing] = field(default_factory=list)


@dataclass(frozen=True)
class FolderListing:
    """A folder in the list: its chats when open (the first FOLDER_PAGE), and how many it holds."""

    folder: Folder
    conversations: list[Conversation]
    count: int


@dataclass(frozen=True)
class ChatWindow:
    """The messages of a branch that are shown: the last `size` (or from a focused message on)."""

    conversation: Conversation
    rows: list[MessageRow]
    attachments: dict[str, list[Attachment]]
    positions: dict[str, tuple[int, int]]  # message id -> (version, of versions) among its siblings
    start: int  # messages of the branch above the window (0: the window starts at the top)
    focus: str | None = None

    @property
    def unfinished(self) -> bool:
        """The last answer stopped before its end (Continue is offered)."""
        return bool(self.rows) and self.rows[-1].role == "assistant" and self.rows[-1].status in UNFINISHED


def _with_tree(session: Session, owner_id: str, conversation_id: str | None) -> tuple[Any, Any]:
    """(the conversation, its message tree), or (None, None) when it is not the owner's."""
    conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id or "")
    if conversation is None:
        return None, None
    return conversation, store.message_tree(session, owner_id=owner_id, conversation_id=conversation.id)


@dataclass
class Conversations:
    db: Database
    settings: Settings
    _imports: WindowLimit | None = field(default=None, repr=False)  # imports an hour (counted in the database)

    # -- reading ----------------------------------------------------------------------------------
    def get(self, owner_id: str, conversation_id: str | None) -> Conversation | None:
        with self.db.session(read_only=True) as session:
            return store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id or "")

    def cost(self, owner_id: str, conversation_id: str) -> tuple[float, str] | None:
        """What the conversation's answers cost so far (every branch: each was paid for), or None."""
        with self.db.session(read_only=True) as session:
            usages = session.exec(select(MessageRow.usage).where(
                MessageRow.owner_id == owner_id, MessageRow.conversation_id == conversation_id,
                MessageRow.role == "assistant"))
            return total_cost(usages)

    def listing(self, owner_id: str, *, pages: int = 1, archived: bool = False) -> Listing:
        """The list as shown: the folders with their chats, then the chats in none (paged); the archive
        lists archived chats wherever they are."""
        shown = LIST_PAGE * max(1, pages)
        where = store.ANY_FOLDER if archived else None
        with self.db.session(read_only=True) as session:
            conversations = store.list_conversations(session, owner_id=owner_id, limit=shown, archived=archived,
                                                     folder=where)
            total = len(conversations) if len(conversations) < shown else store.count_conversations(
                session, owner_id=owner_id, archived=archived, folder=where)
            groups = [] if archived else [self._folder(session, owner_id, f)
                                          for f in folder_rows.list_folders(session, owner_id=owner_id)]
        return Listing(conversations, total - len(conversations), groups)

    @staticmethod
    def _folder(session: Session, owner_id: str, folder: Folder) -> FolderListing:
        chats = [] if folder.collapsed else store.list_conversations(
            session, owner_id=owner_id, limit=FOLDER_PAGE, folder=folder.id)
        count = len(chats) if len(chats) < FOLDER_PAGE and not folder.collapsed else store.count_conversations(
            session, owner_id=owner_id, folder=folder.id)
        return FolderListing(folder, chats, count)

    def window(self, owner_id: str, conversation_id: str | None, *, size: int = CHAT_WINDOW,
               focus: str | None = None, upto: str | None = None) -> ChatWindow | None:
        """The last `size` messages of the conversation's current branch, or from `focus` on; with `upto`,
        of the path that ends at that message ("" for none). None: no such conversation of this owner."""
        if not conversation_id:
            return None
        with self.db.session(read_only=True) as session:
            conversation, tree = _with_tree(session, owner_id, conversation_id)
            if conversation is None:
                return None
            path = tree.path(conversation.leaf_id) if upto is None else (tree.path(upto) if upto else [])
            start = max(0, len(path) - max(1, size))
            if focus in path:
                start = min(start, path.index(focus))
            rows = store.messages_by_ids(session, owner_id=owner_id, ids=path[start:])
            attachments = store.attachments_for(session, owner_id=owner_id, message_ids=[r.id for r in rows])
        positions = {r.id: tree.position(r.id) for r in rows}
        return ChatWindow(conversation, rows, attachments, positions, start, focus if focus in path else None)

    def search(self, owner_id: str, query: str) -> list[Any]:
        query = (query or "")[:MAX_QUERY]
        if not query.strip():
            return []
        with self.db.session(read_only=True) as session:
            return search(session, owner_id=owner_id, query=query)

    # -- branches ---------------------------------------------------------------------------------
    def show_message(self, owner_id: str, conversation_id: str, message_id: str) -> str | None:
        """Make the branch shown one that contains the message (a search hit may be on another). The
        message id, or None when the conversation or the message is not the caller's. Writes only when
        the branch changes."""
        with self.db.session(read_only=True) as session:
            conversation, tree = _with_tree(session, owner_id, conversation_id)
        if conversation is None or not message_id or message_id not in tree.nodes:
            return None
        if message_id not in tree.path(conversation.leaf_id):
            self._set_leaf(owner_id, conversation_id, tree.latest_leaf(message_id))
        return message_id

    def switch_branch(self, owner_id: str, conversation_id: str | None, message_id: str, step: int) -> bool:
        """Show the previous (step -1) or next (+1) version of a message. True when the branch changed."""
        with self.db.session(read_only=True) as session:
            conversation, tree = _with_tree(session, owner_id, conversation_id)
        if conversation is None:
            return False
        leaf = tree.switch(message_id, -1 if step < 0 else 1) if message_id in tree.nodes else None
        return leaf is not None and self._set_leaf(owner_id, conversation.id, leaf)

    def _set_leaf(self, owner_id: str, conversation_id: str, leaf: str | None) -> bool:
        with self.db.session() as session:
            return store.update_conversation(session, owner_id=owner_id, conversation_id=conversation_id,
                                             leaf_id=leaf, touch=False) is not None

    # -- managing ---------------------------------------------------------------------------------
    def rename(self, owner_id: str, conversation_id: str | None, title: str) -> bool:
        """Spaces folded, at most 200 characters; an empty title changes nothing. True when renamed."""
        title = " ".join((title or "").split())[:MAX_TITLE]
        if not conversation_id or not title:
            return False
        with self.db.session() as session:
            return store.update_conversation(session, owner_id=owner_id, conversation_id=conversation_id,
                                             title=title, title_by="user", touch=False) is not None

    def toggle(self, owner_id: str, conversation_id: str | None, flag: str) -> Conversation | None:
        """Pin/unpin or archive/unarchive. The conversation as it is now, or None."""
        if flag not in FLAGS:
            raise ValueError(f"not a flag: {flag!r}")
        if not conversation_id:
            return None
        with self.db.session() as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            if conversation is None:
                return None
            return store.update_conversation(session, owner_id=owner_id, conversation_id=conversation.id,
                                             touch=False, **{flag: not getattr(conversation, flag)})

    def delete(self, owner_id: str, conversation_id: str | None) -> bool:
        """The conversation, its messages and attachment rows, and the files nobody else uses any more.
        True when there was such a conversation."""
        if not conversation_id:
            return False
        with self.db.session() as session:
            orphans = store.delete_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            queued = _drop_queued(session, owner_id, conversation_id) if orphans is not None else []
        remove_blobs(self.settings.attachments_dir, orphans or [])
        for item_id in queued:  # the copies of the files its queued messages brought (kimi_ui/queued.py)
            shutil.rmtree(Path(self.settings.data_dir) / "queued" / owner_id / item_id, ignore_errors=True)
        return orphans is not None

    def delete_many(self, owner_id: str, conversation_ids: list[str]) -> int:
        """Bulk delete: how many of these were the caller's and are gone."""
        return sum(self.delete(owner_id, cid) for cid in conversation_ids)

    def start_temporary(self, owner_id: str, *, mode: str, backend: str, system_prompt: str) -> Conversation:
        """An empty temporary chat (its first message goes into it like into any other)."""
        with self.db.session() as session:
            return store.create_conversation(session, owner_id=owner_id, system_prompt=system_prompt,
                                             backend=backend, mode=mode, temporary=True)

    def leave(self, owner_id: str, conversation_id: str | None) -> bool:
        """The user left a conversation: a temporary one is deleted with everything it had. True if it was."""
        conversation = self.get(owner_id, conversation_id)
        return bool(conversation and conversation.temporary) and self.delete(owner_id, conversation.id)

    # -- import -----------------------------------------------------------------------------------
    def import_file(self, owner_id: str, path: Path, *, demo: bool = False,
                    address: str | None = None) -> ImportResult:
        """Our JSON export (one conversation or all) or ChatGPT's conversations.json. The limits, cheapest
        first: imports an hour (per address too for a demo visitor), the file's size (before reading it),
        its objects and lists (while parsing it), then the storage quota (before writing). Raises
        ImportProblem (a code for the user's words); the file is left where it is."""
        settings = self.settings
        keys = [f"import:{owner_id}"] + ([f"import-ip:{address}"] if demo and address else [])
        wait = self.import_limit().wait(keys)
        if wait > 0:
            raise ImportProblem("import.per_hour", count=settings.imports_per_hour, minutes=int(wait // 60) + 1)
        if not path.is_file():
            raise ImportProblem("import.upload_the_file")
        plans = plan_file(path, name=path.name, max_bytes=settings.max_import_mb * MB,
                          max_items=settings.max_import_items)
        quota_mb = settings.demo_max_stored_mb if demo else settings.max_stored_mb_per_user
        with self.db.session() as session:
            return import_plans(session, owner_id=owner_id, plans=plans, attachments_root=settings.attachments_dir,
                                max_stored_bytes=quota_mb * MB if quota_mb else None)

    def import_limit(self) -> WindowLimit:
        if self._imports is None:
            self._imports = WindowLimit(Windows(self.db), self.settings.imports_per_hour, 3600, "imports:")
        return self._imports


def _drop_queued(session: Any, owner_id: str, conversation_id: str) -> list[str]:
    """Delete a deleted conversation's queued messages; their ids."""
    rows = list(session.exec(select(QueuedMessage).where(QueuedMessage.owner_id == owner_id,
                                                         QueuedMessage.conversation_id == conversation_id)))
    for row in rows:
        session.delete(row)
    session.commit()
    return [row.id for row in rows]
