"""Continue in place (issue 16) on every dialect of the simulated backend, and the context a server counts:
its own refusal with a count (dialect by dialect), and its tokenizer near the window."""

from __future__ import annotations

import asyncio
import dataclasses

import httpx
import pytest

from kimi_ui.backends.base import Backend
from kimi_ui.config import BackendConfig
from kimi_ui.messages import text_message
from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM, LLAMA, MOONSHOT, GENERIC = ("Simulated vLLM", "Simulated llama.cpp", "Simulated Moonshot API",
                                  "Simulated server without reasoning parser")


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def last_body(sim_requests) -> dict:
    return [r for r in sim_requests() if isinstance(r.get("body"), dict)][-1]["body"]


@pytest.mark.parametrize("backend", [VLLM, LLAMA, MOONSHOT])
def test_an_answer_cut_in_its_text_goes_on_in_place(harness, sim_requests, backend):
    whole, _ = harness.run(TurnInput(text="Tell me", backend=backend, mode="thinking"))
    cut, _ = harness.run(TurnInput(text="Tell me", backend=backend, mode="thinking", max_tokens=60))
    assert cut.status == "length" and cut.content and cut.content != whole.content

    went_on, events = harness.run(TurnInput(text="", backend=backend, mode="thinking",
                                            conversation_id=cut.conversation_id, continue_of=cut.message_id))
    assert went_on.status == "done", went_on.error
    assert went_on.message_id == cut.message_id
    assert (went_on.reasoning, went_on.content) == (whole.reasoning, whole.content)  # nothing twice, nothing new
    assert went_on.completion_tokens == whole.completion_tokens  # the figures cover the whole answer
    assert [n.code for n in went_on.notices] == []  # "stopped at the token limit" went with the cut
    rows = harness.messages(cut.conversation_id)
    assert [(m.role, m.status) for m in rows] == [("user", "done"), ("assistant", "done")]
    assert rows[1].content == whole.content

    body = last_body(sim_requests)
    last = body["messages"][-1]
    assert last["role"] == "assistant" and last["content"] == cut.content
    assert len(body["messages"]) == 3  # system, the question, the partial answer: no "please continue"
    if backend == VLLM:
        assert body["continue_final_message"] is True and body["add_generation_prompt"] is False
        assert last["reasoning"] == whole.reasoning
    elif backend == LLAMA:
        assert body["continue_final_message"] == "content" and body["add_generation_prompt"] is False
        assert last["reasoning_content"] == whole.reasoning
    else:
        assert last["partial"] is True and last["reasoning_content"] == whole.reasoning


@pytest.mark.parametrize("backend", [VLLM, LLAMA, MOONSHOT, GENERIC])
def test_a_cut_inside_the_reasoning_goes_on_where_the_backend_can_and_starts_again_elsewhere(harness, backend):
    whole, _ = harness.run(TurnInput(text="Tell me", backend=backend, mode="thinking"))
    cut, _ = harness.run(TurnInput(text="Tell me", backend=backend, mode="thinking", max_tokens=12))
    assert cut.status == "length" and cut.reasoning and not cut.content

    went_on, _ = harness.run(TurnInput(text="", backend=backend, mode="thinking",
                                       conversation_id=cut.conversation_id, continue_of=cut.message_id))
    assert went_on.status == "done", went_on.error
    assert (went_on.reasoning, went_on.content) == (whole.reasoning, whole.content)
    notices = [n.code for n in went_on.notices]
    if backend == LLAMA:  # llama-server continues the reasoning itself
        assert notices == [] and went_on.completion_tokens == whole.completion_tokens
    else:  # the reasoning starts again, and says so (what the first try cost stays counted)
        assert notices == ["continue_restarted"] and went_on.completion_tokens > whole.completion_tokens
        assert "cannot go on from inside its reasoning" in went_on.notices[0].message


