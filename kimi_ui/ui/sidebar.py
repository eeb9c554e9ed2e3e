"""Pure: the sidebar's HTML. Conversations grouped Pinned / Today / Yesterday / Last 7 days / Older,
and search results with their highlighted snippets. Every item is a `#kimi:` link that the page
script turns into an action event (kimi_ui/ui/history.py), and so is each choice of an item's menu
(rename, pin, archive, delete; export links are plain downloads); nothing here is trusted by the server."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta, timezone
from typing import Collection, Iterable

from kimi_ui.storage.models import Conversation
from kimi_ui.storage.search import MARK_END, MARK_START, Hit


def group_of(updated: datetime, today: date) -> str:
    day = (updated if updated.tzinfo else updated.replace(tzinfo=timezone.utc)).astimezone().date()
    if day >= today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    if day > today - timedelta(days=7):
        return "Last 7 days"
    return "Older"


# The mark after a title: an answer being written, or one that finished while no page was on it.
MARKS = {"answering": '<span class="kimi-mark answering" title="Answering…" aria-label="Answering"></span>',
         "unread": '<span class="kimi-mark unread" title="New answer" aria-label="New answer"></span>'}


def _item(conversation: Conversation, current: str | None, mark: str | None = None, export_url=None) -> str:
    """A conversation's link, and its menu (a popover: rename, pin, archive, export, delete)."""
    cid = conversation.id
    classes = "kimi-conv" + (" current" if cid == current else "") + (f" {mark}" if mark else "")
    title = html.escape(conversation.title or "New chat")
    pin = '<span class="kimi-pin" title="Pinned">📌</span>' if conversation.pinned else ""
    here = ' aria-current="page"' if cid == current else ""
    link = (f'<a class="{classes}" href="#kimi:open:{cid}" title="{title}" data-id="{cid}"{here}>{pin}'
            f'<span class="kimi-conv-title">{title}</span>{MARKS.get(mark or "", "")}</a>')
    return f'<div class="kimi-conv-row">{link}{_menu(conversation, title, export_url)}</div>'


def _menu(conversation: Conversation, title: str, export_url) -> str:
    cid = conversation.id
    exports = ""
    if export_url is not None:
        exports = "".join(f'<a role="menuitem" href="{html.escape(export_url(cid, kind), quote=True)}" download>'
                          f"Export {label}</a>" for kind, label in (("json", "JSON"), ("md", "Markdown")))
    return (
        f'<button type="button" class="kimi-conv-menu" popovertarget="menu-{cid}" aria-haspopup="menu" '
        f'aria-label="Options for {title}">⋯</button>'
        f'<div popover id="menu-{cid}" class="kimi-conv-pop" role="menu" aria-label="Options for {title}">'
        f'<button type="button" role="menuitem" class="kimi-rename" data-id="{cid}">Rename</button>'
        f'<a role="menuitem" href="#kimi:pin:{cid}">{"Unpin" if conversation.pinned else "Pin"}</a>'
        f'<a role="menuitem" href="#kimi:archive:{cid}">{"Unarchive" if conversation.archived else "Archive"}</a>'
        f'{exports}'
        f'<button type="button" role="menuitem" class="kimi-ask-delete">Delete…</button>'
        f'<div class="kimi-delete-ask" hidden><span>Delete this chat for good?</span>'
        f'<a role="menuitem" class="kimi-delete-yes" href="#kimi:delete:{cid}">Delete</a></div></div>'
    )


def conversation_list_html(
    conversations: Iterable[Conversation], current: str | None, remaining: int, archived: bool,
    today: date | None = None, answering: Collection[str] = (), unread: Collection[str] = (), export_url=None,
) -> str:
    today = today or datetime.now().astimezone().date()
    parts: list[str] = []
    heading = None
    for conversation in conversations:
        group = "Archived" if archived else ("Pinned" if conversation.pinned else group_of(conversation.updated_at, today))
        if group != heading:
            parts.append(f'<div class="kimi-group">{group}</div>')
            heading = group
        mark = "answering" if conversation.id in answering else "unread" if conversation.id in unread else None
        parts.append(_item(conversation, current, mark, export_url))
    if not parts:
        parts.append('<div class="kimi-empty">' + ("No archived chats." if archived else "No chats yet.") + "</div>")
    if remaining > 0:
        parts.append(f'<a class="kimi-more" href="#kimi:more">Show {min(remaining, 50)} more '
                     f'({remaining:,} older)</a>')
    return '<nav class="kimi-convs">' + "".join(parts) + "</nav>"


MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def marked(snippet: str) -> str:
    """Escape a snippet, then turn the search's match markers into <mark>: only whole pairs, and any
    marker character left over (stored text may hold them too) is dropped, so tags always balance."""
    text = MARKED.sub(r"<mark>\1</mark>", html.escape(snippet.replace("\n", " ")))
    return text.replace(MARK_START, "").replace(MARK_END, "")


def search_results_html(hits: list[Hit], query: str) -> str:
    if not query.strip():
        return ""
    if not hits:
        return f'<div class="kimi-empty">Nothing found for “{html.escape(query.strip())}”.</div>'
    rows = []
    for hit in hits:
        where = "title" if hit.message_id is None else {"user": "you", "assistant": "Kimi"}.get(hit.role, hit.role)
        when = hit.at.strftime("%Y-%m-%d") if hit.at else ""
        target = f"#kimi:hit:{hit.conversation_id}:{hit.message_id or ''}"
        rows.append(
            f'<a class="kimi-hit" href="{target}"><span class="kimi-hit-title">{html.escape(hit.title or "New chat")}'
            f'</span><span class="kimi-hit-meta">{where} · {when}</span>'
            f'<span class="kimi-hit-snippet">{marked(hit.snippet)}</span></a>'
        )
    return f'<div class="kimi-hits">{"".join(rows)}</div>'
