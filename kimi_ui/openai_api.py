"""The OpenAI-compatible endpoint (README "OpenAI-compatible endpoint"): `GET /v1/models` and `POST
/v1/chat/completions` for the team's tools and scripts, streaming (server-sent events) and not.

Personal API keys only: kimi_ui/web_auth.py resolves `Authorization: Bearer kimi-…` before anything here runs and
hands the key's owner over as `request.state.key_owner` (no key, a wrong or revoked one, a disabled user: 401 in
OpenAI's shape; a cookie counts for nothing here). Each request is one model call on the backend its model id
names: the client's messages as sent (pictures checked as uploads are), its tools passed through and their calls
returned (kimi-ui's own tools and the swarm are not run here), reasoning as `reasoning_content`. The per-user
limits of turns apply, and the server's limit of answers written at once. `X-Kimi-Save: 1` keeps the exchange in
the user's history as a new conversation (its id in the `X-Kimi-Conversation` header). FastAPI only, no gradio."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from pathlib import Path
from dataclasses import dataclass, replace
from typing import Any, AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from kimi_ui.answer import Answer
from kimi_ui.context import AppContext
from kimi_ui.engine import single_call
from kimi_ui.events import (Event, Reclassified, ReasoningDelta, TextDelta, ToolCallReady, TurnDone, TurnStarted,
                            error)
from kimi_ui.media.images import PreparedImage
from kimi_ui.messages import Message
from kimi_ui.openai_shapes import (ApiProblem, ApiRequest, Chunks, completion, models_for, options_for, problem_of,
                                   read_request, to_messages, tool_calls_in)
from kimi_ui.shielded import through_cancel
from kimi_ui.storage import store
from kimi_ui.storage.models import User
from kimi_ui.turns import MIN_BUDGET
from kimi_ui.usage import Reserved, measured
from kimi_ui.backends.wire import estimate_tokens
from kimi_ui.storage.quota import MB, held_bytes, megabytes, stored_bytes
from kimi_ui.titles import title_from
from kimi_ui.uploads import store_all
from kimi_ui.web_auth import KeyOwner

log = logging.getLogger(__name__)
SAVE_HEADER = "x-kimi-save"
CONVERSATION_HEADER = "X-Kimi-Conversation"
OUTPUT = (ReasoningDelta, TextDelta, Reclassified, ToolCallReady)  # what the client is sent as it comes


def _problem(problem: ApiProblem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.status, headers={**problem.headers, **(headers or {})})


def _owner(request: Request) -> KeyOwner | None:
    owner = getattr(request.state, "key_owner", None)
    return owner if isinstance(owner, KeyOwner) else None


NO_KEY = ApiProblem(401, "This route needs a personal API key: send it as `Authorization: Bearer kimi-…`.",
                    "invalid_request_error", "invalid_api_key")


def _count_usage(ctx: AppContext, *, owner_id: str, backend: str, usage: dict[str, Any]) -> None:
    """A finished /v1 request's tokens (saved to the history or not), once, in a worker thread: into usage_days,
    where the quotas and the admin's charts read them (kimi_ui/usage.py)."""
    try:
        with ctx.db.session() as session:
            ctx.turns.quotas.record(session, user=session.get(User, owner_id), owner_id=owner_id, backend=backend,
                                    usage=usage)
    except Exception:  # noqa: BLE001 - the client has its answer; a lost count must not turn it into an error
        log.exception("could not count the /v1 usage of %s", owner_id)


def _storage_full(ctx: AppContext, owner_id: str, messages: list[Message]) -> ApiProblem | None:
    """With X-Kimi-Save, the question's pictures are kept as attachments: within the storage quota, as uploads."""
    limit = ctx.settings.max_stored_mb_per_user
    question = next((m for m in reversed(messages) if m.role == "user"), None)
    size = sum(len(p.data) for p in question.images) if question is not None else 0
    if not limit or not size:
        return None
    with ctx.db.session(read_only=True) as session:
        kept = stored_bytes(session, owner_id=owner_id) + held_bytes(Path(ctx.settings.data_dir) / "queued", owner_id)
    if kept + size <= limit * MB:
        return None
    return ApiProblem(413, f"Saving this exchange would keep {megabytes(kept + size)} of files, more than the "
                      f"{limit} MB you may keep: send it without X-Kimi-Save, or delete conversations with "
                      "attachments.", "invalid_request_error", "storage_full")


