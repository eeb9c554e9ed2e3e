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
from dataclasses import dataclass
from typing import Any, AsyncIterator

from kimi_ui.backends.base import Backend, RequestOptions
from kimi_ui.backends.errors import from_exception
from kimi_ui.backends.parse import ChunkParser
from kimi_ui.backends.wire import estimate_tokens
from kimi_ui.events import (
    Event,
    Notice,
    ReasoningDelta,
    TextDelta,
    ToolCallArgsDelta,
    TurnDone,
    TurnError,
)
from kimi_ui.messages import Message

log = logging.getLogger(__name__)
MIN_ANSWER_TOKENS = 1024
_END = object()
FINISH_NOTICES = {
    "length": "The answer stopped at the token limit.",
    "content_filter": "The server's content filter stopped the answer.",
}


@dataclass(frozen=True)
class EngineConfig:
    max_tokens_thinking: int = 32_768
    max_tokens_instant: int = 8_192
    max_updates_per_second: float = 20.0
    retries: int = 2
    retry_base_delay: float = 1.0

    @classmethod
    def from_settings(cls, settings: Any) -> "EngineConfig":
        return cls(**{k: getattr(settings, k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class TurnRequest:
    history: list[Message]  # system prompt first (if any), the new user message last
    thinking: bool
    max_tokens: int | None = None
    sampling: dict[str, float] | None = None
    tools: list[dict[str, Any]] | None = None


def fit_history(history: list[Message], window: int, wanted: int) -> tuple[list[Message], int, int]:
    """Drop the oldest turns until prompt + a useful answer fit. Returns (history, budget, dropped)."""
    system = [m for m in history[:1] if m.role == "system"]
    rest = history[len(system):]
    dropped = 0
    floor = min(wanted, MIN_ANSWER_TOKENS)
    while True:
        available = window - estimate_tokens(system + rest)
        starts = [i for i, m in enumerate(rest) if m.role == "user" and i > 0]
        if available >= floor or not starts:
            return system + rest, max(1, min(wanted, available)), dropped
        dropped += starts[0]
        rest = rest[starts[0]:]


async def run_turn(backend: Backend, turn: TurnRequest, config: EngineConfig) -> AsyncIterator[Event]:
    wanted = turn.max_tokens or (config.max_tokens_thinking if turn.thinking else config.max_tokens_instant)
    history, budget, dropped = fit_history(turn.history, backend.context_window, wanted)
    prompt = estimate_tokens(history)
    if prompt + min(wanted, MIN_ANSWER_TOKENS) > backend.context_window:
        yield TurnError(code="context_length", message=f"This message needs about {prompt:,} tokens, too many for "
                        f"{backend.name}'s {backend.context_window:,}-token context window.",
                        hint="Shorten the message or send fewer or smaller attachments.")
        yield TurnDone(status="error")
        return
    if backend.model_notice and not any(m.role == "assistant" for m in history):
        yield Notice(code="model_substituted", message=backend.model_notice)  # once, at a conversation's start
    if not turn.thinking and not backend.kind.thinking_fields(False):
        yield Notice(code="no_thinking_switch", message=f"{backend.name} has no instant/thinking switch: the "
                     "server decides whether the model thinks.")
    if dropped:
        yield Notice(
            code="history_trimmed",
            message=f"{dropped} earlier messages were left out so the conversation fits the "
            f"{backend.context_window:,}-token context window.",
        )
    options = RequestOptions(thinking=turn.thinking, max_tokens=budget, sampling=turn.sampling, tools=turn.tools)
    body = backend.build_request(history, options)
    queue: asyncio.Queue[Any] = asyncio.Queue()
    producer = asyncio.create_task(_produce(backend, body, turn.thinking, config, queue))
    try:
        async for event in _coalesce(queue, 1.0 / config.max_updates_per_second):
            yield event
    finally:
        if not producer.done():
            producer.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await producer


async def _produce(backend: Backend, body: dict, thinking: bool, config: EngineConfig, queue: asyncio.Queue) -> None:
    parser = ChunkParser(thinking=thinking)
    context = {"base_url": backend.config.base_url, "api_key_env": backend.config.api_key_env,
               "kind": backend.config.kind}
    started = False
    try:
        for attempt in range(config.retries + 1):
            stream = backend.stream(body)
            try:
                async for chunk in stream:
                    started = True
                    for event in parser.feed(chunk):
                        queue.put_nowait(event)
                break
            except Exception as exc:  # noqa: BLE001 - every failure becomes a TurnError
                error = from_exception(exc, backend.name, context, mid_stream=started)
                log.warning("backend %s: %s (%s)", backend.name, error.code, exc)
                if started or not error.retryable or attempt == config.retries:
                    _fail(queue, parser, error, started)
                    return
                delay = config.retry_base_delay * (2**attempt)
                said = error.message if error.message.endswith(".") else error.message + "."
                queue.put_nowait(Notice(code="retrying", message=f"{said} Retrying in {delay:g} s "
                                        f"(attempt {attempt + 2} of {config.retries + 1})."))
                await asyncio.sleep(delay)
            finally:
                await stream.aclose()
        for event in parser.finish():
            queue.put_nowait(event)
        _finish(queue, parser.finish_reason)
    finally:
        queue.put_nowait(_END)


def _fail(queue: asyncio.Queue, parser: ChunkParser, error: TurnError, started: bool) -> None:
    for event in parser.finish(complete=False):
        queue.put_nowait(event)
    queue.put_nowait(error)
    queue.put_nowait(TurnDone(status="interrupted" if started else "error"))


def _finish(queue: asyncio.Queue, finish_reason: str | None) -> None:
    if finish_reason in FINISH_NOTICES:
        queue.put_nowait(Notice(code=finish_reason, message=FINISH_NOTICES[finish_reason], action="continue"))
    status = "length" if finish_reason == "length" else "done"
    queue.put_nowait(TurnDone(status=status, finish_reason=finish_reason))


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


async def _coalesce(queue: asyncio.Queue, interval: float) -> AsyncIterator[Event]:
    pending: list[Event] = []
    last_flush = float("-inf")
    first_delta_sent = False  # the first delta always goes out at once
    while True:
        timeout = None if not pending else max(0.0, last_flush + interval - time.monotonic())
        try:
            item = await asyncio.wait_for(queue.get(), timeout)
        except asyncio.TimeoutError:
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
