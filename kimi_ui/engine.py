"""run_turn(): one model answer as an async generator of typed events.

Builds the request from history (trimmed to fit the context window), retries retryable failures
before the first token, parses the stream, and coalesces deltas: the first one goes out at once,
later ones at most `max_updates_per_second`. Closing the generator (Stop, closed tab) closes the
backend stream at once. Pure asyncio: no gradio, no SQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import re
from dataclasses import dataclass, field, replace
from typing import Any, AsyncIterator, Callable, Iterator

from kimi_ui.backends.base import Backend, RequestOptions
from kimi_ui.backends.errors import from_exception
from kimi_ui.backends.parse import ChunkParser
from kimi_ui.backends.redacting import SecretFilter
from kimi_ui.backends.tokens import COUNT_FROM
from kimi_ui.backends.wire import estimates
from kimi_ui.events import (
    Event,
    ReasoningDelta,
    RoundStarted,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    TurnDone,
    TurnError,
    Usage,
    error,
    notice,
    quoted,
)
from kimi_ui.answer import Answer
from kimi_ui.messages import Message
from kimi_ui.redact import redact, redact_url
from kimi_ui.tools.registry import WEB_SEARCH, Registry
from kimi_ui.tools.runner import run_calls
from kimi_ui.swarm import START_AGENTS, refused_start

log = logging.getLogger(__name__)
MIN_ANSWER_TOKENS = 1024
KIMI_CALL_ID = re.compile(r"^functions\.[A-Za-z0-9_-]+:\d+$")
_END = object()
FINISH_NOTICES = ("length", "content_filter")  # finish reasons said as a notice (notice.<reason>)


class UpdateBudget:
    """The UI updates the whole process may send a second, shared by the streams running now: each gets
    at most `per_stream` a second, and fewer when many stream at once (every update costs the server the
    same CPU whatever it carries, so 32 streams at 20 a second would saturate a core)."""

    def __init__(self, per_stream: float, total: float) -> None:
        self.per_stream, self.total = per_stream, total
        self.active = 0

    def interval(self) -> float:
        return max(1.0 / self.per_stream, self.active / self.total)

    @contextlib.contextmanager
    def streaming(self) -> Iterator[None]:
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1


@dataclass(frozen=True)
class EngineConfig:
    max_tokens_thinking: int = 32_768
    max_tokens_instant: int = 8_192
    max_updates_per_second: float = 20.0
    max_updates_total: float = 200.0  # all streams of the process together
    retries: int = 2
    retry_base_delay: float = 1.0
    max_tool_rounds: int = 8
    tool_timeout: float = 60.0
    max_tool_result_chars: int = 20_000

    budget: UpdateBudget | None = field(default=None, compare=False)

    @classmethod
    def from_settings(cls, settings: Any) -> "EngineConfig":
        values = {k: getattr(settings, k) for k in cls.__dataclass_fields__ if k != "budget"}
        return cls(**values, budget=UpdateBudget(values["max_updates_per_second"], values["max_updates_total"]))

    def update_interval(self) -> float:
        return self.budget.interval() if self.budget else 1.0 / self.max_updates_per_second


@dataclass(frozen=True)
class TurnRequest:
    history: list[Message]  # system prompt first (if any), the new user message last
    thinking: bool
    max_tokens: int | None = None
    sampling: dict[str, float] | None = None
    tools: list[dict[str, Any]] | None = None
    continuing: bool = False  # the history ends with the partial answer the model goes on with (Continue)
    agent: bool = False  # a swarm's sub-agent: it may not start agents (kimi_ui/swarm.py)


def answer_room(wanted: int, window: int) -> int:
    """The tokens kept free for the answer: what it may write, at most 1,024 (a useful answer), and at most a
    quarter of a small window (a server started with a few hundred tokens still answers)."""
    return max(1, min(wanted, MIN_ANSWER_TOKENS, window // 4))


def fit_history(history: list[Message], window: int, wanted: int, scale: float = 1.0,
                counts: list[int] | None = None) -> tuple[list[Message], int, int]:
    """Drop the oldest turns until prompt + a useful answer fit. Returns (history, budget, dropped).
    `counts`: each message's tokens (the server's exact count near the window; else the estimate, 3.5
    characters a token); `scale`: the server's count of a prompt over ours (German, Chinese or code take more)."""
    return _fit(history, counts or estimates(history), window, wanted, scale)[:3]


