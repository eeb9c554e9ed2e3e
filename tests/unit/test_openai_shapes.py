"""The OpenAI-compatible endpoint's pure pieces (kimi_ui/openai_shapes.py): model ids, a client's messages read into
kimi-ui's and built into each kind's request, and events shaped as OpenAI's chunks."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from kimi_ui.answer import Answer
from kimi_ui.backends.base import Backend
from kimi_ui.config import BackendConfig
from kimi_ui.events import Reclassified, ReasoningDelta, TextDelta, ToolCallReady, ToolCallStarted, TurnDone, Usage
from kimi_ui.media.prepare import MediaLimits
from kimi_ui.openai_shapes import (ApiProblem, Chunks, completion, model_ids, models_for, options_for, read_request,
                                   slug, to_messages)


def backend(name, kind="vllm", **extra):
    return Backend(BackendConfig(name=name, kind=kind, base_url="http://127.0.0.1:9/v1", model="m", **extra))


def test_model_ids_are_stable_slugs():
    assert slug("Team vLLM (8x H200)") == "team-vllm-8x-h200" and slug("Über-Server") == "uber-server"
    names = ["vLLM", "Kimi on vLLM", "vllm", "V.L.L.M", "***", "Moonshot API", "kimi"]
    assert model_ids(names) == {"vLLM": "kimi-vllm", "Kimi on vLLM": "kimi-on-vllm", "vllm": "kimi-vllm-2",
                                "V.L.L.M": "kimi-v-l-l-m", "***": "kimi-backend", "Moonshot API": "kimi-moonshot-api",
                                "kimi": "kimi"}


def test_models_by_access_and_kind():
    backends = [backend("vLLM"), backend("Paid", "moonshot", groups=["research"]), backend("Generic", "openai")]
    assert list(models_for(backends, "dan", "staff")) == ["kimi-vllm", "kimi-vllm:instant", "kimi-generic"]
    everything = models_for(backends, "erin", "Research")
    assert list(everything) == ["kimi-vllm", "kimi-vllm:instant", "kimi-paid", "kimi-paid:instant", "kimi-generic"]
    assert everything["kimi-paid:instant"].thinking is False and everything["kimi-paid"].thinking is True


def png(width=40, height=30):
    out = io.BytesIO()
    Image.new("RGB", (width, height), (9, 9, 9)).save(out, format="PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


def wire(kind, messages, model_suffix="", **body):
    models = models_for([backend("B", kind)], "u", "")
    request = read_request({"model": "kimi-b" + model_suffix, "messages": messages, **body}, models)
    converted = to_messages(request.messages, vision=True, limits=MediaLimits(), max_image_bytes=10**7)
    built = request.model.backend.build_request(converted, options_for(request, 1000))
    return built | request.passed


def test_requests_are_built_by_the_kind():
    history = [{"role": "developer", "content": "Be brief."},
               {"role": "user", "content": [{"type": "text", "text": "Look"},
                                            {"type": "image_url", "image_url": {"url": png()}}]},
               {"role": "assistant", "content": None, "reasoning_content": "I should call it.", "tool_calls": [
                   {"id": "call_1", "type": "function", "function": {"name": "look", "arguments": "{}"}}]},
               {"role": "tool", "tool_call_id": "call_1", "content": [{"type": "text", "text": "a cat"}]}]
    tools = [{"type": "function", "function": {"name": "look", "parameters": {}}}]
    vllm = wire("vllm", history, tools=tools, tool_choice="auto", temperature=0.2, presence_penalty=0.5)
    assert vllm["chat_template_kwargs"] == {"thinking": True} and vllm["temperature"] == 0.2
    assert vllm["tool_choice"] == "auto" and vllm["tools"] == tools and vllm["presence_penalty"] == 0.5
    system, user, assistant, result = vllm["messages"]
    assert system == {"role": "system", "content": "Be brief."}
    assert user["content"][0] == {"type": "text", "text": "Look"}
    assert user["content"][1]["image_url"]["url"].startswith("data:image/png;base64,")
    assert assistant["tool_calls"][0]["id"] == result["tool_call_id"] == "functions.look:0"
    assert assistant["reasoning"] == "I should call it." and result == {
        "role": "tool", "tool_call_id": "functions.look:0", "name": "look", "content": "a cat"}
    moonshot = wire("moonshot", history, ":instant", tools=tools, temperature=0.2, presence_penalty=0.5, max_tokens=77)
    assert moonshot["thinking"] == {"type": "disabled"} and moonshot["max_completion_tokens"] == 77
    assert not {"temperature", "presence_penalty", "max_tokens"} & set(moonshot)
    assert moonshot["messages"][2]["reasoning_content"] == "I should call it."


@pytest.mark.parametrize("body, code, param", [
    ({"model": "kimi-b", "messages": [{"role": "user", "content": [{"type": "input_audio"}]}]}, None,
     "messages[0].content[0]"),
    ({"model": "kimi-b", "messages": [{"role": "tool", "content": "x"}]}, None, "messages[0].tool_call_id"),
    ({"model": "kimi-b", "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "http://169.254.169.254/x.png"}}]}]}, "invalid_image_url",
     "messages[0].content"),
    ({"model": "kimi-b", "messages": [{"role": "assistant", "tool_calls": [{"function": {}}]}]}, None,
     "messages[0].tool_calls[0]"),
])
def test_messages_kimi_ui_cannot_send_are_refused(body, code, param):
    request = read_request(body, models_for([backend("B")], "u", ""))
    with pytest.raises(ApiProblem) as refused:
        to_messages(request.messages, vision=True, limits=MediaLimits(), max_image_bytes=10**6)
    assert (refused.value.status, refused.value.code, refused.value.param) == (400, code, param)


def test_a_picture_over_the_size_limit_is_refused_before_it_is_decoded():
    with pytest.raises(ApiProblem) as refused:
        to_messages([{"role": "user", "content": [{"type": "image_url", "image_url": {"url": png(400, 400)}}]}],
                    vision=True, limits=MediaLimits(), max_image_bytes=100)
    assert refused.value.code == "image_too_large"


def test_events_become_chunks_and_a_completion():
    answer, chunks = Answer(), Chunks("chatcmpl-1", "kimi-b", 1)
    sent = []
    for event in (ReasoningDelta("Hmm"), TextDelta("Hi"), ToolCallStarted(0, "", "f"),
                  ToolCallReady(0, "functions.f:0", "f", '{"a": 1}'),
                  Usage(prompt_tokens=10, completion_tokens=5, cached_tokens=8), TurnDone(status="done")):
        answer.apply(event)
        sent += [c["choices"][0]["delta"] for c in chunks.of(event)]
    assert sent == [{"reasoning_content": "Hmm"}, {"content": "Hi"}, {"tool_calls": [
        {"index": 0, "id": "functions.f:0", "type": "function", "function": {"name": "f", "arguments": '{"a": 1}'}}]}]
    assert chunks.last(answer)["choices"][0]["finish_reason"] == "tool_calls"
    whole = completion(answer, completion_id="chatcmpl-1", model="kimi-b", created=1)
    assert whole["choices"][0]["message"]["reasoning_content"] == "Hmm"
    assert whole["usage"] == {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15,
                              "prompt_tokens_details": {"cached_tokens": 8}}
    # a server without a reasoning parser: what streamed as one kind was the other after all
    plain = Chunks("chatcmpl-2", "kimi-b", 1)
    for event, moved in ((ReasoningDelta("Just text"), None), (Reclassified(target="content"), "Just text")):
        assert [c["choices"][0]["delta"] for c in plain.of(event)][-1:] == (
            [{"content": moved}] if moved else [{"reasoning_content": "Just text"}])
    late = Chunks("chatcmpl-3", "kimi-b", 1)
    late.of(ReasoningDelta("R"))
    late.of(TextDelta("thought"))
    assert [c["choices"][0]["delta"] for c in late.of(Reclassified(target="reasoning"))] == [
        {"reasoning_content": "thought"}]
    assert late.sent == {"content": "", "reasoning_content": "Rthought"}
