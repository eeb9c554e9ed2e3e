"""The simulated backend over real HTTP: each dialect's chunk shapes, errors, faults and splits."""

from __future__ import annotations

import base64
import io
import json
import time
import uuid

import httpx
import pytest
from PIL import Image

from kimi_ui.demo_server import DIALECTS, MODEL_IDS, DemoServer

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server():
    demo = DemoServer().start()
    yield demo
    demo.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=httpx.Timeout(10.0, connect=2.0)) as http:
        yield http


def tag() -> str:
    """A unique marker so a test finds its own requests in the shared log."""
    return f"[t-{uuid.uuid4().hex[:8]}]"


def body_for(text: str | list, *, stream: bool = True, **extra) -> dict:
    messages = extra.pop("messages", None) or [{"role": "user", "content": text}]
    return {"model": "whatever", "messages": messages, "stream": stream, **extra}


def stream_chunks(client: httpx.Client, dialect: str, body: dict) -> tuple[list[dict], bool]:
    """POST a streaming request; return the parsed chunks and whether [DONE] arrived."""
    chunks, done = [], False
    with client.stream("POST", f"/{dialect}/v1/chat/completions", json=body) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if not line.startswith("data: "):
                continue
            if line == "data: [DONE]":
                done = True
            else:
                chunks.append(json.loads(line[len("data: "):]))
    return chunks, done


def joined(chunks: list[dict], field: str) -> str:
    return "".join(c["choices"][0]["delta"].get(field) or "" for c in chunks if c["choices"])


def finish_of(chunks: list[dict]) -> str | None:
    reasons = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert len(reasons) == 1, reasons
    return reasons[0]


def log_entries(client: httpx.Client, marker: str) -> list[dict]:
    entries = client.get("/_sim/requests").json()
    return [e for e in entries if marker in json.dumps(e["body"], ensure_ascii=False)]


def png_data_url(width: int, height: int) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


WEATHER_TOOL = {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city",
                                                 "parameters": {"type": "object", "properties": {}}}}


# ---------------------------------------------------------------- models and shapes


@pytest.mark.parametrize("dialect", DIALECTS)
def test_models_lists_the_dialects_model(client, dialect):
    data = client.get(f"/{dialect}/v1/models").json()
    assert data["object"] == "list"
    assert [m["id"] for m in data["data"]] == [MODEL_IDS[dialect]]
    card = data["data"][0]
    if dialect.startswith("vllm"):
        assert card["max_model_len"] == 262144
    if dialect == "moonshot":
        assert card["context_length"] == 262144 and card["supports_image_in"] and card["supports_video_in"]
    if dialect == "llamacpp":
        assert card["id"].endswith(".gguf")


def test_unknown_dialect_is_a_json_404(client):
    response = client.get("/tgi/v1/models")
    assert response.status_code == 404
    assert "unknown dialect" in response.json()["error"]["message"]


@pytest.mark.parametrize(("dialect", "field"), [
    ("vllm", "reasoning"), ("vllm-noauto", "reasoning"), ("vllm-legacy", "reasoning_content"),
    ("llamacpp", "reasoning_content"), ("moonshot", "reasoning_content"),
])
def test_thinking_stream_uses_the_dialects_reasoning_field(client, dialect, field):
    chunks, done = stream_chunks(client, dialect, body_for("What is 2+2?"))
    assert done
    for chunk in chunks:
        assert chunk["object"] == "chat.completion.chunk" and chunk["model"] == MODEL_IDS[dialect]
        assert chunk["id"].startswith("chatcmpl-") and isinstance(chunk["created"], int)
        for choice in chunk["choices"]:
            assert set(choice) >= {"index", "delta", "logprobs", "finish_reason"}
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    other = {"reasoning", "reasoning_content"} - {field}
    assert not any(other & set(c["choices"][0]["delta"]) for c in chunks if c["choices"])
    assert "What is 2+2?" in joined(chunks, field)
    assert joined(chunks, "content").startswith(f"Simulated answer ({dialect}, no model).\nthinking: on\n")
    assert finish_of(chunks) == "stop"


