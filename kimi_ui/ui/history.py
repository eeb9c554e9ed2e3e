"""History in the UI: the sidebar (paged, grouped, pinned, archived), search, opening a conversation
(at a message), rename/pin/archive/delete, branch switching, paging older messages, import. A mixin of
Handlers: every method finds the caller and lets the owner-scoped store decide what exists."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

import gradio as gr

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.limits import WindowLimit
from kimi_ui.storage import store
from kimi_ui.storage.files import remove_blobs
from kimi_ui.storage.importing import ImportProblem, ImportResult, import_plans, plan_file
from kimi_ui.storage.quota import MB
from kimi_ui.storage.search import search
from kimi_ui.ui import render, sidebar
from kimi_ui.ui.inputs import InputProblem

LIST_PAGE = 50  # conversations per sidebar page
CHAT_WINDOW = 60  # messages of the branch shown at once; older ones on demand
UNFINISHED = ("length", "interrupted", "cancelled", "round_limit", "streaming")
OPENED = 14  # outputs of `opened`: state, chat, 5 of the title bar, mode, backend, prompt, continue, tools, log, list


class HistoryMixin:
    ctx: Any

    # -- reading ----------------------------------------------------------------------------------
    def sidebar_html(self, owner_id: str, state: Any) -> str:
        shown = LIST_PAGE * max(1, state.pages)
        with self.ctx.db.session(read_only=True) as session:
            conversations = store.list_conversations(session, owner_id=owner_id, limit=shown,
                                                     archived=state.archived)
            total = len(conversations) if len(conversations) < shown else store.count_conversations(
                session, owner_id=owner_id, archived=state.archived)
        return sidebar.conversation_list_html(conversations, state.conversation_id, total - len(conversations),
                                              state.archived)

    def chat_view(self, owner_id: str, conversation_id: str | None, window: int = CHAT_WINDOW,
                  focus: str | None = None, upto: str | None = None) -> tuple[list[dict], list[str | None], bool]:
        """The chat (the last `window` messages of the branch shown, or from `focus` on; or of the path
        that ends at `upto`, "" for none), each item's message id, and whether the last answer is
        unfinished (so Continue is offered)."""
        if not conversation_id:
            return [], [], False
        with self.ctx.db.session(read_only=True) as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            if conversation is None:
                return [], [], False
            tree = store.message_tree(session, owner_id=owner_id, conversation_id=conversation_id)
            path = tree.path(conversation.leaf_id) if upto is None else (tree.path(upto) if upto else [])
            start = max(0, len(path) - window)
            if focus in path:
                start = min(start, path.index(focus))
            rows = store.messages_by_ids(session, owner_id=owner_id, ids=path[start:])
            attachments = store.attachments_for(session, owner_id=owner_id, message_ids=[r.id for r in rows])
        positions = {r.id: tree.position(r.id) for r in rows}
        chat, ids = render.conversation_messages(rows, attachments, self.ctx.attachment_url, positions, focus)
        if start:
            chat, ids = [render.earlier_link(start), *chat], [None, *ids]
        unfinished = bool(rows) and rows[-1].role == "assistant" and rows[-1].status in UNFINISHED
        return chat, ids, unfinished

    def title_bar(self, owner_id: str, conversation_id: str | None) -> list[Any]:
        """Title box, pin and archive buttons, export links."""
        with self.ctx.db.session(read_only=True) as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id or "")
        if conversation is None:
            return [gr.update(value="", interactive=False), gr.update(value="Pin", interactive=False),
                    gr.update(value="Archive", interactive=False), gr.update(interactive=False), ""]
        links = render.export_links_html(self.ctx.export_url(conversation.id, "json"),
                                         self.ctx.export_url(conversation.id, "md"))
        return [gr.update(value=conversation.title, interactive=True),
                gr.update(value="Unpin" if conversation.pinned else "Pin", interactive=True),
                gr.update(value="Unarchive" if conversation.archived else "Archive", interactive=True),
                gr.update(interactive=True), links]

    def search_results(self, query: str, request: gr.Request) -> Any:
        owner_id = self.owner(request)
        query = (query or "")[:200]
        with self.ctx.db.session(read_only=True) as session:
            hits = search(session, owner_id=owner_id, query=query) if query.strip() else []
        return gr.update(value=sidebar.search_results_html(hits, query), visible=bool(query.strip()))

    # -- opening ----------------------------------------------------------------------------------
    def opened(self, owner_id: str, state: Any, focus: str | None = None, window: int = CHAT_WINDOW) -> list[Any]:
        """Everything that changes when a conversation is shown: state, chat, title bar, mode, backend,
        system prompt, Continue, tools, tool log, sidebar."""
        cid = state.conversation_id
        with self.ctx.db.session(read_only=True) as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=cid or "")
        if conversation is None:
            state = replace(state, conversation_id=None, view=(), window=CHAT_WINDOW)
            return [state, [], *self.title_bar(owner_id, None), gr.update(), gr.update(),
                    self.ctx.settings.system_prompt, gr.update(visible=False), self.tool_picker(None),
                    render.tool_log_html([], None), self.sidebar_html(owner_id, state)]
        chat, ids, unfinished = self.chat_view(owner_id, cid, window, focus)
        state = replace(state, view=tuple(ids), window=window)
        backend = conversation.backend if self.ctx.backends.get(conversation.backend) else gr.update()
        return [state, chat, *self.title_bar(owner_id, cid), conversation.mode, backend,
                conversation.system_prompt, gr.update(visible=unfinished), self.tool_picker(conversation.tools),
                self.tool_log_for(owner_id, cid), self.sidebar_html(owner_id, state)]

    def action(self, state: Any, request: gr.Request, event: gr.EventData) -> list[Any]:
        """A click on a `#kimi:` link (sidebar item, search hit, "‹ 2/3 ›", "show earlier/more")."""
        owner_id = self.owner(request)
        state = state or self.new_state()
        data = getattr(event, "_data", None)
        kind, _, rest = str((data.get("action") if isinstance(data, dict) else "") or "")[:200].partition(":")
        if kind == "open":
            return self.opened(owner_id, replace(state, conversation_id=rest or None))
        if kind == "hit":
            conversation_id, _, message_id = rest.partition(":")
            return self.opened(owner_id, replace(state, conversation_id=conversation_id),
                               focus=self._show_message(owner_id, conversation_id, message_id))
        if kind == "branch":
            message_id, _, step = rest.rpartition(":")
            self._switch_branch(owner_id, state.conversation_id, message_id, -1 if step == "-1" else 1)
            return self.opened(owner_id, state, window=state.window)
        if kind == "earlier":
            return self.opened(owner_id, state, window=state.window + CHAT_WINDOW)
        if kind == "more":
            state = replace(state, pages=state.pages + 1)
            return [state, *[gr.update()] * (OPENED - 2), self.sidebar_html(owner_id, state)]
        return [state, *[gr.update()] * (OPENED - 1)]

    def _show_message(self, owner_id: str, conversation_id: str, message_id: str) -> str | None:
        """Make the branch shown one that contains the message (a search hit may be on another)."""
        with self.ctx.db.session() as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            if conversation is None or not message_id:
                return None
            tree = store.message_tree(session, owner_id=owner_id, conversation_id=conversation_id)
            if message_id not in tree.nodes:
                return None
            if message_id not in tree.path(conversation.leaf_id):
                store.update_conversation(session, owner_id=owner_id, conversation_id=conversation_id,
                                          leaf_id=tree.latest_leaf(message_id), touch=False)
        return message_id

    def _switch_branch(self, owner_id: str, conversation_id: str | None, message_id: str, step: int) -> None:
        with self.ctx.db.session() as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id or "")
            if conversation is None:
                return
            tree = store.message_tree(session, owner_id=owner_id, conversation_id=conversation.id)
            if message_id not in tree.nodes:
                return
            leaf = tree.switch(message_id, step)
            if leaf is not None:
                store.update_conversation(session, owner_id=owner_id, conversation_id=conversation.id,
                                          leaf_id=leaf, touch=False)

    # -- managing ---------------------------------------------------------------------------------
    def rename(self, title: str, state: Any, request: gr.Request) -> list[Any]:
        owner_id = self.owner(request)
        title = " ".join((title or "").split())[:200]
        if state and state.conversation_id and title:
            with self.ctx.db.session() as session:
                store.update_conversation(session, owner_id=owner_id, conversation_id=state.conversation_id,
                                          title=title, title_by="user", touch=False)
        return [self.sidebar_html(owner_id, state or self.new_state())]

    def toggle_pin(self, state: Any, request: gr.Request) -> list[Any]:
        return self.toggle("pinned", state, request)

    def toggle_archive(self, state: Any, request: gr.Request) -> list[Any]:
        return self.toggle("archived", state, request)

    def toggle(self, field: str, state: Any, request: gr.Request) -> list[Any]:
        """Pin/unpin or archive/unarchive the conversation shown."""
        owner_id = self.owner(request)
        state = state or self.new_state()
        if field in ("pinned", "archived") and state.conversation_id:
            with self.ctx.db.session() as session:
                conversation = store.get_conversation(session, owner_id=owner_id,
                                                      conversation_id=state.conversation_id)
                if conversation is not None:
                    store.update_conversation(session, owner_id=owner_id, conversation_id=conversation.id,
                                              touch=False, **{field: not getattr(conversation, field)})
        return [*self.title_bar(owner_id, state.conversation_id), self.sidebar_html(owner_id, state)]

    def delete(self, state: Any, request: gr.Request) -> list[Any]:
        owner_id = self.owner(request)
        state = state or self.new_state()
        if state.conversation_id:
            with self.ctx.db.session() as session:
                orphans = store.delete_conversation(session, owner_id=owner_id, conversation_id=state.conversation_id)
            remove_blobs(self.ctx.settings.attachments_dir, orphans or [])
            if orphans is not None:
                gr.Info("Conversation deleted.")
        return self.opened(owner_id, replace(state, conversation_id=None))

    def show_archived(self, archived: bool, state: Any, request: gr.Request) -> list[Any]:
        state = replace(state or self.new_state(), archived=bool(archived), pages=1)
        return [state, self.sidebar_html(self.owner(request), state)]

    def import_file(self, upload: Any, state: Any, request: gr.Request) -> list[Any]:
        """Our JSON export (one conversation or all) or ChatGPT's conversations.json."""
        owner_id = self.creator(request)  # an import may be a visitor's first act
        state = state or self.new_state()
        try:
            ((name, _),) = self.files_of([str(getattr(upload, "name", None) or upload or "")], request)
        except (InputProblem, ValueError):  # not one file of Gradio's upload folder: touch nothing
            gr.Warning("Nothing was imported: Upload the exported .json file.")
            return [state, self.sidebar_html(owner_id, state)]
        path = Path(name)
        try:
            imported = self._import_path(owner_id, path, request)
        except ImportProblem as problem:
            # Gradio renders a toast's message as HTML: the file's name and quotes from it are text
            gr.Warning(f"Nothing was imported: {html.escape(str(problem))}")
            return [state, self.sidebar_html(owner_id, state)]
        finally:
            path.unlink(missing_ok=True)
        note = f" ({imported.dropped_attachments} attachments were not in the file)" if imported.dropped_attachments else ""
        gr.Info(f"Imported {len(imported)} conversation{'s' if len(imported) != 1 else ''}{note}.")
        return [state, self.sidebar_html(owner_id, state)]

    def _import_path(self, owner_id: str, path: Path, request: gr.Request) -> ImportResult:
        """The limits, cheapest first: imports an hour, the file's size (before reading it), its objects
        and lists (while parsing it), then the storage quota (before writing)."""
        settings = self.ctx.settings
        username = getattr(request, "username", None) or ""
        demo = username.startswith(RESERVED_PREFIX)
        client = getattr(request, "client", None)
        keys = [f"import:{owner_id}"] + ([f"import-ip:{client.host}"] if demo and client else [])
        wait = self._import_limit().wait(keys)
        if wait > 0:
            raise ImportProblem(f"at most {settings.imports_per_hour} imports an hour; try again in "
                                f"{int(wait // 60) + 1} min.")
        if not path.is_file():
            raise ImportProblem("Upload the exported .json file.")
        plans = plan_file(path, name=path.name, max_bytes=settings.max_import_mb * MB,
                          max_items=settings.max_import_items)
        quota_mb = settings.demo_max_stored_mb if demo else settings.max_stored_mb_per_user
        with self.ctx.db.session() as session:
            return import_plans(session, owner_id=owner_id, plans=plans, attachments_root=settings.attachments_dir,
                                max_stored_bytes=quota_mb * MB if quota_mb else None)

    def _import_limit(self) -> WindowLimit:
        """Imports an hour per user (and per address in a public demo): one counter per app."""
        limit = self.__dict__.get("_imports")
        if limit is None:
            limit = self.__dict__.setdefault("_imports", WindowLimit(self.ctx.settings.imports_per_hour, 3600))
        return limit
