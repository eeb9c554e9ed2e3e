"""The engine's pure parts: fitting history into the context window, merging deltas, its config."""

from __future__ import annotations

import contextlib
import os

import pytest

from kimi_ui.backends.wire import estimate_tokens
from kimi_ui.config import load_settings
from kimi_ui.engine import MIN_ANSWER_TOKENS, EngineConfig, answer_room, fit_history, merge_deltas
from kimi_ui.events import (
    Notice,
    ReasoningDelta,
    TextDelta,
    ToolCallArgsDelta,
    ToolCallReady,
    ToolCallStarted,
    Usage,
)
from kimi_ui.messages import Message, ToolCallPart, ToolResultPart, text_message


def conversation(turns: int = 4) -> list[Message]:
    """System prompt, `turns` finished question/answer pairs, then the new question."""
    history = [text_message("system", "You are Kimi. " + "s" * 300)]
    for i in range(turns):
        history.append(text_message("user", f"question {i} " + "u" * 700))
        history.append(text_message("assistant", f"answer {i} " + "a" * 700))
    history.append(text_message("user", "the new question " + "x" * 300))
    return history


# -- fit_history -----------------------------------------------------------------------------------------
def test_history_that_fits_is_unchanged_and_gets_the_budget_it_wanted():
    history = conversation()

    fitted, budget, dropped = fit_history(history, window=262_144, wanted=32_768)

    assert fitted == history
    assert budget == 32_768
    assert dropped == 0


def test_budget_is_clamped_to_what_is_left_of_the_window():
    history = conversation()
    prompt = estimate_tokens(history)

    fitted, budget, dropped = fit_history(history, window=prompt + 1500, wanted=32_768)

    assert fitted == history
    assert budget == 1500  # prompt + budget fits the window exactly
    assert dropped == 0
    assert estimate_tokens(fitted) + budget <= prompt + 1500


def test_oldest_turns_are_dropped_first_keeping_system_prompt_and_new_question():
    history = conversation(turns=4)
    window = estimate_tokens(history) + 500  # room for less than a useful answer

    fitted, budget, dropped = fit_history(history, window=window, wanted=32_768)

    assert fitted[0] == history[0]  # the system prompt stays
    assert fitted[-1] == history[-1]  # the new question stays
    assert fitted == [history[0]] + history[1 + dropped:]  # only the oldest messages went
    assert dropped > 0 and dropped % 2 == 0  # whole turns: question and answer together
    assert fitted[1].role == "user"  # the kept part starts with a question
    assert "question 0" not in " ".join(m.text for m in fitted)
    room = answer_room(32_768, window)  # (1,024, or a quarter of a small window)
    assert budget >= room
    assert estimate_tokens(fitted) + budget <= window
    # and no more than needed: keeping one more turn would not have left a useful answer
    one_more = [history[0]] + history[1 + dropped - 2:]
    assert window - estimate_tokens(one_more) < room


def test_dropped_counts_every_message_of_a_tool_round():
    call = ToolCallPart("functions.search_code:0", "search_code", '{"query": "auth"}')
    history = [
        text_message("system", "You are Kimi."),
        text_message("user", "find auth " + "u" * 2000),
        Message("assistant", (call,)),
        Message("tool", (ToolResultPart(call.id, call.name, "r" * 3000),)),
        text_message("assistant", "It is in auth.py " + "a" * 2000),
        text_message("user", "thanks, and now?"),
    ]
    window = estimate_tokens(history) - 100

    fitted, budget, dropped = fit_history(history, window=window, wanted=4096)

    assert dropped == 4  # user, assistant tool call, tool result, answer: never a tool result alone
    assert [m.role for m in fitted] == ["system", "user"]
    assert fitted[-1].text == "thanks, and now?"
    assert budget == min(4096, window - estimate_tokens(fitted))


def test_when_even_the_last_question_barely_fits_everything_older_goes():
    history = conversation(turns=3)
    minimal = [history[0], history[-1]]
    window = estimate_tokens(minimal) + 100

    fitted, budget, dropped = fit_history(history, window=window, wanted=8192)

    assert fitted == minimal
    assert dropped == 6
    assert 1 <= budget <= 100


def test_history_without_system_prompt_keeps_the_last_question():
    history = conversation(turns=3)[1:]
    window = estimate_tokens(history[-3:]) + MIN_ANSWER_TOKENS

    fitted, _budget, dropped = fit_history(history, window=window, wanted=8192)

    assert fitted[0].role == "user"
    assert fitted[-1] == history[-1]
    assert dropped == len(history) - len(fitted)