def _budget_spent(ctx: AppContext, owner_id: str) -> ApiProblem | None:
    """The user's token budget (a day, a month) spent: a 429 saying when it comes back."""
    with ctx.db.session(read_only=True) as session:
        refusal = ctx.turns.quotas.refusal(session, user=session.get(User, owner_id))
    return problem_of(refusal) if refusal is not None else None


@dataclass
class Saved:
    """Where an exchange with `X-Kimi-Save: 1` is kept: its new conversation and the question in it."""

    conversation_id: str
    question_id: str


class Exchange:
    """One checked /v1/chat/completions request: the model call as events folded into `answer`, holding the
    caller's limits and a slot among the answers written at once for as long as it runs; the exchange saved
    when asked; its usage counted once it has ended, however it ended (done, failed, or the client gone)."""

    def __init__(self, ctx: AppContext, owner: KeyOwner, request: ApiRequest, messages: list[Message],
                 save: bool) -> None:
        self.ctx, self.owner, self.request, self.messages, self.save = ctx, owner, request, messages, save
        self.backend = request.model.backend
        self.mode = "thinking" if request.model.thinking else "instant"
        self.answer = Answer(prices=self.backend.prices)
        self.saved: Saved | None = None
        self.held = 0  # tokens of the user's budget this request holds while it runs

    def _reserve(self, wanted: int) -> Reserved:
        with self.ctx.db.session() as session:
            return self.ctx.turns.quotas.reserve(session, user=session.get(User, self.owner.id), wanted=wanted,
                                                 least=MIN_BUDGET, prompt=estimate_tokens(self.messages))

    async def events(self) -> AsyncIterator[Event]:
        turns, key = self.ctx.turns, self.owner.id
        others = turns.elsewhere.streams_elsewhere(key) if turns.elsewhere is not None else 0
        if not self.ctx.jobs.accepting:
            refusal = error("shutting_down", retryable=True)
        else:
            refusal = await turns.limits.begin(key, others)  # (counted in the database, started here)
        if refusal is not None:
            for event in (refusal, TurnDone(status="error")):
                self.answer.apply(event)
                yield event
            return
        slot = False
        options = options_for(self.request, self._default_budget())
        hold_id = None
        try:
            turns.holds.ensure_started()
            # The budget checked again, and what it may write held, under a lock of the user's row: a request
            # of the same user (in any process) may have spent it meanwhile.
            reserved, cut = await through_cancel(self.ctx.db.call(self._reserve, options.max_tokens))
            hold_id = reserved.hold_id
            if cut:
                raise asyncio.CancelledError
            if reserved.refusal is not None:
                for event in (reserved.refusal, TurnDone(status="error")):
                    self.answer.apply(event)
                    yield event
                return
            if reserved.tokens is not None:  # at most what is left of the user's budget, held while it runs
                options = replace(options, max_tokens=reserved.tokens)
                self.held = reserved.held
            if self.save:
                self.saved, _ = await through_cancel(self.ctx.db.call(self._save_question))
                started = TurnStarted(self.saved.conversation_id, self.saved.question_id, "")
                self.answer.apply(started)
                yield started
            await self.ctx.jobs.slots.acquire(self.answer)
            slot = True
            body = self.backend.build_request(self.messages, options)
            body.update(self.request.passed)
            calls = single_call(self.backend, body, self.request.model.thinking, turns.engine_config,
                                issued=tool_calls_in(self.messages))
            async with contextlib.aclosing(calls) as events:
                async for event in events:
                    self.answer.apply(event)
                    yield event
        finally:
            if slot:
                self.ctx.jobs.slots.release()
            turns.limits.finished(key)
            if not self.answer.ended:  # the client went away (or the server stops): what came is kept
                self.answer.apply(TurnDone(status="cancelled"))
            try:
                await through_cancel(self.ctx.db.call(self._ended))
            finally:
                await through_cancel(self.ctx.db.call(turns.quotas.release, hold_id))

    def _default_budget(self) -> int:
        config = self.ctx.turns.engine_config
        return config.max_tokens_thinking if self.request.model.thinking else config.max_tokens_instant

    def _save_question(self) -> Saved:
        """The last user message (its text and pictures) in a new conversation of the owner's."""
        system = "\n\n".join(m.text for m in self.messages if m.role == "system")
        question = next((m for m in reversed(self.messages) if m.role == "user"), Message("user"))
        pictures = [PreparedImage(p.data, p.mime, p.width, p.height, p.label) for p in question.images]
        attachments = store_all(self.owner.id, self.ctx.settings.attachments_dir, pictures,
                                [p.name for p in question.images])
        with self.ctx.db.session() as session:
            conversation = store.create_conversation(
                session, owner_id=self.owner.id, system_prompt=system, backend=self.backend.name, mode=self.mode,
                title=title_from(question.text) or "API chat", commit=False)
            row = store.add_message(session, owner_id=self.owner.id, conversation_id=conversation.id, role="user",
                                    content=question.text, attachments=attachments, parent_id=None, commit=False)
            session.commit()
            return Saved(conversation.id, row.id)

    def _ended(self) -> None:
        """Blocking (a worker thread): the answer saved, if asked for, and its usage counted."""
        usage = self.answer.usage_dict()
        if self.saved is not None:
            try:
                with self.ctx.db.session() as session:
                    store.add_message(session, owner_id=self.owner.id, conversation_id=self.saved.conversation_id,
                                      role="assistant", parent_id=self.saved.question_id, backend=self.backend.name,
                                      model=self.backend.model, mode=self.mode, **self.answer.columns())
            except Exception:  # noqa: BLE001 - the client has its answer; the history misses it, the log says so
                log.exception("could not save the /v1 answer in conversation %s", self.saved.conversation_id)
        usage = measured({k: usage.get(k) for k in ("prompt_tokens", "completion_tokens", "cached_tokens", "cost",
                                                     "currency")},
                         self.answer.written_chars, estimate_tokens(self.messages),  # (a cut stream: no usage)
                         finished=self.answer.finish_reason is not None)
        _count_usage(self.ctx, owner_id=self.owner.id, backend=self.backend.name, usage=usage)


