"""Thin callbacks: find the caller, call turns/store, render. Every handler authorises the caller itself:
any user can call any handler with any arguments, so nothing here trusts an id it is given."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from typing import Any

import gradio as gr

from kimi_ui.answer import Answer
from kimi_ui.context import AppContext
from kimi_ui import i18n
from kimi_ui.events import TurnDone, TurnError, error, said
from kimi_ui.preferences import MODES
from kimi_ui.storage import store
from kimi_ui.turns import TurnInput
from kimi_ui.ui import render
from kimi_ui.ui.chat_view import ChatAction
from kimi_ui.ui.account_panel import AccountMixin
from kimi_ui.ui.admin_view import AdminMixin
from kimi_ui.ui.composer import ComposerMixin
from kimi_ui.ui.history import CHAT_WINDOW, HistoryMixin
from kimi_ui.ui.inputs import InputProblem, advanced_options, discard_uploads, limit_key_of, uploaded_files
from kimi_ui.ui.live import LiveMixin, Tab, live_value, shown_id
from kimi_ui.ui.organise import OrganiseMixin
from kimi_ui.ui.personal import PersonalMixin
from kimi_ui.ui.pickers import PickersMixin
from kimi_ui.ui.settings_panel import SettingsMixin
from kimi_ui.ui.share_view import ShareMixin
from kimi_ui.ui.my_data import DataMixin
from kimi_ui.ui.queue_view import QueueMixin
from kimi_ui.ui.script_api import ScriptApiMixin
from kimi_ui.ui.side_stream import Handoff, key_of
from kimi_ui.ui.urls import Addresses, page_address
from kimi_ui.ui.words import warn

BACKEND_OUTPUT = 8  # the backend among `opened`'s outputs (state, chat, 5 of the title bar, mode, backend, ...)


@dataclass(frozen=True)
class SessionState:
    """Per-browser-session state (Gradio keeps it on the server, one copy per session)."""

    conversation_id: str | None = None
    view: tuple[str, ...] = ()  # the ids of the messages shown (an action may name only one of these)
    window: int = CHAT_WINDOW  # messages of the branch shown
    pages: int = 1  # sidebar pages shown
    archived: bool = False  # the sidebar lists archived conversations
    returned: dict | None = None  # a refused message, given back to the composer by after_turn
    new_title: bool = False  # the turn started a conversation: after_turn shows its (first or model-written) title
    tab: Tab = field(default_factory=Tab, compare=False, repr=False)  # shared by every copy (kimi_ui/ui/live.py)


def _has_started(answer: Answer) -> bool:
    """The model said or thought something, called a tool, or the turn ended."""
    return (answer.first_token_at is not None or answer.status != "streaming"
            or any(r.calls for r in answer.rounds))


def problem(code: str, message: str | None = None, **params: Any) -> Answer:
    """An answer that is only a refusal (nothing was saved): English words, or a code's with its params."""
    return refused_by(TurnError(code=code, message=message) if message is not None else error(code, **params))


def refused_by(reason: TurnError) -> Answer:
    """An answer that is only this refusal (nothing was saved)."""
    answer = Answer()
    answer.apply(reason)
    answer.apply(TurnDone(status="error"))
    return answer


def refusal(bad_input: Exception) -> Answer:
    """Bad input as the answer's error "bad_input": an InputProblem's code and params (said in the reader's
    language: events.said), anything else's English words."""
    if not isinstance(bad_input, InputProblem):
        return problem("bad_input", str(bad_input))
    params = {name: {"key": value} if name == "label" else value for name, value in bad_input.params.items()}
    return problem("bad_input", problem={"key": bad_input.code, "params": params})


def limit_key(request: gr.Request | None) -> str | None:
    client = getattr(request, "client", None)
    return limit_key_of(getattr(request, "username", None), client.host if client else None)


