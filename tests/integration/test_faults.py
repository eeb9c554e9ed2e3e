"""Faults end to end: Turns.run with a real SQLite file and real HTTP to the simulated backend.

Every `#sim` fault, a backend that is down, cancellation mid-stream, refused turns (no vision,
busy conversation, unknown conversation). Each checks what the user sees (the error and its hint,
notices) and what is kept (the user's message, the partial answer, the row's status).
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlmodel import select

from kimi_ui.backends.base import Backend
from kimi_ui.backends.errors import VISION_HINT
from kimi_ui.backends.registry import Backends
from kimi_ui.config import BackendConfig, Settings, simulated_backends
from kimi_ui.events import Event, Notice, ReasoningDelta, TextDelta, TurnDone, TurnError, TurnStarted
from kimi_ui.answer import Answer
from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from kimi_ui.storage.models import Attachment, Conversation, MessageRow
from kimi_ui.turns import TurnInput, Turns
from tests.support.serving import make_settings

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
LEGACY = "Simulated vLLM (legacy reasoning_content)"
LLAMACPP = "Simulated llama.cpp"
MOONSHOT = "Simulated Moonshot API"
NOPARSER = "Simulated server without reasoning parser"
ALL_BACKENDS = [VLLM, LEGACY, LLAMACPP, MOONSHOT, NOPARSER]
BACKEND_IDS = ["vllm", "vllm-legacy", "llamacpp", "moonshot", "noparser"]


def tag() -> str:
    return f"[flt-{uuid.uuid4().hex[:10]}]"


@dataclass
class Env:
    """A real database in tmp_path, the local user, and settings with fast retries."""

    db: Database
    owner_id: str
    settings: Settings
    configs: list[BackendConfig]

    def backends(self, configs: list[BackendConfig] | None = None) -> Backends:
        """New Backend objects: call inside the event loop that will use them."""
        return Backends([Backend(c, connect_timeout=1.0, read_timeout=30.0, probe_timeout=1.0)
                         for c in configs or self.configs])

    def conversations(self) -> list[Conversation]:
        with self.db.session() as session:
            return list(session.exec(select(Conversation)))

    def messages(self, conversation_id: str | None = None) -> list[MessageRow]:
        with self.db.session() as session:
            query = select(MessageRow).order_by(MessageRow.seq)
            if conversation_id:
                query = query.where(MessageRow.conversation_id == conversation_id)
            return list(session.exec(query))

    def row(self, message_id: str) -> MessageRow:
        with self.db.session() as session:
            found = session.get(MessageRow, message_id)
            assert found is not None
            return found


@pytest.fixture
def env(tmp_path, sim) -> Iterator[Env]:
    settings = make_settings(tmp_path, retry_base_delay=0.05, connect_timeout=1.0)
    db = Database(f"sqlite:///{tmp_path}/t.db")
    db.migrate()
    with db.session() as session:
        owner_id = store.ensure_user(session, name="local").id
    yield Env(db, owner_id, settings, simulated_backends(sim.url))
    db.dispose()


@dataclass
class Result:
    snapshot: Answer
    events: list[Event] = field(default_factory=list)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


async def collect(agen: AsyncIterator[Event]) -> Result:
    result = Result(Answer())
    async for event in agen:
        result.events.append(event)
        result.snapshot.apply(event)
    return result


def run(env: Env, text: str, *, configs: list[BackendConfig] | None = None, **turn: Any) -> Result:
    """One turn through Turns.run, in its own event loop with its own Backends."""

    async def go() -> Result:
        backends = env.backends(configs)
        try:
            turns = Turns(env.db, backends, env.settings)
            return await collect(turns.run(owner_id=env.owner_id, turn=TurnInput(text=text, **turn)))
        finally:
            await backends.close()

    return asyncio.run(go())


def requests_for(sim_requests: Callable[[], list[dict]], marker: str) -> list[dict]:
    return [e for e in sim_requests() if marker in json.dumps(e["body"]["messages"][-1], ensure_ascii=False)]


def assert_user_message_saved(env: Env, result: Result, text: str) -> MessageRow:
    """The user's message is kept, followed by the assistant row; returns the assistant row."""
    started = result.of(TurnStarted)
    assert len(started) == 1
    user, answer = env.messages(started[0].conversation_id)
    assert (user.role, user.content, user.id) == ("user", text, started[0].user_message_id)
    assert (answer.role, answer.id) == ("assistant", started[0].message_id)
    return answer