async def _opening(events: AsyncIterator[Event]) -> list[Event]:
    """The events up to the first output or the end: before the response's status is chosen (a failure before
    any output is an HTTP error, not a stream that fails)."""
    seen: list[Event] = []
    async for event in events:
        seen.append(event)
        if isinstance(event, (*OUTPUT, TurnDone)):
            break
    return seen


def _sse(data: dict[str, Any] | str) -> bytes:
    return f"data: {data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)}\n\n".encode()


async def _stream(exchange: Exchange, opening: list[Event], events: AsyncIterator[Event],
                  chunks: Chunks) -> AsyncIterator[bytes]:
    """The answer as server-sent events: OpenAI's chunks, then `data: [DONE]`. A failure after the first output
    is an `error` object in the stream (the openai SDK raises it as an APIError)."""
    async def rest() -> AsyncIterator[Event]:
        for event in opening:
            yield event
        async for event in events:
            yield event

    answer = exchange.answer
    try:
        yield _sse(chunks.first())
        async for event in rest():
            for chunk in chunks.of(event):
                yield _sse(chunk)
            if isinstance(event, TurnDone) and answer.error is not None:
                yield _sse(problem_of(answer.error).body())
            elif isinstance(event, TurnDone):
                yield _sse(chunks.last(answer))
                if exchange.request.include_usage:
                    yield _sse(chunks.usage(answer))
        yield _sse("[DONE]")
    finally:
        await events.aclose()


def _saved_header(exchange: Exchange) -> dict[str, str]:
    return {CONVERSATION_HEADER: exchange.saved.conversation_id} if exchange.saved else {}