def test_instant_mode_has_no_reasoning_and_enable_thinking_is_ignored(client):
    off, _ = stream_chunks(client, "vllm", body_for("hi", chat_template_kwargs={"thinking": False}))
    assert joined(off, "reasoning") == "" and "thinking: off" in joined(off, "content")
    ignored, _ = stream_chunks(client, "vllm", body_for("hi", chat_template_kwargs={"enable_thinking": False}))
    assert joined(ignored, "reasoning") and "thinking: on" in joined(ignored, "content")


def test_vllm_usage_arrives_in_a_final_chunk_without_choices(client):
    history = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello"}]
    chunks, _ = stream_chunks(client, "vllm", body_for("", messages=history, stream_options={"include_usage": True}))
    last = chunks[-1]
    assert last["choices"] == []
    usage = last["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0
    assert usage["prompt_tokens_details"]["cached_tokens"] > 0
    without, _ = stream_chunks(client, "vllm", body_for("hello"))
    assert all("usage" not in c for c in without)


def test_moonshot_usage_is_inside_the_finishing_choice_and_thinking_type_switches(client):
    chunks, _ = stream_chunks(client, "moonshot", body_for("hi", thinking={"type": "disabled"}))
    assert joined(chunks, "reasoning_content") == "" and "thinking: off" in joined(chunks, "content")
    final = chunks[-1]["choices"][0]
    assert final["finish_reason"] == "stop"
    assert {"prompt_tokens", "completion_tokens", "total_tokens", "cached_tokens"} <= set(final["usage"])
    thinking, _ = stream_chunks(client, "moonshot", body_for("hi", thinking={"type": "enabled"}))
    assert joined(thinking, "reasoning_content")


def test_llamacpp_sends_timings_and_usage(client):
    chunks, _ = stream_chunks(client, "llamacpp", body_for("hi", stream_options={"include_usage": True}))
    finishing = next(c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"])
    assert {"prompt_n", "prompt_ms", "predicted_n", "predicted_ms", "cache_n"} <= set(finishing["timings"])
    assert finishing["timings"]["predicted_n"] > 0
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] > 0


def test_non_streaming_completion_per_dialect(client):
    vllm = client.post("/vllm/v1/chat/completions", json=body_for("hi", stream=False)).json()
    message = vllm["choices"][0]["message"]
    assert vllm["object"] == "chat.completion" and vllm["choices"][0]["finish_reason"] == "stop"
    assert message["reasoning"] and message["content"].startswith("Simulated answer (vllm")
    assert vllm["usage"]["completion_tokens"] > 0
    moonshot = client.post("/moonshot/v1/chat/completions", json=body_for("hi", stream=False)).json()
    assert moonshot["choices"][0]["message"]["reasoning_content"]
    assert "cached_tokens" in moonshot["usage"]


# ---------------------------------------------------------------- the report


def test_report_lists_the_request_facts(client):
    marker = tag()
    text = f"Look at this {marker}\n#sim rate=0\n<b>keep *this*</b> verbatim & Grüße"
    content = [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": png_data_url(32, 16)}}]
    history = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": content}]
    chunks, _ = stream_chunks(client, "vllm", body_for("", messages=history, temperature=1.0))
    assert joined(chunks, "content").split("\n") == [
        "Simulated answer (vllm, no model).", "thinking: on", "temperature: 1.0", "messages: 2",
        "images: 1 (32x16)", "tools: []", "last user message:",
        f"Look at this {marker}", "<b>keep *this*</b> verbatim & Grüße",
    ]
    assert log_entries(client, marker)[0]["body"]["temperature"] == 1.0


def test_tokens_directive_pads_the_answer_to_n_tokens(client):
    chunks, _ = stream_chunks(client, "vllm", body_for("long please #sim tokens=300",
                                                       chat_template_kwargs={"thinking": False}))
    content_chunks = [c for c in chunks if c["choices"] and c["choices"][0]["delta"].get("content")]
    assert len(content_chunks) == 300
    assert "🚀" in joined(chunks, "content")


# ---------------------------------------------------------------- errors


def test_llamacpp_refuses_images_with_its_500(client):
    image = {"type": "image_url", "image_url": {"url": png_data_url(8, 8)}}
    content = [{"type": "text", "text": "what is this"}, image]
    response = client.post("/llamacpp/v1/chat/completions", json=body_for(content))
    assert response.status_code == 500
    assert response.json() == {"error": {"code": 500, "type": "server_error", "message":
                                         "image input is not supported - hint: if this is unexpected, "
                                         "you may need to provide the mmproj"}}


def test_moonshot_rejects_changed_sampling(client):
    response = client.post("/moonshot/v1/chat/completions", json=body_for("hi", temperature=0.7))
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"] == "invalid temperature: only 1 is allowed for this model"
    instant = body_for("hi", temperature=0.6, top_p=0.95, thinking={"type": "disabled"})
    assert client.post("/moonshot/v1/chat/completions", json=instant).status_code == 200


def test_error_body_shapes(client):
    legacy = client.post("/vllm-legacy/v1/chat/completions", json=body_for("x #sim status=500"))
    assert legacy.status_code == 500
    assert legacy.json()["object"] == "error" and legacy.json()["code"] == 500 and "error" not in legacy.json()
    nested = client.post("/vllm/v1/chat/completions", json=body_for("x #sim status=401"))
    assert nested.status_code == 401 and nested.json()["error"]["code"] == 401
    quota = client.post("/moonshot/v1/chat/completions", json=body_for("x #sim status=429-quota"))
    assert quota.status_code == 429
    assert quota.json()["error"]["type"] == "exceeded_current_quota_error"
    assert "suspended" in quota.json()["error"]["message"]


def test_vllm_without_auto_tool_choice_rejects_tools(client):
    response = client.post("/vllm-noauto/v1/chat/completions", json=body_for("hi", tools=[WEATHER_TOOL]))
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set')
    allowed = body_for("hi", tools=[WEATHER_TOOL], tool_choice="none")
    assert client.post("/vllm-noauto/v1/chat/completions", json=allowed).status_code == 200


def test_status_with_times_fails_once_then_succeeds(client):
    text = f"retry me {tag()} #sim status=429 times=1"
    first = client.post("/vllm/v1/chat/completions", json=body_for(text))
    assert first.status_code == 429
    chunks, done = stream_chunks(client, "vllm", body_for(text))
    assert done and "retry me" in joined(chunks, "content")
    assert [e["status"] for e in log_entries(client, text)] == [429, 200]


# ---------------------------------------------------------------- awkward splits


def test_noparser_streams_reasoning_as_content_with_split_think_tag(client):
    chunks, _ = stream_chunks(client, "noparser", body_for("Why is the sky blue?"))
    pieces = [c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]]
    text = "".join(pieces)
    assert not any({"reasoning", "reasoning_content"} & set(c["choices"][0]["delta"]) for c in chunks if c["choices"])
    assert "<think>" not in text and text.count("</think>") == 1
    assert not any("</think>" in piece for piece in pieces)
    reasoning, answer = text.split("</think>")
    assert "Why is the sky blue?" in reasoning
    assert answer.startswith("\n\nSimulated answer (noparser, no model).")


def test_vllm_tool_call_arguments_split_mid_json(client):
    args = '{"city": "Zürich", "days": 3}'
    text = f"weather? #sim tool=get_weather args={args}"
    chunks, _ = stream_chunks(client, "vllm", body_for(text, tools=[WEATHER_TOOL]))
    calls = [tc for c in chunks if c["choices"] for tc in c["choices"][0]["delta"].get("tool_calls") or []]
    assert calls[0]["id"] == "functions.get_weather:0" and calls[0]["function"]["name"] == "get_weather"
    pieces = [tc["function"].get("arguments", "") for tc in calls]
    assert "".join(pieces) == args and json.loads("".join(pieces)) == {"city": "Zürich", "days": 3}
    assert sum(1 for p in pieces if p) > 2
    assert any(c["choices"][0]["delta"] == {"content": ""} for c in chunks if c["choices"])
    assert finish_of(chunks) == "tool_calls"

    history = [
        {"role": "user", "content": text},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "functions.get_weather:0", "type": "function",
            "function": {"name": "get_weather", "arguments": args}}]},
        {"role": "tool", "tool_call_id": "functions.get_weather:0", "name": "get_weather", "content": "Sunny, 21 °C"},
    ]
    after, _ = stream_chunks(client, "vllm", body_for("", messages=history, tools=[WEATHER_TOOL]))
    report = joined(after, "content")
    assert "tool results: 1\nresult functions.get_weather:0: Sunny, 21 °C" in report
    assert "tools: [get_weather]" in report and finish_of(after) == "stop"


