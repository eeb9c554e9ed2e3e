"""The only SQL. Keyword-only functions that take the session explicitly and always filter by owner:
a foreign id behaves exactly like a missing one."""

from __future__ import annotations

from typing import Any, Iterable

from datetime import datetime

from sqlalchemy import delete, func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from kimi_ui.storage.branches import Node, Tree
from kimi_ui.storage.models import Attachment, Conversation, Folder, MessageRow, User, UserSettings, utcnow

CONVERSATION_FIELDS = {
    "title", "system_prompt", "backend", "mode", "max_tokens", "sampling", "tools", "pinned", "archived",
    "title_by", "leaf_id",
}
LATEST = object()  # add_message's default parent: the tip of the branch shown
MESSAGE_FIELDS = {
    "content", "reasoning", "reasoning_seconds", "rounds", "tool_count", "usage", "status",
    "finish_reason", "error", "notices", "backend", "model", "mode",
}


def ensure_user(session: Session, *, name: str) -> User:
    user = session.exec(select(User).where(User.name == name)).first()
    if user is None:
        user = User(name=name)
        session.add(user)
        try:
            session.commit()
        except IntegrityError:  # another process made the same user a moment ago
            session.rollback()
            user = session.exec(select(User).where(User.name == name)).one()
    return user


def find_user_id(session: Session, *, name: str) -> str | None:
    """The id of the user with this name, or None: reading never creates a user row."""
    return session.exec(select(User.id).where(User.name == name)).first()


def delete_stale_identities(session: Session, *, name_prefix: str, before: datetime) -> list[str]:
    """Public demo clean-up: throw-away identities made before `before` that own no conversation any more."""
    stale = select(User.id).where(
        col(User.name).startswith(name_prefix), User.created_at < before, col(User.password_hash).is_(None),
        col(User.id).not_in(select(Conversation.owner_id).distinct()),
        col(User.id).not_in(select(Attachment.owner_id).distinct()))
    ids = list(session.exec(stale))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        session.exec(delete(Folder).where(col(Folder.owner_id).in_(chunk)))
        session.exec(delete(UserSettings).where(col(UserSettings.user_id).in_(chunk)))
        session.exec(delete(User).where(col(User.id).in_(chunk)))
    session.commit()
    return ids


def create_conversation(
    session: Session, *, owner_id: str, system_prompt: str, backend: str, mode: str, title: str = "",
    tools: list[str] | None = None, temporary: bool = False, commit: bool = True,
) -> Conversation:
    """commit=False (here and in update_conversation, add_message): written, committed by the caller with
    what else belongs to the same change (a turn's question and answer: one transaction, one commit)."""
    conversation = Conversation(
        owner_id=owner_id, system_prompt=system_prompt, backend=backend, mode=mode, title=title, tools=tools,
        temporary=temporary,
    )
    session.add(conversation)
    _end(session, commit)
    return conversation


def _end(session: Session, commit: bool) -> None:
    if commit:
        session.commit()
    else:
        session.flush()


def get_conversation(session: Session, *, owner_id: str, conversation_id: str) -> Conversation | None:
    return session.exec(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.owner_id == owner_id)
    ).first()


ANY_FOLDER = "*"  # list_conversations' default: in a folder or not


def _listed(owner_id: str, archived: bool | None, folder: str | None) -> list[Any]:
    """The conditions of a list: the owner's, never temporary, archived or not, in a folder or not."""
    where = [Conversation.owner_id == owner_id, col(Conversation.temporary).is_(False)]
    if archived is not None:
        where.append(Conversation.archived == archived)
    if folder is None:
        where.append(col(Conversation.folder_id).is_(None))
    elif folder != ANY_FOLDER:
        where.append(Conversation.folder_id == folder)
    return where


def list_conversations(
    session: Session, *, owner_id: str, limit: int = 50, offset: int = 0, archived: bool | None = False,
    folder: str | None = ANY_FOLDER,
) -> list[Conversation]:
    """Pinned first, then the most recently active. archived: False hides archived ones, True lists only
    them, None lists all; folder: a folder's id, None for those in none, ANY_FOLDER for all. Temporary
    chats are never listed."""
    query = select(Conversation).where(*_listed(owner_id, archived, folder))
    query = query.order_by(
        col(Conversation.pinned).desc(), col(Conversation.updated_at).desc(), col(Conversation.id).desc()
    )
    return list(session.exec(query.offset(offset).limit(limit)))