# -- HTTP errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ALL_BACKENDS, ids=BACKEND_IDS)
def test_auth_error_is_shown_with_a_hint_and_the_message_is_kept(env, sim_requests, backend):
    text = f"{tag()} hello #sim status=401"
    result = run(env, text, backend=backend)
    snap = result.snapshot
    assert snap.status == "error"
    assert snap.error.code == "auth"
    assert backend in snap.error.message and "API key" in snap.error.message
    assert "key" in snap.error.hint  # says where to fix it
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "error"
    assert answer.error["code"] == "auth" and answer.error["hint"] == snap.error.hint
    assert len(requests_for(sim_requests, text)) == 1  # never retried


@pytest.mark.parametrize("backend", ALL_BACKENDS, ids=BACKEND_IDS)
def test_quota_error_is_not_retried(env, sim_requests, backend):
    text = f"{tag()} #sim status=429-quota"
    result = run(env, text, backend=backend)
    assert result.snapshot.status == "error"
    assert result.snapshot.error.code == "quota" and "billing" in result.snapshot.error.hint
    assert not [n for n in result.of(Notice) if n.code == "retrying"]
    assert len(requests_for(sim_requests, text)) == 1
    assert assert_user_message_saved(env, result, text).status == "error"


@pytest.mark.parametrize("backend", ALL_BACKENDS, ids=BACKEND_IDS)
@pytest.mark.parametrize(("fault", "attempts"), [("status=429 times=1", 2), ("status=503 times=2", 3)],
                         ids=["429-once", "503-twice"])
def test_retryable_errors_are_retried_then_succeed(env, sim_requests, backend, fault, attempts):
    text = f"{tag()} #sim {fault}"
    result = run(env, text, backend=backend, mode="instant")
    snap = result.snapshot
    assert snap.status == "done" and snap.error is None
    assert snap.content.lstrip().startswith("Simulated answer")
    retrying = [n for n in result.of(Notice) if n.code == "retrying"]
    assert len(retrying) == attempts - 1
    assert "Retrying" in retrying[0].message
    entries = requests_for(sim_requests, text)
    assert len(entries) == attempts
    assert [e["status"] for e in entries] == [int(fault[7:10])] * (attempts - 1) + [200]
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "done" and answer.content == snap.content and answer.error is None


def test_internal_server_error(env, sim_requests):
    text = f"{tag()} #sim status=500"
    result = run(env, text, backend=VLLM)
    assert result.snapshot.status == "error"
    assert result.snapshot.error.code == "server_error"
    assert "500" in result.snapshot.error.message and result.snapshot.error.hint
    assert len(requests_for(sim_requests, text)) == 1
    assert assert_user_message_saved(env, result, text).status == "error"


def test_backend_error_on_a_later_turn_keeps_the_conversation(env, sim_requests):
    first = run(env, f"{tag()} first", backend=VLLM, mode="instant")
    conversation_id = first.snapshot.conversation_id
    text = f"{tag()} second #sim status=500"
    second = run(env, text, backend=VLLM, conversation_id=conversation_id)
    assert second.snapshot.status == "error" and second.snapshot.conversation_id == conversation_id
    rows = env.messages(conversation_id)
    assert [(r.role, r.status) for r in rows] == [("user", "done"), ("assistant", "done"),
                                                  ("user", "done"), ("assistant", "error")]
    assert rows[2].content == text


# -- broken streams -------------------------------------------------------------------------------


def test_stream_cut_keeps_the_partial_answer(env, sim_requests):
    text = f"{tag()} #sim cut=5"
    result = run(env, text, backend=VLLM, mode="instant")
    snap = result.snapshot
    assert snap.status == "interrupted"
    assert snap.error is not None
    assert snap.content and "Simulated answer".startswith(snap.content.strip()[:9])
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "interrupted"
    assert answer.content == snap.content  # the partial answer is kept
    (entry,) = requests_for(sim_requests, text)  # a broken stream is not retried: tokens already shown
    assert not entry["completed"]


