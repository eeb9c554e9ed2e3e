"""History in the UI: the Gradio glue around kimi_ui.conversations (the sidebar, search, opening a
conversation at a message, rename/pin/archive/delete, branch switching, paging older messages, import).
A mixin of Handlers: every method finds the caller; kimi_ui.conversations checks what the caller owns."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Any

import gradio as gr

from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.i18n import text
from kimi_ui.conversations import CHAT_WINDOW, FLAGS, Conversations
from kimi_ui.storage.importing import ImportProblem, ImportResult
from kimi_ui.ui import render, sidebar
from kimi_ui.ui.chat_view import ChatAction
from kimi_ui.ui.inputs import InputProblem, PageAction
from kimi_ui.links import requested_conversation
from kimi_ui.ui.live import live_value, shown_id
from kimi_ui.ui.organise import OPENED, ORGANISE_ACTIONS
from kimi_ui.ui.words import inform, lang_of, warn

# (kimi_ui/ui/live.py)
KEPT_ON_REATTACH = (7, 8, 9, 10)  # mode, backend, system prompt, tools
ITEM_ACTIONS = ("pin", "archive", "delete", "rename")  # a list item's menu


class HistoryMixin:
    ctx: Any

    @property
    def conversations(self) -> Conversations:
        """One per app (its import counter too): the context's when it has one, else made once here."""
        found = getattr(self.ctx, "conversations", None) or self.__dict__.get("_conversations")
        if found is None:
            found = self.__dict__.setdefault("_conversations", Conversations(self.ctx.db, self.ctx.settings))
        return found

    # -- reading ----------------------------------------------------------------------------------
    def sidebar_html(self, owner_id: str, state: Any) -> str:
        state.tab.lists += 1
        listing = self.conversations.listing(owner_id, pages=state.pages, archived=state.archived)
        state.tab.marks = answering, unread = self.marks(owner_id, state.conversation_id)
        page = sidebar.ListPage(state.conversation_id, state.tab.lang, answering, unread, self.ctx.export_url,
                                [group.folder for group in listing.folders])
        groups = [(group.folder, group.conversations, group.count) for group in listing.folders]
        return sidebar.conversation_list_html(listing.conversations, listing.more, state.archived, page, groups)

    def chat_view(self, owner_id: str, conversation_id: str | None, window: int = CHAT_WINDOW,
                  focus: str | None = None, upto: str | None = None, lang: str = "en") -> tuple[dict, list[str], bool]:
        """The chat (the last `window` messages of the branch shown, or from `focus` on; or of the path
        that ends at `upto`, "" for none), the message ids shown, and whether the last answer is
        unfinished (so Continue is offered)."""
        shown = self.conversations.window(owner_id, conversation_id, size=window, focus=focus, upto=upto)
        if shown is None:
            return render.chat_value([]), [], False
        writing = bool(shown.rows) and shown.rows[-1].status == "streaming" and self.ctx.turns.is_streaming(
            conversation_id)  # (being written: shown live until its follower takes over, not as interrupted)
        messages, ids = render.conversation_messages(shown.rows, shown.attachments, self.ctx.attachment_url,
                                                     shown.positions, shown.unfinished, lang, writing)
        return render.chat_value(messages, shown.start, shown.focus), ids, shown.unfinished

    def title_bar(self, owner_id: str, conversation_id: str | None, lang: str = "en") -> list[Any]:
        """Title box, pin and archive buttons, export links."""
        return self._title_bar(self.conversations.get(owner_id, conversation_id), lang)

    def _title_bar(self, conversation: Any, lang: str = "en") -> list[Any]:
        if conversation is None:
            return [gr.update(value="", interactive=False), gr.update(value=text("menu.pin", lang), interactive=False),
                    gr.update(value=text("menu.archive", lang), interactive=False), gr.update(interactive=False), ""]
        if conversation.temporary:  # never listed or exported: nothing to pin, archive or export
            return [gr.update(value=conversation.title or text("temporary.title", lang), interactive=False),
                    gr.update(value=text("menu.pin", lang), interactive=False),
                    gr.update(value=text("menu.archive", lang), interactive=False), gr.update(interactive=True),
                    f'<span class="kimi-temporary" role="note" title="{html.escape(text("temporary.note", lang))}">'
                    f'<span class="kimi-temporary-long">{html.escape(text("temporary.note", lang))}</span>'
                    f'<span class="kimi-temporary-short">{html.escape(text("temporary.short", lang))}</span></span>']
        links = render.export_links_html(self.ctx.export_url(conversation.id, "json"),
                                         self.ctx.export_url(conversation.id, "md"), lang,
                                         self.conversations.cost(conversation.owner_id, conversation.id))
        return [gr.update(value=conversation.title, interactive=True),
                gr.update(value=text("menu.unpin" if conversation.pinned else "menu.pin", lang), interactive=True),
                gr.update(value=text("menu.unarchive" if conversation.archived else "menu.archive", lang),
                          interactive=True),
                gr.update(interactive=True), links]

    def search_results(self, query: str, state: Any, request: gr.Request) -> Any:
        query = (query or "")[:200]
        hits = self.conversations.search(self.owner(request), query)
        lang = lang_of(state)
        return gr.update(value=sidebar.search_results_html(hits, query, lang), visible=bool(query.strip()))

    # -- opening ----------------------------------------------------------------------------------
    def opened(self, owner_id: str, state: Any, focus: str | None = None, window: int = CHAT_WINDOW) -> list[Any]:
        """Everything that changes when a conversation is shown: state, chat, title bar, mode, backend,
        system prompt, tools, tool log, sidebar, live. A follower of another opening stops."""
        state.tab.shown += 1
        cid = state.conversation_id
        self.left_temporary(owner_id, state.tab, cid)
        conversation = self.conversations.get(owner_id, cid)
        if conversation is None:
            state = replace(state, conversation_id=None, view=(), window=CHAT_WINDOW)
            # A new chat starts from the user's defaults (Settings), else the app's, visibly.
            prefs = self.preferences_of(owner_id)
            default = self.ctx.backends.get(prefs.default_backend) or self.ctx.backends.choose(None)
            empty = render.stamped(render.chat_value([]), state.tab.shown, None)
            return [state, empty, *self._title_bar(None, state.tab.lang), self.shown_mode(prefs.default_mode),
                    default.name if default else gr.update(),
                    self.new_chat_prompt(prefs), self.tool_picker(None, state.tab.lang),
                    render.tool_log_html([], None, state.tab.lang), self.sidebar_html(owner_id, state),
                    live_value(False)]
        self.unread.seen(owner_id, cid)
        state.tab.temporary = cid if conversation.temporary else None
        chat, ids, _ = self.chat_view(owner_id, cid, window, focus, lang=state.tab.lang)
        state = replace(state, view=tuple(ids), window=window)
        backend = conversation.backend if self.ctx.backends.get(conversation.backend) else gr.update()
        if conversation.backend and not isinstance(backend, str):
            inform(text("chat.backend_gone", state.tab.lang, backend=conversation.backend), state.tab.lang)
        answering = cid in self.ctx.jobs.answering(owner_id)  # its follower shows it (kimi_ui/ui/live.py)
        chat = render.stamped(chat, state.tab.shown, conversation.id)
        return [state, chat, *self._title_bar(conversation, state.tab.lang), self.shown_mode(conversation.mode), backend,
                conversation.system_prompt, self.tool_picker(conversation.tools, state.tab.lang),
                self.tool_log_for(owner_id, cid, state.tab.lang),
                self.sidebar_html(owner_id, state), live_value(answering)]

    def action(self, state: Any, request: gr.Request, event: PageAction) -> list[Any]:
        """A click on a `#kimi:` link in the sidebar (an item or its menu, a search hit, "show more")."""
        owner_id = self.owner(request)
        state = state or self.new_state()
        kind, _, rest = event.action.partition(":")
        if kind == "open":
            return self.opened(owner_id, replace(state, conversation_id=rest or None))
        if kind == "hit":
            conversation_id, _, message_id = rest.partition(":")
            return self.opened(owner_id, replace(state, conversation_id=conversation_id),
                               focus=self.conversations.show_message(owner_id, conversation_id, message_id))
        if kind == "reattach":
            return self.reattach(owner_id, state, requested_conversation(rest, self.ctx.settings.root_path))
        if kind == "more":
            state = replace(state, pages=state.pages + 1)
            return [state, *[gr.update()] * (OPENED - 3), self.sidebar_html(owner_id, state), gr.update()]
        if kind in ITEM_ACTIONS:
            return self.item_action(owner_id, state, kind, rest, request)
        if kind == "temporary":
            return self.start_temporary(state, request)
        if kind in ORGANISE_ACTIONS:
            return self.organise_action(owner_id, state, kind, rest)
        return [state, *[gr.update()] * (OPENED - 1)]

    def item_action(self, owner_id: str, state: Any, kind: str, rest: str, request: gr.Request) -> list[Any]:
        """A choice in a list item's menu: pin, archive, delete or rename (`<id>:<title>`) a conversation of the
        caller's, shown or not (kimi_ui.conversations checks the owner: another's id changes nothing)."""
        conversation_id, _, title = rest.partition(":")
        if kind == "delete":
            if conversation_id == state.conversation_id:
                return self.delete(state, request)
            if self.delete_chat(owner_id, conversation_id):
                inform(text("chat.deleted", state.tab.lang), state.tab.lang)
        elif kind == "rename":
            if conversation_id == state.conversation_id:
                state.tab.renames += 1  # a turn's refresh under way must not put the old title back
            self.conversations.rename(owner_id, conversation_id, title)
        else:
            self.conversations.toggle(owner_id, conversation_id, {"pin": "pinned", "archive": "archived"}[kind])
        shown = [gr.update()] * 5
        if conversation_id == state.conversation_id:  # the title bar says so too
            shown = self._title_bar(self.conversations.get(owner_id, conversation_id), state.tab.lang)
        return [state, gr.update(), *shown, *[gr.update()] * (OPENED - 9), self.sidebar_html(owner_id, state),
                gr.update()]

    def switch_version(self, state: Any, request: gr.Request, event: ChatAction) -> list[Any]:
        """"‹ 2/3 ›" under a message: another version of it (and what follows that version)."""
        owner_id = self.owner(request)
        state = state or self.new_state()
        if shown_id(state, event):  # shown here; switch_branch checks the owner
            self.conversations.switch_branch(owner_id, state.conversation_id, event.message_id, event.step)
        return self.opened(owner_id, state, window=state.window)

    def show_earlier(self, state: Any, request: gr.Request) -> list[Any]:
        """The chat's "Show earlier messages"."""
        state = state or self.new_state()
        return self.opened(self.owner(request), state, window=state.window + CHAT_WINDOW)

    def reattach(self, owner_id: str, state: Any, wanted: str | None) -> list[Any]:
        """The page script after a dropped connection: the conversation of the address again (its answer is
        then followed), keeping the mode, backend, prompt and tools chosen in the page unless the server
        forgot the page (a restart) and it opens afresh."""
        if wanted != state.conversation_id:
            return self.opened(owner_id, replace(state, conversation_id=wanted, view=()))
        shown = self.opened(owner_id, state, window=state.window)
        for kept in KEPT_ON_REATTACH:
            shown[kept] = gr.skip()
        return shown

    # -- managing ---------------------------------------------------------------------------------
    def rename(self, title: str, state: Any, request: gr.Request) -> list[Any]:
        owner_id = self.owner(request)
        self.conversations.rename(owner_id, state.conversation_id if state else None, title)
        return [self.sidebar_html(owner_id, state or self.new_state())]

    def toggle_pin(self, state: Any, request: gr.Request) -> list[Any]:
        return self.toggle("pinned", state, request)

    def toggle_archive(self, state: Any, request: gr.Request) -> list[Any]:
        return self.toggle("archived", state, request)

    def toggle(self, field: str, state: Any, request: gr.Request) -> list[Any]:
        """Pin/unpin or archive/unarchive the conversation shown."""
        owner_id = self.owner(request)
        state = state or self.new_state()
        changed = self.conversations.toggle(owner_id, state.conversation_id, field) if field in FLAGS else None
        conversation = changed or self.conversations.get(owner_id, state.conversation_id)
        return [*self._title_bar(conversation, state.tab.lang), self.sidebar_html(owner_id, state)]

    def delete(self, state: Any, request: gr.Request) -> list[Any]:
        owner_id = self.owner(request)
        state = state or self.new_state()
        if self.delete_chat(owner_id, state.conversation_id):
            inform(text("chat.deleted", state.tab.lang), state.tab.lang)
        return self.opened(owner_id, replace(state, conversation_id=None))

    def delete_chat(self, owner_id: str, conversation_id: str | None) -> bool:
        """Delete a conversation of the caller's; an answer this process writes in it is stopped first (a swarm's
        agents would go on holding the user's places for minutes)."""
        if conversation_id and self.conversations.get(owner_id, conversation_id) is not None:
            self.ctx.jobs.stop(owner_id, conversation_id=conversation_id)
        return self.conversations.delete(owner_id, conversation_id)

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
            warn(text("import.not_a_file", state.tab.lang), state.tab.lang)
            return [state, self.sidebar_html(owner_id, state)]
        path = Path(name)
        try:
            imported = self._import_path(owner_id, path, request)
        except ImportProblem as problem:
            # Gradio renders a toast's message as HTML: the file's name and quotes from it are text
            lang = state.tab.lang
            warn(text("import.refused", lang, problem=problem.words(lang)), lang)
            return [state, self.sidebar_html(owner_id, state)]
        finally:
            path.unlink(missing_ok=True)
        lang = state.tab.lang
        note = (" " + text("import.dropped", lang, count=imported.dropped_attachments)
                if imported.dropped_attachments else "")
        inform(text("import.done", lang, count=len(imported)) + note, lang)
        return [state, self.sidebar_html(owner_id, state)]

    def _import_path(self, owner_id: str, path: Path, request: gr.Request) -> ImportResult:
        """A demo visitor (a new identity is one cookie away) is limited per address too."""
        demo = (getattr(request, "username", None) or "").startswith(RESERVED_PREFIX)
        client = getattr(request, "client", None)
        return self.conversations.import_file(owner_id, path, demo=demo, address=client.host if client else None)