def count_conversations(session: Session, *, owner_id: str, archived: bool | None = False,
                        folder: str | None = ANY_FOLDER) -> int:
    query = select(func.count()).select_from(Conversation).where(*_listed(owner_id, archived, folder))
    return session.exec(query).one()


def update_conversation(
    session: Session, *, owner_id: str, conversation_id: str, touch: bool = True, commit: bool = True,
    **changes: Any,
) -> Conversation | None:
    """touch=False keeps its place in the list (pinning, archiving, switching branches)."""
    unknown = set(changes) - CONVERSATION_FIELDS
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    conversation = get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
    if conversation is None:
        return None
    for key, value in changes.items():
        setattr(conversation, key, value)
    if touch:
        conversation.updated_at = utcnow()
    session.add(conversation)
    _end(session, commit)
    return conversation


def add_message(
    session: Session,
    *,
    owner_id: str,
    conversation_id: str,
    role: str,
    content: str = "",
    status: str = "done",
    attachments: Iterable[Attachment] = (),
    parent_id: Any = LATEST,
    commit: bool = True,
    **fields: Any,
) -> MessageRow | None:
    """Add a message (and its attachments) below `parent_id` (default: the tip of the branch shown, so
    plain appends need no id; None starts a new first message) and show its branch, in one transaction.
    The conversation row is locked first (PostgreSQL; SQLite's writers are serial anyway), so two app
    processes adding to one conversation get distinct seq numbers."""
    conversation = session.exec(
        select(Conversation).where(Conversation.id == conversation_id, Conversation.owner_id == owner_id)
        .with_for_update()
    ).first()
    if conversation is None:
        return None
    unknown = set(fields) - MESSAGE_FIELDS
    if unknown:
        raise ValueError(f"unknown message fields: {sorted(unknown)}")
    if parent_id is LATEST:
        parent_id = conversation.leaf_id or _last_id(session, conversation_id)
    elif parent_id is not None and _message_in(session, owner_id, conversation_id, parent_id) is None:
        raise ValueError("the parent message is not in this conversation")
    last = session.exec(
        select(func.max(MessageRow.seq)).where(MessageRow.conversation_id == conversation_id)
    ).one()
    row = MessageRow(
        conversation_id=conversation_id, owner_id=owner_id, seq=(last or 0) + 1, parent_id=parent_id,
        role=role, content=content, status=status, **fields,
    )
    session.add(row)
    session.flush()  # the row must exist before attachments point at it
    for position, attachment in enumerate(attachments):
        attachment.owner_id, attachment.message_id, attachment.position = owner_id, row.id, position
        session.add(attachment)
    conversation.updated_at = utcnow()
    conversation.leaf_id = row.id
    session.add(conversation)
    _end(session, commit)
    return row


def _last_id(session: Session, conversation_id: str) -> str | None:
    return session.exec(
        select(MessageRow.id).where(MessageRow.conversation_id == conversation_id)
        .order_by(col(MessageRow.seq).desc()).limit(1)
    ).first()


def _message_in(session: Session, owner_id: str, conversation_id: str, message_id: str) -> MessageRow | None:
    return session.exec(select(MessageRow).where(
        MessageRow.id == message_id, MessageRow.owner_id == owner_id, MessageRow.conversation_id == conversation_id
    )).first()


def get_message(session: Session, *, owner_id: str, message_id: str) -> MessageRow | None:
    return session.exec(select(MessageRow).where(MessageRow.id == message_id, MessageRow.owner_id == owner_id)).first()


def message_tree(session: Session, *, owner_id: str, conversation_id: str) -> Tree:
    """The shape of the conversation (ids, parents, order, roles), without the texts."""
    rows = session.exec(
        select(MessageRow.id, MessageRow.parent_id, MessageRow.seq, MessageRow.role)
        .where(MessageRow.conversation_id == conversation_id, MessageRow.owner_id == owner_id)
    ).all()
    return Tree.of([Node(*row) for row in rows])