def test_stream_cut_is_reported_as_a_broken_stream(env):
    """The SDK reports a connection dropped mid-answer as APIConnectionError, like a refused connection:
    the user must read "broke off mid-answer", not "could not connect"."""
    text = f"{tag()} #sim cut=5"
    result = run(env, text, backend=VLLM, mode="instant")
    assert result.snapshot.status == "interrupted"
    assert result.snapshot.error.code == "stream_cut", result.snapshot.error
    assert "Could not connect" not in result.snapshot.error.message
    assert "What had arrived (thoughts or text) is kept" in result.snapshot.error.message and "Continue" in result.snapshot.error.hint


@pytest.mark.parametrize(("directive", "max_tokens", "status"), [("#sim cut=8", None, "interrupted"),
                                                               ("", 6, "length")], ids=["cut", "length"])
def test_unfinished_reasoning_without_a_parser_stays_reasoning(env, directive, max_tokens, status):
    # A server without a reasoning parser that stops inside the think block (cut off, or out of
    # tokens): what streamed into the reasoning block stays reasoning; it must not become the answer.
    text = f"{tag()} hello there {directive}".strip()
    result = run(env, text, backend=NOPARSER, mode="thinking", max_tokens=max_tokens)
    assert result.snapshot.status == status
    assert result.of(ReasoningDelta), "the partial reasoning streamed live into the reasoning block"
    answer = assert_user_message_saved(env, result, text)
    assert answer.reasoning.startswith("The user asked"), (answer.reasoning, answer.content)
    assert answer.content == ""


def test_stalled_stream_still_completes(env, sim_requests):
    text = f"{tag()} #sim stall=0.5 tokens=40"
    started = time.monotonic()
    result = run(env, text, backend=VLLM, mode="instant")
    assert time.monotonic() - started >= 0.5
    assert result.snapshot.status == "done" and result.snapshot.error is None
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "done" and answer.content == result.snapshot.content
    (entry,) = requests_for(sim_requests, text)
    assert entry["completed"]


# -- finish reasons -------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", [VLLM, MOONSHOT, LLAMACPP], ids=["vllm", "moonshot", "llamacpp"])
def test_length_finish_offers_continue(env, backend):
    text = f"{tag()} #sim finish=length"
    result = run(env, text, backend=backend)
    snap = result.snapshot
    assert snap.status == "length" and snap.finish_reason == "length"
    (notice,) = [n for n in result.of(Notice) if n.code == "length"]
    assert notice.action == "continue" and "token limit" in notice.message
    assert snap.content.startswith("Simulated answer")
    answer = assert_user_message_saved(env, result, text)
    assert (answer.status, answer.finish_reason) == ("length", "length")
    assert answer.content == snap.content
    assert {"code": "length", "message": notice.message, "action": "continue", "params": {}} in answer.notices


def test_small_max_tokens_stops_at_the_limit(env, sim_requests):
    text = f"{tag()} #sim tokens=200"
    result = run(env, text, backend=VLLM, mode="instant", max_tokens=20)
    snap = result.snapshot
    assert snap.status == "length"
    assert [n.action for n in result.of(Notice) if n.code == "length"] == ["continue"]
    assert snap.completion_tokens == 20
    (entry,) = requests_for(sim_requests, text)
    assert entry["body"]["max_tokens"] == 20
    assert assert_user_message_saved(env, result, text).status == "length"


def test_content_filter_finish_is_a_visible_notice(env):
    text = f"{tag()} #sim finish=content_filter"
    result = run(env, text, backend=MOONSHOT)
    snap = result.snapshot
    assert snap.finish_reason == "content_filter"
    (notice,) = [n for n in result.of(Notice) if n.code == "content_filter"]
    assert "content filter" in notice.message and notice.action == "continue"
    answer = assert_user_message_saved(env, result, text)
    assert answer.finish_reason == "content_filter" and answer.content == snap.content
    assert any(n["code"] == "content_filter" for n in answer.notices)


# -- cancellation ---------------------------------------------------------------------------------


