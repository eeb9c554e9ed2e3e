"""Pure: the sidebar's HTML in the user's language (kimi_ui/i18n). The list's tools (new folder, select),
the bar of a selection's bulk actions, the folders (each with its chats, collapsible, a menu, a drop
target), then the chats in no folder grouped Pinned / Today / Yesterday / Last 7 days / Older; and
search results with their highlighted snippets. Every item is a `#kimi:` link that the page script
turns into an action event (kimi_ui/ui/history.py, kimi_ui/ui/organise.py), and so is each choice of a
menu; dragging and selecting are assets/organise.js. Nothing here is trusted by the server."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Collection, Iterable

from kimi_ui.i18n import day, text
from kimi_ui.storage.models import Conversation, Folder
from kimi_ui.storage.search import MARK_END, MARK_START, Hit


def group_of(updated: datetime, today: date) -> str:
    """The key of the list group a chat falls in by its last activity."""
    when = (updated if updated.tzinfo else updated.replace(tzinfo=timezone.utc)).astimezone().date()
    if when >= today:
        return "list.today"
    if when == today - timedelta(days=1):
        return "list.yesterday"
    if when > today - timedelta(days=7):
        return "list.week"
    return "list.older"


@dataclass
class ListPage:
    """What one render of the list needs besides the chats."""

    current: str | None = None
    lang: str = "en"
    answering: Collection[str] = ()
    unread: Collection[str] = ()
    export_url: Callable[[str, str], str] | None = None
    folders: list[Folder] = field(default_factory=list)  # every folder of the user's (the Move menus)

    def t(self, key: str, **params: object) -> str:
        return html.escape(text(key, self.lang, **params))


def _mark(mark: str | None, page: ListPage) -> str:
    """After a title: an answer being written, or one that finished while no page was on it."""
    if mark == "answering":
        words = page.t("list.answering")
    elif mark == "unread":
        words = page.t("list.unread")
    else:
        return ""
    return f'<span class="kimi-mark {mark}" title="{words}" aria-label="{words}"></span>'


def _item(conversation: Conversation, page: ListPage, mark: str | None = None) -> str:
    """A conversation's link (draggable onto a folder), its checkbox for a selection, and its menu."""
    cid = conversation.id
    current = cid == page.current
    classes = "kimi-conv" + (" current" if current else "") + (f" {mark}" if mark else "")
    title = html.escape(conversation.title or text("list.untitled", page.lang))
    pin = f'<span class="kimi-pin" title="{page.t("list.pinned_one")}">📌</span>' if conversation.pinned else ""
    here = ' aria-current="page"' if current else ""
    pick = (f'<input type="checkbox" class="kimi-pick" value="{cid}" '
            f'aria-label="{page.t("list.select_one", title=conversation.title or "")}">')
    link = (f'<a class="{classes}" href="#kimi:open:{cid}" title="{title}" data-id="{cid}" draggable="true"{here}>'
            f'{pin}<span class="kimi-conv-title">{title}</span>{_mark(mark, page)}</a>')
    return f'<div class="kimi-conv-row">{pick}{link}{_menu(conversation, title, page)}</div>'


def _moves(conversation: Conversation, page: ListPage) -> str:
    """The item menu's "Move to" choices: every other folder, and out of its folder."""
    cid = conversation.id
    choices = [f'<a role="menuitem" href="#kimi:move:{cid}:{f.id}">{page.t("menu.move_to", folder=f.name)}</a>'
               for f in page.folders if f.id != conversation.folder_id]
    if conversation.folder_id:
        choices.append(f'<a role="menuitem" href="#kimi:move:{cid}:">{page.t("menu.move_out")}</a>')
    return f'<div class="kimi-moves">{"".join(choices)}</div>' if choices else ""


