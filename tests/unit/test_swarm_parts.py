"""Swarm mode's pure parts: what a start_agents call asks for, agents folded into an answer and read back,
their lanes (the allowance across swarms is in the database: tests/integration/test_shared_limits.py)."""

from __future__ import annotations

import json

import pytest

from kimi_ui.answer import Agent, Answer
from kimi_ui.events import (AgentEvent, AgentsPlanned, RoundStarted, TextDelta, ToolCallReady, ToolCallStarted,
                            TurnDone, Usage)
from kimi_ui.swarm import MAX_TITLE, plan
from kimi_ui.ui import render


def test_a_call_plans_its_agents_with_the_tools_this_chat_has():
    arguments = json.dumps({"agents": [
        {"title": "  Look   up\nA ", "task": "Find A.", "tools": ["calculator", "rm_rf"], "context": "A is a DB."},
        {"title": "x" * 500, "task": "Find B."},
        {"task": "Find C.", "tools": []},
    ]})
    planned, problem = plan(arguments, ["calculator", "current_time"])
    assert problem is None
    assert planned[0].title == "Look up A" and planned[0].task == "Find A.\n\nContext:\nA is a DB."
    assert planned[0].tools == ("calculator",) and planned[0].unknown == ("rm_rf",)
    assert len(planned[1].title) == MAX_TITLE and planned[1].tools == ("calculator", "current_time")  # default: all
    assert planned[2].title == "Agent 3" and planned[2].tools == ()


@pytest.mark.parametrize("arguments, said", [
    ("{not json", "not valid JSON"),
    ("[]", 'give "agents"'),
    ('{"agents": []}', 'give "agents"'),
    ('{"agents": [{"title": "t"}]}', 'agent 1 has no "task"'),
    ('{"agents": [{"task": "ok"}, {"task": "   "}]}', 'agent 2 has no "task"'),
    ('{"agents": [{"task": "ok"}, 5]}', 'agent 2 has no "task"'),
])
def test_a_call_that_asks_for_no_agent_says_why(arguments, said):
    planned, problem = plan(arguments, ["calculator"])
    assert planned == [] and problem.startswith("Error: ") and said in problem


def _swarm_answer() -> Answer:
    answer = Answer()
    for event in (RoundStarted(), ToolCallStarted(0, "functions.start_agents:0", "start_agents"),
                  ToolCallReady(0, "functions.start_agents:0", "start_agents", '{"agents": []}'),
                  AgentsPlanned("functions.start_agents:0", (("agent-1", "One", "Do one.", ("calculator",)),
                                                             ("agent-2", "Two", "Do two.", ()))),
                  AgentEvent("functions.start_agents:0", 0, status="running"),
                  AgentEvent("functions.start_agents:0", 0, RoundStarted()),
                  AgentEvent("functions.start_agents:0", 0, TextDelta("Found **one**.")),
                  AgentEvent("functions.start_agents:0", 0, Usage(prompt_tokens=100, completion_tokens=40)),
                  AgentEvent("functions.start_agents:0", 0, TurnDone("done")),
                  AgentEvent("functions.start_agents:9", 0, status="failed"),  # no such call: ignored
                  AgentEvent("functions.start_agents:0", 7, status="failed")):  # no such agent: ignored
        answer.apply(event)
    return answer


def test_agents_fold_into_the_answer_and_stop_with_it():
    answer = _swarm_answer()
    one, two = answer.agents
    assert (one.status, one.answer.content, one.tokens) == ("done", "Found **one**.", 40)
    assert one.started_at is not None and one.ended_at is not None
    assert two.status == "queued"
    answer.apply(TurnDone("cancelled"))  # Stop: what had not ended is stopped, what had ended stays
    assert (one.status, two.status) == ("done", "stopped") and two.answer.status == "cancelled"
    # the cost counts every agent's tokens with the orchestrator's
    assert [sum(n) for n in zip(answer.spent, *(a.answer.spent for a in answer.agents))] == [100, 0, 40]


def test_agents_are_kept_on_their_call_and_read_back_typed():
    answer = _swarm_answer()
    record = answer.columns()["rounds"]
    row = {**answer.columns(), "rounds": json.loads(json.dumps(record)), "id": "m"}
    back = Answer.from_row(type("Row", (), row)())
    assert back.agents[0].to_record() == answer.agents[0].to_record()
    assert back.agents[1].status == "queued"  # still being written (maybe by another process): as it is
    ended = Answer.from_row(type("Row", (), {**row, "status": "interrupted"})())
    assert ended.agents[1].status == "stopped"  # nobody writes it any more: what had not ended is stopped
    assert render.swarm_part(back.calls[0], live=False)["lanes"][1]["status"] == "stopped"
    assert answer.call_dicts()[0].get("agents") is None  # the API's flat tool calls leave them to `agents`
    assert [a["id"] for a in answer.to_api()["agents"]] == ["agent-1", "agent-2"]


