"""Attaching the page to answers being written (issue 13, item 3): opening a conversation whose answer
runs shows it so far and follows it live; a tab that opens another conversation stops following (the
answer goes on); the sidebar marks conversations answering and those that finished unseen.

A mixin of Handlers. Each page has one Tab, shared by every copy of its SessionState (a frozen
dataclass that the handlers replace): each opening of a conversation bumps `Tab.shown`, and a follower
that started at another opening stops writing into the page before its next update, so an old answer
never streams into the conversation shown now."""

from __future__ import annotations

import json
from typing import Any, AsyncIterator

import gradio as gr

from kimi_ui.storage import store
from kimi_ui.ui import render

AFTER_OUTPUTS = 12  # Addresses.after_turn's: state, chat, 5 of the title bar, list, log, composer, live, here
MAX_UNREAD = 200  # per user: an id stays until its conversation is opened (or the process restarts)


class Tab:
    """One page's record of what it shows (Gradio gives each session a deep copy of the default)."""

    def __init__(self) -> None:
        self.shown = 0  # bumped by each opening of a conversation
        self.ended: int | None = None  # the opening at which a follower saw its answer end
        self.marks: tuple = ()  # the sidebar's marks when it was last rendered for this page
        self.lists = 0  # bumped by each rendering of the list (a timer's that another overtook is dropped)
        self.following: tuple | None = None  # (opening, answer) of the follower writing into this page
        self.end_due = False  # follow_queued followed answers here: after_follow shows their end
        self.renames = 0  # bumped by each rename here (a turn's late refresh then leaves the title alone)
        self.title_given: str | None = None  # the title a new chat's turn put in the title box while answering
        self.queue_seen = -1  # the owner's queue version when this page last showed its queued messages
        self.temporary: str | None = None  # the temporary chat this page shows: deleted when the page leaves it
        self.lang = "en"  # the page's language (kimi_ui/i18n), set at load from the user's settings or browser
        # (opening, ids): the question and answer a follower draws here, shown before the stored chat comes
        # back with them in the state's view (its buttons work from the first frame)
        self.live: tuple[int, frozenset[str]] = (-1, frozenset())


def shown_id(state: Any, event: Any) -> str | None:
    """The message an action names, if this page shows it (the owner's check comes on top)."""
    wanted = event.message_id
    if not wanted:
        return None
    opening, ids = state.tab.live
    return wanted if wanted in state.view or (opening == state.tab.shown and wanted in ids) else None


def live_value(answering: bool) -> str:
    """The hidden `live` component's value: the page script (assets/live.js) turns send into Stop."""
    return json.dumps({"answering": answering})


class Unread:
    """Conversations whose answer a page left while it was being written, until one is opened: kept in
    memory per process, like the jobs themselves (a restart interrupts those answers anyway, and the
    interrupted answer shows its own mark when opened)."""

    def __init__(self) -> None:
        self._by_owner: dict[str, dict[str, None]] = {}

    def left(self, owner_id: str, conversation_id: str | None) -> None:
        if conversation_id:
            ids = self._by_owner.setdefault(owner_id, {})
            ids[conversation_id] = None
            while len(ids) > MAX_UNREAD:
                del ids[next(iter(ids))]

    def seen(self, owner_id: str, conversation_id: str | None) -> None:
        self._by_owner.get(owner_id, {}).pop(conversation_id or "", None)

    def of(self, owner_id: str) -> set[str]:
        return set(self._by_owner.get(owner_id, ()))