def test_noparser_leaks_raw_tool_markup(client):
    text = 'weather? #sim tool=get_weather args={"city": "Oslo"}'
    chunks, _ = stream_chunks(client, "noparser", body_for(text, tools=[WEATHER_TOOL]))
    content = joined(chunks, "content")
    assert content.split("</think>")[1].strip() == (
        '<|tool_calls_section_begin|><|tool_call_begin|>functions.get_weather:0<|tool_call_argument_begin|>'
        '{"city": "Oslo"}<|tool_call_end|><|tool_calls_section_end|>')
    assert finish_of(chunks) == "stop"


def test_bytes_are_split_inside_a_utf8_character(client):
    broken_pieces, raw = 0, b""
    body = body_for("Grüße 🚀", stream_options={"include_usage": True})
    with client.stream("POST", "/moonshot/v1/chat/completions", json=body) as response:
        for piece in response.iter_raw():
            raw += piece
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError as exc:
                broken_pieces += exc.reason == "unexpected end of data"
    assert broken_pieces > 0
    events = raw.decode("utf-8").split("\n\n")
    assert events[-2:] == ["data: [DONE]", ""]
    chunks = [json.loads(event[len("data: "):]) for event in events[:-2]]
    assert "Grüße 🚀" in joined(chunks, "reasoning_content") and "Grüße 🚀" in joined(chunks, "content")