# -- merge_deltas ----------------------------------------------------------------------------------------
def test_merge_joins_neighbouring_deltas_of_one_kind_and_keeps_order():
    usage = Usage(prompt_tokens=3, completion_tokens=4)
    notice = Notice(code="x", message="y")
    events = [
        ReasoningDelta("Let "),
        ReasoningDelta("me "),
        ReasoningDelta("think."),
        TextDelta("Hel"),
        TextDelta("lo"),
        notice,
        TextDelta(" there"),
        ReasoningDelta("more"),
        usage,
    ]

    assert merge_deltas(events) == [
        ReasoningDelta("Let me think."),
        TextDelta("Hello"),
        notice,
        TextDelta(" there"),
        ReasoningDelta("more"),
        usage,
    ]


def test_merge_joins_tool_argument_pieces_of_the_same_call_only():
    started = ToolCallStarted(index=1, id="functions.b:1", name="b")
    events = [
        ToolCallArgsDelta(0, '{"a"'),
        ToolCallArgsDelta(0, ": 1}"),
        ToolCallArgsDelta(1, '{"b"'),
        ToolCallArgsDelta(0, " "),
        started,
        ToolCallArgsDelta(1, ": 2}"),
        ToolCallArgsDelta(1, ""),
    ]

    assert merge_deltas(events) == [
        ToolCallArgsDelta(0, '{"a": 1}'),
        ToolCallArgsDelta(1, '{"b"'),
        ToolCallArgsDelta(0, " "),
        started,
        ToolCallArgsDelta(1, ": 2}"),
    ]


def test_merge_leaves_non_delta_events_alone():
    ready = ToolCallReady(index=0, id="functions.a:0", name="a", arguments="{}")
    events = [ready, ready, Usage(1, 2, 3)]

    assert merge_deltas(events) == events
    assert merge_deltas([]) == []


# -- EngineConfig ----------------------------------------------------------------------------------------
@pytest.fixture
def clean_env(monkeypatch):
    for key in list(os.environ):
        if key.startswith("KIMI_UI_") or key == "MOONSHOT_API_KEY":
            monkeypatch.delenv(key)


def test_engine_config_from_settings(clean_env):
    settings = load_settings(
        {"max_tokens_thinking": 20_000, "max_tokens_instant": 2_000, "retries": 5, "retry_base_delay": 0.25,
         "max_updates_per_second": 10.0},
        env_file=None,
    )

    assert EngineConfig.from_settings(settings) == EngineConfig(
        max_tokens_thinking=20_000,
        max_tokens_instant=2_000,
        max_updates_per_second=10.0,
        retries=5,
        retry_base_delay=0.25,
    )


def test_engine_config_defaults_match_settings_defaults(clean_env):
    assert EngineConfig.from_settings(load_settings({}, env_file=None)) == EngineConfig()


def test_the_update_budget_is_shared_by_the_streams_running_now():
    from kimi_ui.engine import UpdateBudget

    budget = UpdateBudget(per_stream=20, total=200)
    assert budget.interval() == pytest.approx(0.05)
    with contextlib.ExitStack() as streams:
        for _ in range(10):
            streams.enter_context(budget.streaming())
        assert budget.interval() == pytest.approx(0.05)  # 10 x 20 a second fit in 200
        for _ in range(22):
            streams.enter_context(budget.streaming())
        assert budget.active == 32 and budget.interval() == pytest.approx(0.16)  # 32 share 200: 6.25 each
    assert budget.active == 0 and budget.interval() == pytest.approx(0.05)


def test_settings_give_every_turn_one_shared_budget():
    config = EngineConfig.from_settings(load_settings({"max_updates_total": 100}, env_file=None))
    assert config.budget is not None and config.budget.total == 100 and config.budget.per_stream == 20


def test_a_small_window_keeps_a_quarter_of_itself_for_the_answer():
    """A server started with a few hundred tokens still answers: the room kept for the answer is 1,024 tokens at
    most, and at most a quarter of the window."""
    assert answer_room(32_768, 262_144) == MIN_ANSWER_TOKENS
    assert answer_room(32_768, 400) == 100 and answer_room(50, 400) == 50
    history = [text_message("user", "word " * 200)]  # ~290 tokens by the estimate
    fitted, budget, dropped = fit_history(history, window=400, wanted=32_768)
    assert fitted == history and 0 < budget <= 110 and dropped == 0