def _menu(conversation: Conversation, title: str, page: ListPage) -> str:
    cid = conversation.id
    exports = ""
    if page.export_url is not None:
        exports = "".join(f'<a role="menuitem" href="{html.escape(page.export_url(cid, kind), quote=True)}" download>'
                          f'{page.t(key)}</a>' for kind, key in (("json", "menu.export_json"), ("md", "menu.export_md")))
    options = page.t("menu.options", title=html.unescape(title))
    return (
        f'<button type="button" class="kimi-conv-menu" popovertarget="menu-{cid}" aria-haspopup="menu" '
        f'aria-label="{options}">⋯</button>'
        f'<div popover id="menu-{cid}" class="kimi-conv-pop" role="menu" aria-label="{options}">'
        f'<button type="button" role="menuitem" class="kimi-rename" data-id="{cid}" '
        f'data-ask="{page.t("menu.new_title")}">{page.t("menu.rename")}</button>'
        f'<a role="menuitem" href="#kimi:pin:{cid}">{page.t("menu.unpin" if conversation.pinned else "menu.pin")}</a>'
        f'<a role="menuitem" href="#kimi:archive:{cid}">'
        f'{page.t("menu.unarchive" if conversation.archived else "menu.archive")}</a>'
        f'{_moves(conversation, page)}{exports}'
        f'<button type="button" role="menuitem" class="kimi-ask-delete">{page.t("menu.delete")}</button>'
        f'<div class="kimi-delete-ask" hidden><span>{page.t("menu.delete_ask")}</span>'
        f'<a role="menuitem" class="kimi-delete-yes" href="#kimi:delete:{cid}">{page.t("menu.delete_yes")}</a></div></div>'
    )


def _folder(folder: Folder, chats: list[Conversation], count: int, page: ListPage) -> str:
    """A folder: its row (open/close, name, count, menu) and, when open, its chats. A drop target."""
    fid, name = folder.id, html.escape(folder.name)
    is_open = not folder.collapsed
    menu = (f'<button type="button" class="kimi-conv-menu" popovertarget="fmenu-{fid}" aria-haspopup="menu" '
            f'aria-label="{page.t("folder.options", name=folder.name)}">⋯</button>'
            f'<div popover id="fmenu-{fid}" class="kimi-conv-pop" role="menu" '
            f'aria-label="{page.t("folder.options", name=folder.name)}">'
            f'<button type="button" role="menuitem" class="kimi-folder-rename" data-id="{fid}">'
            f'{page.t("menu.rename")}</button>'
            f'<button type="button" role="menuitem" class="kimi-ask-delete">{page.t("menu.delete")}</button>'
            f'<div class="kimi-delete-ask" hidden><span>{page.t("folder.delete_ask" if count else "folder.delete_ask_empty", count=count)}</span>'
            f'<a role="menuitem" class="kimi-delete-yes" href="#kimi:folder-delete:{fid}">'
            f'{page.t("folder.delete_yes")}</a></div></div>')
    row = (f'<div class="kimi-folder-row"><a class="kimi-folder-toggle" href="#kimi:folder-toggle:{fid}" '
           f'aria-expanded="{str(is_open).lower()}" data-id="{fid}" title="{name}">'
           f'<span class="kimi-folder-icon" aria-hidden="true">{"▾" if is_open else "▸"}</span>'
           f'<span class="kimi-folder-name">{name}</span><span class="kimi-folder-count">'
           f'{page.t("folder.count", count=count)}</span></a>{menu}</div>')
    items = "".join(_item(c, page) for c in chats) if is_open else ""
    if is_open and not chats:
        items = f'<div class="kimi-empty kimi-folder-empty">{page.t("folder.empty")}</div>'
    return f'<section class="kimi-folder" data-folder="{fid}" aria-label="{name}">{row}{items}</section>'


