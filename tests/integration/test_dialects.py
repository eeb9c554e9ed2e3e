"""Thinking and instant turns through engine.run_turn against every simulated dialect, over real HTTP.

Each turn uses a real Backend (openai SDK, pooled HTTP client) created inside its own event loop and
checks what a user would see (reasoning block, answer, token counts) and what went on the wire (the
thinking switch and sampling each kind must send). Also: updates are coalesced to at most ~20 a
second, and the first delta is not held back.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from kimi_ui.backends.base import Backend
from kimi_ui.config import DEFAULT_SYSTEM_PROMPT, SIMULATED, BackendConfig, simulated_backends
from kimi_ui.engine import EngineConfig, TurnRequest, run_turn
from kimi_ui.events import Event, ReasoningDelta, TextDelta, TurnDone, Usage
from kimi_ui.messages import Message, TextPart
from kimi_ui.answer import Answer

pytestmark = pytest.mark.integration

# (dialect, kind) for every simulated backend: vllm, vllm-legacy, llamacpp, moonshot, noparser
DIALECT_KINDS = [(dialect, kind) for _name, dialect, kind, _model in SIMULATED]
DIALECT_IDS = [dialect for dialect, _kind in DIALECT_KINDS]


def tag() -> str:
    return f"[dia-{uuid.uuid4().hex[:10]}]"


def config_for(sim, dialect: str) -> BackendConfig:
    (config,) = [c for c in simulated_backends(sim.url) if c.base_url == sim.base_url(dialect)]
    return config


@dataclass
class Run:
    snapshot: Answer
    events: list[Event] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # seconds since the turn started, per event
    errors: list[Any] = field(default_factory=list)


def run_engine(config: BackendConfig, text: str, *, thinking: bool, engine: EngineConfig | None = None) -> Run:
    """One turn through run_turn with a fresh Backend in a fresh event loop; events timestamped."""

    async def go() -> Run:
        backend = Backend(config, connect_timeout=2.0, read_timeout=30.0)
        history = [Message("system", (TextPart(DEFAULT_SYSTEM_PROMPT),)), Message("user", (TextPart(text),))]
        run = Run(Answer())
        started = time.monotonic()
        try:
            async for event in run_turn(backend, TurnRequest(history=history, thinking=thinking),
                                        engine or EngineConfig()):
                run.times.append(time.monotonic() - started)
                run.events.append(event)
                run.snapshot.apply(event)
        finally:
            await backend.client.close()
        return run

    return asyncio.run(go())


def requests_for(sim_requests, marker: str) -> list[dict]:
    """The log entries whose last user message carries `marker` (this test's own requests)."""
    return [e for e in sim_requests() if marker in json.dumps(e["body"]["messages"][-1], ensure_ascii=False)]


def assert_wire(body: dict, kind: str, *, thinking: bool, model: str) -> None:
    """The thinking switch, sampling and budget each kind must send (kimi-wire-facts.md)."""
    assert body["model"] == model
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    temperature = 1.0 if thinking else 0.6
    if kind in ("vllm", "llamacpp"):
        assert body["chat_template_kwargs"] == {"thinking": thinking}
        assert "enable_thinking" not in json.dumps(body)
        assert (body["temperature"], body["top_p"], body["min_p"]) == (temperature, 0.95, 0.01)
        assert body["max_tokens"] > 0 and "max_completion_tokens" not in body
    elif kind == "moonshot":
        assert body["thinking"] == {"type": "enabled" if thinking else "disabled"}
        assert not {"temperature", "top_p", "min_p", "n", "presence_penalty", "frequency_penalty"} & set(body)
        assert body["max_completion_tokens"] > 0 and "max_tokens" not in body
        assert "chat_template_kwargs" not in body
    else:  # generic openai: no thinking switch at all, standard sampling only
        assert kind == "openai"
        assert "chat_template_kwargs" not in body and "thinking" not in body
        assert (body["temperature"], body["top_p"]) == (temperature, 0.95)
        assert "min_p" not in body
        assert body["max_tokens"] > 0
    budget = body.get("max_tokens") or body.get("max_completion_tokens")
    if thinking:
        assert budget >= 16_000, "thinking needs a generous completion budget (reasoning counts against it)"


@pytest.mark.parametrize(("dialect", "kind"), DIALECT_KINDS, ids=DIALECT_IDS)
def test_thinking_turn(sim, sim_requests, dialect, kind):
    marker = tag()
    config = config_for(sim, dialect)
    run = run_engine(config, f"{marker} Why is the sky blue?", thinking=True)
    snap = run.snapshot

    assert snap.status == "done" and snap.error is None
    assert isinstance(run.events[-1], TurnDone)
    # the reasoning block holds the model's reasoning, the answer holds the answer
    assert marker in snap.reasoning
    assert "</think>" not in snap.reasoning + snap.content
    assert snap.content.lstrip().startswith(f"Simulated answer ({dialect}"), snap.content[:80]
    assert "Simulated answer" not in snap.reasoning
    assert marker in snap.content  # the report quotes the user's message
    if kind != "openai":
        assert "thinking: on" in snap.content
    assert snap.completion_tokens and snap.completion_tokens > 0
    assert snap.prompt_tokens and snap.prompt_tokens > 0
    assert snap.reasoning_seconds is not None

    (entry,) = requests_for(sim_requests, marker)
    assert entry["completed"] and not entry["disconnected"]
    assert_wire(entry["body"], kind, thinking=True, model=config.model)


@pytest.mark.parametrize(("dialect", "kind"), DIALECT_KINDS, ids=DIALECT_IDS)
def test_instant_turn(sim, sim_requests, dialect, kind):
    marker = tag()
    config = config_for(sim, dialect)
    run = run_engine(config, f"{marker} What is 2+2?", thinking=False)
    snap = run.snapshot

    assert snap.status == "done" and snap.error is None
    assert snap.content.lstrip().startswith(f"Simulated answer ({dialect}"), snap.content[:80]
    assert "</think>" not in snap.content
    assert marker in snap.content
    if kind == "openai":
        # A generic server without a reasoning parser thinks anyway (no switch exists for it): the
        # raw `...</think>` text must land in the reasoning block, not in the answer.
        assert marker in snap.reasoning and "</think>" not in snap.reasoning
        assert "The user asked" not in snap.content
    else:
        assert snap.reasoning == ""
        assert not any(isinstance(e, ReasoningDelta) for e in run.events)
        assert "thinking: off" in snap.content
    assert snap.completion_tokens and snap.completion_tokens > 0

    (entry,) = requests_for(sim_requests, marker)
    assert entry["completed"]
    assert_wire(entry["body"], kind, thinking=False, model=config.model)


def test_llamacpp_token_count_matches_what_the_server_generated(sim, sim_requests):
    """llama.cpp reports usage (and `timings`): the count shown is the server's, not a guess."""
    marker = tag()
    run = run_engine(config_for(sim, "llamacpp"), f"{marker} #sim tokens=80", thinking=False)
    usages = [e for e in run.events if isinstance(e, Usage)]
    assert usages and run.snapshot.completion_tokens >= 80
    assert run.snapshot.completion_tokens == usages[-1].completion_tokens


# -- coalescing -----------------------------------------------------------------------------------


def full_answer(sim, dialect: str, body: dict) -> str:
    """The answer the simulator gives for a request body, fetched in one non-streaming request."""
    response = httpx.post(f"{sim.base_url(dialect)}/chat/completions", json={**body, "stream": False}, timeout=10)
    return response.json()["choices"][0]["message"]["content"]


def per_second(times: list[float], start: float) -> int:
    return sum(1 for t in times if start <= t < start + 1.0)


def test_updates_are_coalesced_to_about_twenty_a_second(sim, sim_requests):
    marker = tag()
    run = run_engine(config_for(sim, "vllm"), f"{marker} #sim rate=400 tokens=400", thinking=False)
    snap = run.snapshot
    assert snap.status == "done"
    duration = run.times[-1]
    assert duration >= 0.8, f"the stream should take ~1 s at 400 tokens/s, took {duration:.2f} s"

    # at most 20 updates a second, + a couple: the first delta goes out at once and the end of the
    # stream flushes what is pending together with Usage and TurnDone (400 tokens/s uncoalesced)
    deltas = [t for t, e in zip(run.times, run.events) if isinstance(e, (TextDelta, ReasoningDelta))]
    worst_deltas = max(per_second(deltas, start) for start in deltas)
    worst_events = max(per_second(run.times, start) for start in run.times)
    shown = [round(t, 3) for t in run.times]
    assert worst_deltas <= 22, f"{worst_deltas} deltas within one second: {shown}"
    assert worst_events <= 25, f"{worst_events} events within one second: {shown}"
    assert len(deltas) >= 10, "the answer must still stream in many small updates, not one lump"

    # nothing is lost while merging: the streamed answer is exactly the server's answer
    (entry,) = requests_for(sim_requests, f"{marker} #sim rate=400")
    assert entry["completed"]
    body = json.loads(json.dumps(entry["body"]))
    body["messages"][-1]["content"] = f"{marker} #sim tokens=400"  # same answer, without the pacing
    assert snap.content == full_answer(sim, "vllm", body)


def test_first_delta_is_not_held_back(sim):
    """The server sends one token and then stalls: that token must reach the user during the stall."""
    marker = tag()
    run = run_engine(config_for(sim, "vllm"), f"{marker} #sim stall=0.8 rate=400 tokens=60", thinking=False)
    assert run.snapshot.status == "done"
    deltas = [(t, e) for t, e in zip(run.times, run.events) if isinstance(e, (TextDelta, ReasoningDelta))]
    first_time, first = deltas[0]
    assert first.text and "Simulated answer".startswith(first.text)
    assert first_time < 0.5, f"first delta after {first_time:.2f} s: held back behind the server's stall"
    assert deltas[1][0] >= 0.75, "the second delta can only come after the stall"
    assert run.snapshot.content.startswith(first.text)