def _fit(history: list[Message], counts: list[int], window: int, wanted: int,
         scale: float = 1.0) -> tuple[list[Message], int, int, int]:
    """fit_history, and the prompt's tokens as counted. In one pass (a 100,000-message chat fits at once)."""
    skip = 1 if history and history[0].role == "system" else 0
    head, rest = sum(counts[:skip]), sum(counts[skip:])
    starts = [i for i in range(skip + 1, len(history)) if history[i].role == "user"]  # where a cut may fall
    start, dropped, floor = skip, 0, answer_room(wanted, window)
    for cut in [*starts, None]:
        prompt = int((head + rest) * scale)
        if window - prompt >= floor or cut is None:
            return history[:skip] + history[start:], max(1, min(wanted, window - prompt)), dropped, prompt
        rest -= sum(counts[start:cut])
        dropped += cut - start
        start = cut
    raise AssertionError("unreachable")  # (the loop returns at its last item)


async def _counts(backend: Backend, history: list[Message]) -> list[int]:
    """Each message's tokens: estimated, and counted by the server's tokenizer when they could come near the
    window (kimi_ui/backends/tokens.py). "Could": at one token a byte, the most any byte-level tokenizer
    makes; 3.5 characters a token is several times too few for Chinese, and too few for German or code."""
    if sum(estimates(history, most=True)) > COUNT_FROM * backend.context_window:
        counted = await backend.counter.counts(history)
        if counted is not None:  # with room for what the template adds (role markers, a default system prompt)
            return [count + count // 20 + 2 for count in counted]
    return estimates(history)


class Unanswered(Exception):
    """The backend failed before the answer got anything from it, in a way `movable` said another backend
    may take the turn (kimi_ui/failover.py): raised by run_turn instead of yielding the error."""

    def __init__(self, failure: TurnError) -> None:
        super().__init__(failure.message)
        self.failure = failure


async def run_turn(
    backend: Backend, turn: TurnRequest, config: EngineConfig, tools: Registry | None = None,
    answer: Answer | None = None, swarm: Any = None, movable: Callable[[TurnError], bool] | None = None,
) -> AsyncIterator[Event]:
    """One answer, with as many tool rounds as the model asks for (up to the limit). Every event is folded
    into `answer` before it is yielded: the next round's history is read from it. With a `swarm`
    (kimi_ui/swarm.Swarm, Swarm mode), the model's start_agents calls run as its sub-agents. With `movable`,
    a failure it accepts that comes before any reasoning, text or tool call of this turn raises Unanswered."""
    answer = answer if answer is not None else Answer()
    async with contextlib.aclosing(_rounds(backend, turn, config, tools, answer, swarm, movable)) as events:
        async for event in events:
            answer.apply(event)
            yield event


async def _rounds(backend: Backend, turn: TurnRequest, config: EngineConfig, tools: Registry | None,
                  answer: Answer, swarm: Any = None,
                  movable: Callable[[TurnError], bool] | None = None) -> AsyncIterator[Event]:
    written = (answer.written_chars, len(answer.calls))  # (a Continue's answer has some already)
    wanted = turn.max_tokens or (config.max_tokens_thinking if turn.thinking else config.max_tokens_instant)
    counts = await _counts(backend, turn.history)
    history, budget, dropped, prompt = _fit(turn.history, counts, backend.context_window, wanted)
    for event in _preflight(backend, turn, history, wanted, dropped, prompt):
        yield event
        if isinstance(event, TurnDone):
            return
    offered = turn.tools if turn.tools and backend.capabilities.tools and not backend.tools_refused else None
    issued = sum(len(m.tool_calls) for m in history)  # Kimi's call ids count across the conversation
    refitted = False
    # Continue, until that call has ended: the request goes on from the partial answer (Kind.continue_fields). In
    # place, its last round goes on (no new round); a server asked in a message writes a reply: a new round.
    going_on = turn.continuing
    for round_index in range(config.max_tool_rounds + 1):
        extending = going_on and backend.kind.continues_in_place
        options = RequestOptions(thinking=turn.thinking, max_tokens=budget, sampling=turn.sampling, tools=offered,
                                 continuing=going_on)
        call = _Call(base=issued)
        if not extending:
            yield RoundStarted()
        # Going on from a partial answer's text, the model is past its reasoning: what comes is text.
        thinks = turn.thinking and not (extending and history[-1].text)
        async for event in _model_call(backend, backend.build_request(history, options), thinks, config, call):
            yield event
        if call.error and call.error.code == "tool_parser" and offered and not call.started:
            offered = None  # a vLLM without a tool parser: answer without tools (and stop offering them)
            backend.tools_refused = True
            yield notice("tool_parser", error=quoted(call.error))
            continue
        if call.error and call.error.code == "context_length":
            backend.learn_window(call.error.params.get("window_tokens"))
        if call.error and call.error.code == "context_length" and round_index == 0 and not refitted:
            refit = _refit(turn.history, counts, len(history), call.error, backend.context_window, wanted)
            refitted = True
            if refit is not None:  # the server counted more than we thought: leave out what it takes, once
                history, budget, dropped = refit
                said = call.error.params.get("window_tokens") or backend.context_window
                yield notice("history_trimmed", count=dropped, window=said)
                yield Usage(window_tokens=said)  # (the meter: the window the server said)
                continue
        if call.error and movable is not None and movable(call.error) \
                and (answer.written_chars, len(answer.calls)) == written:
            raise Unanswered(call.error)  # (nothing of it was shown: another backend may answer instead)
        if call.error:
            yield call.error
            # (an answer that goes on from what it wrote before stays one Continue can go on with)
            yield TurnDone(status="interrupted" if call.started or answer.carried_tokens else "error")
            return
        ready = [c for c in answer.rounds[-1].calls if c.status == "running"]
        if not ready:
            for event in _finish(call.finish_reason):
                yield event
            return
        if round_index == config.max_tool_rounds:
            break
        enabled = frozenset(spec["function"]["name"] for spec in turn.tools or [])
        requests = [ToolCallReady(index=i, id=c.id, name=c.name, arguments=c.arguments) for i, c in enumerate(ready)]
        async with contextlib.aclosing(_tool_events(requests, tools, config, enabled, swarm, turn.agent)) as running:
            async for result in running:
                yield SecretFilter(backend.secrets).whole(result)
        if extending:  # the partial message is now the whole round
            history = history[:-1]
        going_on = False
        history += answer.rounds[-1].messages()  # exactly what the store will give back on the next turn
        issued += len(ready)
    yield notice("round_limit", action="continue", count=config.max_tool_rounds)
    yield TurnDone(status="round_limit")


async def single_call(backend: Backend, body: dict[str, Any], thinking: bool, config: EngineConfig,
                      issued: int = 0) -> AsyncIterator[Event]:
    """One model call and no tool loop: the OpenAI-compatible endpoint (kimi_ui/openai_api.py), whose client runs
    its own tools. `body` is the request as it goes on the wire (Backend.build_request, then the client's own
    fields); `issued`: the tool calls in its messages (Kimi's call ids count across the conversation). The same
    retries before the first token, parsing, secret filter and call ids as a turn's rounds; ends with the
    TurnError, if any, and TurnDone (no history trimming, no preflight: the messages are the client's)."""
    call = _Call(base=issued)
    async with contextlib.aclosing(_model_call(backend, body, thinking, config, call)) as events:
        async for event in events:
            yield event
    if call.error:
        yield call.error
        yield TurnDone(status="interrupted" if call.started else "error")
        return
    for event in _finish(call.finish_reason):
        yield event


async def _tool_events(requests: list[ToolCallReady], tools: Registry | None, config: EngineConfig,
                       enabled: frozenset[str], swarm: Any, agent: bool) -> AsyncIterator[Event]:
    """One round's calls at once: the tools' results, and for start_agents its sub-agents' events and result."""
    others = [r for r in requests if r.name != START_AGENTS]
    streams = [run_calls(tools, others, timeout=config.tool_timeout, limit=config.max_tool_result_chars,
                         allowed=enabled)] if others else []
    for request in requests:
        if request.name == START_AGENTS:
            streams.append(swarm.run(request) if swarm is not None and not agent else _once(refused_start(request, agent)))
    async with contextlib.aclosing(merged(streams)) as events:
        async for event in events:
            yield event


async def _once(event: Event) -> AsyncIterator[Event]:
    yield event


async def merged(streams: list[Any]) -> AsyncIterator[Any]:
    """The items of several async generators as they come. Closing this closes them all."""
    if len(streams) == 1:
        async with contextlib.aclosing(streams[0]) as only:
            async for item in only:
                yield item
        return
    queue: asyncio.Queue[Any] = asyncio.Queue()

    async def pump(stream: Any) -> None:
        try:
            async with contextlib.aclosing(stream) as items:
                async for item in items:
                    queue.put_nowait((True, item))
        finally:
            queue.put_nowait((False, None))

    tasks = [asyncio.ensure_future(pump(s)) for s in streams]
    try:
        left = len(tasks)
        while left:
            more, item = await queue.get()
            if more:
                yield item
            else:
                left -= 1
        for task in tasks:
            task.result()  # (a stream's failure is the round's)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _refit(whole: list[Message], counts: list[int], sent: int, failure: TurnError, window: int,
           wanted: int) -> tuple[list[Message], int, int] | None:
    """The history cut to what fits by the server's own count of the prompt just refused (its last `sent`
    messages, and the system prompt) and its window, or None when the server gave no count or leaving out
    earlier turns cannot help."""
    counted, window = failure.params.get("prompt_tokens"), failure.params.get("window_tokens") or window
    skip = 1 if whole and whole[0].role == "system" else 0
    ours = sum(counts[:skip]) + sum(counts[len(whole) - (sent - skip):])
    if not isinstance(counted, int) or not isinstance(window, int) or counted <= 0 or ours <= 0:
        return None
    history, budget, dropped, _ = _fit(whole, counts, window, wanted, scale=max(1.0, counted / ours) * 1.05)
    return (history, budget, dropped) if len(history) < sent else None


