"""Markers a buggy server leaks (issue 16, point 5), through a whole turn on each kind: `#sim leak=` makes the
simulator put them where known vLLM bugs do. They are parsed (a tool call inside the reasoning field is run)
or dropped, never shown or stored."""

from __future__ import annotations

import pytest

from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
BACKENDS = ("Simulated vLLM", "Simulated vLLM (legacy reasoning_content)", "Simulated llama.cpp",
            "Simulated Moonshot API")
MARKERS = ("<think>", "</think>", "<|im_end|>", "<|tool_calls_section_begin|>", "<|tool_call_begin|>",
           "<|tool_call_argument_begin|>", "<|tool_call_end|>", "<|tool_calls_section_end|>")


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def shown(harness, answer) -> str:
    (row,) = [m for m in harness.messages(answer.conversation_id) if m.role == "assistant"]
    return "\n".join([answer.content, answer.reasoning, row.content or "", row.reasoning or ""])


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("leak", ["think", "end"])
def test_a_stray_marker_in_the_answer_is_dropped(harness, backend, leak):
    answer, _ = harness.run(TurnInput(text=f"Tell me #sim leak={leak}", backend=backend, mode="thinking"))
    assert answer.status == "done", answer.error
    assert answer.content.startswith("Simulated answer") and answer.reasoning.startswith("The user asked")
    text = shown(harness, answer)
    assert not [m for m in MARKERS if m in text]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_tool_call_inside_the_reasoning_field_is_run(harness, backend):
    answer, _ = harness.run(TurnInput(text='Add them #sim leak=call tool=calculator args={"expression":"6*7"}',
                                      backend=backend, mode="thinking", tools=("calculator",)), builtin_tools=True)
    assert answer.status == "done", answer.error
    (call,) = answer.tool_calls
    assert (call.name, call.status, call.result) == ("calculator", "done", "42")
    assert len(answer.rounds) == 2 and "tool results: 1" in answer.rounds[1].content
    text = shown(harness, answer)
    assert not [m for m in MARKERS if m in text]
    assert "functions.calculator:0" not in answer.rounds[0].reasoning


def test_a_marker_the_model_writes_about_in_code_stays(harness):
    """Inside backticks it is the model's text about Kimi's markup, not a leak."""
    answer, _ = harness.run(TurnInput(text="What ends a turn? `<|im_end|>` it is", backend="Simulated vLLM",
                                      mode="instant"))
    assert "`<|im_end|>`" in answer.content