@pytest.mark.parametrize("record", [
    {"id": 5, "title": None, "status": "exploded", "rounds": "x", "tools": "all", "spent": ["a", 1, 2]},
    {"rounds": [{"calls": [{"id": "c", "name": "start_agents", "agents": [{"title": "deeper"}]}]}]},
])
def test_a_forged_agent_record_is_read_as_types_or_dropped(record):
    agent = Agent.from_record(record, 2)
    assert agent.id == "agent-3" and agent.title == "" and agent.tools == []
    assert agent.status in ("failed", "done", "stopped") and agent.answer.spent == [0, 0, 0]
    assert all(c.agents is None for c in agent.answer.calls)  # one level deep
    assert Agent.from_record("not a dict") is None


def test_a_lane_says_what_its_agent_does_and_the_summary_compares_with_one_at_a_time():
    answer = _swarm_answer()
    one, two = answer.agents
    one.started_at, one.ended_at = 1000.0, 1012.0
    two.status, two.started_at, two.ended_at = "failed", 1001.0, 1010.0
    lanes = render.swarm_part(answer.calls[0])
    assert lanes["summary"] == "2 agents · 0 tool calls · 12 s; one after another ≈ 21 s"
    first = lanes["lanes"][0]
    assert (first["title"], first["status_label"], first["figures"]) == ("One", "done", "40 tokens · 12 s")
    assert "<strong>one</strong>" in first["html"] and first["task"] == "Do one."
    assert render.swarm_part(answer.calls[0], "de")["lanes"][1]["status_label"] == "fehlgeschlagen"
    assert render.span(170) == "2 min 50 s" and render.span(4.25) == "4.2 s"
    assert "+ 40 by agents" in render.stats_line(answer.usage_dict(), "done")  # their tokens count too
    item = render.answer_item(answer, "m")
    assert [p["type"] for p in item["parts"]] == ["swarm"]


def test_two_calls_of_one_round_with_one_id_get_two_ids():
    from kimi_ui.engine import _Call

    call = _Call(base=4)
    first = call.take(ToolCallReady(0, "functions.start_agents:0", "start_agents", "{}"))
    second = call.take(ToolCallReady(1, "functions.start_agents:0", "start_agents", "{}"))
    third = call.take(ToolCallReady(2, "functions.start_agents:5", "start_agents", "{}"))
    assert first.id == "functions.start_agents:0" and second.id == "functions.start_agents:5"
    assert third.id == "functions.start_agents:6"  # (its own id was taken by the second: the next free one)
    assert len({first.id, second.id, third.id}) == 3


def test_repeated_agent_ids_in_a_record_are_made_unique():
    from kimi_ui.answer import ToolCall

    call = ToolCall.from_record({"id": "c", "name": "start_agents", "agents": [
        {"id": "agent-1", "title": "a"}, {"id": "agent-1", "title": "b"}, {"title": "c", "spent": [10**13, 0, 0]}]})
    assert [a.id for a in call.agents] == ["agent-1", "agent-1~2", "agent-3"]
    assert call.agents[2].answer.spent == [0, 0, 0]  # a count past any real one is not believed


def test_the_panel_shows_while_the_model_writes_the_tasks_and_queued_lanes_say_why():
    answer = Answer()
    for event in (RoundStarted(), ToolCallStarted(0, "functions.start_agents:0", "start_agents")):
        answer.apply(event)
    from kimi_ui.events import ToolCallArgsDelta

    answer.apply(ToolCallArgsDelta(0, '{"agents": [{"title": "A", "task": "do a"}, {"title": "B", "ta'))
    (part,) = render.answer_item(answer, "m")["parts"]
    assert part["type"] == "swarm" and part["lanes"] == []
    assert part["summary"] == "Kimi is writing the agents' tasks: 1 so far…"
    swarm = _swarm_answer()
    assert render.swarm_part(swarm.calls[0])["lanes"][1]["preview"].startswith("waiting for a free place")
    assert "one after another" not in render.swarm_part(swarm.calls[0])["summary"]  # (not while one waits)
    one = swarm.agents[0]
    one.answer.rounds[-1].content += " and a good deal more text than forty tokens would ever hold" * 5
    assert one.tokens == 40  # ended: the server's count, not its length
