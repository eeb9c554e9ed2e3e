"""kimi-ui against a real llama.cpp server (issue 16): the `llama-server` built from the llama.cpp source that
llama-cpp-python's sdist vendors (scripts/build-llama-server), serving the tiny deterministic model of
tests/support/tiny_kimi.py under K2.5's template. What the simulator imitates is checked here against the real
engine: its kimi-k2 parser turns the model's `<think>` and tool-call markup into `reasoning_content` and
`tool_calls`, and kimi-ui's turn runs the tool and sends the result back as the template expects."""

from __future__ import annotations

import dataclasses
import secrets

import pytest

from kimi_ui.config import BackendConfig
from kimi_ui.turns import TurnInput
from tests.support.tiny_kimi import SCRIPTS
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
BACKEND = "Real llama.cpp"


@pytest.fixture
def harness(tmp_path, llama):
    made = TurnHarness.create(tmp_path / "data", "http://127.0.0.1:9", auto_title=False)
    config = BackendConfig(name=BACKEND, kind="llamacpp", base_url=f"{llama.url}/v1", model="tiny-kimi.gguf")
    return dataclasses.replace(made, configs=[config])


def rounds(answer) -> list[tuple[str, str]]:
    return [(r.reasoning, r.content) for r in answer.rounds]


def test_thinking_brings_the_reasoning_and_the_answer_apart(harness):
    answer, _ = harness.run(TurnInput(text="hi there", backend=BACKEND, mode="thinking"))
    plain = SCRIPTS["plain"]
    assert answer.status == "done", answer.error
    assert rounds(answer) == [(plain.reasoning_text, plain.answer_text)]
    (stored,) = [m for m in harness.messages(answer.conversation_id) if m.role == "assistant"]
    assert stored.content == plain.answer_text and stored.status == "done"
    # the engine's own count: each word one token, and </think> and <|im_end|> (the prompt opened <think>)
    assert answer.completion_tokens == len(plain.reasoning) + 1 + len(plain.answer) + 1


def test_instant_mode_closes_the_reasoning_in_the_template(harness):
    answer, _ = harness.run(TurnInput(text="hi there", backend=BACKEND, mode="instant"))
    assert answer.status == "done", answer.error
    assert rounds(answer) == [("", SCRIPTS["plain"].answer_text)]


@pytest.mark.parametrize("mode", ["thinking", "instant"])
def test_a_tool_call_through_the_kimi_k2_parser_is_run_and_answered(harness, mode):
    answer, _ = harness.run(TurnInput(text="what time is it", backend=BACKEND, mode=mode, tools=("current_time",)),
                            builtin_tools=True)
    assert answer.status == "done", answer.error
    (call,) = answer.tool_calls
    assert call.name == "current_time" and call.status == "done" and call.arguments == "{}"
    assert call.result and "UTC" in call.result
    thinking = mode == "thinking"
    assert rounds(answer) == [
        (SCRIPTS["call"].reasoning_text if thinking else "", ""),
        (SCRIPTS["after_tool"].reasoning_text if thinking else "", SCRIPTS["after_tool"].answer_text),
    ]


# -- the history kimi-ui sends, as the real templates render it ---------------------------------------------
TEMPLATES = ("Kimi-K2-Thinking.jinja", "Kimi-K3.jinja", "moonshotai-Kimi-K2.jinja")


@pytest.fixture(scope="module")
def renderers(tmp_path_factory):
    """llama-server once per Kimi template of its source (`--chat-template-file`), for /apply-template."""
    from tests.support.llama import LlamaServer, template

    servers = {name: LlamaServer(tmp_path_factory.mktemp(name.split(".")[0]), template_file=template(name)).start()
               for name in TEMPLATES}
    yield servers
    for server in servers.values():
        server.stop()