# ---------------------------------------------------------------- faults and limits


def test_cut_breaks_the_stream_and_is_logged_incomplete(client):
    marker = tag()
    chunks = []
    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream("POST", "/vllm/v1/chat/completions", json=body_for(f"{marker} #sim cut=3")) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    chunks.append(json.loads(line[len("data: "):]))
    assert len(chunks) == 4  # the role chunk and three tokens
    (entry,) = log_entries(client, marker)
    assert entry["status"] == 200 and not entry["completed"]


def test_client_disconnect_is_recorded(client):
    marker = tag()
    with client.stream("POST", "/vllm/v1/chat/completions", json=body_for(f"{marker} #sim stall=5")) as response:
        next(response.iter_lines())  # the stream is open; now the client goes away
    deadline = time.monotonic() + 3
    while not (entry := log_entries(client, marker)[0])["disconnected"]:
        assert time.monotonic() < deadline, entry
        time.sleep(0.05)
    assert not entry["completed"] and entry["ended"] is not None


def test_stall_pauses_after_the_first_token(client):
    started = time.monotonic()
    stream_chunks(client, "vllm", body_for("slow #sim stall=0.3"))
    assert time.monotonic() - started >= 0.3


def test_max_tokens_ends_with_length(client):
    chunks, done = stream_chunks(client, "vllm", body_for("hi", max_tokens=5, stream_options={"include_usage": True}))
    assert done and finish_of(chunks) == "length"
    assert chunks[-1]["usage"]["completion_tokens"] == 5
    assert joined(chunks, "content") == ""  # the reasoning used the whole budget


def test_finish_directive_ends_early(client):
    chunks, _ = stream_chunks(client, "llamacpp", body_for("hi #sim finish=content_filter"))
    assert finish_of(chunks) == "content_filter"
    assert "last user message:" not in joined(chunks, "content")


def test_request_log_can_be_cleared(client):
    client.post("/vllm/v1/chat/completions", json=body_for("hi", stream=False))
    assert client.get("/_sim/requests").json()
    assert client.delete("/_sim/requests").status_code == 200
    assert client.get("/_sim/requests").json() == []


# ---------------------------------------------------------------- tool calls from `call NAME {json}` lines


TIME_TOOL = {"type": "function", "function": {"name": "get_time", "description": "Time in a zone",
                                              "parameters": {"type": "object", "properties": {}}}}
