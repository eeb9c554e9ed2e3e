"""The Blocks: sidebar with conversations, the chat, the composer and its controls, the /chat API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator

import gradio as gr
from fastapi import FastAPI
from gradio import FileData

from kimi_ui import ASSETS_DIR as ASSETS
from kimi_ui.context import AppContext
from kimi_ui.ui.handlers import Handlers, SessionState
from kimi_ui.ui.pickers import MEDIA_TYPES
from kimi_ui.ui.chat_view import ChatView, view_words
from kimi_ui.ui.composer import CHIPS_BRIDGE
from kimi_ui.ui import chrome
from kimi_ui.ui.chrome import HEAD, PAGE_JS, instance_meta
from kimi_ui.ui.words import Wording, en, lang_of
from kimi_ui.ui.live import live_value
from kimi_ui.ui import account_panel, admin_view, my_data, queue_view, settings_panel, share_view, side_stream
from kimi_ui.ui.urls import AFTER_OUTPUTS, URLS_JS, Addresses, serve_conversation_pages

# System fonts only: a self-hosted app must not fetch fonts from the internet.
SYSTEM_FONTS = ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "DejaVu Sans Mono", "monospace"]


# The sidebar list carries the page's one bridge from links to events: a click on any `#kimi:` link
# (sidebar items, search hits, "show more") becomes its click event with the link's action; the server
# checks every action against the caller (kimi_ui/ui/history.py).
# One action at a time, in the order given: the next is sent when `here` brings back the number of the one
# before (assets/urls.js calls kimiActionDone), so it reads the state that one left, and none is dropped (the
# click event runs every trigger: trigger_mode "multiple"). Openings waiting in a row keep only the last
# (clicking down the list shows where the user stopped). An action that failed sends no answer: 6 s on.
LINK_BRIDGE = """
const kimiQueue = window.kimiActions || (window.kimiActions = {waiting: [], busy: 0, n: 0, timer: 0});
kimiQueue.trigger = trigger;
const kimiOpening = /^(open|hit|reattach):/;
kimiQueue.next = () => {
  clearTimeout(kimiQueue.timer);
  kimiQueue.busy = 0;
  if (!kimiQueue.waiting.length) return;
  kimiQueue.busy = ++kimiQueue.n;
  kimiQueue.timer = setTimeout(kimiQueue.next, 6000);
  kimiQueue.trigger('click', {action: kimiQueue.waiting.shift(), n: kimiQueue.busy});
};
window.kimiActionDone = (n) => { if (n === kimiQueue.busy) kimiQueue.next(); };
window.kimiAction = (action) => {
  const waiting = kimiQueue.waiting;
  const last = waiting.length - 1;
  if (last >= 0 && kimiOpening.test(action) && kimiOpening.test(waiting[last])) waiting[last] = action;
  else waiting.push(action);
  if (!kimiQueue.busy) kimiQueue.next();
};
if (!window.kimiLinksWired) {
  window.kimiLinksWired = true;
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a[href^="#kimi:"]') : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    window.kimiAction(link.getAttribute('href').slice(6));
  }, true);
}
"""

# Folders, dragging, and a selection's bulk actions in the list.
ORGANISE_JS = (ASSETS / "organise.js").read_text(encoding="utf-8")

# Send becomes Stop while the conversation shown answers, Esc stops, and a dropped connection re-attaches.
LIVE_JS = (ASSETS / "live.js").read_text(encoding="utf-8")

# The composer's files as `attached`'s value: the same list gives the same value, and no change event.
ATTACHED_JS = "(m) => JSON.stringify(((m && m.files) || []).map((f) => (f && (f.path || f.url)) || ''))"


def _theme() -> gr.themes.Base:
    """Gradio's Soft theme, with the colours that fell short of 4.5:1 contrast (axe) set darker or lighter."""
    return gr.themes.Soft(primary_hue="indigo", font=SYSTEM_FONTS, font_mono=MONO_FONTS).set(
        block_title_text_color="*primary_700",  # the pickers' labels: 3.6:1 with *primary_500
        checkbox_label_background_fill_selected="*primary_600",  # white on the chosen mode: 4.46:1 with 500
        link_text_color_dark="#a5b4fc",  # links on the dark sidebar: 3.97:1 with the default
    )


