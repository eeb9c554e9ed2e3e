"""Model discovery and health: `GET /models` as the probe, model substitution, the context window,
a backend that is down, and the default pick of the first healthy backend."""

from __future__ import annotations

import asyncio
import json
import socket
import uuid

import pytest

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.config import DEFAULT_SYSTEM_PROMPT, BackendConfig
from kimi_ui.demo_server import MODEL_IDS
from kimi_ui.engine import EngineConfig, TurnRequest, run_turn
from kimi_ui.events import Notice
from kimi_ui.messages import Message, TextPart
from kimi_ui.answer import Answer

pytestmark = pytest.mark.integration

GGUF = MODEL_IDS["llamacpp"]  # the one model the simulated llama-server serves


def tag() -> str:
    return f"[dsc-{uuid.uuid4().hex[:10]}]"


def closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/v1"


def requests_for(sim_requests, marker: str) -> list[dict]:
    return [e for e in sim_requests() if marker in json.dumps(e["body"]["messages"][-1], ensure_ascii=False)]


def test_llamacpp_switches_to_the_one_served_gguf_and_says_so(sim, sim_requests):
    config = BackendConfig(name="My llama.cpp", kind="llamacpp", base_url=sim.base_url("llamacpp"), model="kimi-k2.5")
    marker = tag()

    async def go():
        backend = Backend(config)
        try:
            health = await backend.probe()
            assert health.status == "ok" and health.models == [GGUF]
            assert backend.model == GGUF
            assert backend.model_notice and "kimi-k2.5" in backend.model_notice and GGUF in backend.model_notice
            history = [Message("system", (TextPart(DEFAULT_SYSTEM_PROMPT),)),
                       Message("user", (TextPart(f"{marker} hi"),))]
            snapshot, events = Answer(), []
            async for event in run_turn(backend, TurnRequest(history=history, thinking=False), EngineConfig()):
                events.append(event)
                snapshot.apply(event)
            return snapshot, events
        finally:
            await backend.client.close()

    snapshot, events = asyncio.run(go())
    notices = [e for e in events if isinstance(e, Notice) and e.code == "model_substituted"]
    assert len(notices) == 1 and GGUF in notices[0].message
    assert snapshot.status == "done" and snapshot.content.startswith("Simulated answer (llamacpp")
    (entry,) = requests_for(sim_requests, marker)
    assert entry["body"]["model"] == GGUF


def test_vllm_keeps_the_served_model_and_learns_the_context_window(sim):
    config = BackendConfig(name="My vLLM", kind="vllm", base_url=sim.base_url("vllm"), model=MODEL_IDS["vllm"])

    async def go():
        backend = Backend(config)
        try:
            assert backend.health.context_window is None  # nothing known before the probe
            health = await backend.probe()
            return backend, health
        finally:
            await backend.client.close()

    backend, health = asyncio.run(go())
    assert health.status == "ok" and health.models == [MODEL_IDS["vllm"]]
    assert backend.model == MODEL_IDS["vllm"] and backend.model_notice is None
    assert health.context_window == 262_144  # vLLM's max_model_len
    assert backend.context_window == 262_144


def test_moonshot_context_window_comes_from_context_length(sim):
    config = BackendConfig(name="Moon", kind="moonshot", base_url=sim.base_url("moonshot"), model="kimi-k2.5")

    async def go():
        backend = Backend(config)
        try:
            return await backend.probe()
        finally:
            await backend.client.close()

    health = asyncio.run(go())
    assert health.status == "ok" and health.context_window == 262_144


def test_probe_of_a_backend_that_is_down_says_unreachable(sim):
    config = BackendConfig(name="Office vLLM", kind="vllm", base_url=closed_port_url(), model=MODEL_IDS["vllm"])

    async def go():
        backend = Backend(config, probe_timeout=2.0)
        try:
            return backend, await backend.probe()
        finally:
            await backend.client.close()

    backend, health = asyncio.run(go())
    assert health.status == "down"
    assert "unreachable" in health.message  # refused at once, not "timed out" after probe_timeout
    assert health.checked_at is not None
    assert backend.model == MODEL_IDS["vllm"] and backend.model_notice is None


def test_default_choice_is_the_first_healthy_backend(sim):
    configs = [
        BackendConfig(name="Office vLLM (down)", kind="vllm", base_url=closed_port_url(), model=MODEL_IDS["vllm"]),
        BackendConfig(name="Sim vLLM", kind="vllm", base_url=sim.base_url("vllm"), model=MODEL_IDS["vllm"]),
        BackendConfig(name="Sim llama.cpp", kind="llamacpp", base_url=sim.base_url("llamacpp"), model="kimi-k2.5"),
    ]

    async def go():
        backends = Backends([Backend(c, probe_timeout=2.0) for c in configs])
        try:
            await backends.probe_all()
            return backends.choose(None), {b.name: b.health.status for b in backends}
        finally:
            await backends.close()

    chosen, statuses = asyncio.run(go())
    assert statuses == {"Office vLLM (down)": "down", "Sim vLLM": "ok", "Sim llama.cpp": "ok"}
    assert chosen is not None and chosen.name == "Sim vLLM"