def test_stop_closes_the_backend_stream_and_keeps_the_partial_answer(env, sim_requests):
    text = f"{tag()} #sim rate=50 tokens=400"

    async def go() -> tuple[TurnStarted, str, float, dict, MessageRow]:
        backends = env.backends()
        turns = Turns(env.db, backends, env.settings)
        agen = turns.run(owner_id=env.owner_id, turn=TurnInput(text=text, backend=VLLM, mode="instant"))
        started, shown, deltas = None, "", 0
        async for event in agen:
            if isinstance(event, TurnStarted):
                started = event
            if isinstance(event, (TextDelta, ReasoningDelta)):
                shown += event.text
                deltas += 1
                if deltas >= 3:
                    break
        await agen.aclose()  # Stop / closed tab
        stopped = time.monotonic()
        assert not turns.is_streaming(started.conversation_id)
        entry, row = None, None
        while time.monotonic() - stopped < 2.0:  # the event loop keeps running meanwhile
            (entry,) = [e for e in (await asyncio.to_thread(sim_requests)) if text in json.dumps(
                e["body"]["messages"][-1], ensure_ascii=False)]
            row = env.row(started.message_id)
            if entry["disconnected"] and row.status != "streaming":
                break
            await asyncio.sleep(0.05)
        await backends.close()
        return started, shown, time.monotonic() - stopped, entry, row

    started, shown, waited, entry, row = asyncio.run(go())
    assert entry["disconnected"] is True, f"the backend never saw the disconnect (waited {waited:.1f} s)"
    assert not entry["completed"]
    assert row.status == "cancelled"
    assert row.content.startswith(shown) and len(row.content) > 0  # the partial answer is kept
    assert len(row.content) < 200  # and it really was cut short (the full answer is ~400 tokens)
    assert any(n["code"] == "cancelled" for n in row.notices)
    user = env.messages(started.conversation_id)[0]
    assert user.content == text


# -- backends that cannot answer ------------------------------------------------------------------


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_backend_that_is_down(env):
    down = BackendConfig(name="Office vLLM", kind="vllm", base_url=f"http://127.0.0.1:{closed_port()}/v1",
                         model="moonshotai/Kimi-K2.5")
    text = f"{tag()} are you there?"
    started = time.monotonic()
    result = run(env, text, configs=[down], backend="Office vLLM")  # no exception escapes
    assert time.monotonic() - started < 5
    snap = result.snapshot
    assert snap.status == "error"
    assert snap.error.code == "unreachable"
    assert snap.error.message == f"Could not connect to Office vLLM at {down.base_url}."
    assert snap.error.params == {"backend": "Office vLLM", "url": down.base_url}  # the page says it in German
    assert snap.error.hint
    assert isinstance(result.events[-1], TurnDone)
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "error" and answer.error["code"] == "unreachable"


def png(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path)
    return path


def test_llamacpp_with_vision_forced_on_gets_a_clear_vision_error(env, tmp_path, sim, sim_requests):
    configs = [c.model_copy(update={"vision": True}) for c in simulated_backends(sim.url) if c.name == LLAMACPP]
    text = f"{tag()} what is in this picture?"
    picture = png(tmp_path / "red.png")
    result = run(env, text, configs=configs, backend=LLAMACPP, files=((str(picture), "red.png"),))
    snap = result.snapshot
    assert snap.status == "error"
    assert snap.error.code == "vision_unsupported"
    assert snap.error.hint == VISION_HINT and "vLLM" in snap.error.hint
    (entry,) = requests_for(sim_requests, text)
    assert entry["status"] == 500
    assert "image_url" in json.dumps(entry["body"]["messages"][-1])  # the image was sent
    assert len(requests_for(sim_requests, text)) == 1
    answer = assert_user_message_saved(env, result, text)
    assert answer.status == "error"


def test_llamacpp_refuses_images_before_saving_anything(env, tmp_path, sim_requests):
    text = f"{tag()} what is in this picture?"
    picture = png(tmp_path / "red.png")
    result = run(env, text, backend=LLAMACPP, files=((str(picture), "red.png"),))
    assert [type(e) for e in result.events] == [TurnError, TurnDone]
    assert result.snapshot.error.code == "no_vision"
    assert LLAMACPP in result.snapshot.error.message and result.snapshot.error.hint
    assert result.snapshot.status == "error"
    assert env.conversations() == [] and env.messages() == []
    with env.db.session() as session:
        assert list(session.exec(select(Attachment))) == []
    assert requests_for(sim_requests, text) == []


