"""Backend.build_request: the JSON body each backend kind gets, per mode (kimi-wire-facts.md)."""

from __future__ import annotations

import base64
import io
import json

import pytest
from PIL import Image

from kimi_ui.backends.base import Backend, RequestOptions
from kimi_ui.config import BackendConfig
from kimi_ui.messages import (
    ImagePart,
    Message,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    text_message,
)

CONFIGS = {
    "vllm": {"base_url": "http://127.0.0.1:8000/v1", "model": "moonshotai/Kimi-K2.5"},
    "llamacpp": {"base_url": "http://127.0.0.1:8080/v1", "model": "kimi-k2.5"},
    "moonshot": {"base_url": "https://api.moonshot.ai/v1", "model": "kimi-k2.5", "api_key_env": "MOONSHOT_API_KEY"},
    "openai": {"base_url": "http://127.0.0.1:9000/v1", "model": "some-model"},
}
SAMPLING_KEYS = {"temperature", "top_p", "min_p", "n", "presence_penalty", "frequency_penalty"}
SEARCH_TOOL = {
    "type": "function",
    "function": {
        "name": "search_code",
        "description": "Search the code base.",
        "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
    },
}


def backend(kind: str, **overrides) -> Backend:
    fields = {"name": f"test {kind}", "kind": kind, **CONFIGS[kind], **overrides}
    return Backend(BackendConfig(**fields))


def simple_history() -> list[Message]:
    return [text_message("system", "You are Kimi."), text_message("user", "Hello there")]


def build(kind: str, thinking: bool, max_tokens: int = 4096, **options) -> dict:
    return backend(kind).build_request(simple_history(), RequestOptions(thinking=thinking, max_tokens=max_tokens,
                                                                        **options))


# -- thinking switch, sampling and budget per kind -----------------------------------------------------
@pytest.mark.parametrize("kind", ["vllm", "llamacpp"])
@pytest.mark.parametrize("thinking, temperature", [(True, 1.0), (False, 0.6)])
def test_vllm_and_llamacpp_switch_thinking_by_template_kwargs_and_send_sampling(kind, thinking, temperature):
    body = build(kind, thinking, max_tokens=12_345)

    assert body["chat_template_kwargs"] == {"thinking": thinking}
    assert "enable_thinking" not in json.dumps(body)  # silently ignored by the template: never send it
    assert "thinking" not in body  # Moonshot's top-level switch is not for these servers
    assert body["temperature"] == temperature
    assert body["top_p"] == 0.95
    assert body["min_p"] == 0.01
    assert body["max_tokens"] == 12_345
    assert "max_completion_tokens" not in body
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert body["model"] == CONFIGS[kind]["model"]


@pytest.mark.parametrize("thinking, switch", [(True, "enabled"), (False, "disabled")])
def test_moonshot_switches_thinking_top_level_and_sends_no_sampling(thinking, switch):
    body = build("moonshot", thinking, max_tokens=32_768)

    assert body["thinking"] == {"type": switch}
    assert "chat_template_kwargs" not in body
    assert not SAMPLING_KEYS & body.keys(), "Moonshot fixes sampling for kimi-k2.5 and rejects other values"
    assert body["max_completion_tokens"] == 32_768
    assert "max_tokens" not in body  # deprecated on Moonshot
    assert body["stream_options"] == {"include_usage": True}
    assert body["model"] == "kimi-k2.5"