async def chat_completions(ctx: AppContext, request: Request) -> Response:
    owner = _owner(request)
    if owner is None:
        return _problem(NO_KEY)
    try:
        body = json.loads(await request.body())
    except (ValueError, RecursionError):
        return _problem(ApiProblem(400, "The request body is not valid JSON."))
    try:
        checked = read_request(body, models_for(ctx.backends, owner.name, owner.groups))
        too_fast = await ctx.turns.limits.would_refuse(owner.id)  # before the pictures are read
        if too_fast is not None:
            raise problem_of(too_fast)
        spent = await ctx.db.call(_budget_spent, ctx, owner.id)
        if spent is not None:
            raise spent
        backend = checked.model.backend
        messages = await asyncio.to_thread(
            to_messages, checked.messages, vision=backend.capabilities.vision, limits=ctx.turns.media_limits,
            max_image_bytes=ctx.settings.max_file_size_mb * 1024 * 1024, model_id=checked.model.id)
    except ApiProblem as problem:
        return _problem(problem)
    save = request.headers.get(SAVE_HEADER, "").strip() == "1"
    full = await ctx.db.call(_storage_full, ctx, owner.id, messages) if save else None
    if full is not None:
        return _problem(full)
    exchange = Exchange(ctx, owner, checked, messages, save=save)
    events = exchange.events()
    opening = await _opening(events)
    failure = exchange.answer.error
    if failure is not None and not any(isinstance(e, OUTPUT) for e in opening):
        await events.aclose()
        return _problem(problem_of(failure), _saved_header(exchange))
    completion_id, created = f"chatcmpl-{secrets.token_hex(12)}", int(time.time())
    if checked.stream:
        chunks = Chunks(completion_id, checked.model.id, created)
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", **_saved_header(exchange)}
        stream = _stream(exchange, opening, events, chunks)
        # (Starlette does not close the stream when the client goes away between two chunks: this does, at once,
        # which ends the backend's request and the limits it holds)
        return StreamingResponse(stream, media_type="text/event-stream", headers=headers,
                                 background=BackgroundTask(stream.aclose))
    async with contextlib.aclosing(events):
        async for _ in events:
            pass
    if exchange.answer.error is not None:  # (cut after it began: a whole answer or an error, never a part)
        return _problem(problem_of(exchange.answer.error), _saved_header(exchange))
    return JSONResponse(completion(exchange.answer, completion_id=completion_id, model=checked.model.id,
                                   created=created), headers=_saved_header(exchange))


def add_openai_routes(app: FastAPI, ctx: AppContext) -> None:
    """Before the UI is mounted (Gradio's mount takes every path it is given)."""

    @app.get("/v1/models", include_in_schema=False)
    async def list_models(request: Request) -> Response:
        owner = _owner(request)
        if owner is None:
            return _problem(NO_KEY)
        found = models_for(ctx.backends, owner.name, owner.groups)
        return JSONResponse({"object": "list", "data": [m.card() for m in found.values()]})

    @app.get("/v1/models/{model_id:path}", include_in_schema=False)
    async def one_model(model_id: str, request: Request) -> Response:
        owner = _owner(request)
        if owner is None:
            return _problem(NO_KEY)
        found = models_for(ctx.backends, owner.name, owner.groups).get(model_id)
        if found is None:
            return _problem(ApiProblem(404, f"The model '{model_id[:100]}' does not exist or you do not have "
                                            "access to it.", "invalid_request_error", "model_not_found", "model"))
        return JSONResponse(found.card())

    @app.post("/v1/chat/completions", include_in_schema=False)
    async def completions(request: Request) -> Response:
        return await chat_completions(ctx, request)

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    async def elsewhere(rest: str, request: Request) -> Response:
        if _owner(request) is None:
            return _problem(NO_KEY)
        return _problem(ApiProblem(404, f"kimi-ui serves GET /v1/models and POST /v1/chat/completions, not "
                                        f"{request.method} /v1/{rest[:100]}.", "invalid_request_error",
                                   "unknown_url"))