THEME = _theme()


@dataclass(frozen=True)
class View:
    """The components the events are wired to."""

    state: gr.State
    new_btn: gr.Button
    conversations: gr.HTML
    search: gr.Textbox
    hits: gr.HTML
    archived: gr.Checkbox
    import_btn: gr.UploadButton
    title: gr.Textbox
    pin_btn: gr.Button
    archive_btn: gr.Button
    delete_btn: gr.Button
    export: gr.HTML
    confirm: gr.Row
    confirm_btn: gr.Button
    cancel_btn: gr.Button
    badge: gr.HTML
    chat: ChatView
    composer: gr.MultimodalTextbox
    sent: gr.MultimodalTextbox
    mode: gr.Radio
    backend: gr.Dropdown
    system_prompt: gr.Textbox
    max_tokens: gr.Textbox
    temperature: gr.Textbox
    top_p: gr.Textbox
    min_p: gr.Textbox
    quick: gr.Row
    estimate: gr.HTML
    attached: gr.HTML
    tools: gr.CheckboxGroup
    tool_log: gr.HTML
    mcp_status: gr.HTML
    whoami: gr.HTML
    here: gr.HTML
    live: gr.HTML
    progress: gr.HTML
    queue: queue_view.QueueParts | None = None  # messages waiting for the answer to end