TOOLS = [WEATHER_TOOL, TIME_TOOL]


def tool_parts(chunks: list[dict]) -> list[dict]:
    return [tc for c in chunks if c["choices"] for tc in c["choices"][0]["delta"].get("tool_calls") or []]


def assembled_calls(chunks: list[dict]) -> list[dict]:
    """The streamed calls, folded by ``index`` the way a client must do it."""
    calls: dict[int, dict] = {}
    for part in tool_parts(chunks):
        call = calls.setdefault(part["index"], {"id": None, "name": "", "arguments": ""})
        call["id"] = part.get("id", call["id"])
        call["name"] += part.get("function", {}).get("name") or ""
        call["arguments"] += part.get("function", {}).get("arguments") or ""
    return [calls[i] for i in sorted(calls)]


def assistant_turn(calls: list[dict], **extra) -> dict:
    """The assistant message a client sends back for the calls it received."""
    tool_calls = [{"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}
                  for c in calls]
    return {"role": "assistant", "content": None, "tool_calls": tool_calls, **extra}


def results(calls: list[dict], texts: list[str]) -> list[dict]:
    return [{"role": "tool", "tool_call_id": c["id"], "name": c["name"], "content": text}
            for c, text in zip(calls, texts, strict=True)]


def test_a_call_line_streams_one_call_name_first_then_argument_pieces(client):
    args = '{"city": "Zürich", "days": 3}'
    chunks, done = stream_chunks(client, "vllm", body_for(f"Weather please.\ncall get_weather {args}", tools=TOOLS))
    assert done and finish_of(chunks) == "tool_calls"
    parts = tool_parts(chunks)
    assert parts[0] == {"index": 0, "id": "functions.get_weather:0", "type": "function",
                        "function": {"name": "get_weather", "arguments": ""}}
    assert all(set(p) == {"index", "function"} and set(p["function"]) == {"arguments"} for p in parts[1:])
    pieces = [p["function"]["arguments"] for p in parts[1:]]
    assert len(pieces) > 2 and "".join(pieces) == args
    assert json.loads("".join(pieces)) == {"city": "Zürich", "days": 3}
    with pytest.raises(json.JSONDecodeError):
        json.loads(pieces[0])  # pieces are not JSON on their own
    assert "get_weather" in joined(chunks, "reasoning") and joined(chunks, "content") == ""
    first_call = next(i for i, c in enumerate(chunks) if c["choices"] and c["choices"][0]["delta"].get("tool_calls"))
    assert not any(c["choices"] and c["choices"][0]["delta"].get("reasoning") for c in chunks[first_call:])
    assert any(c["choices"][0]["delta"] == {"content": ""} for c in chunks if c["choices"])

    whole = client.post("/vllm/v1/chat/completions", json=body_for(f"call get_weather {args}", stream=False,
                                                                    tools=TOOLS)).json()
    assert whole["choices"][0]["finish_reason"] == "tool_calls"
    assert whole["choices"][0]["message"]["tool_calls"] == [{
        "id": "functions.get_weather:0", "type": "function",
        "function": {"name": "get_weather", "arguments": args}}]


def test_calls_on_one_line_are_issued_in_parallel(client):
    text = 'call get_weather {"city": "Oslo"} & call get_time {"zone": "Europe/Oslo"}'
    chunks, _ = stream_chunks(client, "vllm", body_for(text, tools=TOOLS, chat_template_kwargs={"thinking": False}))
    assert assembled_calls(chunks) == [
        {"id": "functions.get_weather:0", "name": "get_weather", "arguments": '{"city": "Oslo"}'},
        {"id": "functions.get_time:1", "name": "get_time", "arguments": '{"zone": "Europe/Oslo"}'},
    ]
    heads = [p for p in tool_parts(chunks) if "id" in p]
    assert [p["index"] for p in heads] == [0, 1]
    assert finish_of(chunks) == "tool_calls" and joined(chunks, "reasoning") == ""


@pytest.mark.parametrize("dialect", ["vllm", "vllm-legacy", "llamacpp"])
def test_call_lines_are_issued_one_round_each_then_the_report(client, dialect):
    field = "reasoning" if dialect == "vllm" else "reasoning_content"
    text = 'Plan a trip.\ncall get_weather {"city": "Oslo"}\ncall get_time {"zone": "CET"}'
    history = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}]
    first, _ = stream_chunks(client, dialect, body_for("", messages=history, tools=TOOLS))
    round_1 = assembled_calls(first)
    assert round_1 == [{"id": "functions.get_weather:0", "name": "get_weather", "arguments": '{"city": "Oslo"}'}]
    assert finish_of(first) == "tool_calls"

    history += [assistant_turn(round_1), *results(round_1, ["Sunny, 21 °C"])]
    second, _ = stream_chunks(client, dialect, body_for("", messages=history, tools=TOOLS))
    round_2 = assembled_calls(second)
    assert round_2 == [{"id": "functions.get_time:1", "name": "get_time", "arguments": '{"zone": "CET"}'}]
    assert "tool results are back" in joined(second, field) and finish_of(second) == "tool_calls"

    history += [assistant_turn(round_2), *results(round_2, ["14:05\nCET"])]
    last, _ = stream_chunks(client, dialect, body_for("", messages=history, tools=TOOLS))
    assert tool_parts(last) == [] and finish_of(last) == "stop"
    report = joined(last, "content")
    assert ("tool results: 2\nresult functions.get_weather:0: Sunny, 21 °C\n"
            "result functions.get_time:1: 14:05 CET\n") in report
    assert "messages: 6" in report and "tools: [get_weather, get_time]" in report