def _preflight(backend: Backend, turn: TurnRequest, history: list[Message], wanted: int, dropped: int,
               prompt: int) -> list[Event]:
    needed = prompt + answer_room(wanted, backend.context_window)
    if needed > backend.context_window:
        return [error("context_length", variant="needs", tokens=needed, backend=backend.name,
                      window=backend.context_window), TurnDone(status="error")]
    events: list[Event] = [Usage(window_tokens=backend.context_window)]  # (the page's context meter)
    if backend.model_notice and not any(m.role == "assistant" for m in history):
        events.append(notice("model_substituted", backend=backend.name,  # once per conversation
                             wanted=redact(backend.config.model, backend.secrets),
                             served=redact(backend.model, backend.secrets)))
    if not turn.thinking and not backend.kind.has_thinking_switch:
        events.append(notice("no_thinking_switch", backend=backend.name))
    if dropped:
        events.append(notice("history_trimmed", count=dropped, window=backend.context_window))
    return events


@dataclass
class _Call:
    """How one model call went (its content goes to the Answer)."""

    base: int  # Kimi call ids issued before this call in the conversation
    finish_reason: str | None = None
    error: TurnError | None = None
    started: bool = False
    ids: set[str] = field(default_factory=set)  # the call ids of this model call so far

    def take(self, event: Event) -> Event:
        if isinstance(event, ToolCallReady) and not KIMI_CALL_ID.match(event.id) and event.name != WEB_SEARCH:
            # the template shows the model only the id: keep it Kimi-shaped (a builtin's is its server's own)
            event = replace(event, id=f"functions.{event.name}:{self.base + event.index}")
        if isinstance(event, ToolCallReady):
            if event.id in self.ids:  # two calls of one round with one id: results (and agents) go by the id
                event = replace(event, id=f"functions.{event.name}:{self.base + event.index}")
                while event.id in self.ids:
                    event = replace(event, id=event.id + "_")
            self.ids.add(event.id)
        return event