def _tools(page: ListPage, archived: bool) -> str:
    """Above the list: New folder and Select; the bar of a selection's actions (assets/organise.js shows it)."""
    new_folder = "" if archived else (
        f'<button type="button" class="kimi-new-folder">{page.t("list.new_folder")}</button>')
    moves = "".join(f'<button type="button" role="menuitem" data-bulk="move" data-folder="{f.id}">'
                    f'{page.t("menu.move_to", folder=f.name)}</button>' for f in page.folders)
    moves += f'<button type="button" role="menuitem" data-bulk="move" data-folder="">{page.t("menu.move_out")}</button>'
    archive = "bulk.unarchive" if archived else "bulk.archive"
    return (
        f'<div class="kimi-list-tools" data-empty="{page.t("list.name_needed")}">'
        f'<a class="kimi-temporary-link" href="#kimi:temporary" '
        f'title="{page.t("temporary.hint")}">{page.t("temporary.start")}</a>{new_folder}'
        f'<button type="button" class="kimi-select" aria-pressed="false">{page.t("list.select")}</button></div>'
        f'<div class="kimi-bulk" role="toolbar" aria-label="{page.t("bulk.label")}" hidden>'
        f'<span class="kimi-bulk-count" aria-live="polite" data-one="{page.t("bulk.count.one")}" '
        f'data-other="{page.t("bulk.count.other")}"></span>'
        f'<button type="button" data-bulk="{"unarchive" if archived else "archive"}">{page.t(archive)}</button>'
        f'<button type="button" popovertarget="bulk-moves" aria-haspopup="menu">{page.t("bulk.move")}</button>'
        f'<div popover id="bulk-moves" class="kimi-conv-pop" role="menu">{moves}</div>'
        f'<a class="kimi-bulk-export" href="export/all.json" download>{page.t("bulk.export")}</a>'
        f'<button type="button" class="kimi-bulk-delete">{page.t("bulk.delete")}</button>'
        f'<div class="kimi-bulk-ask" hidden><span data-one="{page.t("bulk.delete_ask.one")}" '
        f'data-other="{page.t("bulk.delete_ask.other")}"></span>'
        f'<button type="button" data-bulk="delete" class="kimi-bulk-delete-yes">{page.t("bulk.delete_yes")}</button>'
        f'<button type="button" class="kimi-bulk-keep">{page.t("bulk.keep")}</button></div></div>'
    )


def conversation_list_html(
    conversations: Iterable[Conversation], remaining: int, archived: bool, page: ListPage,
    folders: Iterable[tuple[Folder, list[Conversation], int]] = (), today: date | None = None,
) -> str:
    today = today or datetime.now().astimezone().date()
    folders = list(folders)
    parts: list[str] = [_tools(page, archived)]
    parts += [_folder(folder, chats, count, page) for folder, chats, count in folders]
    parts.append('<div class="kimi-unfiled" data-folder="">')
    heading, shown = None, 0
    for conversation in conversations:
        group = "list.archived" if archived else ("list.pinned" if conversation.pinned
                                                  else group_of(conversation.updated_at, today))
        if group != heading:
            parts.append(f'<div class="kimi-group">{page.t(group)}</div>')
            heading = group
        mark = "answering" if conversation.id in page.answering else "unread" if conversation.id in page.unread else None
        parts.append(_item(conversation, page, mark))
        shown += 1
    if not shown and not any(count for _, _, count in folders):  # (all in folders: nothing to say)
        parts.append(f'<div class="kimi-empty">{page.t("list.no_archived" if archived else "list.no_chats")}</div>')
    if remaining > 0:
        parts.append(f'<a class="kimi-more" href="#kimi:more">{page.t("list.more", shown=min(remaining, 50), count=remaining)}</a>')
    parts.append("</div>")
    return f'<nav class="kimi-convs" aria-label="{page.t("list.label")}">' + "".join(parts) + "</nav>"


MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")


def marked(snippet: str) -> str:
    """Escape a snippet, then turn the search's match markers into <mark>: only whole pairs, and any
    marker character left over (stored text may hold them too) is dropped, so tags always balance."""
    words = MARKED.sub(r"<mark>\1</mark>", html.escape(snippet.replace("\n", " ")))
    return words.replace(MARK_START, "").replace(MARK_END, "")


def search_results_html(hits: list[Hit], query: str, lang: str = "en") -> str:
    if not query.strip():
        return ""
    if not hits:
        return f'<div class="kimi-empty">{html.escape(text("search.nothing", lang, query=query.strip()))}</div>'
    rows = []
    for hit in hits:
        where = text({"user": "search.you", "assistant": "search.kimi"}.get(hit.role, "search.title"), lang)
        meta = " · ".join(part for part in (where, hit.folder or "", day(hit.at, lang) if hit.at else "") if part)
        target = f"#kimi:hit:{hit.conversation_id}:{hit.message_id or ''}"
        rows.append(
            f'<a class="kimi-hit" href="{target}"><span class="kimi-hit-title">'
            f'{html.escape(hit.title or text("list.untitled", lang))}'
            f'</span><span class="kimi-hit-meta">{html.escape(meta)}</span>'
            f'<span class="kimi-hit-snippet">{marked(hit.snippet)}</span></a>'
        )
    return f'<div class="kimi-hits">{"".join(rows)}</div>'