def test_a_generic_server_is_asked_to_continue_and_the_page_says_so(harness, sim, sim_requests):
    generic = BackendConfig(name="Generic", kind="openai", base_url=f"{sim.url}/vllm/v1", model="moonshotai/Kimi-K2.5")
    harness = dataclasses.replace(harness, configs=[generic])
    cut, _ = harness.run(TurnInput(text="Tell me", backend="Generic", mode="instant", max_tokens=60))
    assert cut.content  # (cut in its text: a generic server thinks as it likes, this one does)
    went_on, _ = harness.run(TurnInput(text="", backend="Generic", mode="instant",
                                       conversation_id=cut.conversation_id, continue_of=cut.message_id))
    assert went_on.status == "done" and went_on.content.startswith(cut.content)
    assert [n.code for n in went_on.notices] == ["continue_asked", "no_thinking_switch"]
    messages = last_body(sim_requests)["messages"]
    assert [m["role"] for m in messages[-2:]] == ["assistant", "user"]
    assert messages[-1]["content"] == "Please continue from where you stopped."
    assert [m.role for m in harness.messages(cut.conversation_id)] == ["user", "assistant"]  # not stored


def test_a_server_without_a_reasoning_parser_keeps_the_written_text_when_asked_to_go_on(harness):
    """The generic kind on a server that sends its reasoning as raw text before `</think>`: the reply to "please
    continue" is a new round of the answer (its own reasoning and text); what was written stays where it was."""
    cut, _ = harness.run(TurnInput(text="Explain rainbows", backend=GENERIC, mode="thinking", max_tokens=60))
    assert cut.status == "length" and cut.rounds[0].content
    went_on, _ = harness.run(TurnInput(text="", backend=GENERIC, mode="thinking", conversation_id=cut.conversation_id,
                                       continue_of=cut.message_id))
    assert went_on.status == "done" and [n.code for n in went_on.notices] == ["continue_asked"]
    assert [(r.reasoning, r.content) for r in went_on.rounds[:1]] == [(cut.rounds[0].reasoning, cut.rounds[0].content)]
    assert len(went_on.rounds) == 2 and went_on.rounds[1].content.startswith("Simulated answer")
    assert went_on.content.startswith(cut.content)


def test_the_figures_of_a_continued_answer(harness):
    """Tokens: the whole answer's; speed: this call's tokens over its own time; the meter: the last call's prompt
    (which holds what was written before) and what it wrote, not the part before twice."""
    cut, _ = harness.run(TurnInput(text="Tell me #sim rate=400 tokens=120", backend=VLLM, mode="instant", max_tokens=100))
    went_on, _ = harness.run(TurnInput(text="", backend=VLLM, mode="instant", conversation_id=cut.conversation_id,
                                       continue_of=cut.message_id))
    usage = went_on.usage_dict()
    assert usage["carried_tokens"] == cut.completion_tokens == 100
    # ~30 tokens written at 400 a second in this call; the whole answer over this call's time would be > 1,000
    assert usage["completion_tokens"] >= 120 and usage["tokens_per_s"] < 600
    from kimi_ui.ui.render import context_meter

    meter = context_meter(usage)
    assert meter["used"] == usage["prompt_tokens"] + usage["completion_tokens"] - 100


def test_continue_is_refused_for_a_finished_answer_another_users_or_one_with_a_reply(harness, tmp_path, sim):
    done, _ = harness.run(TurnInput(text="Tell me", backend=VLLM, mode="instant"))
    refused, _ = harness.run(TurnInput(text="", backend=VLLM, conversation_id=done.conversation_id,
                                       continue_of=done.message_id))
    assert refused.error.code == "unknown_message" and refused.error.params["variant"] == "continue"

    cut, _ = harness.run(TurnInput(text="Tell me", backend=VLLM, mode="instant", max_tokens=20))
    later, _ = harness.run(TurnInput(text="Something else", backend=VLLM, conversation_id=cut.conversation_id))
    assert later.status == "done"
    refused, _ = harness.run(TurnInput(text="", backend=VLLM, conversation_id=cut.conversation_id,
                                       continue_of=cut.message_id))
    assert refused.error.code == "unknown_message"

    other = TurnHarness.create(tmp_path / "other", sim.url, auto_title=False)
    mine, _ = other.run(TurnInput(text="Tell me", backend=VLLM, mode="instant", max_tokens=20))
    stranger, _ = harness.run(TurnInput(text="", backend=VLLM, conversation_id=mine.conversation_id,
                                        continue_of=mine.message_id))
    assert stranger.error.code == "unknown_conversation"
    assert [m.status for m in other.messages(mine.conversation_id)] == ["done", "length"]