async def _model_call(backend: Backend, body: dict, thinking: bool, config: EngineConfig, state: _Call):
    queue: asyncio.Queue[Any] = asyncio.Queue()
    producer = asyncio.create_task(_produce(backend, body, thinking, config, queue, state))
    streaming = config.budget.streaming() if config.budget else contextlib.nullcontext()
    try:
        with streaming:
            async for event in _coalesce(queue, config.update_interval):
                yield state.take(event)
    finally:
        if not producer.done():
            producer.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await producer


async def _produce(
    backend: Backend, body: dict, thinking: bool, config: EngineConfig, queue: asyncio.Queue, state: _Call
) -> None:
    parser = ChunkParser(thinking=thinking)
    secret = SecretFilter(backend.secrets)  # after the parser: it sees whole answers, not wire pieces
    context = {"base_url": redact_url(backend.config.base_url), "api_key_env": backend.config.api_key_env,
               "kind": backend.config.kind, "secrets": backend.secrets}

    async def pump() -> None:
        stream = backend.stream(body)
        try:
            async for chunk in stream:
                state.started = True
                for event in secret.feed(parser.feed(chunk)):
                    queue.put_nowait(event)
        finally:
            await stream.aclose()

    reconnected = False
    try:
        for attempt in range(config.retries + 1):
            try:
                await pump()
                break
            except Exception as exc:  # noqa: BLE001 - every failure becomes a TurnError
                failure = from_exception(exc, backend.name, context, mid_stream=state.started)
                log.warning("backend %s: %s (%s)", backend.name, failure.code, redact(str(exc), backend.secrets))
            if failure.code == "unreachable" and not state.started and not reconnected:
                # Once more at once, on a new connection: a kept-alive one the server had just closed fails like
                # a server that is down (seen with llama-server between a tool round's two requests).
                reconnected = True
                try:
                    await pump()
                    break
                except Exception as again:  # noqa: BLE001 - the second failure is the one reported
                    failure = from_exception(again, backend.name, context, mid_stream=state.started)
            if state.started or not failure.retryable or attempt == config.retries:
                for event in secret.feed(parser.finish(complete=False)) + secret.finish():
                    queue.put_nowait(event)
                state.error = failure
                return
            delay = config.retry_base_delay * (2**attempt)
            queue.put_nowait(notice("retrying", error=quoted(failure), delay=delay, attempt=attempt + 2,
                                    attempts=config.retries + 1))
            await asyncio.sleep(delay)
        for event in secret.feed(parser.finish()) + secret.finish():
            queue.put_nowait(event)
        state.finish_reason = parser.finish_reason
    finally:
        queue.put_nowait(_END)