@pytest.mark.parametrize("thinking, temperature", [(True, 1.0), (False, 0.6)])
def test_generic_openai_kind_sends_no_thinking_switch(thinking, temperature):
    body = build("openai", thinking, max_tokens=2048)

    assert "chat_template_kwargs" not in body
    assert "thinking" not in body
    assert "enable_thinking" not in json.dumps(body)
    assert body["temperature"] == temperature
    assert body["top_p"] == 0.95
    assert "min_p" not in body  # not a standard OpenAI field
    assert body["max_tokens"] == 2048
    assert body["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("kind", ["vllm", "llamacpp"])
def test_sampling_overrides_apply_on_vllm_and_llamacpp(kind):
    body = build(kind, True, sampling={"temperature": 0.3, "top_p": 0.8, "min_p": 0.05})

    assert (body["temperature"], body["top_p"], body["min_p"]) == (0.3, 0.8, 0.05)
    assert body["chat_template_kwargs"] == {"thinking": True}


def test_sampling_override_left_empty_keeps_the_recommended_value():
    body = build("vllm", False, sampling={"temperature": None, "top_p": 0.9})

    assert body["temperature"] == 0.6
    assert body["top_p"] == 0.9


def test_sampling_overrides_apply_on_openai_kind_except_min_p():
    body = build("openai", False, sampling={"temperature": 0.2, "top_p": 0.5, "min_p": 0.1})

    assert (body["temperature"], body["top_p"]) == (0.2, 0.5)
    assert "min_p" not in body


def test_sampling_overrides_are_never_sent_to_moonshot():
    body = build("moonshot", True, sampling={"temperature": 0.3, "top_p": 0.5, "min_p": 0.05})

    assert not SAMPLING_KEYS & body.keys()


def test_tools_are_sent_when_the_backend_takes_them_and_dropped_when_config_says_no():
    with_tools = backend("vllm").build_request(simple_history(), RequestOptions(True, 1024, tools=[SEARCH_TOOL]))
    without = backend("vllm", tools=False).build_request(simple_history(), RequestOptions(True, 1024,
                                                                                          tools=[SEARCH_TOOL]))

    assert with_tools["tools"] == [SEARCH_TOOL]
    assert "tools" not in without


def test_messages_go_out_in_order_with_plain_text_content():
    body = build("vllm", True)

    assert body["messages"] == [
        {"role": "system", "content": "You are Kimi."},
        {"role": "user", "content": "Hello there"},
    ]


# -- images ---------------------------------------------------------------------------------------------
def test_images_become_image_url_data_urls(tmp_path):
    path = tmp_path / "red.png"
    Image.new("RGB", (40, 30), (255, 0, 0)).save(path, format="PNG")
    image = ImagePart(path=str(path), mime="image/png", width=40, height=30, name="red.png")
    history = [Message("user", (image, TextPart("What colour is this?")))]

    for kind in ("vllm", "moonshot", "openai"):
        body = backend(kind).build_request(history, RequestOptions(thinking=False, max_tokens=512))
        content = body["messages"][0]["content"]
        assert isinstance(content, list), kind
        assert content[1] == {"type": "text", "text": "What colour is this?"}
        assert content[0]["type"] == "image_url"
        url = content[0]["image_url"]["url"]
        assert url.startswith("data:image/png;base64,"), kind  # Moonshot takes no http URLs
        decoded = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1])))
        assert decoded.size == (40, 30)
        assert decoded.convert("RGB").getpixel((5, 5)) == (255, 0, 0)
    # A text-only server (llama.cpp's K2.5 GGUF) is told a picture was here (from a turn on another backend),
    # not sent it: it would refuse the whole request.
    body = backend("llamacpp").build_request(history, RequestOptions(thinking=False, max_tokens=512))
    assert body["messages"][0]["content"] == [{"type": "text", "text": "[picture red.png: not shown, this server "
                                                                       "reads text only]"},
                                              {"type": "text", "text": "What colour is this?"}]


# -- reasoning and tool rounds sent back ----------------------------------------------------------------
CALL_ID = "functions.search_code:0"


def tool_round_history() -> list[Message]:
    """An earlier finished turn with reasoning, then the current turn in the middle of a tool round."""
    return [
        text_message("system", "You are Kimi."),
        text_message("user", "What is 2+2?"),
        Message("assistant", (ReasoningPart("Simple arithmetic.", 1.2), TextPart("4"))),
        text_message("user", "Where is auth handled?"),
        Message(
            "assistant",
            (
                ReasoningPart("I should search the code for auth."),
                TextPart(""),
                ToolCallPart(CALL_ID, "search_code", '{"query": "auth"}'),
            ),
        ),
        Message("tool", (ToolResultPart(CALL_ID, "search_code", "kimi_ui/auth.py:12 def login"),)),
    ]


