"""One user turn end to end, for the UI and the /chat API alike: ownership, media, saving the user's
message before the backend is called, the engine, checkpoints while streaming, the final write."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Literal

from sqlmodel import select

from kimi_ui.access import may_use
from kimi_ui.auth import LOCAL_USER, RESERVED_PREFIX
from kimi_ui.backends.registry import Backends
from kimi_ui.checkpoints import Checkpoints
from kimi_ui.answer import Answer
from kimi_ui.config import Settings
from kimi_ui.engine import EngineConfig, TurnRequest, Unanswered, run_turn
from kimi_ui.failover import Route, can_take, moves, needs
from kimi_ui.events import Event, MediaProgress, Notice, TurnDone, TurnError, TurnStarted, error, notice
from kimi_ui.limits import TurnLimits
from kimi_ui.shared_limits import Allowance, Holds, Windows
from kimi_ui.shielded import through_cancel
from kimi_ui.media.images import MediaError
from kimi_ui.media.prepare import MediaLimits, Prepared, kind_of
from kimi_ui.preferences import MODES, PreferenceStore
from kimi_ui.readable import NoTextInPicture, readable, reads_pictures_as_text
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.files import blob_path
from kimi_ui.storage.history import to_history
from kimi_ui.storage.models import Conversation, User
from kimi_ui.messages import with_instruction
from kimi_ui.swarm import ORCHESTRATOR, Swarm, SwarmLimits, tool_spec
from kimi_ui.titles import summarise, title_from
from kimi_ui.tools.registry import Registry, Tool
from kimi_ui.tools.web_search import with_web_search
from kimi_ui.uploads import needs_vision, prepare_all, store_all, upload_tokens
from kimi_ui.usage import Quotas, Reserved, measured, tokens_of
from kimi_ui.backends.wire import estimate_tokens

log = logging.getLogger(__name__)
Mode = Literal["instant", "thinking", "swarm"]
CONTINUABLE = ("length", "interrupted", "cancelled", "round_limit")  # how an answer that Continue goes on ended
STOPPED_NOTICES = ("cancelled", "interrupted")  # how an answer ended early, said as a notice (notice.<status>)


def _stopped(answer: Answer) -> tuple[Event, ...]:
    """The end of an answer stopped before its question was saved (folded into `answer`)."""
    status = answer.stopping or "cancelled"
    events = (notice(status if status in STOPPED_NOTICES else "cancelled"), TurnDone(status=status))
    for event in events:
        answer.apply(event)
    return events


def _carry_on(answer: Answer, stored: Answer, backend: Any) -> tuple[bool, list[Event]]:
    """Continue: `answer` (the job's, which followers show) takes over what the stopped answer wrote. Whether
    the model goes on inside its last round (its text; its reasoning where the kind can), and the notices to
    say: a cut inside the reasoning that the backend cannot go on from starts that round again; a generic
    server is asked in a message nobody sees."""
    how = stored.reopen()
    answer.rounds, answer.notices, answer.carried_tokens = stored.rounds, stored.notices, stored.carried_tokens
    answer.cost_before = stored.cost_before
    said: list[Event] = []
    if how == "reasoning" and not backend.kind.continues_reasoning:
        answer.rounds.pop()
        said.append(notice("continue_restarted", backend=backend.name))
        how = ""
    if how and not backend.kind.continues_in_place:
        said.append(notice("continue_asked", backend=backend.name))
    return bool(how), said


@dataclass(frozen=True)
class TurnInput:
    text: str
    files: tuple[tuple[str, str], ...] = ()  # (server path of an upload, the name the user gave it)
    backend: str | None = None
    mode: Mode = "thinking"
    conversation_id: str | None = None
    max_tokens: int | None = None
    sampling: dict[str, float] | None = None
    system_prompt: str | None = None  # None: the Settings default for a new conversation, unchanged otherwise
    tools: tuple[str, ...] | None = None  # enabled tools; None: the conversation's choice (or the defaults)
    limit_key: str | None = None  # whose limits apply (the owner; the IP address in a public demo)
    edit_of: str | None = None  # a user message to replace: the new one becomes its sibling (a branch)
    regenerate_of: str | None = None  # an answer to write again: a new sibling answer to the same question
    continue_of: str | None = None  # an answer stopped before its end, to write on in place (Continue)


def _is_visitor(user_name: str | None) -> bool:
    """An anonymous public-demo identity. None is the local mode's single user (as AppContext.owner_id)."""
    return bool(user_name) and user_name.lower().startswith(RESERVED_PREFIX)


class Refused(Exception):
    """A turn that cannot start: an error code with its params (kimi_ui/events.error has the words)."""

    def __init__(self, code: str, message_id: str | None = None, **params: Any) -> None:
        self.error: TurnError = error(code, message_id=message_id, **params)
        super().__init__(self.error.message)

    @classmethod
    def because(cls, failure: TurnError) -> "Refused":
        refused = cls.__new__(cls)
        Exception.__init__(refused, failure.message)
        refused.error = failure
        return refused


MIN_BUDGET = 64  # tokens a turn may write however little of the user's budget is left (it started under it)


@dataclass(frozen=True)
class Counted:
    """Whose turn's tokens are counted, under which limit key, and how many its answer had when it began."""

    owner_id: str
    key: str
    before: int
    prompt_estimate: int = 0  # the request's prompt, for an answer whose stream ends without usage
    held: int = 0  # the tokens it holds of the user's budget while it runs (kimi_ui/usage.py Quotas)


class Turns:
    def __init__(self, db: Database, backends: Backends, settings: Settings, tools: Registry | None = None) -> None:
        self.db = db
        self.tools = tools or Registry()
        self.backends = backends
        self.settings = settings
        self.engine_config = EngineConfig.from_settings(settings)
        self.attachments_root = Path(settings.attachments_dir)
        self.media_limits = MediaLimits.from_settings(settings)
        self._streaming: set[str] = set()  # this process's; other processes' answers: `elsewhere`
        self.elsewhere: Any = None  # jobs.Jobs when several app processes share the database (set by Jobs)
        self.checkpoints = Checkpoints(db)
        self.preferences = PreferenceStore(db)
        self._titling: dict[str, asyncio.Task] = {}
        self.holds = Holds(db)  # tokens and swarm places held by running requests, seen by every process
        self.limits = TurnLimits(Windows(db), settings.turns_per_minute, settings.max_streams_per_user,
                                 settings.demo_turns_per_minute, holds=self.holds)
        self.swarm_limits = SwarmLimits.from_settings(settings)
        self.allowance = Allowance(db, self.holds, settings.swarm_agents_per_user, settings.swarm_agents_per_backend)
        self.quotas = Quotas(settings, self.holds)
        self._log_demo_tools()

    def is_streaming(self, conversation_id: str) -> bool:
        return conversation_id in self._streaming or self._answering_elsewhere(conversation_id) is not None

    def _answering_elsewhere(self, conversation_id: str) -> str | None:
        return self.elsewhere.message_in(conversation_id) if self.elsewhere is not None else None

    async def run(self, *, owner_id: str, turn: TurnInput, answer: Answer | None = None,
                  slot: Any = None, lease: Any = None) -> AsyncIterator[Event]:
        """Yields MediaProgress while uploads are prepared, TurnStarted, the engine's events, and always
        ends with TurnDone; every event is folded into `answer` first. With a `slot` (jobs.Slots-like:
        `await slot.acquire(answer)`, `slot.release()`), the backend is called only once it has a free
        slot; the question is saved before the wait. With a `lease` (jobs._Lease), the conversation is
        claimed in the registry of every process before anything is written (`await lease.claim(owner,
        conversation id or None)` raises Refused "busy"), and `await lease.adopt(started)` once written."""
        answer = answer if answer is not None else Answer()
        if answer.stopping:  # Stop came before this began (a job's task not yet run once)
            for event in _stopped(answer):
                yield event
            return
        busy: set[str] = set()
        key = turn.limit_key or owner_id
        others = self.elsewhere.streams_elsewhere(owner_id) if self.elsewhere is not None else 0
        # (counted in the database, started here; a Stop meanwhile lets the count finish, then ends the turn)
        refusal, cut = await through_cancel(self.limits.begin(key, others))
        if refusal is None and (cut or answer.stopping):
            self.limits.finished(key)
            for event in _stopped(answer):
                yield event
            return
        if refusal:
            for event in (refusal, TurnDone(status="error")):
                answer.apply(event)
                yield event
            return
        try:
            try:
                backend, conversation = self._check(owner_id, turn)
                answer.prices = backend.prices
                if conversation is not None:  # its earlier files must be here to be sent again
                    missing = await asyncio.to_thread(self._missing_file, owner_id, conversation.id)
                    if missing is not None:
                        raise Refused("attachment_not_here", name=missing)
                busy = {conversation.id} if conversation else set()
                self._streaming |= busy  # marked before the first await: no second turn can slip in
                if lease is not None:  # and in every process (a claim begun is finished: else nobody releases it)
                    _, cut = await through_cancel(lease.claim(owner_id, conversation.id if conversation else None))
                    if cut:
                        raise asyncio.CancelledError  # (released by the job)
                prepared: list[Prepared] = []
                read: list[Event] = []  # what making the uploads readable for this backend has to say
                async for item in self._prepare_uploads(owner_id, turn, backend):
                    if isinstance(item, MediaProgress):
                        answer.apply(item)
                        yield item
                    else:
                        prepared, read = item
            except Refused as refused:
                for event in (refused.error, TurnDone(status="error")):
                    answer.apply(event)
                    yield event
                return
            except asyncio.CancelledError:  # Stop (or the shutdown) before anything was saved
                for _ in _stopped(answer):
                    pass
                raise
            # Not cut short by Stop: the worker thread saves the question either way, and an answer saved
            # 'streaming' would stay so with nobody to finish it. Stopped meanwhile, _stream ends it at once.
            (started, history, tools, refused, stored), cut = await through_cancel(asyncio.to_thread(
                self._start, owner_id, turn, conversation, backend, prepared))
            busy.add(started.conversation_id)
            self._streaming.add(started.conversation_id)
            if lease is not None:
                cut = (await through_cancel(lease.adopt(started)))[1] or cut
            if cut:
                answer.stopping = answer.stopping or "cancelled"
            route = self._route(owner_id, backend, history, turn)
            if backend.health.status == "down" and route.rest:  # by its last check: on to a fallback at once
                route.move(None)
            if stored is not None:
                route.keep_alike()
            backend = route.backend
            answer.prices = backend.prices
            continuing, said = _carry_on(answer, stored, backend) if stored is not None else (False, [])
            answer.apply(started)
            yield started
            for event in said:
                answer.apply(event)
                yield event
            if stored is not None:
                history += answer.messages()  # what it wrote so far (the last round: where it goes on)
            if refused:
                read.append(notice("tools_unavailable", tools=", ".join(refused)))
            before = tokens_of(measured(answer.usage_dict(), answer.written_chars, 0))  # (a Continue: what it had)
            for said_now in read:
                answer.apply(said_now)
                yield said_now
            thinking = turn.mode in ("thinking", "swarm")
            swarm = None
            if turn.mode == "swarm":  # the orchestrator: the chat's tools, and start_agents
                offered, _ = with_web_search(self.tools.specs(tools, backend.kind.name), history, thinking=thinking,
                                             model=backend.model)
                swarm = Swarm(limits=self.swarm_limits, allowance=self.allowance, user=key, backend=backend,
                              tools=self.tools, available=[s["function"]["name"] for s in offered], sampling=turn.sampling,
                              config=self.engine_config)
                swarm.started = len(answer.agents)  # (a Continue: those it started before count)

            def request_for(backend: Any) -> TurnRequest:
                """The request for the backend writing the answer (its kind's tools; Moonshot's web search)."""
                offered, sent = with_web_search(self.tools.specs(tools, backend.kind.name), history,
                                                thinking=thinking, model=backend.model)
                if swarm is not None:
                    swarm.backend = backend  # (its sub-agents run where the answer is written)
                    offered = [*offered, tool_spec(swarm.available, self.swarm_limits.max_agents)]
                    sent = with_instruction(sent, ORCHESTRATOR.format(max_agents=self.swarm_limits.max_agents))
                return TurnRequest(history=sent, thinking=thinking, max_tokens=turn.max_tokens, sampling=turn.sampling,
                                   tools=offered or None, continuing=bool(continuing))

            counted = Counted(owner_id, key, before, estimate_tokens(history))  # (what it holds: in _stream)
            async with contextlib.aclosing(self._stream(counted, route, answer, request_for, slot, swarm)) as events:
                async for event in events:
                    yield event
                    if isinstance(event, TurnDone) and event.status == "done" and turn.conversation_id is None:
                        self._start_title(owner_id, started.conversation_id, route.backend, turn.text)
        finally:
            self._streaming -= busy  # whatever happened, the conversation is free again
            self.limits.finished(key)

    # -- titles -----------------------------------------------------------------------------------
    def _start_title(self, owner_id: str, conversation_id: str, backend: Any, text: str) -> None:
        """After a new conversation's first answer (so the backend is up): ask it for a short title, in the
        background."""
        if not self.settings.auto_title or not text.strip() or conversation_id in self._titling:
            return
        task = asyncio.ensure_future(self._title(owner_id, conversation_id, backend, text))
        self._titling[conversation_id] = task
        task.add_done_callback(lambda _: self._titling.pop(conversation_id, None))

    async def _title(self, owner_id: str, conversation_id: str, backend: Any, text: str) -> None:
        title = await summarise(backend, self.engine_config, text)
        if not title:
            return

        def save(session: Any) -> None:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            if conversation is not None and conversation.title_by == "words":  # never over the user's own
                store.update_conversation(session, owner_id=owner_id, conversation_id=conversation_id,
                                          title=title, title_by="model", touch=False)

        await self.db.run(save)

    async def title_settled(self, conversation_id: str | None, timeout: float = 5.0) -> None:
        """Wait (a little) for a title being written, so the list shows it."""
        task = self._titling.get(conversation_id or "")
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(task), timeout)

    # -- before the turn --------------------------------------------------------------------------
    def _check(self, owner_id: str, turn: TurnInput) -> tuple[Any, Conversation | None]:
        if not turn.text.strip() and not turn.files and not turn.regenerate_of and not turn.continue_of:
            raise Refused("empty")
        if (turn.edit_of or turn.regenerate_of or turn.continue_of) and not turn.conversation_id:
            raise Refused("unknown_message", variant="no_conversation")
        if turn.mode not in MODES:
            raise Refused("bad_mode", mode=repr(turn.mode))
        with self.db.session(read_only=True) as session:  # on the event loop: a read never waits
            user = session.get(User, owner_id)
            spent = self.quotas.refusal(session, user=user, limit_key=turn.limit_key)
        if spent is not None:
            raise Refused.because(spent)
        backend = self.choose_for(user, turn.backend)
        if backend is None:
            raise Refused("unknown_backend", name=repr(turn.backend),
                          names=", ".join(b.name for b in self.backends_for(user)))
        if turn.mode == "swarm" and not self.swarm_for(self._user_name(owner_id)):
            raise Refused("swarm_off")
        if turn.mode == "swarm" and not backend.capabilities.tools:
            raise Refused("swarm_no_tools", backend=backend.name)
        conversation = None
        if turn.conversation_id:
            with self.db.session(read_only=True) as session:  # on the event loop: a read never waits
                conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=turn.conversation_id)
            if conversation is None:
                raise Refused("unknown_conversation")
            if self.is_streaming(conversation.id):
                raise Refused("busy", message_id=self._answering_elsewhere(conversation.id), hints=["busy.stop"])
        if conversation is not None and (turn.edit_of or turn.regenerate_of):
            self._check_branch_point(owner_id, turn, conversation)
        if conversation is not None and turn.continue_of:
            self._check_continued(owner_id, turn.continue_of, conversation)
        if needs_vision(turn.files) and not backend.capabilities.vision and not (  # (pictures may go as OCR text)
                reads_pictures_as_text(backend, self.preferences.get(owner_id).read_pictures)
                and all(kind_of(name, Path(path)) != "video" for path, name in turn.files)):
            raise Refused("no_vision", backend=backend.name)
        return backend, conversation

    def _check_branch_point(self, owner_id: str, turn: TurnInput, conversation: Conversation) -> None:
        wanted = ("user", turn.edit_of) if turn.edit_of else ("assistant", turn.regenerate_of)
        with self.db.session(read_only=True) as session:
            message = store.get_message(session, owner_id=owner_id, message_id=wanted[1] or "")
        if message is None or message.conversation_id != conversation.id or message.role != wanted[0]:
            raise Refused("unknown_message", variant="question" if turn.edit_of else "answer")
        if turn.regenerate_of and (message.parent_id is None or turn.files):
            raise Refused("unknown_message", variant="regenerate")

    def _check_continued(self, owner_id: str, message_id: str, conversation: Conversation) -> None:
        """Continue writes on an answer of this conversation that stopped before its end and is the last of
        its branch (nothing was said after it)."""
        with self.db.session(read_only=True) as session:
            message = store.get_message(session, owner_id=owner_id, message_id=message_id)
            later = message is not None and store.has_children(session, owner_id=owner_id, message_id=message.id)
        if (message is None or message.conversation_id != conversation.id or message.role != "assistant"
                or message.parent_id is None or later or message.status not in CONTINUABLE):
            raise Refused("unknown_message", variant="continue")

    async def _prepare_uploads(self, owner_id: str, turn: TurnInput, backend: Any) -> AsyncIterator[Any]:
        """Prepare in a thread; pass its progress on as events; finally yield the prepared list, made readable
        for the backend (kimi_ui/readable.py), and what that has to say."""
        if not turn.files:
            yield [], []
            return
        loop = asyncio.get_running_loop()
        progress: asyncio.Queue[MediaProgress] = asyncio.Queue()

        def report(name: str, done: int, total: int) -> None:
            loop.call_soon_threadsafe(progress.put_nowait, MediaProgress(name, done, total))

        task = asyncio.ensure_future(asyncio.to_thread(prepare_all, turn.files, self.media_limits, report))
        try:
            while not task.done() or not progress.empty():
                item = None
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(0.1):  # not wait_for: it can drop a Stop (engine._coalesce)
                        item = await progress.get()
                if item is not None:
                    yield item
            # (the user's setting is read only where it counts: pictures for a text-only backend)
            pictures = not backend.capabilities.vision and self.preferences.get(owner_id).read_pictures
            prepared, said = await readable(task.result(), turn.files, backend,
                                            max_chars=self.media_limits.max_text_bytes, read_pictures=pictures)
        except NoTextInPicture as exc:
            raise Refused("no_vision", variant="no_text", backend=backend.name, name=exc.name) from None
        except MediaError as exc:
            raise Refused("bad_file", problem=exc.quoted()) from None
        except Exception as exc:  # noqa: BLE001 - a decoder choking on a malformed file is bad input too
            log.warning("preparing uploads failed: %r", exc)
            raise Refused("bad_file", variant="unreadable", kind=type(exc).__name__) from None
        finally:
            task.cancel()
        tokens = upload_tokens(prepared)
        if tokens > backend.context_window - 1024:
            raise Refused("too_large", tokens=tokens, backend=backend.name, window=backend.context_window)
        yield prepared, said

    def _start(
        self, owner_id: str, turn: TurnInput, conversation: Conversation | None, backend: Any,
        prepared: list[Prepared],
    ) -> tuple[TurnStarted, list, list[str], list[str], Answer | None]:
        """Save the question, then read the history the model gets: one trip to a worker thread. Also the
        tools this owner may not use that the turn asked for (whatever the caller passed, they are neither
        offered to the model nor run), and for Continue the answer as stored."""
        allowed = {t.name for t in self.tools_for(self._user_name(owner_id))}
        refused = [n for n in turn.tools or () if self.tools.get(n) and n not in allowed]
        if refused:
            turn = replace(turn, tools=tuple(n for n in turn.tools or () if n not in refused))
        if turn.continue_of:
            started, stored = self._reopen(owner_id, turn, backend)
        else:
            started, stored = self._save_user_turn(owner_id, turn, conversation, backend, prepared), None
        history, tools = self._history(owner_id, started.conversation_id, started.user_message_id)
        return started, history, [n for n in tools if n in allowed], refused, stored

    def _save_user_turn(
        self, owner_id: str, turn: TurnInput, conversation: Conversation | None, backend: Any,
        prepared: list[Prepared],
    ) -> TurnStarted:
        """Commit the user's message (and an empty 'streaming' answer) before the backend is called."""
        names = [name for _, name in turn.files]  # (what readable() added comes after the uploads, named)
        attachments = store_all(owner_id, self.attachments_root, prepared, names + [""] * (len(prepared) - len(names)))
        with self.db.session() as session:
            if conversation is None:
                conversation = store.create_conversation(
                    session,
                    owner_id=owner_id,
                    system_prompt=self.settings.system_prompt if turn.system_prompt is None else turn.system_prompt,
                    backend=backend.name,
                    mode=turn.mode,
                    title=title_from(turn.text) or (names[0] if names else "New chat"),
                    tools=list(turn.tools) if turn.tools is not None else None,
                    commit=False,
                )
            else:
                changes = {"backend": backend.name, "mode": turn.mode}
                if turn.system_prompt is not None:
                    changes["system_prompt"] = turn.system_prompt
                if turn.tools is not None:
                    changes["tools"] = list(turn.tools)
                store.update_conversation(session, owner_id=owner_id, conversation_id=conversation.id, commit=False,
                                          **changes)
            question = self._question(session, owner_id, conversation.id, turn, attachments)
            answer = store.add_message(
                session,
                owner_id=owner_id,
                conversation_id=conversation.id,
                role="assistant",
                status="streaming",
                parent_id=question,
                backend=backend.name,
                model=backend.model,
                mode=turn.mode,
                commit=False,
            )
            session.commit()  # all of it or nothing: a question is never stored without its answer's row
        return TurnStarted(conversation.id, question, answer.id)

    def _reopen(self, owner_id: str, turn: TurnInput, backend: Any) -> tuple[TurnStarted, Answer]:
        """Continue: the stopped answer is 'streaming' again (a restart in between finds it interrupted, as any
        answer being written), on the backend and in the mode now chosen."""
        with self.db.session() as session:
            row = store.get_message(session, owner_id=owner_id, message_id=turn.continue_of or "")
            stored = Answer.from_row(row)
            store.update_message(session, owner_id=owner_id, message_id=row.id, status="streaming",
                                 backend=backend.name, model=backend.model, mode=turn.mode, commit=False)
            store.update_conversation(session, owner_id=owner_id, conversation_id=row.conversation_id, commit=False,
                                      backend=backend.name, mode=turn.mode)
            session.commit()
            return TurnStarted(row.conversation_id, row.parent_id, row.id), stored

    @staticmethod
    def _question(session: Any, owner_id: str, conversation_id: str, turn: TurnInput, attachments: list) -> str:
        """The id of the user message the answer follows: a regenerated answer's question, an edited
        question (a sibling of the old one, keeping its attachments), or a new message at the tip."""
        if turn.regenerate_of:
            return store.get_message(session, owner_id=owner_id, message_id=turn.regenerate_of).parent_id
        parent: Any = store.LATEST
        if turn.edit_of:
            old = store.get_message(session, owner_id=owner_id, message_id=turn.edit_of)
            parent = old.parent_id
            kept = store.attachments_for(session, owner_id=owner_id, message_ids=[old.id]).get(old.id, [])
            attachments = [store.copy_attachment(a) for a in kept] + list(attachments)
        user = store.add_message(session, owner_id=owner_id, conversation_id=conversation_id, role="user",
                                 content=turn.text, attachments=attachments, parent_id=parent, commit=False)
        return user.id

    # -- the turn ---------------------------------------------------------------------------------
    def enabled_tools(self, chosen: list[str] | None, user_name: str | None = None) -> list[str]:
        """The chosen tools (None: the defaults) that exist; with `user_name`, only those tools_for allows."""
        names = [n for n in (chosen if chosen is not None else self.tools.defaults()) if self.tools.get(n)]
        if user_name is None:
            return names
        allowed = {t.name for t in self.tools_for(user_name)}
        return [n for n in names if n in allowed]

    # -- who may use which tools --------------------------------------------------------------------
    def backends_for(self, user: User | None) -> list[Any]:
        """The backends this user may use (kimi_ui/access.py); an unknown user only those open to everyone."""
        name, groups = (user.name, user.groups) if user is not None else ("", "")
        return [b for b in self.backends if may_use(b.config, name, groups)]

    def choose_for(self, user: User | None, name: str | None) -> Any:
        """The named backend if the user may use it, else None; without a name the default among theirs."""
        usable = self.backends_for(user)
        if name:
            chosen = self.backends.get(name)
            return chosen if chosen in usable else None
        default = self.backends.choose(None)
        if default in usable:
            return default
        return ([b for b in usable if b.health.status == "ok"] or usable or [None])[0]

    def user_named(self, name: str | None) -> User | None:
        with self.db.session(read_only=True) as session:
            return session.exec(select(User).where(User.name == (name or LOCAL_USER))).first()

    def tools_for(self, user_name: str | None) -> list[Tool]:
        """The tools a user may be offered (the UI's picker) and run. An anonymous public-demo visitor gets
        the workspace tools only when `demo_workspace_tools` says so: they read the server's files."""
        return [t for t in self.tools.all() if self._may_use(user_name, t)]

    def page_modes(self) -> tuple[str, ...]:
        """The modes the page's picker offers (the same for every user of the page: in a public demo without
        demo_swarm, Swarm is not offered there, though a signed-in user's /chat may still ask for it)."""
        offered = self.settings.swarm and (not self.settings.public_demo or self.settings.demo_swarm)
        return MODES if offered else tuple(m for m in MODES if m != "swarm")

    def swarm_for(self, user_name: str | None) -> bool:
        """Whether Swarm mode is offered to this user: on unless the operator turned it off; for a public demo's
        visitors only with demo_swarm (a swarm is up to max_agents answers' worth of the backend's time)."""
        return self.settings.swarm and (not _is_visitor(user_name) or self.settings.demo_swarm)

    def _may_use(self, user_name: str | None, tool: Tool) -> bool:
        if not _is_visitor(user_name):
            return True
        if tool.billed:  # (Moonshot's web search: the operator pays for each search)
            return self.settings.demo_web_search
        return not tool.reads_workspace or self.settings.demo_workspace_tools

    def _user_name(self, owner_id: str) -> str:
        with self.db.session(read_only=True) as session:
            user = session.get(User, owner_id)
            return user.name if user is not None else RESERVED_PREFIX  # unknown: treated as a visitor

    def _log_demo_tools(self) -> None:
        names = [t.name for t in self.tools.all() if t.reads_workspace]
        if not self.settings.public_demo or not names:
            return
        if self.settings.demo_workspace_tools:
            log.warning("public demo: anonymous visitors may use the workspace tools (%s), which read %s "
                        "(demo_workspace_tools = true)", ", ".join(names), self.settings.workspace)
        else:
            log.info("public demo: the workspace tools (%s) are off for anonymous visitors; signed-in users keep "
                     "them (set demo_workspace_tools = true to offer them to visitors)", ", ".join(names))

    def _missing_file(self, owner_id: str, conversation_id: str) -> str | None:
        """The name of an attachment of the conversation whose file is not in this process's data folder (a
        replica without the shared volume, docs/shared-state.md), or None."""
        with self.db.session(read_only=True) as session:
            attachments = store.conversation_attachments(session, owner_id=owner_id, conversation_id=conversation_id)
        for attachment in attachments:
            if attachment.sha256 and not blob_path(self.attachments_root, attachment.sha256, attachment.mime).is_file():
                log.warning("conversation %s: the file of attachment %s is not in %s; is the data folder shared by "
                            "every replica? (docs/shared-state.md)", conversation_id, attachment.id,
                            self.attachments_root)
                return attachment.name or attachment.kind
        return None

    def _history(self, owner_id: str, conversation_id: str, question_id: str) -> tuple[list, list[str]]:
        """The model's history (always from the store: the branch that ends at the question being
        answered) and the conversation's enabled tools."""
        with self.db.session(read_only=True) as session:
            conversation = store.get_conversation(session, owner_id=owner_id, conversation_id=conversation_id)
            rows = store.branch_messages(session, owner_id=owner_id, conversation_id=conversation_id,
                                         leaf_id=question_id)
            attachments = store.attachments_for(session, owner_id=owner_id, message_ids=[r.id for r in rows])
        prompt = conversation.system_prompt if conversation else ""
        tools = self.enabled_tools(conversation.tools if conversation else None)
        return to_history(rows, attachments, self.attachments_root, prompt), tools

    async def _stream(self, counted: "Counted", route: Route, answer: Answer, request_for: Callable[[Any], TurnRequest],
                      slot: Any, swarm: Swarm | None = None) -> AsyncIterator[Event]:
        owner_id = counted.owner_id
        acquired = False
        hold_id = None  # (released in the finally, after the count)
        try:
            if answer.stopping:  # stopped while its question was being saved: the finally ends it
                return
            self.holds.ensure_started()
            first = request_for(route.backend)
            wanted = first.max_tokens or (self.engine_config.max_tokens_thinking if first.thinking else
                                          self.engine_config.max_tokens_instant)
            reserved, cut = await through_cancel(self.db.call(self._reserve, counted, wanted))
            hold_id = reserved.hold_id
            if cut:
                raise asyncio.CancelledError
            if reserved.refusal is not None:  # another request of the user (maybe in another process) spent it
                for event in (reserved.refusal, TurnDone(status="error")):
                    answer.apply(event)
                    yield event
                return
            if reserved.tokens is not None:  # at most what is left of the user's budget, held while it runs
                sized = request_for
                request_for = lambda backend: replace(sized(backend), max_tokens=reserved.tokens)  # noqa: E731
                counted = replace(counted, held=reserved.held)
            if slot is not None:
                await slot.acquire(answer)
                acquired = True
            while True:
                try:
                    async with contextlib.aclosing(self._attempt(owner_id, route, answer, request_for, swarm)) as events:
                        async for event in events:
                            yield event
                    break
                except Unanswered as failed:  # before its first token: on to the next fallback, and say so
                    for said in route.move(failed.failure):
                        answer.apply(said)
                        yield said
                    answer.prices = route.backend.prices
        finally:
            if acquired:
                slot.release()
            self.checkpoints.forget(answer.message_id)
            for said in route.said_as("tried"):  # (stopped before the backend it moved to answered)
                answer.apply(said)
            if answer.ended_at is None:
                # Stop, shutdown or a crash in between: keep what came and say so.
                status = answer.stopping or "cancelled"
                said = status if status in STOPPED_NOTICES else "cancelled"
                answer.apply(notice(said, action="continue" if status == "interrupted" else None))
                answer.apply(TurnDone(status=status))
            try:  # In a worker thread, to its end: the lease is released (by the job) only after the final write.
                usage = measured(answer.usage_dict(), answer.written_chars, counted.prompt_estimate,
                                 finished=answer.finish_reason is not None)
                near = await through_cancel(self.db.call(self._near, counted, usage))
                if near[0] is not None:  # this answer took the user near a budget: it says so, with what is left
                    answer.apply(near[0])
                moved = {"backend": route.backend.name, "model": route.backend.model} if route.moved else {}
                await through_cancel(self.db.call(self._write, owner_id, answer, moved))
                await through_cancel(self.db.call(self._count, counted, route.backend.name, usage))
            finally:  # (counted first: in between, another request would see neither)
                await through_cancel(self.db.call(self.quotas.release, hold_id))

    def _reserve(self, counted: "Counted", wanted: int) -> Reserved:
        """The tokens this turn may write of the user's budget, held while it runs (one transaction)."""
        with self.db.session() as session:
            return self.quotas.reserve(session, user=session.get(User, counted.owner_id), wanted=wanted,
                                       least=MIN_BUDGET, prompt=counted.prompt_estimate, limit_key=counted.key)

    async def _attempt(self, owner_id: str, route: Route, answer: Answer,
                       request_for: Callable[[Any], TurnRequest], swarm: Swarm | None) -> AsyncIterator[Event]:
        """The answer written by route.backend. With fallbacks left, a failure before its first token that
        another backend may not have raises Unanswered (and it is not retried here: the next one answers)."""
        backend, config, movable = route.backend, self.engine_config, None
        if route.rest:
            config, movable = replace(config, retries=0), moves
        async with contextlib.aclosing(run_turn(backend, request_for(backend), config, self.tools, answer, swarm,
                                                movable)) as events:
            async for event in events:
                for said in route.said(event):
                    answer.apply(said)
                    yield said
                yield event
                self.checkpoints.changed(owner_id, answer)  # written within a second, with the others

    def _route(self, owner_id: str, chosen: Any, history: list, turn: TurnInput) -> Route:
        """The chosen backend, and its fallbacks (its own list, in order) that could take this turn: up by their
        last check, open to this user, able to take what is sent (kimi_ui/failover.py)."""
        if not chosen.config.fallback:
            return Route(chosen)
        with self.db.session(read_only=True) as session:  # on the event loop: a read never waits
            usable = self.backends_for(session.get(User, owner_id))
        wanted = needs(history, chosen, swarm=turn.mode == "swarm")
        found = (self.backends.get(name) for name in chosen.config.fallback)
        return Route(chosen, [b for b in found if b is not None and b is not chosen and b in usable
                              and b.health.status != "down" and can_take(b, wanted)])

    def _near(self, counted: "Counted", usage: dict[str, Any]) -> Notice | None:
        """The budget warning with this answer's tokens counted (instead of what it held while it ran)."""
        this = tokens_of(usage) - counted.before
        with self.db.session(read_only=True) as session:
            return self.quotas.warning(session, user=session.get(User, counted.owner_id), limit_key=counted.key,
                                       extra=this - counted.held)

    def _count(self, counted: "Counted", backend: str, usage: dict[str, Any]) -> None:
        """The turn's tokens in usage_days (quotas, the admin's charts)."""
        try:
            with self.db.session() as session:
                self.quotas.record(session, user=session.get(User, counted.owner_id), owner_id=counted.owner_id,
                                   backend=backend, usage=usage, before=counted.before, limit_key=counted.key)
        except Exception:  # noqa: BLE001 - the answer is saved; a lost count must not lose it
            log.exception("could not count the usage of %s", counted.owner_id)

    def _write(self, owner_id: str, answer: Answer, moved: dict[str, str] | None = None) -> None:
        """The answer's final state (`moved`: the backend and model that wrote it, when a fallback did)."""
        try:
            with self.db.session() as session:
                store.update_message(session, owner_id=owner_id, message_id=answer.message_id,
                                     **answer.columns(), **(moved or {}))
        except Exception:  # noqa: BLE001 - the stream has ended; its events reached the user
            log.exception("could not save message %s", answer.message_id)