def build_blocks(ctx: AppContext, h: Handlers | None = None) -> gr.Blocks:
    h = h or Handlers(ctx)
    limit = ctx.settings.concurrency_limit
    w = Wording()  # each worded component, in the page's language at load (kimi_ui/ui/words.py)
    with gr.Blocks(title="kimi-ui", fill_height=True, fill_width=True, delete_cache=(300, 600),
                   analytics_enabled=False) as blocks:
        state = gr.State(SessionState())
        with gr.Row(elem_id="kimi-shell", equal_height=False):
            # The conversations: a column beside the chat on a wide screen, a drawer on a phone (assets/page.js).
            with gr.Column(elem_id="kimi-sidebar", scale=0, min_width=260):
                w(gr.HTML(chrome.brand(), container=False, padding=False), value=chrome.brand)
                whoami = gr.HTML("", elem_id="whoami", container=False, padding=False)
                new_btn = w(gr.Button(en("chrome.new_chat"), variant="secondary", size="sm", elem_id="new-chat"),
                            value="chrome.new_chat")
                search = w(gr.Textbox(placeholder=en("chrome.search"), show_label=False, container=False,
                                      max_lines=1, elem_id="conv-search", label=en("chrome.search_label")),
                           placeholder="chrome.search", label="chrome.search_label")
                hits = gr.HTML("", elem_id="search-results", visible=False)
                conversations = gr.HTML("", elem_id="conv-list", js_on_load=LINK_BRIDGE + ORGANISE_JS,
                                        container=False)
                with gr.Row(elem_id="history-tools"):
                    archived = w(gr.Checkbox(label=en("chrome.archived"), value=False, container=False, scale=1,
                                             min_width=60, elem_id="show-archived"), label="chrome.archived")
                    import_btn = w(gr.UploadButton(en("chrome.import"), file_types=[".json"], size="sm", scale=1,
                                                   min_width=60, variant="secondary", elem_id="import-btn"),
                                   label="chrome.import")
                w(gr.HTML(chrome.sidebar_links(), container=False, padding=False), value=chrome.sidebar_links)
            with gr.Column(elem_id="kimi-main", scale=1):
                with gr.Row(elem_id="title-bar", equal_height=True):
                    w(gr.HTML(chrome.menu_button(), container=False, padding=False, elem_id="menu", js_on_load=PAGE_JS,
                              scale=0, min_width=40), value=chrome.menu_button)
                    title = w(gr.Textbox(show_label=False, container=False, max_lines=1, scale=4, interactive=False,
                                         placeholder=en("list.untitled"), elem_id="conv-title",
                                         label=en("chrome.title_label")),
                              placeholder="list.untitled", label="chrome.title_label")
                    pin_btn = gr.Button(en("menu.pin"), size="sm", scale=0, min_width=60, interactive=False,
                                        elem_id="pin-btn")
                    archive_btn = gr.Button(en("menu.archive"), size="sm", scale=0, min_width=80, interactive=False,
                                            elem_id="archive-btn")
                    delete_btn = w(gr.Button(en("chrome.delete"), size="sm", scale=0, min_width=64, variant="stop",
                                             interactive=False, elem_id="delete-btn"), value="chrome.delete")
                    export = gr.HTML("", elem_id="export-links", container=False, padding=False)
                    admin_btn = admin_view.build_button(w)  # admins only: load shows it (kimi_ui/ui/admin_view.py)
                    settings_btn = w(gr.Button(en("chrome.settings"), size="sm", scale=0, min_width=80,
                                               elem_id="settings-btn"), value="chrome.settings")
                with gr.Row(visible=False, elem_id="delete-confirm") as confirm:
                    w(gr.HTML(chrome.delete_question()), value=chrome.delete_question)
                    confirm_btn = w(gr.Button(en("chrome.delete_yes"), variant="stop", size="sm", scale=0,
                                              min_width=130, elem_id="delete-confirm-btn"), value="chrome.delete_yes")
                    cancel_btn = w(gr.Button(en("chrome.keep"), size="sm", scale=0, min_width=90), value="chrome.keep")
                # The conversation shown, for the address bar and the tab title (kimi_ui/ui/urls.py); the
                # template never shows the value.
                here = gr.HTML("", html_template="<span hidden></span>", js_on_load=URLS_JS, visible="hidden",
                               elem_id="kimi-here", container=False, padding=False)
                # Whether the conversation shown is answering (kimi_ui/ui/live.py), for the page script.
                live = gr.HTML(live_value(False), html_template="<span hidden></span>", js_on_load=LIVE_JS,
                               visible="hidden", elem_id="kimi-live", container=False, padding=False)
                # Where every event's loading status goes (show_progress_on), never shown: Gradio's page
                # copies each component that ever had a status (its whole value) on every status message of
                # every event, so with the defaults each streamed chunk copied the chat, the list and every
                # worded component (a 60-120 ms task at Enter in the page's trace).
                progress = gr.HTML("", visible=False, elem_id="kimi-progress")
                chat = w(ChatView(elem_id="chat", scale=1, placeholder=en("chrome.chat_placeholder")),
                         placeholder="chrome.chat_placeholder", words=view_words)
                queued = queue_view.build_parts()  # under the chat: messages waiting for the answer to end
                # Offered while an image is attached; a click puts the words at the cursor (assets/page.js).
                with gr.Row(elem_id="quick-prompts", visible=False) as quick_row:
                    w(gr.HTML(chrome.quick_prompts_html(), container=False, padding=False),
                      value=chrome.quick_prompts_html)
                composer = gr.MultimodalTextbox(
                    placeholder=en("chrome.composer_hint"),
                    show_label=False,
                    label=en("chrome.message"),
                    file_types=MEDIA_TYPES,
                    file_count="multiple",
                    sources=["upload"],
                    elem_id="composer",
                    stop_btn=True,  # shown instead of send while the conversation answers (assets/live.js)
                    autofocus=True, interactive=False,  # enabled by load: a send before it would be clobbered
                )
                w(composer, label="chrome.message")  # (its placeholder follows "Enter sends": assets/settings.js)
                # What was sent: the composer is cleared in the page the moment a message is sent, and the send
                # event reads the message from here (an event's input is not cleared while the event runs).
                sent = gr.MultimodalTextbox(visible=False, file_types=MEDIA_TYPES, file_count="multiple",
                                            sources=["upload"])
                # The composer's files (their paths), set in the page as the composer changes: the chips follow
                # this, so typing, and Enter clearing a message without files, cost no round trip.
                attached = gr.HTML("[]", html_template="<span hidden></span>", visible="hidden",
                                   elem_id="kimi-attached", container=False, padding=False)
                # One chip per attachment and the total (kimi_ui/ui/composer.py); a chip's × removes its file.
                estimate = gr.HTML("", elem_id="upload-estimate", padding=False, container=False, visible=False,
                                   js_on_load=CHIPS_BRIDGE)
                with gr.Row(elem_id="composer-controls", equal_height=True):
                    modes = [(f"mode.{m}", m) for m in ctx.turns.page_modes()]
                    mode = w(gr.Radio([(en(key), m) for key, m in modes],
                                      value="thinking", label=en("chrome.mode"), show_label=False, container=False,
                                      scale=0, min_width=112 * len(modes), elem_id="mode-picker"),
                             label="chrome.mode", choices=modes)
                    backend = gr.Dropdown(choices=[], label=en("chrome.backend"), show_label=False, container=False,
                                          scale=1, min_width=160, elem_id="backend-picker")
                    badge = gr.HTML("", container=False, padding=False, elem_id="backend-badge")
        # What a conversation may use and how it is sampled: out of the way until wanted. A panel over the
        # page (the page keeps its width); Settings, its close button and Esc open and close it (assets/page.js).
        with gr.Column(elem_id="kimi-settings"):
            w(gr.HTML(chrome.settings_head(), container=False, padding=False), value=chrome.settings_head)
            personal = settings_panel.build(w)  # the user's own settings (kimi_ui/ui/settings_panel.py)
            account = account_panel.build(w)  # password, sessions, API keys: accounts only (account_panel.py)
            with w(gr.Accordion(en("settings.tools"), open=True), label="settings.tools"):
                tools = w(gr.CheckboxGroup(label=en("settings.tools_label"), elem_id="tools-picker"),
                          label="settings.tools_label")
                mcp_status = gr.HTML("", elem_id="mcp-status")
            with w(gr.Accordion(en("settings.tool_log"), open=False, elem_id="tool-log-panel"), label="settings.tool_log"):
                tool_log = gr.HTML("", elem_id="tool-log")
            with w(gr.Accordion(en("settings.advanced"), open=False), label="settings.advanced"):
                system_prompt = w(gr.Textbox(label=en("settings.system_prompt"), lines=2), label="settings.system_prompt")
                # Text fields, not gr.Number: "empty" must mean "the recommended default", never 0.
                max_tokens = w(gr.Textbox(label=en("settings.max_tokens"), placeholder=en("settings.max_tokens_hint"),
                                          max_lines=1), label="settings.max_tokens", placeholder="settings.max_tokens_hint")
                temperature = w(gr.Textbox(label=en("settings.temperature"), placeholder=en("settings.temperature_hint"),
                                           max_lines=1), label="settings.temperature",
                                placeholder="settings.temperature_hint")
                top_p = gr.Textbox(label="top_p", placeholder="0.95", max_lines=1)
                min_p = w(gr.Textbox(label="min_p", placeholder=en("settings.min_p_hint"), max_lines=1),
                          placeholder="settings.min_p_hint")
            sharing = share_view.build(w, ctx.settings.public_share_links)  # kimi_ui/ui/share_view.py
            own_data = my_data.build(w)  # "Delete my data" (kimi_ui/ui/my_data.py)
        admin_parts = admin_view.build(admin_btn, w)  # the admin view: a panel over the page, admins only
        view = View(
            state,
            new_btn,
            conversations,
            search,
            hits,
            archived,
            import_btn,
            title,
            pin_btn,
            archive_btn,
            delete_btn,
            export,
            confirm,
            confirm_btn,
            cancel_btn,
            badge,
            chat,
            composer,
            sent,
            mode,
            backend,
            system_prompt,
            max_tokens,
            temperature,
            top_p,
            min_p,
            quick_row,
            estimate,
            attached,
            tools,
            tool_log,
            mcp_status,
            whoami,
            here,
            live,
            progress,
            queue=queued,
        )
        _wire(h, blocks, view, limit)
        settings_panel.wire(h, personal, progress)
        share_view.wire(h, sharing, state, progress, panel_opened=personal.applied)
        my_data.wire(h, blocks, own_data, state, progress, ctx.settings.root_path)
        account_panel.wire(h, account, blocks, settings_btn, progress)
        admin_view.wire(h, admin_parts, blocks, progress)

        def personalised(request: gr.Request) -> list[Any]:
            """The user's settings, and every worded component in the page's language."""
            fields, lang = h.settings_values(request)
            return [*fields, *w.updates(lang)]

        # A plain request beside the queued load (no queue join and stream for a few reads).
        blocks.load(personalised, None, [*personal.fields, personal.applied, *w.outputs], api_visibility="private",
                    show_progress="hidden", show_progress_on=progress, queue=False)
        _api(h, limit)
    return blocks


