"""Moonshot's builtin web search, over HTTP to the simulated `moonshot` dialect: the builtin tool declared,
its call echoed back unchanged, not offered while kimi-k2.5 thinks, the sources cited, searches and cost
counted; never offered to other backends."""

from __future__ import annotations

import json

import pytest

from kimi_ui.costs import MOONSHOT_K25
from kimi_ui.turns import TurnInput
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
MOONSHOT, VLLM = "Simulated Moonshot API", "Simulated vLLM"


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, auto_title=False)


def bodies(sim_requests) -> list[dict]:
    return [r["body"] for r in sim_requests() if isinstance(r.get("body"), dict)]


def test_a_search_is_echoed_back_and_the_answer_cites_its_sources(harness, sim_requests):
    answer, _ = harness.run(TurnInput(text="Search the latest on Kimi K2.5", backend=MOONSHOT, mode="instant"),
                            web_search=True)
    assert answer.status == "done", answer.error
    first, second = bodies(sim_requests)[-2:]
    assert {"type": "builtin_function", "function": {"name": "$web_search"}} in first["tools"]
    assert first["thinking"] == {"type": "disabled"} and not answer.notices
    assert "Markdown links" in first["messages"][0]["content"]  # the model is asked to cite what it used
    call = answer.calls[0]
    assert call.name == "$web_search" and call.id.startswith("t-web_search-") and call.status == "done"
    sent_call, result = second["messages"][-2:]
    assert sent_call["tool_calls"][0] == {"id": call.id, "type": "builtin_function",
                                          "function": {"name": "$web_search", "arguments": call.arguments}}
    assert result == {"role": "tool", "tool_call_id": call.id, "name": "$web_search", "content": call.arguments}
    assert json.loads(call.arguments)["usage"]["total_tokens"] > 0
    assert "](https://example.com/sim/kimi-k2-5)" in answer.content
    usage = answer.usage_dict()
    assert usage["searches"] == 1 and usage["currency"] == "USD"
    # the cost of both calls by kimi-k2.5's published prices, and the search
    assert usage["cost"] == pytest.approx(MOONSHOT_K25.cost(prompt=answer.spent[0], cached=answer.spent[1],
                                                            completion=answer.spent[2], searches=1))
    assert answer.spent[0] > 1800 and usage["cost"] > 0.005


def test_in_thinking_mode_kimi_k2_5_thinks_and_does_not_search(harness, sim_requests):
    """Moonshot's K2.5 quickstart: $web_search is "temporarily incompatible" with thinking. What the user chose
    (Thinking) wins; the search is not offered (the simulator refuses the two together, as the docs say)."""
    answer, _ = harness.run(TurnInput(text="Search the latest on Kimi K2.5", backend=MOONSHOT, mode="thinking"),
                            web_search=True)
    sent = bodies(sim_requests)[-1]
    assert answer.status == "done" and answer.reasoning and not answer.calls
    assert sent["thinking"] == {"type": "enabled"} and "tools" not in sent


def test_no_search_when_the_question_needs_none_and_never_on_other_backends(harness, sim_requests):
    answer, _ = harness.run(TurnInput(text="Tell me a joke", backend=MOONSHOT, mode="instant"), web_search=True)
    assert answer.status == "done" and not answer.calls and answer.usage_dict()["searches"] is None
    other, _ = harness.run(TurnInput(text="Search the news", backend=VLLM, mode="thinking"), web_search=True)
    assert other.status == "done" and not other.notices
    sent = bodies(sim_requests)[-1]
    assert "tools" not in sent and sent["chat_template_kwargs"]["thinking"] is True
    assert other.usage_dict()["cost"] is None  # (no prices for a self-hosted server unless configured)


def test_switched_off_it_is_not_offered(harness, sim_requests):
    answer, _ = harness.run(TurnInput(text="Search the news", backend=MOONSHOT, mode="instant", tools=()),
                            web_search=True)
    sent = bodies(sim_requests)[-1]
    assert answer.status == "done" and "tools" not in sent and not answer.calls


def test_thinking_after_a_search_in_the_same_chat_works(harness, sim_requests):
    """A later Thinking turn on Moonshot: the earlier search round is not sent again (it carries nothing: the
    results were never in the messages), and a tool round written in Instant mode gets a stand-in reasoning
    (Moonshot refuses a tool round without reasoning while thinking)."""
    searched, _ = harness.run(TurnInput(text="Search the latest on Kimi K2.5", backend=MOONSHOT, mode="instant"),
                              web_search=True)
    calc, _ = harness.run(TurnInput(text='call calculator {"expression": "2+2"}', backend=MOONSHOT, mode="instant",
                                    conversation_id=searched.conversation_id), builtin_tools=True, web_search=True)
    assert calc.status == "done" and calc.calls[0].name == "calculator"
    thought, _ = harness.run(TurnInput(text="Now think about it", backend=MOONSHOT, mode="thinking",
                                       conversation_id=searched.conversation_id), web_search=True)
    assert thought.status == "done", thought.error
    sent = bodies(sim_requests)[-1]["messages"]
    assert not [m for m in sent if m.get("name") == "$web_search" or "$web_search" in json.dumps(m.get("tool_calls"))]
    assert searched.content in [m.get("content") for m in sent]  # what it wrote from the search stays
    (round_,) = [m for m in sent if m.get("tool_calls")]
    assert round_["reasoning_content"].startswith("(no reasoning")