class LiveMixin:
    ctx: Any

    @property
    def unread(self) -> Unread:
        return self.__dict__.setdefault("_unread", Unread())

    def marks(self, owner_id: str, shown: str | None) -> tuple[frozenset, frozenset]:
        """(answering, unread) for the sidebar; the conversation shown is never unread."""
        answering = frozenset(self.ctx.jobs.answering(owner_id))
        return answering, frozenset(self.unread.of(owner_id) - answering - {shown})

    def left_unseen(self, owner_id: str, job: Any) -> None:
        """A follower stops (the page opened another conversation, or went away) before the end."""
        if not job.done:
            self.unread.left(owner_id, job.conversation_id)

    def went_away(self, job: Any, request: gr.Request) -> None:
        """on_disconnect = "cancel" (the operator's choice): an answer lives as long as the page that sent it."""
        session = getattr(request, "session_hash", None)
        if self.ctx.jobs.on_disconnect == "cancel" and session and self.ctx.jobs.sent_from(session) is job:
            job.stop()

    async def follow(self, state: Any, request: gr.Request) -> AsyncIterator[Any]:
        """After an opening: if the conversation shown is answering, everything written so far, then
        each change, until it ends (then `after_attach` shows the stored chat)."""
        state = state or self.new_state()
        owner_id = self.owner(request)
        job = self.ctx.jobs.by_conversation(owner_id, state.conversation_id)
        if job is None:
            yield gr.skip()  # (a generator that yields nothing would set the chat to None)
            return
        tab, mine = state.tab, (state.tab.shown, job.message_id)
        if tab.following == mine:
            return  # this page follows it already (Enter during the answer runs the turn's chain again)
        tab.following = mine
        tab.live = (mine[0], frozenset(i for i in (job.message_id, job.answer.user_message_id) if i))
        # The question: an answer another process writes knows it only once its snapshot came (and never,
        # if that process died): the stored answer's parent says it, so the chat above it shows meanwhile.
        asked = job.answer.user_message_id or await self.ctx.db.call(self._question_of, owner_id, job.message_id)
        earlier = await self.ctx.db.call(self._asked, owner_id, state, asked)
        ended = False
        try:
            async for answer in job.follow(every=self._pace(job, request)):
                if tab.shown != mine[0]:
                    yield gr.skip()  # the page shows another conversation now: leave it alone
                    return
                if answer.user_message_id and answer.user_message_id != asked:  # (a snapshot said otherwise)
                    asked = answer.user_message_id
                    earlier = await self.ctx.db.call(self._asked, owner_id, state, asked)
                yield render.stamped(render.extended(earlier, render.live_item(answer, tab.lang)), mine[0],
                                      state.conversation_id)  # (one output)
            tab.ended, ended = mine[0], True
        finally:
            if tab.following == mine:
                tab.following = None
            if not ended and tab.shown == mine[0]:  # the page went away (closed, reloaded, disconnected)
                self.went_away(job, request)
            self.left_unseen(owner_id, job)

    def _pace(self, job: Any, request: gr.Request) -> float:
        """The page that sent the message follows at the stream's own rate; every other page at
        follow_updates_per_second (each follower costs the server about what the sender's page does)."""
        session = getattr(request, "session_hash", None)
        if session and self.ctx.jobs.sent_from(session) is job and not getattr(job, "side_streams", 0):
            return 0.0  # (with its side stream open, the page shows that: this is only the safety net)
        return 1 / self.ctx.settings.follow_updates_per_second

    def _question_of(self, owner_id: str, message_id: str | None) -> str | None:
        """The question a stored answer follows."""
        with self.ctx.db.session(read_only=True) as session:
            row = store.get_message(session, owner_id=owner_id, message_id=message_id or "")
        return row.parent_id if row is not None else None

    def _asked(self, owner_id: str, state: Any, question_id: str | None) -> dict[str, Any]:
        """The chat down to the question being answered (with its stored attachments)."""
        return self.chat_view(owner_id, state.conversation_id, state.window, upto=question_id or "",
                              lang=state.tab.lang)[0]

    async def after_attach(self, state: Any, request: gr.Request) -> list[Any]:
        """When a followed answer has ended with the page still on it: as after a turn of its own."""
        state = state or self.new_state()
        if state.tab.ended is None or state.tab.ended != state.tab.shown:
            return [gr.skip()] * AFTER_OUTPUTS  # nothing was followed, or the page has moved on
        state.tab.ended = None
        from kimi_ui.ui.urls import Addresses  # urls imports handlers' neighbours: late, no cycle

        return await Addresses(self).after_turn(state, request)

    async def refresh_marks(self, state: Any, request: gr.Request) -> Any:
        """The timer's: the list again when an answer started or ended (here or in the background)."""
        state = state or self.new_state()
        owner_id = self.owner(request)
        if self.marks(owner_id, state.conversation_id) == state.tab.marks:
            return gr.skip()
        drawn = state.tab.lists
        html = await self.ctx.db.call(self.sidebar_html, owner_id, state)
        if state.tab.lists != drawn + 1:  # a pin, a move, an opening drew the list meanwhile: theirs is newer,
            return gr.skip()              # and this plain request's answer may reach the page after theirs
        return html