def _wire(h: Handlers, blocks: gr.Blocks, v: View, limit: int) -> None:
    controls = [v.temperature, v.top_p, v.min_p, v.badge, v.composer]  # what depends on the backend
    stream_outputs = [v.chat, v.state]  # per update, nothing more: see Handlers._stream
    # Followers of a job, not the job: they cost little, so none waits in Gradio's queue (the answers written
    # at once are bounded by the jobs' slots, and a turn beyond them shows its place in line).
    streamed = {"api_visibility": "private", "concurrency_limit": None, "show_progress": "hidden",
                "show_progress_on": v.progress}
    title_bar = [v.title, v.pin_btn, v.archive_btn, v.delete_btn, v.export]
    # What opening a conversation changes (HistoryMixin.opened), and the address bar and tab title (`here`).
    opened = [v.state, v.chat, *title_bar, v.mode, v.backend, v.system_prompt, v.tools,
              v.tool_log, v.conversations, v.live, v.here]
    private = {"api_visibility": "private", "show_progress_on": v.progress}
    addresses = Addresses(h)
    # The page opens on the conversation its address names (/c/<id>), in one round trip.
    loading = blocks.load(h.load, None, [*opened, v.whoami, *controls], **private)
    after = [v.state, v.chat, v.title, v.pin_btn, v.archive_btn, v.delete_btn, v.export,
             v.conversations, v.tool_log, v.composer, v.live, v.here]
    assert len(after) == AFTER_OUTPUTS  # (Addresses.after_stop skips them all)
    _poll(h, v)
    v.backend.change(h.backend_controls, [v.backend, v.state], controls, show_progress="hidden", **private)
    # The estimate (and a text-only backend's refusal) follows the attachments and the backend picked.
    v.composer.change(None, v.composer, v.attached, js=ATTACHED_JS, queue=False, **private)
    for changed in (v.attached.change, v.backend.change):
        changed(h.estimate_uploads, [v.composer, v.backend, v.state], [v.estimate, v.quick], queue=False,
                show_progress="hidden", trigger_mode="always_last", **private)
    v.estimate.click(h.remove_attachment, [v.composer, v.backend, v.state], [v.composer, v.estimate, v.quick],
                     queue=False, show_progress="hidden", **private)

    newing = v.new_btn.click(h.new_chat, v.state, opened, **private)
    clicking = v.conversations.click(addresses.action, v.state, opened, trigger_mode="multiple", **private)
    visiting = v.here.click(addresses.visiting, v.state, opened, trigger_mode="multiple", **private)
    v.search.change(h.search_results, [v.search, v.state], v.hits, trigger_mode="always_last",
                    show_progress="hidden", **private)
    v.archived.input(h.show_archived, [v.archived, v.state], [v.state, v.conversations], **private)
    v.import_btn.upload(h.import_file, [v.import_btn, v.state], [v.state, v.conversations], **private)
    # Enter renames. Not blur: a title bar refreshed by a turn's end while the box had focus would then
    # store the old title back.
    v.title.submit(addresses.rename, [v.title, v.state], [v.conversations, v.here], **private)
    v.pin_btn.click(h.toggle_pin, v.state, [*title_bar, v.conversations], **private)
    v.archive_btn.click(h.toggle_archive, v.state, [*title_bar, v.conversations], **private)
    v.delete_btn.click(lambda: gr.update(visible=True), None, v.confirm, queue=False, **private)
    v.cancel_btn.click(lambda: gr.update(visible=False), None, v.confirm, queue=False, **private)
    deleting = v.confirm_btn.click(lambda: gr.update(visible=False), None, v.confirm, queue=False,
                                   **private).then(addresses.delete, v.state, opened, **private)
    # Every opening then follows the conversation's answer if one is being written (several may be
    # pending at once: a follower of an earlier opening stops by itself, kimi_ui/ui/live.py).
    for opening in (loading, newing, clicking, visiting, deleting):
        opening.then(h.follow, v.state, v.chat, trigger_mode="multiple", **streamed).then(
            h.after_attach, v.state, after, show_progress="hidden", **private)
    v.system_prompt.blur(h.save_system_prompt, [v.system_prompt, v.state], None, api_visibility="private")
    send_inputs = [
        v.sent,
        v.state,
        v.mode,
        v.backend,
        v.system_prompt,
        v.max_tokens,
        v.temperature,
        v.top_p,
        v.min_p,
        v.tools,
        v.live,  # the key of the page's side stream (kimi_ui/ui/side_stream.py)
    ]
    # In the page, at once: the message moves to `sent` and the composer is empty; then the turn reads `sent`.
    # ROUTE_JS also posts it to the side stream (kimi_ui/ui/side_stream.py) with the send event's settings.
    moved = v.composer.submit(None, [v.composer, v.chat, *send_inputs[2:10]],
                              [v.sent, v.composer, v.live, v.queue.message, v.chat],
                              js=queue_view.ROUTE_JS, queue=False, **private)
    sending = moved.then(h.send, send_inputs, stream_outputs, **streamed)
    # The chat's own actions: Continue, edit and retry start a turn; "‹ 2/3 ›" and "show earlier" open.
    continuing = v.chat.resume(h.continue_answer, [v.state, v.mode, v.backend], stream_outputs, **streamed)
    editing = v.chat.edit(h.edit, [v.state, v.mode, v.backend], stream_outputs, **streamed)
    retrying = v.chat.retry(h.retry, [v.state, v.mode, v.backend], stream_outputs, **streamed)
    for switching in (v.chat.version(addresses.switch_version, v.state, opened, **private),
                      v.chat.earlier(addresses.show_earlier, v.state, opened, **private)):
        switching.then(h.follow, v.state, v.chat, trigger_mode="multiple", **streamed).then(
            h.after_attach, v.state, after, show_progress="hidden", **private)
    turns = [sending, continuing, editing, retrying]
    # api_name: the script API's `stop` keeps its name (a page event called stop would take it)
    # Stop stops the job: the turn's event sees it end and shows it (not cancelled: cut short, it left a new
    # chat without its conversation, and after_stop then showed an empty chat).
    stopped = [stopper(h.stop, [v.state, v.live], None, api_visibility="private", api_name="stop_button").then(
        h.after_stop, v.state, v.chat, **private
    ).then(addresses.after_stop, v.state, after, **private)
        for stopper in (v.composer.stop,)]
    ended = [event.then(addresses.after_turn, v.state, after, show_progress="hidden", **private)
             for event in turns]
    # A refused message comes back to the composer (after_turn, queue_message): its chips with it (a value set
    # by a handler fires no change event).
    estimated = {**private, "queue": False, "show_progress": "hidden"}
    for event in ended:
        event.then(h.estimate_uploads, [v.composer, v.backend, v.state], [v.estimate, v.quick], **estimated)
    queue_view.wire(h, v.queue, moved, ended, v.composer, v.state, send_inputs, stream_outputs, after, stopped,
                    streamed, [v.estimate, v.quick])
    v.here.change(h.queued_view, v.state, v.queue.box, show_progress="hidden", **private)
    v.tools.input(h.save_tools, [v.tools, v.state], None, api_visibility="private")


