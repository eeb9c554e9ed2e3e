"""ChunkParser fed chunk sequences written the way each server sends them (kimi-wire-facts.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kimi_ui.backends.parse import ChunkParser
from kimi_ui.events import (
    Notice,
    ReasoningDelta,
    Reclassified,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    TurnDone,
    Usage,
)
from kimi_ui.answer import Answer


def parse(chunks: list[dict[str, Any]], thinking: bool = True) -> list:
    """Feed every chunk, then finish(): all events in order."""
    parser = ChunkParser(thinking=thinking)
    events: list = []
    for chunk in chunks:
        events.extend(parser.feed(chunk))
    events.extend(parser.finish())
    return events


def fold(events: list) -> Answer:
    snapshot = Answer()
    for event in events:
        snapshot.apply(event)
    snapshot.apply(TurnDone(status="done"))
    return snapshot


def reasoning_of(events: list) -> str:
    return "".join(e.text for e in events if isinstance(e, ReasoningDelta))


def content_of(events: list) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def of_type(events: list, cls: type) -> list:
    return [e for e in events if isinstance(e, cls)]


def vllm_chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-8f2a",
        "object": "chat.completion.chunk",
        "created": 1767225600,
        "model": "moonshotai/Kimi-K2.5",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }


def content_chunks(*pieces: str) -> list[dict[str, Any]]:
    """A server without a reasoning parser: everything arrives in `content`."""
    return [vllm_chunk({"content": piece}) for piece in pieces] + [vllm_chunk({}, "stop")]


# -- reasoning fields and usage per dialect --------------------------------------------------------------
def test_vllm_reasoning_field_then_content_then_usage_chunk_with_no_choices():
    chunks = [
        vllm_chunk({"role": "assistant", "content": ""}),
        vllm_chunk({"reasoning": "The user greets me. "}),
        vllm_chunk({"reasoning": "I should answer briefly."}),
        vllm_chunk({"content": "Hello"}),
        vllm_chunk({"content": "! How can I help?"}),
        vllm_chunk({}, "stop"),
        {
            "id": "chatcmpl-8f2a",
            "object": "chat.completion.chunk",
            "created": 1767225600,
            "model": "moonshotai/Kimi-K2.5",
            "choices": [],
            "usage": {
                "prompt_tokens": 42,
                "total_tokens": 61,
                "completion_tokens": 19,
                "prompt_tokens_details": {"cached_tokens": 32},
            },
        },
    ]
    events = parse(chunks, thinking=True)

    assert reasoning_of(events) == "The user greets me. I should answer briefly."
    assert content_of(events) == "Hello! How can I help?"
    assert of_type(events, Usage) == [Usage(prompt_tokens=42, completion_tokens=19, cached_tokens=32)]
    assert not of_type(events, Reclassified)
    # reasoning streams before the answer
    first_text = next(i for i, e in enumerate(events) if isinstance(e, TextDelta))
    last_reasoning = max(i for i, e in enumerate(events) if isinstance(e, ReasoningDelta))
    assert last_reasoning < first_text


def test_vllm_legacy_reasoning_content_field():
    chunks = [
        vllm_chunk({"role": "assistant", "content": ""}),
        vllm_chunk({"reasoning_content": "Older vLLM names it "}),
        vllm_chunk({"reasoning_content": "reasoning_content."}),
        vllm_chunk({"content": "Answer."}),
        vllm_chunk({}, "stop"),
    ]
    events = parse(chunks, thinking=True)

    assert reasoning_of(events) == "Older vLLM names it reasoning_content."
    assert content_of(events) == "Answer."
    snapshot = fold(events)
    assert (snapshot.reasoning, snapshot.content) == ("Older vLLM names it reasoning_content.", "Answer.")


def llamacpp_chunk(delta: dict[str, Any], finish_reason: str | None = None, **extra) -> dict[str, Any]:
    return {
        "choices": [{"finish_reason": finish_reason, "index": 0, "delta": delta}],
        "created": 1767225600,
        "id": "chatcmpl-LlAmA",
        "model": "kimi-k2.5",
        "system_fingerprint": "b7000-abcdef",
        "object": "chat.completion.chunk",
        **extra,
    }


def test_llamacpp_timings_give_usage_when_no_usage_chunk_came():
    chunks = [
        llamacpp_chunk({"role": "assistant", "content": None}),
        llamacpp_chunk({"reasoning_content": "Thinking on a CPU."}),
        llamacpp_chunk({"content": "Done."}),
        llamacpp_chunk(
            {},
            "stop",
            timings={
                "cache_n": 12,
                "prompt_n": 30,
                "prompt_ms": 812.4,
                "predicted_n": 9,
                "predicted_ms": 1500.2,
                "predicted_per_second": 6.0,
            },
        ),
    ]
    events = parse(chunks, thinking=True)

    assert reasoning_of(events) == "Thinking on a CPU."
    assert content_of(events) == "Done."
    # (the whole prompt: llama-server's prompt_n counts only what it processed, cache_n what it reused)
    assert of_type(events, Usage) == [Usage(prompt_tokens=42, completion_tokens=9, cached_tokens=12)]


def test_llamacpp_usage_chunk_wins_over_timings():
    chunks = [
        llamacpp_chunk({"content": "Hi"}),
        llamacpp_chunk({}, "stop", timings={"prompt_n": 1, "predicted_n": 1, "cache_n": 0}),
        {
            "choices": [],
            "id": "chatcmpl-LlAmA",
            "object": "chat.completion.chunk",
            "usage": {"completion_tokens": 2, "prompt_tokens": 31, "total_tokens": 33},
            "timings": {"prompt_n": 1, "predicted_n": 1, "cache_n": 0},
        },
    ]
    events = parse(chunks, thinking=False)

    assert of_type(events, Usage) == [Usage(prompt_tokens=31, completion_tokens=2, cached_tokens=None)]


def test_moonshot_usage_inside_the_choice_with_top_level_cached_tokens():
    def chunk(delta: dict[str, Any], **choice_extra) -> dict[str, Any]:
        return {
            "id": "chatcmpl-6911a4f0",
            "object": "chat.completion.chunk",
            "created": 1767225600,
            "model": "kimi-k2.5",
            "choices": [{"index": 0, "delta": delta, **choice_extra}],
            "system_fingerprint": "fpv0_ff52a3ef",
        }

    chunks = [
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "Moonshot streams "}),
        chunk({"reasoning_content": "reasoning_content."}),
        chunk({"content": "Bonjour"}),
        chunk(
            {},
            finish_reason="stop",
            usage={"prompt_tokens": 19, "completion_tokens": 13, "total_tokens": 32, "cached_tokens": 16},
        ),
    ]
    events = parse(chunks, thinking=True)

    assert reasoning_of(events) == "Moonshot streams reasoning_content."
    assert content_of(events) == "Bonjour"
    assert of_type(events, Usage) == [Usage(prompt_tokens=19, completion_tokens=13, cached_tokens=16)]


def test_empty_content_deltas_produce_no_events():
    parser = ChunkParser(thinking=False)

    assert parser.feed(vllm_chunk({"role": "assistant", "content": ""})) == []
    assert parser.feed(vllm_chunk({"content": ""})) == []
    assert parser.feed(vllm_chunk({"content": None, "reasoning": None})) == []
    assert parser.feed(vllm_chunk({"content": "x"})) == [TextDelta("x")]


# -- </think> fallback for servers without a reasoning parser --------------------------------------------
SPLITS = [
    ("Let me think about it.</", "think>The answer is 42."),
    ("Let me think about it.</thi", "nk>The answer is 42."),
    ("Let me think about it.<", "/think>The answer is 42."),
    ("Let me think about it.", "</think>The answer is 42."),
    ("Let me think about it.</think>", "The answer is 42."),
]


@pytest.mark.parametrize("pieces", SPLITS, ids=lambda p: repr(p[0][-6:]) + "|" + repr(p[1][:6]))
def test_think_close_in_content_splits_reasoning_from_answer_in_thinking_mode(pieces):
    events = parse(content_chunks(*pieces), thinking=True)

    assert reasoning_of(events) == "Let me think about it."
    assert content_of(events) == "The answer is 42."
    assert not of_type(events, Reclassified)
    assert "think>" not in reasoning_of(events) + content_of(events)


@pytest.mark.parametrize(
    "pieces",
    [
        ("<think>", "Let me think about it.</think>", "The answer is 42."),
        ("<thi", "nk>Let me think about it.</th", "ink>The answer is 42."),
        ("<", "think>\nLet me think about it.</think>", "The answer is 42."),
        ("<think>Let me think about it.</think>The answer is 42.",),
    ],
)
@pytest.mark.parametrize("thinking", [True, False])
def test_leading_think_open_is_stripped(pieces, thinking):
    events = parse(content_chunks(*pieces), thinking=thinking)
    snapshot = fold(events)

    assert snapshot.reasoning.strip() == "Let me think about it."
    assert snapshot.content == "The answer is 42."
    assert "<think>" not in snapshot.reasoning + snapshot.content


def test_thinking_mode_without_close_tag_or_reasoning_field_is_the_answer():
    pieces = ("Paris is ", "the capital ", "of France.")
    events = parse(content_chunks(*pieces), thinking=True)

    assert events[-1] == Reclassified(target="content")
    snapshot = fold(events)
    assert snapshot.content == "Paris is the capital of France."
    assert snapshot.reasoning == ""
    assert snapshot.reasoning_seconds is None  # no "thought for N s" block for an answer


@pytest.mark.parametrize("pieces", SPLITS, ids=lambda p: repr(p[0][-6:]) + "|" + repr(p[1][:6]))
def test_instant_mode_think_close_in_content_moves_earlier_text_to_reasoning(pieces):
    events = parse(content_chunks(*pieces), thinking=False)

    assert Reclassified(target="reasoning") in events
    snapshot = fold(events)
    assert snapshot.reasoning == "Let me think about it."
    assert snapshot.content == "The answer is 42."


def test_instant_mode_plain_answer_is_content_without_reclassification():
    events = parse(content_chunks("Just ", "an answer <b>bold</b> 1 < 2"), thinking=False)

    assert not of_type(events, Reclassified)
    assert content_of(events) == "Just an answer <b>bold</b> 1 < 2"


def test_text_ending_in_a_marker_prefix_is_released_at_finish():
    events = parse(content_chunks("x is smaller: x <"), thinking=False)

    assert content_of(events) == "x is smaller: x <"


def test_literal_think_close_in_an_answer_after_a_reasoning_field_stays_in_the_answer():
    # Once the server sent a real reasoning field, its parser already ended the reasoning: a later
    # literal `</think>` is answer text and must not pull the answer into the reasoning block.
    chunks = [
        vllm_chunk({"reasoning": "The user asks about the markers."}),
        vllm_chunk({"content": "Kimi ends its reasoning with `"}),
        vllm_chunk({"content": "</think>` and then answers."}),
        vllm_chunk({}, "stop"),
    ]
    snapshot = fold(parse(chunks, thinking=True))

    assert snapshot.reasoning == "The user asks about the markers."
    assert snapshot.content == "Kimi ends its reasoning with `</think>` and then answers."


# -- tool-call deltas -------------------------------------------------------------------------------------
def tool_start(index: int, call_id: str, name: str) -> dict[str, Any]:
    return vllm_chunk(
        {"tool_calls": [{"index": index, "id": call_id, "type": "function", "function": {"name": name,
                                                                                          "arguments": ""}}]}
    )


def tool_args(index: int, piece: str) -> dict[str, Any]:
    return vllm_chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})


def test_tool_call_deltas_assemble_into_one_ready_call_with_valid_json():
    arguments = json.dumps({"greeting": "Grüße aus Köln", "count": 3}, ensure_ascii=False)
    pieces = [arguments[:5], arguments[5:15], arguments[15:16], arguments[16:]]  # mid-key, mid-word "Grü|ße"
    assert "".join(pieces) == arguments
    chunks = [
        vllm_chunk({"reasoning": "I'll call the tool."}),
        vllm_chunk({"content": ""}),
        tool_start(0, "functions.greet:0", "greet"),
        *[tool_args(0, piece) for piece in pieces],
        vllm_chunk({}, "tool_calls"),
    ]
    parser = ChunkParser(thinking=True)
    events = [e for chunk in chunks for e in parser.feed(chunk)] + parser.finish()

    assert of_type(events, ToolCallStarted) == [ToolCallStarted(index=0, id="functions.greet:0", name="greet")]
    assert "".join(e.text for e in of_type(events, ToolCallArgsDelta)) == arguments
    ready = of_type(events, ToolCallReady)
    assert len(ready) == 1
    assert (ready[0].id, ready[0].name) == ("functions.greet:0", "greet")
    assert json.loads(ready[0].arguments) == {"greeting": "Grüße aus Köln", "count": 3}
    assert parser.finish_reason == "tool_calls"
    assert content_of(events) == ""
    snapshot = fold(events)  # the turn ends without running the call: it is marked as never completed
    assert [(c.name, c.arguments, c.status) for c in snapshot.tool_calls] == [("greet", arguments, "cancelled")]


def test_two_parallel_tool_calls_interleaved():
    chunks = [
        tool_start(0, "functions.search_code:0", "search_code"),
        tool_args(0, '{"query": "au'),
        tool_start(1, "functions.read_file:1", "read_file"),
        tool_args(1, '{"path": "kimi_ui/'),
        tool_args(0, 'th"}'),
        tool_args(1, 'config.py"}'),
        vllm_chunk({}, "tool_calls"),
    ]
    events = parse(chunks, thinking=False)

    ready = of_type(events, ToolCallReady)
    assert [(r.index, r.id, r.name) for r in ready] == [
        (0, "functions.search_code:0", "search_code"),
        (1, "functions.read_file:1", "read_file"),
    ]
    assert json.loads(ready[0].arguments) == {"query": "auth"}
    assert json.loads(ready[1].arguments) == {"path": "kimi_ui/config.py"}
    snapshot = fold(events)
    assert [(c.id, json.loads(c.arguments)) for c in snapshot.tool_calls] == [
        ("functions.search_code:0", {"query": "auth"}),
        ("functions.read_file:1", {"path": "kimi_ui/config.py"}),
    ]


# -- Kimi's raw tool-call markup leaking into content -----------------------------------------------------
RAW = (
    "<|tool_calls_section_begin|><|tool_call_begin|>functions.search_code:0<|tool_call_argument_begin|>"
    '{"query": "auth"}<|tool_call_end|><|tool_calls_section_end|>'
)


def assert_raw_call_parsed(events: list) -> None:
    assert of_type(events, ToolCallStarted) == [
        ToolCallStarted(index=0, id="functions.search_code:0", name="search_code")
    ]
    ready = of_type(events, ToolCallReady)
    assert [(r.id, r.name) for r in ready] == [("functions.search_code:0", "search_code")]
    assert json.loads(ready[0].arguments) == {"query": "auth"}
    notices = of_type(events, Notice)
    assert len(notices) == 1
    assert "--tool-call-parser kimi_k2" in notices[0].message
    assert "<|" not in content_of(events) + reasoning_of(events)


def split_every(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize(
    "pieces",
    [
        [RAW],
        split_every(RAW, 7),
        split_every(RAW, 1),
        [RAW[:20], RAW[20:61], RAW[61:]],
    ],
    ids=["whole", "7-char pieces", "1-char pieces", "three pieces"],
)
def test_raw_tool_markup_becomes_a_tool_call_and_a_notice(pieces):
    events = parse(content_chunks("Let me look that up. ", *pieces), thinking=False)

    assert_raw_call_parsed(events)
    assert content_of(events) == "Let me look that up. "


def test_raw_tool_markup_singular_section_marker():
    raw = RAW.replace("<|tool_calls_section_begin|>", "<|tool_call_section_begin|>")
    events = parse(content_chunks(*split_every(raw, 9)), thinking=False)

    assert_raw_call_parsed(events)


def test_raw_tool_markup_after_raw_reasoning_in_thinking_mode():
    # Reasoning ends implicitly where the tool section starts; nothing is reclassified afterwards.
    events = parse(content_chunks("I need to search the code", " for auth.", RAW), thinking=True)

    assert_raw_call_parsed(events)
    assert reasoning_of(events) == "I need to search the code for auth."
    assert not of_type(events, Reclassified)


def test_raw_tool_markup_after_think_close():
    events = parse(content_chunks("Search first.</think>", "Searching now.", RAW), thinking=True)

    assert_raw_call_parsed(events)
    assert reasoning_of(events) == "Search first."
    assert content_of(events) == "Searching now."


def test_text_after_the_raw_section_is_content_again():
    begin = len("<|tool_calls_section_begin|>")
    events = parse(content_chunks(RAW[:begin], RAW[begin:] + "Waiting for results."), thinking=False)

    assert_raw_call_parsed(events)
    assert content_of(events) == "Waiting for results."


def test_raw_section_opening_chunk_that_ends_in_a_marker_prefix_keeps_it():
    # A possible marker prefix held back at a chunk boundary ("<|") belongs to the tool section that
    # opens in the same chunk, not to the answer.
    begin = len("<|tool_calls_section_begin|>")
    events = parse(content_chunks(RAW[: begin + 2], RAW[begin + 2 :]), thinking=False)

    assert_raw_call_parsed(events)
    assert content_of(events) == ""


def test_raw_tool_arguments_containing_a_less_than_sign_survive_a_split():
    # Same mechanism: a "<" held back at the boundary stays inside the arguments.
    raw = RAW.replace('{"query": "auth"}', '{"expr": "1 < 2"}')
    cut = raw.index("< 2") + 1
    events = parse(content_chunks(raw[:cut], raw[cut:]), thinking=False)

    ready = of_type(events, ToolCallReady)
    assert [json.loads(r.arguments) for r in ready] == [{"expr": "1 < 2"}]
    assert content_of(events) == ""


# -- markers a server leaks (issue 16): parsed or dropped, never shown ---------------------------------------
def test_a_tool_call_leaked_into_the_reasoning_field_is_a_call_and_leaves_the_reasoning_clean():
    """A known vLLM bug: the kimi_k2 reasoning parser hands the tool-call tokens on as reasoning."""
    chunks = [
        vllm_chunk({"reasoning": "I should look it up. <|tool_calls_sec"}),
        vllm_chunk({"reasoning": "tion_begin|><|tool_call_begin|>functions.search_code:0<|tool_call_argu"}),
        vllm_chunk({"reasoning": 'ment_begin|>{"query": "def login"}<|tool_call_end|><|tool_calls_section_end|>'}),
        vllm_chunk({}, "tool_calls"),
    ]
    snapshot = fold(parse(chunks))
    assert snapshot.reasoning == "I should look it up. "
    (call,) = snapshot.tool_calls
    assert (call.id, call.name, call.arguments) == ("functions.search_code:0", "search_code", '{"query": "def login"}')


@pytest.mark.parametrize("pieces", [
    ["</think>", "The answer is 42."],  # vLLM: a raw </think> at the start of the content
    ["The answer is ", "42.<|im_", "end|>"],  # the end-of-message token, split over two chunks
    ["<think></think>The answer", " is 42.<|im_end|>"],
])
def test_stray_markers_after_a_reasoning_field_are_dropped_from_the_answer(pieces):
    chunks = [vllm_chunk({"reasoning": "Simple<|im_end|> sums."})]
    chunks += [vllm_chunk({"content": piece}) for piece in pieces] + [vllm_chunk({}, "stop")]
    snapshot = fold(parse(chunks))
    assert snapshot.reasoning == "Simple sums."
    assert snapshot.content == "The answer is 42."


def test_markers_inside_code_are_the_models_words_and_stay():
    chunks = [vllm_chunk({"reasoning": "Explain the markers."}),
              vllm_chunk({"content": "Kimi ends a message with `<|im_end|>`; in a block:\n```\n<think>x</think>\n```"}),
              vllm_chunk({}, "stop")]
    assert fold(parse(chunks)).content == "Kimi ends a message with `<|im_end|>`; in a block:\n```\n<think>x</think>\n```"
