"""Read-only share links (issue 19): the owner of a conversation makes a link to it, and withdraws it when they
like. A link opens for the logged-in users of this instance only, or, where the admin allows it
(settings.public_share_links), for anyone. It shows the conversation's branch on screen as it is when the
link is opened: the questions and the answers' text, with the names of attached files (not the files, not
the reasoning, tool calls or system prompt). Withdrawn, its conversation deleted or its owner disabled, it
says "withdrawn".

Functions follow storage.store: keyword-only, the SQL session passed explicitly, filtered by owner,
committed here. No gradio, no web framework: ui/share_view.py and share_page.py call in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from kimi_ui.storage import store
from kimi_ui.storage.models import User, utcnow
from kimi_ui.storage.team_model import ShareLink

MAX_LINKS = 20  # live links per conversation
MAX_TOKEN = 64


class ShareRefused(ValueError):
    """A refused share operation: a code (the catalog's words)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class SharedMessage:
    role: str  # user | assistant
    text: str  # Markdown as written
    files: tuple[str, ...] = ()  # the names of its attachments


@dataclass(frozen=True)
class Shared:
    """What a link shows, or why it shows nothing (state: "open", "withdrawn", "missing")."""

    state: str
    public: bool = False
    title: str = ""
    messages: list[SharedMessage] = field(default_factory=list)


def _live(owner_id: str, conversation_id: str) -> list:
    return [ShareLink.owner_id == owner_id, ShareLink.conversation_id == conversation_id,
            col(ShareLink.revoked_at).is_(None)]


def create_link(session: Session, *, owner_id: str, conversation_id: str, public: bool = False,
                public_allowed: bool = False) -> ShareLink:
    """A new link to one of the owner's conversations (a foreign or temporary one is "not found")."""
    conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=str(conversation_id or ""))
    if conversation is None or conversation.temporary:
        raise ShareRefused("share.not_found")
    if public and not public_allowed:
        raise ShareRefused("share.public_off")
    if len(session.exec(select(ShareLink.id).where(*_live(owner_id, conversation.id))).all()) >= MAX_LINKS:
        raise ShareRefused("share.too_many")
    row = ShareLink(id=secrets.token_urlsafe(24), owner_id=owner_id, conversation_id=conversation.id,
                    public=bool(public))
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def list_links(session: Session, *, owner_id: str, conversation_id: str) -> list[ShareLink]:
    """The owner's live links to this conversation, newest first."""
    return list(session.exec(select(ShareLink).where(*_live(owner_id, str(conversation_id or "")))
                             .order_by(col(ShareLink.created_at).desc())).all())


def revoke_link(session: Session, *, owner_id: str, link_id: str) -> bool:
    """Withdraw one of the owner's links (another user's link is "no such link": False)."""
    found = session.exec(select(ShareLink.id).where(ShareLink.id == str(link_id or "")[:MAX_TOKEN],
                                                    ShareLink.owner_id == owner_id)).first()
    if found is None:
        return False
    session.exec(update(ShareLink).where(ShareLink.id == found, col(ShareLink.revoked_at).is_(None))
                 .values(revoked_at=utcnow()))
    session.commit()
    return True


def delete_links(session: Session, *, owner_id: str) -> int:
    """Every link of the owner, gone (their data is deleted: an old link then says nothing was found)."""
    result = session.exec(delete(ShareLink).where(col(ShareLink.owner_id) == owner_id))
    session.commit()
    return result.rowcount


def open_link(session: Session, *, token: str) -> Shared:
    """What the link shows now."""
    row = session.get(ShareLink, token) if isinstance(token, str) and 0 < len(token) <= MAX_TOKEN else None
    if row is None:
        return Shared("missing")
    conversation = store.get_conversation(session, owner_id=row.owner_id, conversation_id=row.conversation_id)
    owner = session.get(User, row.owner_id)
    if row.revoked_at is not None or conversation is None or owner is None or owner.disabled:
        return Shared("withdrawn", public=row.public)  # (a disabled user's links open nothing either)
    rows = [r for r in store.branch_messages(session, owner_id=row.owner_id, conversation_id=conversation.id)
            if r.role in ("user", "assistant")]
    files = store.attachments_for(session, owner_id=row.owner_id, message_ids=[r.id for r in rows])
    messages = [SharedMessage(r.role, _text(r), tuple(a.name or a.kind for a in files.get(r.id, [])
                                                      if a.kind != "frame")) for r in rows]
    return Shared("open", public=row.public, title=conversation.title, messages=messages)


def _text(row) -> str:
    """An answer's text over all its rounds (its reasoning and tool calls stay out), or the question."""
    rounds = row.rounds if isinstance(row.rounds, list) else []
    pieces = [r.get("content") for r in rounds if isinstance(r, dict) and r.get("content")]
    return "\n\n".join(pieces) if pieces else (row.content or "")