# -- the server's own count -----------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", [VLLM, LLAMA])
def test_a_prompt_the_server_refuses_with_its_count_is_trimmed_by_that_count_and_sent_again(harness, backend):
    """`#sim window=N`: the simulator refuses a longer prompt as its dialect does (vLLM: "maximum context length
    is N tokens. However, your request has M input tokens"; llama.cpp: exceed_context_size_error with n_prompt_tokens
    and n_ctx). kimi-ui leaves out the oldest turns by that count, says so, and the answer comes."""
    conversation = None
    padding = "many words to fill the window " * 20
    for n in range(6):
        answer, _ = harness.run(TurnInput(text=f"Turn {n} {padding} #sim window=700", backend=backend,
                                          mode="instant", conversation_id=conversation))
        assert answer.status == "done", (n, answer.error)
        conversation = answer.conversation_id
    trimmed = [x for x in answer.notices if x.code == "history_trimmed"]
    assert trimmed and trimmed[0].params["window"] == 700 and trimmed[0].params["count"] >= 2
    assert answer.window_tokens == 700  # the page's meter says the window the server said


def test_a_window_a_refusal_said_outlasts_the_probe(sim):
    backend = Backend(BackendConfig(name="b", kind="vllm", base_url=f"{sim.url}/vllm/v1", model="moonshotai/Kimi-K2.5"))

    async def go() -> int:
        backend.learn_window(700)
        await backend.probe()  # (its /models says 262,144)
        await backend.close()
        return backend.context_window

    assert asyncio.run(go()) == 700


def test_moonshots_refusal_has_no_count_and_is_said_plainly(harness):
    padding = "many words to fill the window " * 20
    answer, _ = harness.run(TurnInput(text=f"{padding} #sim window=50", backend=MOONSHOT, mode="instant"))
    assert answer.status == "error" and answer.error.code == "context_length"
    assert "Input token length too long" in answer.error.message


@pytest.mark.parametrize("dialect,kind", [("vllm", "vllm"), ("llamacpp", "llamacpp"), ("moonshot", "moonshot")])
def test_near_the_window_each_message_is_counted_once_by_the_servers_tokenizer(sim, dialect, kind):
    backend = Backend(BackendConfig(name="b", kind=kind, base_url=f"{sim.url}/{dialect}/v1", model="kimi-k2.5",
                                    context_window=4096))
    history = [text_message("system", "Be brief."), text_message("user", "Grüße aus München, wie geht's?"),
               text_message("assistant", "Gut, danke! 你好世界"), text_message("user", "def f(x): return x ** 2")]

    async def go() -> tuple[list[int] | None, int, list[int] | None, int]:
        first = await backend.counter.counts(history)
        asked = backend.counter.requests
        again = await backend.counter.counts([*history, text_message("assistant", "A new one.")])
        await backend.close()
        return first, asked, again, backend.counter.requests - asked

    first, asked, again, more = asyncio.run(go())
    assert first is not None and asked == 4 and more == 1  # only the new message the second time
    assert again[:4] == first
    words = [len(text.split()) for text in ("Be brief.", "Grüße aus München, wie geht's?")]
    assert first[0] >= words[0] and first[1] >= words[1]


def test_a_server_without_a_tokenizer_endpoint_is_estimated_and_not_asked_again(sim):
    backend = Backend(BackendConfig(name="b", kind="llamacpp", base_url=f"{sim.url}/moonshot/v1",  # (no /tokenize)
                                    model="kimi-k2.5", context_window=4096))

    async def go() -> tuple[object, int, bool]:
        found = await backend.counter.counts([text_message("user", "hello")])
        asked = backend.counter.requests
        available = backend.counter.available
        await backend.close()
        return found, asked, available

    found, asked, available = asyncio.run(go())
    assert found is None and asked == 1 and not available
    assert httpx.post(f"{sim.url}/moonshot/tokenize", json={}).status_code == 404