def test_call_ids_count_the_calls_of_the_whole_conversation(client):
    earlier = {"id": "functions.get_weather:0", "name": "get_weather", "arguments": "{}"}
    history = [{"role": "user", "content": "call get_weather {}"}, assistant_turn([earlier]),
               *results([earlier], ["Rain"]), {"role": "assistant", "content": "It rains."},
               {"role": "user", "content": 'call get_time {} & call get_weather {"city": "Bern"}'}]
    chunks, _ = stream_chunks(client, "vllm", body_for("", messages=history, tools=TOOLS))
    assert [c["id"] for c in assembled_calls(chunks)] == ["functions.get_time:1", "functions.get_weather:2"]


def test_an_unknown_tool_is_called_anyway_but_only_when_tools_are_sent(client):
    text = 'call launch_rockets {"count": 3}'
    chunks, _ = stream_chunks(client, "vllm", body_for(text, tools=[WEATHER_TOOL]))
    assert assembled_calls(chunks) == [
        {"id": "functions.launch_rockets:0", "name": "launch_rockets", "arguments": '{"count": 3}'}]
    without, _ = stream_chunks(client, "vllm", body_for(text))
    assert tool_parts(without) == [] and finish_of(without) == "stop"
    assert "tools: []" in joined(without, "content")
    none, _ = stream_chunks(client, "vllm", body_for(text, tools=[WEATHER_TOOL], tool_choice="none"))
    assert tool_parts(none) == [] and finish_of(none) == "stop"


def test_invalid_json_arguments_are_passed_verbatim(client):
    text = 'call get_weather {city: Oslo, "days": } & call get_time {"zone": "CET" & call get_time {"x": "}{"}'
    chunks, _ = stream_chunks(client, "vllm", body_for(text, tools=TOOLS))
    assert [(c["name"], c["arguments"]) for c in assembled_calls(chunks)] == [
        ("get_weather", '{city: Oslo, "days": }'),  # balanced braces, not JSON
        ("get_time", '{"zone": "CET"'),  # unbalanced: runs to the next `& call`
        ("get_time", '{"x": "}{"}'),  # braces inside strings do not count
    ]


def test_sim_tool_directive_is_the_first_round(client):
    text = 'check #sim tool=get_weather args={"city": "Rome"}\ncall get_time {}'
    first, _ = stream_chunks(client, "vllm", body_for(text, tools=TOOLS))
    round_1 = assembled_calls(first)
    assert round_1 == [{"id": "functions.get_weather:0", "name": "get_weather", "arguments": '{"city": "Rome"}'}]
    history = [{"role": "user", "content": text}, assistant_turn(round_1), *results(round_1, ["Hot"])]
    second, _ = stream_chunks(client, "vllm", body_for("", messages=history, tools=TOOLS))
    assert [c["name"] for c in assembled_calls(second)] == ["get_time"]


