"""Organising the list in the UI: folders (new, rename, delete, open/close), moving chats (an item's menu,
dragging, a selection) and a selection's bulk actions (archive, move, delete; export is a download link).
A mixin of Handlers: the actions come as `#kimi:` links or assets/organise.js calls through the list's
click event (history.action); kimi_ui.folders and kimi_ui.conversations check what the caller owns."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import gradio as gr

from kimi_ui.folders import MAX_SELECTED, FolderProblem, Folders, selected
from kimi_ui.i18n import text
from kimi_ui.ui.words import inform, warn

ORGANISE_ACTIONS = ("folder-new", "folder-rename", "folder-delete", "folder-toggle", "move", "bulk")
OPENED = 14  # outputs of `opened`: state, chat, 5 of the title bar, mode, backend, prompt, tools, log, list, live


class OrganiseMixin:
    ctx: Any

    @property
    def folders(self) -> Folders:
        found = self.__dict__.get("_folders")
        if found is None:
            found = self.__dict__.setdefault("_folders", Folders(self.ctx.db))
        return found

    # -- temporary chats -------------------------------------------------------------------------
    def start_temporary(self, state: Any, request: gr.Request) -> list[Any]:
        """The list's "Temporary chat": an empty chat in the user's default mode and backend that is never
        listed, searched or exported, and is deleted when this page leaves it (or by the sweep, a day after
        its last use). `opened`'s outputs."""
        owner_id = self.creator(request)
        prefs = self.preferences_of(owner_id)
        chosen = self.ctx.backends.get(prefs.default_backend) or self.ctx.backends.choose(None)
        conversation = self.conversations.start_temporary(
            owner_id, mode=self.shown_mode(prefs.default_mode), backend=chosen.name if chosen else "",
            system_prompt=self.new_chat_prompt(prefs))
        return self.opened(owner_id, replace(state, conversation_id=conversation.id, view=()))

    def left_temporary(self, owner_id: str, tab: Any, opening: str | None) -> None:
        """The page opens another chat than its temporary one: that one goes (its answer is stopped first)."""
        if not tab.temporary or tab.temporary == opening:
            return
        gone, tab.temporary = tab.temporary, None
        self.ctx.jobs.stop(owner_id, conversation_id=gone)
        self.conversations.leave(owner_id, gone)

    def organise_action(self, owner_id: str, state: Any, kind: str, rest: str) -> list[Any]:
        """One organising action; a problem is a warning in the page's language, the list is shown again."""
        lang = state.tab.lang
        touched: list[str] = []
        try:
            note, touched = self._organise(owner_id, kind, rest, state.archived)
        except FolderProblem as problem:
            warn(text(problem.code, lang, **problem.params), lang)
            note = None
        if note:
            inform(text(note[0], lang, **note[1]), lang)
        if state.conversation_id in touched and self.conversations.get(owner_id, state.conversation_id) is None:
            return self.opened(owner_id, replace(state, conversation_id=None))  # the chat shown was deleted
        shown = [gr.update()] * 5
        if state.conversation_id in touched:  # archived: the title bar says so too
            shown = self._title_bar(self.conversations.get(owner_id, state.conversation_id), lang)
        return [state, gr.update(), *shown, *[gr.update()] * (OPENED - 9), self.sidebar_html(owner_id, state),
                gr.update()]

    def _organise(self, owner_id: str, kind: str, rest: str, archived: bool) -> tuple[Any, list[str]]:
        """(the note to show or None, the conversation ids the action touched)."""
        first, _, second = rest.partition(":")
        if kind == "folder-new":
            folder = self.folders.create(owner_id, rest)
            return ("folder.created", {"name": folder.name}), []
        if kind == "folder-rename":
            self.folders.rename(owner_id, first, second)
            return None, []
        if kind == "folder-toggle":
            folder = next((f for f in self.folders.list(owner_id) if f.id == first), None)
            if folder is not None:
                self.folders.collapse(owner_id, folder.id, not folder.collapsed)
            return None, []
        if kind == "folder-delete":
            count = self.folders.delete(owner_id, first)
            said = "folder.deleted" if count else "folder.deleted_empty"  # (no "its 0 chats")
            return ((said, {"count": count}) if count is not None else None), []
        if kind == "move":
            self.folders.move(owner_id, [first], second or None)
            return None, [first]
        return self._bulk(owner_id, first, second, archived)

    def _bulk(self, owner_id: str, action: str, rest: str, archived: bool) -> tuple[Any, list[str]]:
        """`bulk:<action>:<folder id>:<id,id,…>` (the folder only for move)."""
        folder, _, listed = rest.partition(":")
        ids = selected(listed.split(",")[:MAX_SELECTED + 1])
        if not ids:
            return None, []
        if action == "move":
            return ("folder.moved", {"count": self.folders.move(owner_id, ids, folder or None)}), ids
        if action in ("archive", "unarchive"):
            count = self.folders.set_archived(owner_id, ids, action == "archive")
            return (f"bulk.{action}d", {"count": count}), ids
        if action == "delete":
            return ("bulk.deleted", {"count": sum(self.delete_chat(owner_id, cid) for cid in ids)}), ids
        return None, []
