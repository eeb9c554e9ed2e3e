"""Messages typed while the open conversation answers (kimi_ui/queued.py), in the page: Enter queues them
(shown under the chat, removable), and the tab follows each one as it becomes the next question.

While the page shows the conversation answering, its Enter goes to `queue_message`; a message that
reaches Handlers.send while the conversation answers (a page that did not know yet) is queued there too
(`queue_and_follow`). After a turn ends,
`follow_queued` follows the conversation's next jobs until it is quiet. Every handler checks the caller:
another user's ids behave like missing ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator

import gradio as gr

from kimi_ui.answer import Answer
from kimi_ui.preferences import MODES
from kimi_ui.queued import Queue, QueueRefused
from kimi_ui.turns import TurnInput
from kimi_ui.ui import render
from kimi_ui.i18n import text as say  # (`text` is a message's text in the handlers)
from kimi_ui.ui.inputs import InputProblem, PageAction, advanced_options
from kimi_ui.ui.words import lang_of, warn

# Enter (inputs: composer, chat; outputs: sent, composer, live, the queue's hidden box, chat): while the
# conversation answers (the page's `kimi-answering` mark, kimi_ui/ui/live.py) the message is queued and the
# composer empties; else it is sent, and the chat shows it at once (as plain text, until the send event's first
# update brings it rendered, with its attachments) with the answer's place below it.
#
# A message without attachments goes out on the side stream first: the chat view is handed the question
# (a `kimi-sending` event) and this waits (at most SIDE_FIRST_MS) until the answer's first words are on screen
# before Gradio takes the outputs. What Gradio does then (the outputs, the send and queue events' joins: ~30
# ms of the page's main thread at Enter) used to come between the first token's arrival and its paint.
SIDE_FIRST_MS = 150
ROUTE_JS = """
async (m, chat, mode, backend, system_prompt, max_tokens, temperature, top_p, min_p, tools) => {
  const empty = {text: '', files: []};
  // An Enter still waiting for its first words (below): what was typed since goes in the queue (Gradio's value of
  // the composer is still the message sent: the box was emptied in the page only).
  const before = window.kimiSending;
  if (before) {
    const typed = (document.querySelector('#composer textarea') || {}).value || '';
    const next = typed.trim() ? {text: typed, files: []} : empty;
    return [empty, empty, JSON.stringify({answering: true, key: before.key}), next, before.value];
  }
  if (document.body.classList.contains('kimi-answering')) {
    return [empty, empty, JSON.stringify({answering: true}), m, chat];
  }
  const text = (m && m.text) || '';
  if (!text.trim() && !(m && m.files && m.files.length)) return [m, empty, JSON.stringify({answering: true}), empty, chat];
  // The answer's side stream (kimi_ui/ui/side_stream.py): POST /live/<key> starts the turn at once and streams
  // it to the chat view (live.ts), outside Gradio's queue; the send event then finds the turn by the key (or
  // starts it, if this request failed). 128 random bits (getRandomValues works on plain-http demos too).
  const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  const live = JSON.stringify({answering: true, key});
  let painted = null;
  if (chat && 'conversation' in chat) {  // the conversation the page shows (a new chat: null)
    const files = ((m && m.files) || []).map((f) => ({path: f.path, orig_name: f.orig_name}));
    const body = JSON.stringify({conversation: chat.conversation, text, files, mode, backend, system_prompt,
                                 options: [max_tokens, temperature, top_p, min_p], tools,
                                 lang: document.documentElement.lang || 'en'});
    const control = new AbortController();
    const response = fetch(new URL('live/' + key, document.baseURI), {method: 'POST', body, signal: control.signal,
      headers: {'Content-Type': 'application/json'}, credentials: 'same-origin', cache: 'no-store'});
    response.catch(() => {});  // (the chat view reads it; if it never does, no unhandled rejection)
    const shown = files.length ? null : new Promise((resolve) => { painted = resolve; });
    (window.kimiSide = window.kimiSide || {})[key] = {response, control, painted: shown && painted};
    painted = shown;
  }
  // The question as the view shows it (as written: `source` is shown as text), with its attachments from
  // the composer's uploads until the stored ones come (an image by its upload URL, served to its uploader).
  const shownFiles = ((m && m.files) || []).map((f) => {
    const name = f.orig_name || 'file';
    const mime = f.mime_type || '';
    if (mime.startsWith('image/')) return {kind: 'image', url: f.url, name, note: ''};
    if (mime.startsWith('video/')) return {kind: 'video', name, frames: []};
    return {kind: 'document', name, note: ''};
  });
  const question = {id: null, role: 'user', source: text, files: shownFiles, versions: null};
  const sending = (window.kimiComposerLabels || {}).sending || 'Sending…';  // (the page's words: settings.js)
  const waiting = {id: null, role: 'assistant', live: true, parts: [{type: 'waiting', title: sending, detail: ''}]};
  const shown = (chat && chat.messages) || [];
  const value = {...(chat || {}), messages: [...shown, question, waiting], focus: null, live_key: key};
  if (!painted) return [m, empty, live, empty, value];
  // The question and the answer's place now, then the first words as they come; Gradio after them.
  // Stop or Esc meanwhile (assets/live.js calls kimiSending.stop()) ends the wait at once: Gradio takes the
  // message first, then Stop is pressed, as when it comes after the first words.
  const box = document.querySelector('#composer textarea');
  if (box) box.value = '';
  document.body.classList.add('kimi-answering');  // (Stop shows now)
  let stopNow = null;
  const stopAsked = new Promise((resolve) => { stopNow = resolve; });
  window.kimiSending = {key, value, stop: () => { window.kimiSending.stopped = true; stopNow(); }};
  window.dispatchEvent(new CustomEvent('kimi-sending', {detail: value}));
  let stopped = false;
  try {
    const most = window.kimiSideFirstMs || %d;  // (a test holds it longer: tests/ui/test_browser_first_words.py)
    await Promise.race([painted, stopAsked, new Promise((resolve) => setTimeout(resolve, most))]);
  } finally {
    stopped = !!window.kimiSending.stopped;
    window.kimiSending = null;
  }
  if (stopped) {  // in a later task, once Gradio has taken the outputs (the `live` value names the key then)
    setTimeout(() => { const stop = document.querySelector('#composer .stop-button'); if (stop) stop.click(); }, 0);
  }
  // (what was typed meanwhile stays in the composer)
  return [m, {text: box ? box.value : '', files: []}, live, empty, value];
}
""" % SIDE_FIRST_MS
# The box's buttons (remove ×, "Send queued") become its click event with the button's action.
BOX_BRIDGE = """
element.addEventListener('click', (event) => {
  const button = event.target.closest ? event.target.closest('[data-queued]') : null;
  if (!button) return;
  event.preventDefault();
  trigger('click', {action: button.getAttribute('data-queued')});
});
"""


@dataclass(frozen=True)
class QueueParts:
    box: gr.HTML  # the queued messages, under the chat
    message: gr.MultimodalTextbox  # hidden: what Enter queued (as `sent` is for a message sent)


def build_parts() -> QueueParts:
    box = gr.HTML("", elem_id="kimi-queued", js_on_load=BOX_BRIDGE, container=False, padding=False)
    message = gr.MultimodalTextbox(visible=False, file_count="multiple", sources=["upload"])
    return QueueParts(box, message)


class QueueMixin:
    """Handlers' queue events (the Handlers class supplies ctx, owner, chat_view, ...)."""

    @property
    def queue(self) -> Queue:
        return Queue.for_context(self.ctx)

    def queue_busy(self, owner_id: str, conversation_id: str | None) -> bool:
        """Handlers.send's routing: the conversation answers (here or about to, from the queue)."""
        return bool(conversation_id) and (self.queue.busy(owner_id, conversation_id)
                                          or self.ctx.turns.is_streaming(conversation_id))

    async def queue_box(self, owner_id: str, conversation_id: str | None, lang: str = "en") -> str:
        return render.queued_html(await self.queue.list(owner_id, conversation_id), lang)

    async def queued_view(self, state: Any, request: gr.Request) -> str:
        owner_id = self.owner(request)
        if state is not None:
            state.tab.queue_seen = self.queue.version(owner_id)
        return await self.queue_box(owner_id, getattr(state, "conversation_id", None), lang_of(state))

    async def queued_if_changed(self, state: Any, request: gr.Request) -> Any:
        """The list's timer: the box again when the owner's queues changed since this page showed it (a
        message queued or removed in another tab, one sent); nothing otherwise (no SQL)."""
        if state is None or state.tab.queue_seen == self.queue.version(self.owner(request)):
            return gr.skip()
        return await self.queued_view(state, request)

    async def queue_message(
        self, message: dict[str, Any] | None, state: Any, mode: str, backend: str | None, system_prompt: str,
        max_tokens: Any, temperature: Any, top_p: Any, min_p: Any, tools: list[str] | None, live: str | None,
        request: gr.Request,
    ) -> list[Any]:
        """Enter while this tab's turn runs: the message joins the conversation's queue. Outputs: the box,
        the composer (given the message back if it cannot be queued)."""
        message = message or {}
        text = (message.get("text") or "").strip()
        cid = getattr(state, "conversation_id", None)
        if not text and not message.get("files"):
            return [gr.skip(), gr.skip()]
        owner_id = self.creator(request)
        try:
            turn = self._queued_turn(text, message, cid, mode, backend, system_prompt,
                                     (max_tokens, temperature, top_p, min_p), tools, request)
            await self.queue.queue(owner_id, turn)
        except (InputProblem, QueueRefused) as problem:
            lang = lang_of(state)
            warn(problem.words(lang) if cid else say("queue.new_chat", lang), lang)
            return [gr.skip(), gr.update(value=message)]
        self.discard(turn.files, request)  # the queue holds its own copies
        return [await self.queue_box(owner_id, cid, lang_of(state)), gr.skip()]

    def _queued_turn(self, text: str, message: dict, cid: str | None, mode: str, backend: str | None,
                     system_prompt: str, advanced: tuple, tools: list[str] | None, request: gr.Request) -> TurnInput:
        from kimi_ui.ui.handlers import limit_key  # handlers imports this module

        if not cid:
            raise QueueRefused("queue.new_chat")
        budget, sampling = advanced_options(*advanced)
        return TurnInput(text=text, files=self.files_of(message.get("files"), request), backend=backend or None,
                         mode=mode if mode in MODES else "thinking", conversation_id=cid,
                         max_tokens=budget, sampling=sampling, system_prompt=system_prompt,
                         tools=tuple(tools or ()), limit_key=limit_key(request))

    async def remove_queued(self, item_id: str, state: Any, request: gr.Request) -> str:
        """Remove one of the caller's queued messages (another user's id: nothing happens, as for a missing one)."""
        owner_id = self.owner(request)
        await self.queue.remove(owner_id, item_id if isinstance(item_id, str) else "")
        return await self.queue_box(owner_id, getattr(state, "conversation_id", None), lang_of(state))

    async def resume_queued(self, state: Any, request: gr.Request) -> str:
        """Send a paused queue (after Stop); it starts now if the conversation is quiet."""
        owner_id = self.owner(request)
        cid = getattr(state, "conversation_id", None)
        if cid and await self.ctx.db.call(self.conversations.get, owner_id, cid) is not None:
            await self.queue.resume(owner_id, cid)
        return await self.queue_box(owner_id, cid, lang_of(state))

    async def queued_action(self, state: Any, request: gr.Request, event: PageAction) -> str:
        """The box's click: `remove:<id>` or `resume`."""
        action = event.action
        if action.startswith("remove:"):
            return await self.remove_queued(action[len("remove:"):], state, request)
        if action == "resume":
            return await self.resume_queued(state, request)
        return await self.queued_view(state, request)

    # -- following the conversation ------------------------------------------------------------------
    async def queue_and_follow(self, owner_id: str, turn: TurnInput, state: Any, message: dict,
                               request: gr.Request) -> AsyncIterator[list[Any]]:
        """Handlers.send for a conversation that answers: queue the message, then follow the answers."""
        try:
            await self.queue.queue(owner_id, turn)
        except QueueRefused as problem:
            yield self._refused(owner_id, state, _problem(problem.words(lang_of(state))), message)
            return
        self.discard(turn.files, request)
        async for chat, state, _ in self._follow(owner_id, state):
            yield [chat, state]

    async def follow_queued(self, state: Any, request: gr.Request) -> AsyncIterator[list[Any]]:
        """After a turn: follow the conversation's next answers (its queue), if any. Outputs: chat, state, box."""
        owner_id = self.owner(request)
        followed, ticket = False, state.tab.shown
        async for update in self._follow(owner_id, state):
            followed = True
            yield list(update)
        if not followed:
            yield [gr.skip()] * 3  # a generator that yields nothing would set the chat to None
        # Still on it: after_follow shows the end. Also when nothing was left to follow: the answer may have
        # ended between the turn's hand-over and now, and the page still shows it as it was then.
        if state.tab.shown == ticket and getattr(state, "conversation_id", None):
            state.tab.end_due = True

    async def after_follow(self, state: Any, request: gr.Request) -> list[Any]:
        """after_turn's outputs once follow_queued followed something; nothing changes otherwise."""
        from kimi_ui.ui.urls import Addresses  # urls imports handlers, which imports this module

        if not state.tab.end_due:
            return [gr.skip()] * getattr(self, "after_outputs", 0)
        state.tab.end_due = False
        return await Addresses(self).after_turn(state, request)

    async def _follow(self, owner_id: str, state: Any) -> AsyncIterator[tuple[dict, Any, str]]:
        """(chat, state, box) after every change of each answer the conversation writes, until it is quiet."""
        cid = getattr(state, "conversation_id", None)
        ticket = state.tab.shown if cid else None  # the opening this page is on: another one ends the follow
        while cid and (job := self.ctx.jobs.by_conversation(owner_id, cid) or self.queue.current(owner_id, cid)):
            box = await self.queue_box(owner_id, cid, state.tab.lang)
            earlier, upto = None, None
            try:
                async for answer in job.follow():
                    if state.tab.shown != ticket:  # the page shows another conversation: the answer goes on
                        # unseen. The last output is a skip: Gradio sends a generator's last output again
                        # when it ends, which would put this answer back over the conversation shown.
                        yield gr.skip(), gr.skip(), gr.skip()
                        return
                    if earlier is None or (answer.user_message_id and upto != answer.user_message_id):
                        upto = answer.user_message_id
                        chat = await self.ctx.db.call(self.chat_view, owner_id, cid, state.window, None,
                                                      upto or None, state.tab.lang)
                        earlier = chat[0]
                    yield render.stamped(render.extended(earlier, render.live_item(answer, state.tab.lang)), ticket,
                                         state.conversation_id), state, box
                    box = gr.skip()  # read once per answer: a copy sent again would undo a message queued since
            finally:
                self.left_unseen(owner_id, job)
            if not job.done:
                break


def _problem(text: str) -> Answer:
    from kimi_ui.ui.handlers import problem

    return problem("bad_input", text)


def wire(h: Any, parts: QueueParts, moved: Any, ended: list[Any], composer: Any, state: Any, inputs: list[Any],
         follow_outputs: list[Any], after: list[Any], stopped: list[Any], streamed: dict, chips: list[Any]) -> None:
    """Enter routes to the queue while this tab's turn runs; after each turn (`ended`: its after_turn
    event) the tab follows the queue's answers; the box follows the conversation shown."""
    private = {"api_visibility": "private", "show_progress": "hidden", "show_progress_on": streamed["show_progress_on"]}
    h.after_outputs = len(after)
    moved.then(h.queue_message, [parts.message, *inputs[1:]], [parts.box, composer], trigger_mode="multiple",
               **private).then(h.estimate_uploads, [composer, inputs[3], state], chips, **private)
    for event in ended:
        event.then(h.follow_queued, state, [*follow_outputs, parts.box], **streamed).then(
            h.after_follow, state, after, **private).then(h.queued_view, state, parts.box, **private)
    for event in stopped:
        event.then(h.queued_view, state, parts.box, **private)
    parts.box.click(h.queued_action, state, parts.box, **private)