@pytest.mark.parametrize(
    "kind, field", [("vllm", "reasoning"), ("llamacpp", "reasoning_content"), ("moonshot", "reasoning_content")]
)
def test_reasoning_goes_back_only_on_current_tool_round_under_the_kinds_field(kind, field):
    body = backend(kind).build_request(tool_round_history(), RequestOptions(thinking=True, max_tokens=4096))
    messages = body["messages"]

    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant", "tool"]
    earlier, current = messages[2], messages[4]
    # the finished earlier turn loses its reasoning entirely
    assert earlier == {"role": "assistant", "content": "4"}
    # the current turn's tool round carries it, under the name this server reads
    assert current[field] == "I should search the code for auth."
    other = {"reasoning", "reasoning_content"} - {field}
    assert not other & current.keys()
    assert current["tool_calls"] == [
        {"id": CALL_ID, "type": "function", "function": {"name": "search_code", "arguments": '{"query": "auth"}'}}
    ]


def test_generic_openai_kind_never_sends_reasoning_back():
    body = backend("openai").build_request(tool_round_history(), RequestOptions(thinking=True, max_tokens=4096))

    for message in body["messages"]:
        assert "reasoning" not in message and "reasoning_content" not in message


def test_assistant_message_without_tool_calls_after_last_user_carries_no_reasoning():
    history = [
        text_message("user", "hi"),
        Message("assistant", (ReasoningPart("greeting"), TextPart("Hello!"))),
    ]
    body = backend("moonshot").build_request(history, RequestOptions(thinking=True, max_tokens=1024))

    assert body["messages"][1] == {"role": "assistant", "content": "Hello!"}


@pytest.mark.parametrize("kind", ["vllm", "llamacpp", "moonshot", "openai"])
def test_tool_messages_keep_the_call_id_verbatim(kind):
    body = backend(kind).build_request(tool_round_history(), RequestOptions(thinking=True, max_tokens=4096))
    tool = body["messages"][-1]

    assert tool == {
        "role": "tool",
        "tool_call_id": CALL_ID,
        "name": "search_code",
        "content": "kimi_ui/auth.py:12 def login",
    }
    assert body["messages"][-2]["tool_calls"][0]["id"] == tool["tool_call_id"]


def test_several_results_in_one_tool_message_become_one_wire_message_each():
    results = (ToolResultPart("functions.a:0", "a", "one"), ToolResultPart("functions.b:1", "b", "two"))
    history = [
        text_message("user", "go"),
        Message("assistant", (ToolCallPart("functions.a:0", "a", "{}"), ToolCallPart("functions.b:1", "b", "{}"))),
        Message("tool", results),
    ]
    body = backend("vllm").build_request(history, RequestOptions(thinking=False, max_tokens=256))

    assert [(m["tool_call_id"], m["content"]) for m in body["messages"][2:]] == [
        ("functions.a:0", "one"),
        ("functions.b:1", "two"),
    ]


# -- capabilities ---------------------------------------------------------------------------------------
def test_capabilities_per_kind_and_config_overrides():
    llamacpp = backend("llamacpp").capabilities
    assert llamacpp.vision is False  # common K2.5 GGUF quants have no mmproj
    assert backend("llamacpp", vision=True).capabilities.vision is True  # the config wins

    vllm = backend("vllm").capabilities
    assert (vllm.vision, vllm.video, vllm.tools, vllm.sampling) == (True, False, True, True)

    moonshot = backend("moonshot").capabilities
    assert moonshot.video is True
    assert moonshot.vision is True
    assert moonshot.sampling is False
    assert moonshot.sampling_locked_reason  # the UI shows why the controls are locked

    assert backend("moonshot", video=False).capabilities.video is False
    assert backend("vllm", tools=False).capabilities.tools is False
