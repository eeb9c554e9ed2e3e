"""Backend failover (issue 20): a backend's `fallback` list takes the turn when the chosen backend is down or fails
before the answer's first token with an error of the server; never after the first token, never to a backend
that cannot take the conversation or that the user may not use. Turns.run (the path of the page and /chat) with
a real SQLite file and real HTTP to the simulated backend; one run through the served app's /chat."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest
from gradio_client import Client
from PIL import Image
from sqlmodel import select

from kimi_ui.config import BackendConfig
from kimi_ui.costs import Prices
from kimi_ui.storage import store
from kimi_ui.storage.team_model import UsageDay
from kimi_ui.turns import CONTINUABLE, TurnInput
from tests.support.processes import free_port
from tests.support.serving import make_settings, serve, sim_backends
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
LEGACY = "Simulated vLLM (legacy reasoning_content)"
LLAMACPP = "Simulated llama.cpp"
DOWN = "Office vLLM"
LLAMA_PRICES = Prices(input=2.0, output=10.0, currency="EUR")


def tag() -> str:
    return f"[fov-{uuid.uuid4().hex[:10]}]"


def harness(tmp_path: Path, sim_url: str, fallback: dict[str, list[str]],
            changes: dict[str, dict] | None = None) -> TurnHarness:
    """The simulated backends with these fallback lists (and other changes by name), and a backend that is down
    (a port nobody listens on)."""
    made = TurnHarness.create(tmp_path, sim_url)
    down = BackendConfig(name=DOWN, kind="vllm", base_url=f"http://127.0.0.1:{free_port()}/v1",
                         model="moonshotai/Kimi-K2.5")
    configs = [*made.configs, down]
    made.configs = [c.model_copy(update={"fallback": fallback.get(c.name, []), **(changes or {}).get(c.name, {})})
                    for c in configs]
    return made


def sent_to(sim_requests, marker: str) -> list[tuple[str, int]]:
    """(dialect, HTTP status) of each request whose last message holds `marker`, in order."""
    return [(e["dialect"], e["status"]) for e in sim_requests()
            if marker in json.dumps(e["body"]["messages"][-1], ensure_ascii=False)]


def failover_words(answer) -> list[str]:
    return [n.message for n in answer.notices if n.code == "failover"]


def png(path: Path) -> Path:
    Image.new("RGB", (64, 48), (30, 200, 30)).save(path)
    return path


def test_a_chosen_backend_that_is_down_hands_the_turn_to_its_fallback(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {DOWN: [LLAMACPP]}, {LLAMACPP: {"prices": LLAMA_PRICES}})
    text = f"{tag()} hello"
    answer, _ = turns.run(TurnInput(text=text, backend=DOWN, mode="instant"), probe=True)
    assert answer.status == "done" and answer.error is None
    assert answer.content.lstrip().startswith("Simulated answer")
    assert failover_words(answer) == [f"{DOWN} is down: answered by {LLAMACPP}."]
    assert sent_to(sim_requests, text) == [("llamacpp", 200)]
    user, row = turns.messages(answer.conversation_id)
    assert (row.backend, row.status) == (LLAMACPP, "done")
    assert row.model.endswith(".gguf")  # the model the simulated llama-server serves (its probe said)
    assert row.notices[-1]["params"]["answered"] == LLAMACPP  # (the page says it in the reader's language)
    assert row.usage["currency"] == "EUR" and row.usage["cost"] > 0  # by the prices of the one that answered
    with turns.db.session() as session:
        conversation = store.get_conversation(session, owner_id=turns.owner_id, conversation_id=answer.conversation_id)
        counted = {u.backend: u.tokens for u in session.exec(select(UsageDay))}
    assert conversation.backend == DOWN  # the user's choice stays
    assert set(counted) == {LLAMACPP} and counted[LLAMACPP] > 0


def test_a_backend_not_yet_checked_that_refuses_the_connection_moves_the_turn(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {DOWN: [LLAMACPP]})
    text = f"{tag()} hello"
    answer, _ = turns.run(TurnInput(text=text, backend=DOWN, mode="instant"))  # (no probe: health unknown)
    assert answer.status == "done" and answer.error is None
    assert failover_words(answer) == [f"{DOWN} could not be reached: answered by {LLAMACPP}."]
    assert not [n for n in answer.notices if n.code == "retrying"]  # the fallback answers instead of a retry
    assert sent_to(sim_requests, text) == [("llamacpp", 200)]


def test_a_503_before_the_first_token_moves_the_turn_at_once(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})
    text = f"{tag()} hello #sim status=503 on=vllm"
    answer, events = turns.run(TurnInput(text=text, backend=VLLM, mode="thinking"))
    assert answer.status == "done" and answer.error is None
    assert answer.reasoning and answer.content.lstrip().startswith("Simulated answer")
    assert failover_words(answer) == [f"{VLLM} did not answer (503): answered by {LLAMACPP}."]
    assert sent_to(sim_requests, text) == [("vllm", 503), ("llamacpp", 200)]
    assert not [n for n in answer.notices if n.code == "retrying"]
    assert len([r for r in answer.rounds if not r.is_empty()]) == 1 and len(answer.rounds) == 1
    _, row = turns.messages(answer.conversation_id)
    assert (row.backend, row.status, row.error) == (LLAMACPP, "done", None)
    assert row.content == answer.content


def test_each_fallback_in_turn_and_the_notices_say_who_was_tried(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LEGACY, LLAMACPP]})
    text = f"{tag()} hello #sim status=503 on=vllm,vllm-legacy"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "done"
    assert failover_words(answer) == [f"{VLLM} did not answer (503): {LEGACY} was tried instead.",
                                      f"{LEGACY} did not answer (503): answered by {LLAMACPP}."]
    assert sent_to(sim_requests, text) == [("vllm", 503), ("vllm-legacy", 503), ("llamacpp", 200)]


def test_when_the_last_fallback_fails_too_its_error_shows_after_its_own_retries(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})
    text = f"{tag()} hello #sim status=502"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "error" and answer.error.code == "unavailable"
    assert LLAMACPP in answer.error.message
    assert failover_words(answer) == [f"{VLLM} did not answer (502): {LLAMACPP} was tried instead."]
    retries = turns.settings.retries
    assert sent_to(sim_requests, text) == [("vllm", 502)] + [("llamacpp", 502)] * (retries + 1)


def test_a_cut_after_the_first_token_never_moves(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})
    text = f"{tag()} hello #sim cut=5"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "interrupted" and answer.error.code == "stream_cut"
    assert answer.content  # what came before the cut stays
    assert answer.status in CONTINUABLE  # the page offers Continue
    assert failover_words(answer) == []
    assert sent_to(sim_requests, text) == [("vllm", 200)]
    _, row = turns.messages(answer.conversation_id)
    assert (row.backend, row.status) == (VLLM, "interrupted")


@pytest.mark.parametrize("status", ["400", "401", "403", "429-quota"])
def test_errors_of_the_request_or_the_account_never_move(tmp_path, sim, sim_requests, status):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})
    text = f"{tag()} hello #sim status={status} on=vllm"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "error" and VLLM in answer.error.message
    assert failover_words(answer) == []
    assert sent_to(sim_requests, text) == [("vllm", int(status[:3]))]


def test_a_prompt_too_long_never_moves(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})
    text = f"{tag()} hello #sim window=5"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "error" and answer.error.code == "context_length"
    assert failover_words(answer) == []
    assert {dialect for dialect, _ in sent_to(sim_requests, text)} == {"vllm"}


def test_a_chat_with_a_picture_never_moves_to_a_text_only_backend(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]})  # llama.cpp: text only
    text = f"{tag()} what is in this picture? #sim status=503 on=vllm"
    picture = png(tmp_path / "green.png")
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant", files=((str(picture), "green.png"),)))
    assert answer.status == "error" and answer.error.code == "unavailable"  # the chosen backend's own error
    assert VLLM in answer.error.message and failover_words(answer) == []
    assert set(sent_to(sim_requests, text)) == {("vllm", 503)}  # its own retries, nowhere else


def test_a_chat_with_a_picture_moves_past_a_text_only_fallback_to_one_that_sees(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP, LEGACY]})
    picture = png(tmp_path / "green.png")
    first, _ = turns.run(TurnInput(text=f"{tag()} look", backend=VLLM, mode="instant",
                                   files=((str(picture), "green.png"),)))
    text = f"{tag()} and now? #sim status=503 on=vllm"  # the picture is an earlier message's
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant", conversation_id=first.conversation_id))
    assert answer.status == "done"
    assert failover_words(answer) == [f"{VLLM} did not answer (503): answered by {LEGACY}."]
    assert sent_to(sim_requests, text) == [("vllm", 503), ("vllm-legacy", 200)]
    assert "image" in answer.content.lower()  # the fallback saw the picture


def test_a_fallback_the_user_may_not_use_is_passed_over(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {VLLM: [LLAMACPP]}, {LLAMACPP: {"users": ["alice"]}})
    text = f"{tag()} hello #sim status=503 on=vllm"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert answer.status == "error" and answer.error.code == "unavailable" and VLLM in answer.error.message
    assert failover_words(answer) == []
    assert set(sent_to(sim_requests, text)) == {("vllm", 503)}

    turns.configs = [c.model_copy(update={"fallback": [LLAMACPP, LEGACY]}) if c.name == VLLM else c
                     for c in turns.configs]
    text = f"{tag()} again #sim status=503 on=vllm"
    answer, _ = turns.run(TurnInput(text=text, backend=VLLM, mode="instant"))
    assert failover_words(answer) == [f"{VLLM} did not answer (503): answered by {LEGACY}."]
    assert sent_to(sim_requests, text) == [("vllm", 503), ("vllm-legacy", 200)]


def test_continue_of_a_moved_answer_goes_on_from_the_chosen_backend(tmp_path, sim, sim_requests):
    turns = harness(tmp_path, sim.url, {DOWN: [VLLM]})
    text = f"{tag()} hello #sim cut=8"
    cut, _ = turns.run(TurnInput(text=text, backend=DOWN, mode="instant"), probe=True)
    assert cut.status == "interrupted" and failover_words(cut) == [f"{DOWN} is down: answered by {VLLM}."]
    went_on, _ = turns.run(TurnInput(text="", backend=DOWN, mode="instant", conversation_id=cut.conversation_id,
                                     continue_of=cut.message_id), probe=True)
    assert went_on.message_id == cut.message_id
    assert failover_words(went_on) == [f"{DOWN} is down: answered by {VLLM}."]  # said once, not twice
    assert went_on.content.startswith(cut.content)
    _, row = turns.messages(cut.conversation_id)
    assert row.backend == VLLM


def test_the_chat_api_of_the_served_app_falls_over_by_the_probe(tmp_path, sim, sim_requests):
    down = BackendConfig(name=DOWN, kind="vllm", base_url=f"http://127.0.0.1:{free_port()}/v1",
                         model="moonshotai/Kimi-K2.5", fallback=[LLAMACPP])
    settings = make_settings(tmp_path, default_backend=DOWN)
    with serve(settings, [down, *sim_backends(sim.url)]) as served:
        backend = served.ctx.backends.get(DOWN)
        deadline = time.monotonic() + 20
        while backend.health.status != "down" and time.monotonic() < deadline:  # the app's own probe loop
            time.sleep(0.05)
        assert backend.health.status == "down"
        client = Client(served.url, verbose=False)
        try:
            text = f"{tag()} hello #sim cut=8"
            cut = client.predict(text, None, "", "instant", "", api_name="/chat")
            went_on = client.predict(cut["message_id"], "", "instant", api_name="/continue")  # (no backend named)
        finally:
            client.close()
        owner_id = served.ctx.owner_id(None)
        deadline = time.monotonic() + 20
        while served.ctx.jobs.by_message(owner_id, cut["message_id"]) and time.monotonic() < deadline:
            time.sleep(0.05)  # (the job is forgotten once its final write is done)
        with served.ctx.db.session() as session:
            chat = store.get_conversation(session, owner_id=owner_id, conversation_id=cut["conversation_id"])
            row = store.get_message(session, owner_id=owner_id, message_id=cut["message_id"])
    said = f"{DOWN} is down: answered by {LLAMACPP}."
    assert cut["status"] == "interrupted" and cut["content"].lstrip().startswith("Simulated answer")
    assert [n["message"] for n in cut["notices"] if n["code"] == "failover"] == [said]
    assert went_on["message_id"] == cut["message_id"]
    assert went_on["content"].startswith(cut["content"]) and len(went_on["content"]) > len(cut["content"])
    assert [n["message"] for n in went_on["notices"] if n["code"] == "failover"] == [said]
    assert {dialect for dialect, _ in sent_to(sim_requests, text)} == {"llamacpp"}
    assert (chat.backend, row.backend) == (DOWN, LLAMACPP)  # Continue went on from the user's choice again