def _poll(h: Handlers, v: View) -> None:
    """What an open tab asks the server now and then: each tick one plain request (outside the queue: a
    queued event costs a join and a stream), all of its handlers in it. Gradio skips ticks in a hidden tab.
    An idle tab asked 132 times a minute (two queued events every 2 s, three every 15 s); now 24."""
    async def marks(state: Any, request: gr.Request) -> list[Any]:
        # the list's marks (an answer started or ended here or in the background) and the queue box
        return [await h.refresh_marks(state, request), await h.queued_if_changed(state, request)]

    async def slowly(current: str | None, state: Any, request: gr.Request) -> list[Any]:
        # backends come and go, MCP servers connect, a place in line moves
        lang = lang_of(state)
        # (the user's backends are a database read: in a worker thread, off the event loop)
        backends = await h.ctx.db.call(h.refresh_backends, current, lang, getattr(request, "username", None))
        return [backends, *h.tool_status(lang), await h.queued_view(state, request)]

    quiet = {"api_visibility": "private", "queue": False, "show_progress": "hidden", "show_progress_on": v.progress}
    gr.Timer(3).tick(marks, v.state, [v.conversations, v.queue.box], **quiet)
    gr.Timer(15).tick(slowly, [v.backend, v.state], [v.backend, v.tools, v.mcp_status, v.queue.box], **quiet)