def rendered(server, body: dict) -> str:
    import httpx

    asked = {key: body[key] for key in ("messages", "tools", "chat_template_kwargs") if key in body}
    response = httpx.post(f"{server.url}/apply-template", json=asked, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["prompt"]


def test_the_history_kimi_ui_sends_renders_as_the_templates_intend(tmp_path, sim, sim_requests, renderers):
    """Two turns, each a tool round then an answer, through kimi-ui to a llama.cpp-kind backend (the simulator's
    llamacpp dialect, which logs each request exactly as kimi-ui sent it), in thinking mode. The second turn's
    second request (its call and the call's result) rendered by each real template: the current turn's tool
    round keeps its reasoning, the first turn's reasoning is gone, and each result sits under its call's id."""
    sim_harness = TurnHarness.create(tmp_path / "sim-data", sim.url, auto_title=False)
    mark = secrets.token_hex(6)  # (the simulator's log holds every test's requests)
    first, _ = sim_harness.run(TurnInput(text=f'turn one {mark}\ncall current_time {{}}', backend="Simulated llama.cpp",
                                         mode="thinking", tools=("current_time",)), builtin_tools=True)
    assert first.status == "done", first.error
    second, _ = sim_harness.run(TurnInput(text=f'turn two {mark}\ncall current_time {{"timezone": "Europe/Berlin"}}',
                                          backend="Simulated llama.cpp", mode="thinking", tools=("current_time",),
                                          conversation_id=first.conversation_id), builtin_tools=True)
    assert second.status == "done", second.error
    body = [r["body"] for r in sim_requests() if f"turn two {mark}" in str(r["body"]["messages"])
            and r["body"]["messages"][-1]["role"] == "tool"][-1]
    messages = body["messages"]
    assert messages[-1]["role"] == "tool" and messages[-2]["tool_calls"]
    now_reasoning = messages[-2]["reasoning_content"]  # the llama.cpp kind's field, read by the templates
    earlier = [r.reasoning for r in first.rounds if r.reasoning]
    assert now_reasoning and len(earlier) == 2
    assert all("reasoning_content" not in m for m in messages[:-2])  # an earlier turn's is not sent
    results = [m for m in messages if m["role"] == "tool"]

    k2 = rendered(renderers["Kimi-K2-Thinking.jinja"], body)
    assert f"<think>{now_reasoning}</think><|tool_calls_section_begin|>" in k2.replace("\n", "")
    assert not any(text in k2 for text in earlier)
    assert k2.count("<think></think>") >= 2  # the first turn's messages, their reasoning dropped
    for index, result in enumerate(results):
        assert f"## Return of functions.current_time:{index}\n{result['content']}" in k2

    k3 = rendered(renderers["Kimi-K3.jinja"], body)
    assert now_reasoning in k3 and not any(text in k3 for text in earlier)
    assert all(result["content"] in k3 for result in results)

    k2_instruct = rendered(renderers["moonshotai-Kimi-K2.jinja"], body)  # no reasoning at all in this one
    assert now_reasoning not in k2_instruct and all(result["content"] in k2_instruct for result in results)


def test_a_long_chat_on_a_small_window_goes_on_with_the_oldest_turns_left_out(harness):
    """40 turns on the server's 4,096-token window. kimi-ui estimates 3.5 characters a token; this model's
    tokenizer takes one a byte, so from about the twentieth turn the server refuses the prompt with its own
    count ("request (N tokens) exceeds the available context size (4096 tokens)"). Each time kimi-ui leaves
    out the oldest turns by that count, says so, and sends again: every turn answers."""
    conversation, trimmed = None, []
    padding = "with a few more words so that every question takes a fair part of the window " * 2
    for n in range(40):
        answer, _ = harness.run(TurnInput(text=f"Question {n}, {padding}", backend=BACKEND, mode="instant",
                                          conversation_id=conversation))
        assert answer.status == "done", (n, answer.error)
        assert answer.content == SCRIPTS["plain"].answer_text
        conversation = answer.conversation_id
        notices = [x for x in answer.notices if x.code == "history_trimmed"]
        if notices:
            trimmed.append(n)
            assert notices[0].params["window"] == 4096 and notices[0].params["count"] > 0
    assert trimmed and trimmed[-1] == 39 and len(trimmed) >= 10, trimmed