def test_noparser_leaks_the_raw_markup_of_parallel_calls_without_tools(client):
    text = 'call get_weather {"city": "Oslo"} & call nope {"a": [1, 2]}'
    chunks, _ = stream_chunks(client, "noparser", body_for(text))
    assert tool_parts(chunks) == [] and finish_of(chunks) == "stop"
    reasoning, markup = joined(chunks, "content").split("</think>")
    assert "get_weather and nope" in reasoning
    assert markup.strip() == (
        '<|tool_calls_section_begin|>'
        '<|tool_call_begin|>functions.get_weather:0<|tool_call_argument_begin|>{"city": "Oslo"}<|tool_call_end|>'
        '<|tool_call_begin|>functions.nope:1<|tool_call_argument_begin|>{"a": [1, 2]}<|tool_call_end|>'
        '<|tool_calls_section_end|>')
    # a client that parsed the markup sends the calls back; the next round is the report
    calls = [{"id": "functions.get_weather:0", "name": "get_weather", "arguments": '{"city": "Oslo"}'},
             {"id": "functions.nope:1", "name": "nope", "arguments": '{"a": [1, 2]}'}]
    history = [{"role": "user", "content": text}, assistant_turn(calls), *results(calls, ["Cold", "error: unknown"])]
    after, _ = stream_chunks(client, "noparser", body_for("", messages=history))
    assert "<|tool_call" not in after_think(after) and "tool results: 2" in after_think(after)


def after_think(chunks: list[dict]) -> str:
    return joined(chunks, "content").split("</think>")[-1]


def test_moonshot_streams_tool_calls_and_wants_the_reasoning_back(client):
    text = 'call get_weather {"city": "Paris"} & call get_time {}'
    chunks, _ = stream_chunks(client, "moonshot", body_for(text, tools=TOOLS))
    calls = assembled_calls(chunks)
    assert [(c["id"], c["arguments"]) for c in calls] == [("functions.get_weather:0", '{"city": "Paris"}'),
                                                         ("functions.get_time:1", "{}")]
    assert tool_parts(chunks)[0]["type"] == "function"
    assert not any("content" in c["choices"][0]["delta"] for c in chunks[1:] if c["choices"])
    final = chunks[-1]["choices"][0]
    assert final["finish_reason"] == "tool_calls" and final["usage"]["completion_tokens"] > 0
    reasoning = joined(chunks, "reasoning_content")
    assert "get_weather and get_time" in reasoning

    bare = [{"role": "user", "content": text}, assistant_turn(calls), *results(calls, ["Mild", "09:00"])]
    refused = client.post("/moonshot/v1/chat/completions", json=body_for("", messages=bare, tools=TOOLS))
    assert refused.status_code == 400
    assert refused.json() == {"error": {"type": "invalid_request_error", "message":
                                        "thinking is enabled but reasoning_content is missing in assistant "
                                        "tool call message at index 1"}}
    history = [{"role": "user", "content": text}, assistant_turn(calls, reasoning_content=reasoning),
               *results(calls, ["Mild", "09:00"])]
    after, _ = stream_chunks(client, "moonshot", body_for("", messages=history, tools=TOOLS))
    assert "tool results: 2" in joined(after, "content") and finish_of(after) == "stop"
    instant = body_for("", messages=bare, tools=TOOLS, thinking={"type": "disabled"})
    assert client.post("/moonshot/v1/chat/completions", json=instant).status_code == 200


def test_vllm_noauto_refuses_the_call_with_tools_and_answers_without_them(client):
    text = 'call get_weather {"city": "Oslo"}'
    refused = client.post("/vllm-noauto/v1/chat/completions", json=body_for(text, tools=TOOLS))
    assert refused.status_code == 400 and "--enable-auto-tool-choice" in refused.json()["error"]["message"]
    retry, _ = stream_chunks(client, "vllm-noauto", body_for(text))
    assert tool_parts(retry) == [] and finish_of(retry) == "stop"
    assert joined(retry, "content").endswith("last user message:\n" + text)