def _finish(finish_reason: str | None) -> list[Event]:
    events: list[Event] = []
    if finish_reason in FINISH_NOTICES:
        events.append(notice(finish_reason, action="continue"))
    status = "length" if finish_reason == "length" else "done"
    return events + [TurnDone(status=status, finish_reason=finish_reason)]


def _is_delta(event: Any) -> bool:
    return isinstance(event, (ReasoningDelta, TextDelta, ToolCallArgsDelta))


def merge_deltas(events: list[Event]) -> list[Event]:
    """Join neighbouring deltas of one kind into one event."""
    merged: list[Event] = []
    for event in events:
        last = merged[-1] if merged else None
        if isinstance(event, (ReasoningDelta, TextDelta)) and type(last) is type(event):
            merged[-1] = type(event)(last.text + event.text)  # type: ignore[union-attr]
        elif isinstance(event, ToolCallArgsDelta) and isinstance(last, ToolCallArgsDelta) and last.index == event.index:
            merged[-1] = ToolCallArgsDelta(index=event.index, text=last.text + event.text)
        else:
            merged.append(event)
    return merged


async def _coalesce(queue: asyncio.Queue, interval_of: Callable[[], float]) -> AsyncIterator[Event]:
    pending: list[Event] = []
    last_flush = float("-inf")
    first_delta_sent = False  # the first delta always goes out at once
    while True:
        interval = interval_of()
        timeout = None if not pending else max(0.0, last_flush + interval - time.monotonic())
        try:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for drops a cancellation (Stop) that lands
            # as the item arrives, and the answer would run to its end
            async with asyncio.timeout(timeout):
                item = await queue.get()
        except TimeoutError:
            item = None
        if item is not None and item is not _END:
            pending.append(item)
            if _is_delta(item):
                if first_delta_sent and time.monotonic() - last_flush < interval:
                    continue
                first_delta_sent = True
        for event in merge_deltas(pending):
            yield event
        pending = []
        last_flush = time.monotonic()
        if item is _END:
            return