# -- refused turns --------------------------------------------------------------------------------


def test_second_turn_on_a_streaming_conversation_is_refused(env, sim_requests):
    first_text = f"{tag()} #sim rate=50 tokens=400"
    second_text = f"{tag()} me again"

    async def go() -> tuple[Result, TurnStarted]:
        backends = env.backends()
        turns = Turns(env.db, backends, env.settings)
        agen = turns.run(owner_id=env.owner_id, turn=TurnInput(text=first_text, backend=VLLM, mode="instant"))
        started = None
        async for event in agen:
            if isinstance(event, TurnStarted):
                started = event
            if isinstance(event, TextDelta):
                break  # the first turn is streaming now
        second = await collect(turns.run(owner_id=env.owner_id, turn=TurnInput(
            text=second_text, backend=VLLM, mode="instant", conversation_id=started.conversation_id)))
        await agen.aclose()
        await asyncio.sleep(0.2)
        await backends.close()
        return second, started

    second, started = asyncio.run(go())
    assert [type(e) for e in second.events] == [TurnError, TurnDone]
    assert second.snapshot.error.code == "busy" and second.snapshot.error.hint
    assert second.snapshot.status == "error"
    contents = [r.content for r in env.messages(started.conversation_id) if r.role == "user"]
    assert contents == [first_text]  # the refused message was not saved
    assert requests_for(sim_requests, second_text) == []


def test_unknown_conversation_is_refused_and_nothing_is_saved(env, sim_requests):
    text = f"{tag()} hello"
    result = run(env, text, backend=VLLM, conversation_id="0" * 32)
    assert [type(e) for e in result.events] == [TurnError, TurnDone]
    assert result.snapshot.error.code == "unknown_conversation"
    assert result.snapshot.conversation_id is None
    assert env.conversations() == [] and env.messages() == []
    assert requests_for(sim_requests, text) == []


def test_someone_elses_conversation_is_treated_as_unknown(env, sim_requests):
    theirs = run(env, f"{tag()} my secret plans", backend=VLLM, mode="instant")
    with env.db.session() as session:
        other_owner = store.ensure_user(session, name="mallory").id
    text = f"{tag()} show me"

    async def go() -> Result:
        backends = env.backends()
        try:
            turns = Turns(env.db, backends, env.settings)
            return await collect(turns.run(owner_id=other_owner, turn=TurnInput(
                text=text, backend=VLLM, conversation_id=theirs.snapshot.conversation_id)))
        finally:
            await backends.close()

    result = asyncio.run(go())
    assert result.snapshot.error.code == "unknown_conversation"
    assert len(env.messages(theirs.snapshot.conversation_id)) == 2  # nothing added to their conversation
    assert requests_for(sim_requests, text) == []


# -- a conversation longer than the context window ------------------------------------------------


def test_oldest_turns_are_left_out_when_the_history_does_not_fit(env, sim, sim_requests):
    configs = [c.model_copy(update={"context_window": 3000}) for c in simulated_backends(sim.url) if c.name == VLLM]
    # (near the window the server counts: the simulator's tokenizer takes a word a token)
    first = run(env, f"{tag()} first " + "word " * 1300, configs=configs, mode="instant")
    assert first.snapshot.status == "done" and not [n for n in first.of(Notice) if n.code == "history_trimmed"]
    text = f"{tag()} second " + "word " * 1300
    second = run(env, text, configs=configs, mode="instant", conversation_id=first.snapshot.conversation_id)
    assert second.snapshot.status == "done"
    (notice,) = [n for n in second.of(Notice) if n.code == "history_trimmed"]
    assert "2 earlier messages" in notice.message and "3,000" in notice.message
    assert notice.params == {"count": 2, "window": 3000}
    (entry,) = requests_for(sim_requests, text)
    assert [m["role"] for m in entry["body"]["messages"]] == ["system", "user"]  # the system prompt stays
    assert entry["body"]["messages"][-1]["content"] == text
    assert len(env.messages(first.snapshot.conversation_id)) == 4  # trimmed on the wire only, kept in the store