def messages_by_ids(session: Session, *, owner_id: str, ids: list[str]) -> list[MessageRow]:
    """Full rows for the given ids, in the order given (foreign or unknown ids are left out)."""
    if not ids:
        return []
    found = {r.id: r for r in session.exec(
        select(MessageRow).where(col(MessageRow.id).in_(ids), MessageRow.owner_id == owner_id))}
    return [found[i] for i in ids if i in found]


def branch_messages(session: Session, *, owner_id: str, conversation_id: str,
                    leaf_id: str | None = None) -> list[MessageRow]:
    """The messages of the branch ending at leaf_id (default: the one shown), first to last."""
    conversation = get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
    if conversation is None:
        return []
    tree = message_tree(session, owner_id=owner_id, conversation_id=conversation_id)
    return messages_by_ids(session, owner_id=owner_id, ids=tree.path(leaf_id or conversation.leaf_id))


def set_archived(session: Session, *, owner_id: str, conversation_ids: list[str], archived: bool) -> int:
    """Archive (or bring back) the owner's conversations among these ids; how many. Their place by time stays.
    A temporary chat is never archived (it is never listed)."""
    if not conversation_ids:
        return 0
    result = session.exec(update(Conversation).where(
        Conversation.owner_id == owner_id, col(Conversation.id).in_(conversation_ids),
        col(Conversation.temporary).is_(False)).values(archived=archived))
    session.commit()
    return result.rowcount


def delete_conversation(session: Session, *, owner_id: str, conversation_id: str) -> list[str] | None:
    """Delete a conversation with its messages and attachment rows. Returns the sha256 of files no
    longer referenced by anyone (the caller removes them), or None when there was no such conversation."""
    if get_conversation(session, owner_id=owner_id, conversation_id=conversation_id) is None:
        return None
    return _delete_conversations(session, [conversation_id])


def _delete_conversations(session: Session, ids: list[str]) -> list[str]:
    messages = select(MessageRow.id).where(col(MessageRow.conversation_id).in_(ids))
    attachments = list(session.exec(select(Attachment).where(col(Attachment.message_id).in_(messages))))
    shas = {a.sha256 for a in attachments if a.sha256}
    session.exec(delete(Attachment).where(col(Attachment.message_id).in_(messages)))
    session.exec(delete(MessageRow).where(col(MessageRow.conversation_id).in_(ids)))
    session.exec(delete(Conversation).where(col(Conversation.id).in_(ids)))
    session.commit()
    still_used = set(session.exec(select(Attachment.sha256).where(col(Attachment.sha256).in_(shas))))
    return sorted(shas - still_used)


def _update_message(session: Session, owner_id: str, message_id: str, changes: dict[str, Any], now: datetime,
                    *, only_streaming: bool = False) -> int:
    unknown = set(changes) - MESSAGE_FIELDS
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    where = [MessageRow.id == message_id, MessageRow.owner_id == owner_id]
    if only_streaming:
        where.append(MessageRow.status == "streaming")
    return session.exec(update(MessageRow).where(*where).values(updated_at=now, **changes)).rowcount


def update_message(session: Session, *, owner_id: str, message_id: str, commit: bool = True, **changes: Any) -> bool:
    changed = _update_message(session, owner_id, message_id, changes, utcnow())
    if commit:
        session.commit()
    return changed > 0


def has_children(session: Session, *, owner_id: str, message_id: str) -> bool:
    """Whether anything was said after this message (in any branch)."""
    return session.exec(select(MessageRow.id).where(MessageRow.parent_id == message_id,
                                                    MessageRow.owner_id == owner_id).limit(1)).first() is not None


def checkpoint_messages(session: Session, rows: Iterable[tuple[str, str, dict[str, Any]]]) -> int:
    """Several streaming answers' checkpoints, (owner id, message id, changes), in one transaction. Only rows
    still 'streaming' change: a final state written in between is never overwritten. Returns rows changed."""
    now = utcnow()
    changed = sum(_update_message(session, owner_id, message_id, changes, now, only_streaming=True)
                  for owner_id, message_id, changes in rows)
    session.commit()
    return changed