def _api(h: Handlers, limit: int) -> None:
    async def chat(
        message: str,
        files: list[FileData] | None = None,
        backend: str = "",
        mode: str = "thinking",
        conversation_id: str = "",
        tools: list[str] | None = None,
        request: gr.Request = None,  # type: ignore[assignment]
    ) -> AsyncIterator[dict]:
        """Send one message to Kimi and stream the answer.

        Args:
            message: the user's text.
            files: images uploaded with gradio_client's handle_file(); server paths are refused.
            backend: a backend name, or empty for the default (the first healthy one).
            mode: "instant", "thinking" or "swarm" (thinking, and the model may start sub-agents).
            conversation_id: empty to start a new conversation, or the id returned by an earlier call.
            tools: names of the tools the model may call (kept for the conversation); empty: the
                conversation's earlier choice, or the defaults (calculator, current_time).
        Returns:
            {conversation_id, user_message_id, message_id, reasoning, content, tool_calls, usage, status, error,
            agents: [{id, title, status, content, tool_calls, usage, error}] (a swarm's sub-agents)}
        """
        async for snapshot in h.chat_api(message, files, backend, mode, conversation_id, tools, request):
            yield snapshot

    async def attach(message_id: str, request: gr.Request = None) -> AsyncIterator[dict]:  # type: ignore[assignment]
        """Follow an answer being written (by this or any tab or script of yours) until it ends.

        Args:
            message_id: the answer's id (/chat's message_id, or the one a "busy" refusal names).
        Returns:
            the same snapshots as /chat until the answer ends; for a finished answer, its final state once
        """
        async for snapshot in h.attach_api(message_id, request):
            yield snapshot

    async def go_on(message_id: str, backend: str = "", mode: str = "",
                    request: gr.Request = None) -> AsyncIterator[dict]:  # type: ignore[assignment]
        """Continue an answer of yours that stopped before its end (stopped, cut at the token limit, interrupted
        by a restart): the model goes on in the same answer, no question is added.

        Args:
            message_id: the answer's id.
            backend: a backend name, or empty for the one the answer was written by.
            mode: "instant", "thinking" or "swarm", or empty for the answer's own.
        Returns:
            the same snapshots as /chat (the whole answer, with what it had written) until it ends
        """
        async for snapshot in h.continue_api(message_id, backend, mode, request):
            yield snapshot

    async def stop(message_id: str, request: gr.Request = None) -> dict:  # type: ignore[assignment]
        """Stop an answer of yours that is being written; what it wrote so far is kept.

        Args:
            message_id: the answer's id.
        Returns:
            {stopped: true} if it was being written, else {stopped: false}
        """
        return await h.stop_api(message_id, request)

    # Starting a turn is cheap (the job waits for a slot), following one too: no queue of Gradio's in front.
    gr.api(chat, api_name="chat", concurrency_limit=None)
    gr.api(attach, api_name="attach", concurrency_limit=None)
    gr.api(stop, api_name="stop", concurrency_limit=None)
    gr.api(go_on, api_name="continue", concurrency_limit=None)


def mount(app: FastAPI, ctx: AppContext) -> FastAPI:
    h = Handlers(ctx)
    blocks = build_blocks(ctx, h)
    serve_conversation_pages(app)  # before Gradio's mount, which takes every path
    side_stream.add_routes(app, h)
    blocks.queue(default_concurrency_limit=ctx.settings.concurrency_limit)
    return gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        root_path=ctx.settings.root_path or None,
        max_file_size=f"{ctx.settings.max_file_size_mb}mb",
        enable_monitoring=False,
        favicon_path=str(ASSETS / "icon-512.png"),  # also the installed app's icon (Gradio's manifest)
        pwa=True,
        head=HEAD + instance_meta(ctx.settings.root_path),
        css_paths=[ASSETS / "style.css", ASSETS / "composer.css", ASSETS / "organise.css", ASSETS / "admin.css"],
        footer_links=[],  # no footer under a full-height page: the sidebar links the API page itself
        auth_dependency=lambda request: getattr(request.state, "user", None),  # set by web_auth
        theme=THEME,
    )