class Handlers(ComposerMixin, HistoryMixin, OrganiseMixin, PersonalMixin, SettingsMixin, LiveMixin, QueueMixin,
               PickersMixin, ScriptApiMixin, ShareMixin, DataMixin, AccountMixin, AdminMixin):
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.handoff = Handoff()  # the sending page's side stream (kimi_ui/ui/side_stream.py)

    # -- reading ----------------------------------------------------------------------------------
    def owner(self, request: gr.Request | None) -> str:
        """The caller's user id for reading (a caller without a row yet owns nothing)."""
        return self.ctx.owner_id(getattr(request, "username", None))

    def creator(self, request: gr.Request | None) -> str:
        """The caller's user id for a turn: the row is made now if this is the caller's first."""
        return self.ctx.owner_id(getattr(request, "username", None), create=True)

    def files_of(self, files: list[Any] | None, request: gr.Request | None) -> tuple[tuple[str, str], ...]:
        return uploaded_files(files, self.ctx.uploads, getattr(request, "username", None))

    def discard(self, files: tuple[tuple[str, str], ...], request: gr.Request | None) -> None:
        discard_uploads(files, self.ctx.uploads, getattr(request, "username", None))

    @staticmethod
    def new_state() -> SessionState:
        return SessionState()

    def chat_history(self, owner_id: str, state: SessionState) -> dict[str, Any]:
        return self.chat_view(owner_id, state.conversation_id, state.window, lang=state.tab.lang)[0]

    # -- events -----------------------------------------------------------------------------------
    def load(self, request: gr.Request) -> list[Any]:
        """The page opens on the conversation its address names (/c/<id>, kimi_ui/ui/urls.py), in its
        mode and on its backend, or on a new chat: `opened`'s outputs and `here`, then the rest."""
        owner_id, state = self.owner(request), SessionState()
        state.tab.lang = self.language_of(owner_id, request)
        shown = Addresses(self).visit(owner_id, state, page_address(request))
        username = getattr(request, "username", None)
        usable = [b.name for b in self.usable_backends(username)]
        default = self.ctx.turns.choose_for(self.ctx.turns.user_named(username), None)
        backend = shown[BACKEND_OUTPUT] if shown[BACKEND_OUTPUT] in usable else default and default.name
        shown[BACKEND_OUTPUT] = gr.update(choices=self.backend_choices(state.tab.lang, username), value=backend)
        controls = self.backend_controls(backend, state, request)
        controls[-1]["interactive"] = True  # the composer opens once the page has its data
        whoami = render.whoami_html(getattr(request, "username", None), self.ctx.settings.root_path,
                                    self.ctx.settings.demo_ttl_hours, state.tab.lang)
        return [*shown, whoami, *controls]

    def refresh_backends(self, current: str | None, lang: str = "en", username: str | None = None) -> Any:
        choices = self.backend_choices(lang, username)
        return gr.update(choices=choices, value=current if current in [name for _, name in choices] else None)

    def new_chat(self, state: SessionState, request: gr.Request) -> list[Any]:
        state = replace(state or SessionState(), conversation_id=None, view=(), window=CHAT_WINDOW)
        owner_id = self.owner(request)
        return [*self.opened(owner_id, state), Addresses(self).here(owner_id, None)]

    def save_system_prompt(self, text: str, state: SessionState, request: gr.Request) -> None:
        if state and state.conversation_id:
            with self.ctx.db.session() as session:
                store.update_conversation(
                    session,
                    owner_id=self.owner(request),
                    conversation_id=state.conversation_id,
                    system_prompt=text or "",
                )

    async def send(
        self, message: dict[str, Any] | None, state: SessionState, mode: str, backend: str | None,
        system_prompt: str, max_tokens: Any, temperature: Any, top_p: Any, min_p: Any, tools: list[str] | None,
        live: str | None, request: gr.Request,
    ) -> AsyncIterator[list[Any]]:
        state = state or SessionState()
        message = message or {}
        text = (message.get("text") or "").strip()
        if not text and not message.get("files"):  # an empty composer (or Enter queued it) sends nothing
            yield [gr.skip(), gr.skip()]  # (a generator that yields nothing would set the chat to None)
            return
        owner_id = self.owner(request)
        key = key_of(live)
        started = self.handoff.filed(key, owner_id)  # the page's side stream started this turn already
        if started is not None:
            async for update in self._stream(owner_id, started.turn, state, message, request, key):
                yield update
            return
        try:
            turn = self.turn_for(message, state.conversation_id, mode, backend, system_prompt,
                                 [max_tokens, temperature, top_p, min_p], tools, getattr(request, "username", None),
                                 limit_key(request))
        except InputProblem as problem:
            self._tell_refusal(state, refusal(problem))
            yield self._refused(owner_id, state, refusal(problem), message)
            return
        too_many = await self.ctx.turns.limits.would_refuse(turn.limit_key or owner_id)
        if too_many is not None:  # before the row: a flood of cookieless sends leaves none behind
            self._tell_refusal(state, refused_by(too_many))
            yield self._refused(owner_id, state, refused_by(too_many), message)
            return
        owner_id = await self.ctx.db.call(self.creator, request)  # a row only for a message that goes on
        if self.queue_busy(owner_id, turn.conversation_id):  # answering (maybe in another tab): queue it
            async for update in self.queue_and_follow(owner_id, turn, state, message, request):
                yield update
            return
        async for update in self._stream(owner_id, turn, state, message, request, key):
            yield update

    def turn_for(self, message: dict[str, Any], conversation_id: str | None, mode: str, backend: str | None,
                 system_prompt: str | None, options: list[Any], tools: list[str] | None, username: str | None,
                 limit: str | None) -> TurnInput:
        """A message from the composer as a turn (send, and the side stream's start): the files must be
        the caller's own uploads, the advanced options numbers in range (else InputProblem)."""
        files = uploaded_files(message.get("files"), self.ctx.uploads, username)
        budget, sampling = advanced_options(*options)
        return TurnInput(
            text=(message.get("text") or "").strip(), files=files, backend=backend or None,
            mode=mode if mode in MODES else "thinking",
            conversation_id=conversation_id, max_tokens=budget, sampling=sampling,
            system_prompt=system_prompt if isinstance(system_prompt, str) else None,
            tools=tuple(t for t in tools or () if isinstance(t, str)), limit_key=limit,
        )

    async def continue_answer(self, state: SessionState, mode: str, backend: str | None, request: gr.Request,
                              event: ChatAction):
        """The chat's Continue (under an answer that was stopped, cut or interrupted): the answer goes on in
        place (kimi_ui/turns.py, _carry_on)."""
        async for update in self._on_answer("continue_of", state, mode, backend, request, event):
            yield update

    async def edit(self, state: SessionState, mode: str, backend: str | None, request: gr.Request,
                   event: ChatAction):
        """An edited question is sent as a new version beside the old one (a branch)."""
        state = state or SessionState()
        message_id = shown_id(state, event)
        text = event.text[:200_000]
        if message_id is None or not text.strip():
            warn(i18n.text("chat.edit_refused", state.tab.lang), state.tab.lang)
            chat = self.chat_history(self.owner(request), state)
            yield [render.stamped(chat, state.tab.shown, state.conversation_id), state]
            return
        turn = TurnInput(text=text, backend=backend or None, mode=mode if mode in MODES else
                         "thinking", conversation_id=state.conversation_id, limit_key=limit_key(request),
                         edit_of=message_id)
        await self.ctx.jobs.settled(self.owner(request), state.conversation_id)
        async for update in self._stream(self.owner(request), turn, state, None, request):
            yield update

    async def retry(self, state: SessionState, mode: str, backend: str | None, request: gr.Request,
                    event: ChatAction):
        """A new answer to the same question, in the mode and on the backend now chosen; the old one stays."""
        async for update in self._on_answer("regenerate_of", state, mode, backend, request, event):
            yield update

    async def _on_answer(self, which: str, state: SessionState, mode: str, backend: str | None,
                         request: gr.Request, event: ChatAction) -> AsyncIterator[list[Any]]:
        """A turn on a shown answer of the caller's (`which`: regenerate_of or continue_of)."""
        state = state or SessionState()
        owner_id = self.owner(request)
        await self.ctx.jobs.settled(owner_id, state.conversation_id)
        turn = TurnInput(text="", backend=backend or None, mode=mode if mode in MODES else
                         "thinking", conversation_id=state.conversation_id, limit_key=limit_key(request),
                         **{which: self._answer_at(owner_id, shown_id(state, event)) or "-"})  # ("-": none such)
        async for update in self._stream(owner_id, turn, state, None, request):
            yield update

    def _answer_at(self, owner_id: str, message_id: str | None) -> str | None:
        """The answer a Retry click means: one of the caller's answers shown in this page."""
        if message_id is None:
            return None
        with self.ctx.db.session(read_only=True) as session:
            message = store.get_message(session, owner_id=owner_id, message_id=message_id)
        return message_id if message is not None and message.role == "assistant" else None  # else: a question

    def _prefix(self, owner_id: str, turn: TurnInput, state: SessionState) -> dict[str, Any]:
        """What stays above the new messages while a turn streams: the branch up to where it attaches."""
        branch_point = turn.edit_of or turn.regenerate_of or turn.continue_of
        if not branch_point:
            return self.chat_history(owner_id, state)
        with self.ctx.db.session(read_only=True) as session:
            message = store.get_message(session, owner_id=owner_id, message_id=branch_point)
        if message is None:
            return self.chat_history(owner_id, state)
        return self.chat_view(owner_id, state.conversation_id, state.window, upto=message.parent_id or "",
                              lang=state.tab.lang)[0]

    @staticmethod
    def _tell_refusal(state: SessionState, snapshot: Answer) -> None:
        """A refused message's reason as a toast too: the chat shows it only until the stored chat comes back
        (after_turn) and the message returns to the composer."""
        entry = snapshot.error_dict()
        if entry is not None:  # (with its hint: a spent budget's says when it comes back)
            warn(" ".join(part for part in said(entry, state.tab.lang) if part), state.tab.lang)

    def _refused(self, owner_id: str, state: SessionState, snapshot: Answer, message: dict | None) -> list:
        """The chat with the reason; after_turn gives the composer back so nothing typed or attached is lost."""
        chat = render.stamped(render.extended(self.chat_history(owner_id, state),
                                              render.live_item(snapshot, state.tab.lang)),
                              state.tab.shown, state.conversation_id)
        return [chat, replace(state, returned=message or None)]

    async def _stream(
        self, owner_id: str, turn: TurnInput, state: SessionState, message: dict[str, Any] | None,
        request: gr.Request | None, key: str | None = None,
    ) -> AsyncIterator[list[Any]]:
        """Start the turn and show it until its answer has started (its first token); then this event ends
        and the page follows the answer with `follow` (kimi_ui/ui/live.py), as any page that opens the conversation
        does, after `after_turn` has set the address and the list (with its answering mark).

        Outputs: the chatbot and the state, nothing else: Gradio rebuilds every other component named
        in a yield, even for an empty update (~2 ms for the composer, each update). The page clears the
        composer itself on submit."""
        ticket = state.tab.shown  # another opening in this page stops this follower (kimi_ui/ui/live.py)
        # once: it does not change while streaming
        earlier = await self.ctx.db.call(self._prefix, owner_id, turn, state)
        # Until the stored question comes, its files from the uploads (an image by its upload URL).
        again = bool(turn.regenerate_of or turn.continue_of)  # an answer to a question already shown
        mine = () if again else (render.question_item(None, turn.text, pending=render.pending_files(
            turn.files, f"{self.ctx.settings.root_path.rstrip('/')}/gradio_api/file=")),)
        begun = self.handoff.filed(key, owner_id)  # by the side stream: maybe saved before `earlier` was read
        before = render.without(earlier, *((begun.answer.user_message_id, begun.answer.message_id) if begun else ()))
        yield [render.stamped(render.extended(before, *mine, render.live_item(Answer(), state.tab.lang)), ticket,
                              state.conversation_id), state]
        # Runs to its end whatever happens to this tab; filed under the page's key for its side stream.
        job = self.handoff.job_for(key, owner_id, lambda: self.ctx.jobs.start(owner_id, turn))
        if request is not None and request.session_hash:
            self.ctx.jobs.sent_by(request.session_hash, job)
        handed = saved = False
        try:
            async for answer in job.follow():
                if state.tab.shown != ticket:  # the page shows another conversation: the answer goes on
                    yield [gr.skip(), gr.skip()]
                    return
                if answer.message_id and not saved:  # the question is saved (once)
                    saved = True
                    self.discard(turn.files, request)
                    state = replace(state, conversation_id=answer.conversation_id,
                                    new_title=state.new_title or turn.conversation_id is None)
                    if turn.files and not again:  # with the stored attachments
                        mine = (await self.ctx.db.call(self._user_turn, owner_id, answer, turn.text,
                                                       state.tab.lang),)
                    elif not again:  # with its id (copy, edit)
                        mine = (render.question_item(answer.user_message_id, turn.text),)
                # Handed over once the answer shows something: this event brings the first token itself (the
                # follower starts only after after_turn, seconds later under load).
                handed = bool(answer.message_id) and _has_started(answer)
                # The side stream may have started the turn before `earlier` was read: never show it twice. (A
                # retried answer's question is the one already shown, in `earlier`: it stays.)
                before = render.without(earlier, *((answer.message_id,) if again
                                                   else (answer.user_message_id, answer.message_id)))
                yield [render.stamped(render.extended(before, *mine, render.live_item(answer, state.tab.lang)), ticket,
                                      state.conversation_id), state]
                if handed:
                    return
        finally:
            if not handed:
                if self.ctx.jobs.on_disconnect == "cancel":
                    job.stop()  # the operator's choice: an answer lives only as long as the tab that asked
                self.left_unseen(owner_id, job)
        if job.answer.message_id is None:  # refused before it started: nothing was saved
            if job.answer.status != "cancelled":  # (Stop before the question was saved: no toast)
                self._tell_refusal(state, job.answer)
            yield await self.ctx.db.call(self._refused, owner_id, state, job.answer, message)

    async def stop(self, state: SessionState, live: str | None, request: gr.Request) -> None:
        """Stop: the answer this tab sent (by its side stream's key: it may have started before the send
        event came), or the one its conversation is writing (sent from anywhere)."""
        owner_id = self.owner(request)
        for job in (self.handoff.filed(key_of(live), owner_id),
                    self.ctx.jobs.sent_from(request.session_hash) if request.session_hash else None):
            if job is not None and job.owner_id == owner_id and not job.done:
                job.stop()
                return
        self.ctx.jobs.stop(owner_id, conversation_id=(state or SessionState()).conversation_id)

    async def after_turn(self, state: SessionState, request: gr.Request) -> list[Any]:
        """Once a turn has ended (or was stopped): the stored chat (with "‹ i/n ›" where there are
        versions), the title bar, the list (with a title the backend may be writing), the tool log, and
        the send button back. While the conversation shown is still answering (a turn hands over to its
        follower once the answer has started), only the list, the address and Stop: the follower comes
        back here when it ends."""
        owner_id = self.owner(request)
        state = state or SessionState()
        returned, composer = state.returned, gr.update()
        if returned:  # refused: the chat keeps the reason, the composer gets the message back
            composer, state = gr.update(value=returned), replace(state, returned=None)
        if state.conversation_id in self.ctx.jobs.answering(owner_id):  # title bar, the list's mark, address
            lang = state.tab.lang
            bar, listed = await self.ctx.db.call(lambda: (self.title_bar(owner_id, state.conversation_id, lang),
                                                          self.sidebar_html(owner_id, state)))
            if state.new_title:
                state.tab.title_given = bar[0].get("value")
            return [state, gr.skip(), *bar, listed, gr.skip(), composer, live_value(True)]
        await self.ctx.turns.title_settled(state.conversation_id)
        shown = await self.ctx.db.call(self._after_turn, owner_id, state, keep_chat=bool(returned))
        return [*shown, composer, live_value(False)]

    def _after_turn(self, owner_id: str, state: SessionState, keep_chat: bool) -> list[Any]:
        """after_turn's reading: state, chat, title bar, list, tool log."""
        chat, ids, _ = self.chat_view(owner_id, state.conversation_id, state.window, lang=state.tab.lang)
        chat = render.stamped(chat, state.tab.shown, state.conversation_id)
        if keep_chat:
            chat = gr.update()
        else:
            state = replace(state, view=tuple(ids))
        self.unread.seen(owner_id, state.conversation_id)
        title, *bar = self.title_bar(owner_id, state.conversation_id, state.tab.lang)
        # The title is unchanged (also: the box got it while the answer was written): leave the box alone,
        # the user may be renaming. A title the model wrote since does go in.
        if not state.new_title or title.get("value") == state.tab.title_given:
            title = gr.update(interactive=bool(state.conversation_id))
        state.tab.title_given = None
        state = replace(state, new_title=False)
        return [state, chat, title, *bar, self.sidebar_html(owner_id, state),
                self.tool_log_for(owner_id, state.conversation_id, state.tab.lang)]

    def _user_turn(self, owner_id: str, answer: Answer, text: str, lang: str = "en") -> dict[str, Any]:
        with self.ctx.db.session(read_only=True) as session:
            found = store.attachments_for(session, owner_id=owner_id, message_ids=[answer.user_message_id or ""])
        return render.question_item(answer.user_message_id, text, found.get(answer.user_message_id or "", []),
                                    self.ctx.attachment_url, lang=lang)

    async def after_stop(self, state: SessionState, request: gr.Request) -> list[Any]:
        """Show the stored (partial, marked) answer once the cancelled turn has written it."""
        owner_id = self.owner(request)
        conversation_id = (state or SessionState()).conversation_id
        if conversation_id is None:  # a new chat: its send event has not named it yet, and shows the stopped turn
            return gr.skip()
        job = self.ctx.jobs.by_conversation(owner_id, conversation_id)
        if job is not None and job.answer.stopping:  # stopped, not yet ended: wait for it (no longer than 2 s;
            await job.ended(timeout=2.0)  # an answer that is not stopping is not waited for at all)
        state = state or SessionState()
        chat, _, _ = await self.ctx.db.call(self.chat_view, owner_id, conversation_id, state.window)
        return render.stamped(chat, state.tab.shown, conversation_id)