def list_messages(session: Session, *, owner_id: str, conversation_id: str) -> list[MessageRow]:
    query = (
        select(MessageRow)
        .where(MessageRow.conversation_id == conversation_id, MessageRow.owner_id == owner_id)
        .order_by(col(MessageRow.seq))
    )
    return list(session.exec(query))


def tool_call_rows(session: Session, *, owner_id: str, conversation_id: str) -> list[Any]:
    """(id, rounds) of the messages that called tools, in order: all the tool log needs."""
    return list(session.exec(
        select(MessageRow.id, MessageRow.rounds)
        .where(MessageRow.conversation_id == conversation_id, MessageRow.owner_id == owner_id,
               col(MessageRow.tool_count) > 0)
        .order_by(col(MessageRow.seq))
    ).all())


def conversation_attachments(session: Session, *, owner_id: str, conversation_id: str) -> list[Attachment]:
    """Every attachment of the conversation's messages (all branches)."""
    messages = select(MessageRow.id).where(MessageRow.conversation_id == conversation_id,
                                           MessageRow.owner_id == owner_id)
    return list(session.exec(select(Attachment).where(col(Attachment.message_id).in_(messages),
                                                      Attachment.owner_id == owner_id)))


def attachments_for(session: Session, *, owner_id: str, message_ids: list[str]) -> dict[str, list[Attachment]]:
    if not message_ids:
        return {}
    query = (
        select(Attachment)
        .where(col(Attachment.message_id).in_(message_ids), Attachment.owner_id == owner_id)
        .order_by(col(Attachment.position))
    )
    found: dict[str, list[Attachment]] = {}
    for attachment in session.exec(query):
        found.setdefault(attachment.message_id or "", []).append(attachment)
    return found


def copy_attachment(attachment: Attachment) -> Attachment:
    """A new row for the same stored file (an edited question keeps the old one's attachments)."""
    fields = attachment.model_dump(exclude={"id", "message_id", "created_at"})
    return Attachment(**fields)


def get_attachment(session: Session, *, owner_id: str, attachment_id: str) -> Attachment | None:
    return session.exec(
        select(Attachment).where(Attachment.id == attachment_id, Attachment.owner_id == owner_id)
    ).first()


def mark_streaming_interrupted(session: Session) -> int:
    """At start-up: answers that were streaming when the process died are kept and marked."""
    result = session.exec(
        update(MessageRow).where(MessageRow.status == "streaming").values(status="interrupted")
    )
    session.commit()
    return result.rowcount


def delete_stale_conversations(session: Session, *, owner_prefix: str, before: datetime) -> list[str]:
    """Public demo clean-up: delete the conversations (messages, attachment rows) of throw-away
    identities untouched since `before`. Returns the sha256 of attachments no longer referenced."""
    owners = select(User.id).where(col(User.name).startswith(owner_prefix))
    stale = list(session.exec(select(Conversation.id).where(
        col(Conversation.owner_id).in_(owners), Conversation.updated_at < before)))
    if not stale:
        return []
    return _delete_conversations(session, stale)


def delete_stale_temporary(session: Session, *, before: datetime) -> list[str]:
    """Temporary chats untouched since `before`, everyone's. The sha256 of files no longer referenced."""
    stale = list(session.exec(select(Conversation.id).where(
        col(Conversation.temporary).is_(True), Conversation.updated_at < before)))
    return _delete_conversations(session, stale) if stale else []


def delete_all_conversations(session: Session, *, owner_id: str, batch: int = 500) -> tuple[int, list[str]]:
    """Every conversation of the owner ("Delete my data"): how many, and the sha256 of files no longer
    referenced by anyone."""
    ids = list(session.exec(select(Conversation.id).where(Conversation.owner_id == owner_id)))
    orphans: list[str] = []
    for start in range(0, len(ids), batch):
        orphans += _delete_conversations(session, ids[start:start + batch])
    return len(ids), orphans


def delete_untouched_conversations(session: Session, *, before: datetime, batch: int = 500) -> list[str]:
    """Retention: everyone's conversations not updated since `before`, pinned and archived ones too, a batch
    per transaction. The sha256 of files no longer referenced."""
    orphans: list[str] = []
    while stale := list(session.exec(select(Conversation.id).where(Conversation.updated_at < before).limit(batch))):
        orphans += _delete_conversations(session, stale)
    return orphans
