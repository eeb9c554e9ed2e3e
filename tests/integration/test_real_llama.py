"""kimi-ui against a real llama.cpp server (issue 16): the `llama-server` built from the llama.cpp source that
llama-cpp-python's sdist vendors (scripts/build-llama-server), serving the tiny deterministic model of
tests/support/tiny_kimi.py under K2.5's template. What the simulator imitates is checked here against the real
engine: its kimi-k2 parser turns the model's `<think>` and tool-call markup into `reasoning_content` and
`tool_calls`, and kimi-ui's turn runs the tool and sends the result back as the template expects."""

from __future__ import annotations

import asyncio
import dataclasses
import secrets

import httpx

import pytest

from kimi_ui.backends import tokens

from kimi_ui.backends.base import Backend
from kimi_ui.backends.wire import estimates, to_wire
from kimi_ui.config import BackendConfig
from kimi_ui.messages import text_message
from kimi_ui.turns import TurnInput
from tests.support.tiny_kimi import SCRIPTS
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
BACKEND = "Real llama.cpp"


@pytest.fixture
def harness(tmp_path, llama):
    made = TurnHarness.create(tmp_path / "data", "http://127.0.0.1:9", auto_title=False)
    # (the window as the app's probe reads it from the server: test_the_probe_reads_the_window_the_server_runs_with)
    config = BackendConfig(name=BACKEND, kind="llamacpp", base_url=f"{llama.url}/v1", model="tiny-kimi.gguf",
                           context_window=4096)
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


def test_a_long_chat_on_a_small_window_goes_on_with_the_oldest_turns_left_out(harness, llama, monkeypatch):
    """40 turns on the server's 4,096-token window. kimi-ui's estimate (3.5 characters a token) is far too low
    for this model's tokenizer (a token a byte but for the scripted words): near the window kimi-ui counts each
    message with the server's /tokenize and leaves out the oldest turns before sending, with the notice that
    says so. Every turn answers, and the server never has to refuse a prompt (its log says when it does:
    "request (N tokens) exceeds the available context size")."""
    # The counts' time limit (2 s, then the estimate) is for a slow server; on a CI box whose two cores run
    # browsers beside this, the counts themselves may take longer: this test is about what they decide.
    monkeypatch.setattr(tokens, "TIMEOUT", 60.0)
    before = len(llama.log.read_text())
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
    assert "exceeds the available context size" not in llama.log.read_text()[before:]


# -- Continue in place ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("cut", [2, 9], ids=["inside the reasoning", "inside the answer"])
def test_continue_goes_on_in_the_same_answer_from_where_it_was_cut(harness, cut):
    """An answer cut at the token limit goes on in place: llama-server continues the final assistant message
    (its text, or its reasoning when it has none yet; the prefix is not sent back), no question is added, and
    the whole answer is the one an uncut turn writes."""
    plain = SCRIPTS["plain"]
    first, _ = harness.run(TurnInput(text="hi there", backend=BACKEND, mode="thinking", max_tokens=cut))
    assert first.status == "length", first.error
    assert len(first.reasoning) < len(plain.reasoning_text) if cut == 2 else first.content.startswith("Hello")
    assert first.content != plain.answer_text

    whole, _ = harness.run(TurnInput(text="", backend=BACKEND, mode="thinking", conversation_id=first.conversation_id,
                                     continue_of=first.message_id))
    assert whole.status == "done", whole.error
    assert whole.message_id == first.message_id
    assert rounds(whole) == [(plain.reasoning_text, plain.answer_text)]
    assert not [n for n in whole.notices if n.code in ("length", "continue_restarted", "continue_asked")]
    # every word written once, the cut part and the rest, and the </think> and <|im_end|> of the uncut turn
    assert whole.completion_tokens == len(plain.reasoning) + 1 + len(plain.answer) + 1
    rows = harness.messages(first.conversation_id)
    assert [(m.role, m.status) for m in rows] == [("user", "done"), ("assistant", "done")]
    assert rows[1].content == plain.answer_text


def test_the_probe_reads_the_window_the_server_runs_with(llama):
    """llama-server's /models tells the trained window only; /props the one it runs with (-c 4096)."""
    backend = Backend(BackendConfig(name=BACKEND, kind="llamacpp", base_url=f"{llama.url}/v1", model="tiny-kimi.gguf"))

    async def go() -> int:
        await backend.probe()
        await backend.close()
        return backend.context_window

    assert asyncio.run(go()) == 4096


def test_near_the_window_the_servers_count_is_close_to_the_rendered_prompts(llama):
    """The per-message counts (llama-server's /tokenize of each message's words, plus the role markers) against
    the whole prompt as the template renders it and the server tokenizes it: within a few percent, so the fit
    near the window is the server's and not 3.5 characters a token."""
    backend = Backend(BackendConfig(name=BACKEND, kind="llamacpp", base_url=f"{llama.url}/v1", model="tiny-kimi.gguf",
                                    context_window=4096))
    history = [text_message("user" if n % 2 == 0 else "assistant",
                            f"Grüße {n}: 你好, ein Satz mit Wörtern und `code(x) + 1` darin.") for n in range(30)]

    async def go() -> list[int] | None:
        found = await backend.counter.counts(history)
        await backend.close()
        return found

    counts = asyncio.run(go())
    prompt = httpx.post(f"{llama.url}/apply-template", json={"messages": to_wire(history, "reasoning_content")})
    real = len(httpx.post(f"{llama.url}/tokenize", json={"content": prompt.json()["prompt"], "parse_special": True})
               .json()["tokens"])
    assert counts is not None and abs(sum(counts) - real) < 0.06 * real, (sum(counts), real)
    assert sum(estimates(history)) < 0.6 * real  # (what the estimate alone would have said)


def test_an_image_sent_to_the_text_only_engine_is_refused_with_its_reason(harness, tmp_path):
    """A backend configured with vision on (wrongly, for a GGUF without an mmproj): the picture reaches the real
    server, which answers 500 "image input is not supported - hint: ... mmproj"; the answer says what to do and
    the question with its picture is kept."""
    from PIL import Image

    path = tmp_path / "shot.png"
    Image.new("RGB", (64, 48), "white").save(path)
    seeing = dataclasses.replace(harness, configs=[harness.configs[0].model_copy(update={"vision": True})])
    answer, _ = seeing.run(TurnInput(text="what is on it", files=((str(path), "shot.png"),), backend=BACKEND,
                                     mode="instant"))
    assert answer.status == "error" and answer.error.code == "vision_unsupported", answer.error
    assert "mmproj" in answer.error.hint and "image input is not supported" in answer.error.params["said"]
    question = [m for m in seeing.messages(answer.conversation_id) if m.role == "user"]
    assert len(question) == 1 and seeing.attachments(question[0].id)