def test_a_server_that_refuses_to_continue_says_what_to_do(harness, sim):
    """A vLLM that gets continue_final_message without add_generation_prompt false (as a client sending the
    first alone would) refuses it: the error names the versions that continue, and Retry as the way on."""
    from kimi_ui.backends.errors import from_exception

    import openai
    import httpx2

    said = "Cannot set both `continue_final_message` and `add_generation_prompt` to True."
    request = httpx2.Request("POST", f"{sim.url}/vllm/v1/chat/completions")
    response = httpx2.Response(400, request=request, json={"error": {"message": said, "type": "BadRequestError"}})
    failure = from_exception(openai.BadRequestError(said, response=response, body={"message": said}), "Office vLLM",
                             {"kind": "vllm"})
    assert failure.code == "continue_refused" and "0.6.3" in failure.hint and "Retry" in failure.hint
    assert failure.params["said"] == said


def test_a_continue_that_fails_before_its_first_token_can_be_continued_again(harness):
    """The server fails the continuation (a 500 after its retries): the answer keeps what it had written and
    stays one that Continue goes on with ("interrupted"), not an error that only Retry could replace."""
    cut, _ = harness.run(TurnInput(text="Tell me", backend=VLLM, mode="instant", max_tokens=30))
    failing = harness.messages(cut.conversation_id)
    assert failing[1].status == "length"
    with harness.db.session() as session:  # the question now carries a fault for the continuation's request
        from kimi_ui.storage import store
        store.update_message(session, owner_id=harness.owner_id, message_id=failing[0].id,
                             content="Tell me #sim status=500")
    broken, _ = harness.run(TurnInput(text="", backend=VLLM, mode="instant", conversation_id=cut.conversation_id,
                                      continue_of=cut.message_id))
    assert broken.status == "interrupted" and broken.error.code == "server_error", broken.error
    assert broken.content == cut.content
    (_, row) = harness.messages(cut.conversation_id)
    assert (row.status, row.content) == ("interrupted", cut.content)


def test_a_huge_chat_never_counted_is_counted_from_its_newest_messages(sim, monkeypatch):
    """An imported chat of thousands of messages: one turn counts at most the 512 newest (where the cut falls),
    the rest are estimated this time; the next turn counts the next ones, and the server stays available."""
    from kimi_ui.backends import tokens

    monkeypatch.setattr(tokens, "TIMEOUT", 120.0)  # (the mechanism, not the 2 s budget: 512 requests under load)
    backend = Backend(BackendConfig(name="b", kind="vllm", base_url=f"{sim.url}/vllm/v1", model="moonshotai/Kimi-K2.5",
                                    context_window=4096))
    history = [text_message("user" if n % 2 == 0 else "assistant", f"message {n} with a few words") for n in range(700)]

    async def go() -> tuple[list[int] | None, int, list[int] | None, int]:
        first = await backend.counter.counts(history)
        asked = backend.counter.requests
        again = await backend.counter.counts(history)
        await backend.close()
        return first, asked, again, backend.counter.requests - asked

    first, asked, again, more = asyncio.run(go())
    assert asked == 512 and more == 700 - 512 and backend.counter.available
    assert first is not None and again is not None and len(first) == len(again) == 700
    assert first[-512:] == again[-512:]


def test_an_imported_answer_with_odd_figures_continues_and_never_stays_streaming(harness):
    """An import can carry anything in an answer's usage and notices: Continue goes on with it all the same."""
    from kimi_ui.storage import store

    cut, _ = harness.run(TurnInput(text="Tell me", backend=VLLM, mode="instant", max_tokens=30))
    with harness.db.session() as session:
        store.update_message(session, owner_id=harness.owner_id, message_id=cut.message_id,
                             usage={"completion_tokens": "x"}, notices=["oops", {"code": "length"}])
    went_on, _ = harness.run(TurnInput(text="", backend=VLLM, mode="instant", conversation_id=cut.conversation_id,
                                       continue_of=cut.message_id))
    assert went_on.status == "done", went_on.error
    assert [m.status for m in harness.messages(cut.conversation_id)] == ["done", "done"]
