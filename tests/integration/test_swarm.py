"""Swarm mode end to end: Turns.run over real HTTP to the simulated backend (each dialect's own tool-call format),
the app's real tools, a real SQLite file; the sub-agents' transcripts as stored, exported and imported."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from dataclasses import replace

import pytest

from kimi_ui.answer import Answer
from kimi_ui.auth import RESERVED_PREFIX
from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.events import AgentEvent, AgentsPlanned, ToolResult
from kimi_ui.storage import store
from kimi_ui.storage.export import export_conversation, to_markdown
from kimi_ui.storage.history import tool_log_entries
from kimi_ui.storage.importing import ImportProblem, import_data
from kimi_ui.tools.builtins import builtin_tools
from kimi_ui.tools.registry import Registry
from kimi_ui.turns import TurnInput, Turns
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM, LLAMA, MOONSHOT = "Simulated vLLM", "Simulated llama.cpp", "Simulated Moonshot API"


def tag() -> str:
    return uuid.uuid4().hex[:8]  # the simulator's `#sim times=` counts per message: keep each test's own


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url)


def _turns(harness: TurnHarness, settings=None) -> tuple[Turns, Backends]:
    backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
    tools = Registry()
    for tool in builtin_tools(None):
        tools.add(tool)
    return Turns(harness.db, backends, settings or harness.settings, tools), backends


def run(harness: TurnHarness, text: str, *, backend: str = VLLM, settings=None, owner_id: str | None = None,
        mode: str = "swarm") -> tuple[Answer, list]:
    async def go():
        turns, backends = _turns(harness, settings)
        answer, events = Answer(), []
        async for event in turns.run(owner_id=owner_id or harness.owner_id,
                                     turn=TurnInput(text=text, mode=mode, backend=backend), answer=answer):
            events.append(event)
        await backends.close()
        return answer, events

    return asyncio.run(go())


async def stopped_when(turns: Turns, harness: TurnHarness, text: str, until) -> Answer:
    """A swarm turn stopped once `until(answer)` holds: its generator closed, as a job's task is cancelled."""
    answer = Answer()
    events = turns.run(owner_id=harness.owner_id, answer=answer, turn=TurnInput(text=text, mode="swarm", backend=VLLM))
    async with contextlib.aclosing(events):
        async for _ in events:
            if until(answer):
                break
    return answer


def peak_running(events: list) -> int:
    """The most sub-agents running at once, from the statuses the swarm reported."""
    running: set = set()
    peak = 0
    for event in events:
        if isinstance(event, AgentEvent) and event.status:
            key = (event.call_id, event.index)
            (running.add if event.status == "running" else running.discard)(key)
            peak = max(peak, len(running))
    return peak


def orchestrator_requests(sim_requests, marker: str) -> list[dict]:
    """The simulator's log of the orchestrator's requests (the ones offering start_agents) for this test."""
    found = []
    for entry in sim_requests():
        body = entry.get("body") or {}
        names = [t.get("function", {}).get("name") for t in body.get("tools") or []]
        users = [m for m in body.get("messages") or [] if m.get("role") == "user"]
        if "start_agents" in names and users and marker in json.dumps(users[-1]):
            found.append(body)
    return found


@pytest.mark.parametrize("backend", [VLLM, LLAMA, MOONSHOT])
def test_a_swarm_runs_its_agents_and_the_orchestrator_answers_from_their_results(harness, sim_requests, backend):
    marker = tag()
    answer, events = run(harness, f"{marker} #sim swarm=3 swarm_calls=2\nCompare three databases", backend=backend)
    assert answer.status == "done", answer.error
    assert [a.status for a in answer.agents] == ["done", "done", "done"]
    assert [a.title for a in answer.agents] == [f"Part {n} of the question" for n in (1, 2, 3)]
    for number, agent in enumerate(answer.agents, 1):
        calls = agent.answer.calls  # each agent's own tool loop: two rounds of the real calculator
        assert [(c.name, c.status, c.result) for c in calls] == [
            ("calculator", "done", str(number * 7)), ("calculator", "done", str(number * 8))]
        assert agent.answer.reasoning and "Simulated answer" in agent.answer.content
        assert agent.tokens > 0 and agent.seconds is not None
    start = answer.calls[0]
    assert start.name == "start_agents" and start.status == "done"
    assert start.result.startswith("3 agents ran: 3 done.")
    # the orchestrator's next request carried the agents' answers as the call's result, and it answered
    last = orchestrator_requests(sim_requests, marker)[-1]
    sent = [m for m in last["messages"] if m.get("role") == "tool"]
    assert len(sent) == 1 and "## Agent 2: Part 2 of the question (done)" in json.dumps(sent[0])
    assert "tool results: 1" in answer.content
    # the orchestrator thinks, and is told how to split a task
    assert "Swarm mode: you can start sub-agents" in json.dumps(last["messages"][0])
    # stored with the answer, typed like it, and read back the same
    stored = Answer.from_row(harness.messages(answer.conversation_id)[-1])
    assert [a.to_record() for a in stored.agents] == [a.to_record() for a in answer.agents]
    assert stored.to_api()["agents"][0]["tool_calls"][0]["result"] == "7"


def test_a_failing_agent_is_failed_and_the_orchestrator_reads_its_error(harness):
    answer, _ = run(harness, f"{tag()} #sim swarm=3 swarm_fail=2\nCheck three things")
    assert answer.status == "done"
    assert [a.status for a in answer.agents] == ["done", "failed", "done"]
    failed = answer.agents[1]
    assert failed.answer.error is not None and "500" in failed.answer.error.message
    result = answer.calls[0].result
    assert "2 done, 1 failed or stopped" in result
    assert "## Agent 2: Part 2 of the question (failed)" in result and "Error: " in result
    assert "tool results: 1" in answer.content  # it answered anyway


def test_a_sub_agent_cannot_start_agents(harness):
    answer, _ = run(harness, f"{tag()} #sim swarm=2 swarm_nest=1\nTwo parts")
    nested = [c for c in answer.agents[0].answer.calls if c.name == "start_agents"]
    assert len(nested) == 1 and nested[0].status == "error"
    assert "a sub-agent cannot start agents" in nested[0].result
    assert nested[0].agents is None  # nothing was started
    assert [a.status for a in answer.agents] == ["done", "done"]
    # and it was never offered the tool
    assert all("start_agents" not in (c.arguments or "") or c.name == "start_agents"
               for a in answer.agents for c in a.answer.calls)


def test_start_agents_outside_swarm_mode_is_refused(harness):
    answer, _ = run(harness, f"{tag()}\ncall start_agents {{\"agents\": [{{\"title\": \"x\", \"task\": \"y\"}}]}}",
                    mode="thinking")
    call = answer.calls[0]
    assert call.name == "start_agents" and call.status == "error" and "Swarm mode only" in call.result
    assert answer.agents == []


def test_at_most_max_agents_start_over_all_waves(harness, tmp_path):
    settings = harness.settings.model_copy(update={"swarm_max_agents": 3})
    answer, _ = run(harness, f"{tag()} #sim swarm=2 swarm_waves=3\nMany parts", settings=settings)
    first, second, third = answer.calls
    assert len(first.agents) == 2 and len(second.agents) == 1  # the second wave gets what is left
    assert "Not started (1): this answer may start at most 3 agents: Part 4 of the question" in second.result
    assert third.status == "error" and "has started 3 agents, the most it may (3)" in third.result
    assert [a.id for a in answer.agents] == ["agent-1", "agent-2", "agent-3"]
    assert answer.status == "done"


def test_at_most_concurrency_agents_run_at_once(harness):
    settings = harness.settings.model_copy(update={"swarm_concurrency": 2})
    answer, events = run(harness, f"{tag()} #sim swarm=5 swarm_rate=400\nFive parts", settings=settings)
    assert [a.status for a in answer.agents] == ["done"] * 5
    assert peak_running(events) == 2


def test_the_allowance_per_user_holds_across_swarms(harness):
    """Two swarms of one user at once: together no more sub-agents run than the user's allowance; another user's
    swarm is not held back by them."""
    settings = harness.settings.model_copy(update={"swarm_agents_per_user": 3})

    async def go():
        turns, backends = _turns(harness, settings)
        with harness.db.session() as session:
            other = store.ensure_user(session, name="other-user").id
        all_events: list = []

        async def one(owner: str, text: str, n: int) -> None:
            async for event in turns.run(owner_id=owner, turn=TurnInput(text=text, mode="swarm", backend=VLLM)):
                all_events.append((owner, replace(event, call_id=f"{n}/{event.call_id}")
                                   if isinstance(event, AgentEvent) else event))  # (each swarm's agents apart)

        await asyncio.gather(one(harness.owner_id, f"{tag()} #sim swarm=4 swarm_rate=300\na", 1),
                             one(harness.owner_id, f"{tag()} #sim swarm=4 swarm_rate=300\nb", 2),
                             one(other, f"{tag()} #sim swarm=4 swarm_rate=300\nc", 3))
        await backends.close()
        return all_events

    events = asyncio.run(go())
    mine = [e for owner, e in events if owner == harness.owner_id]
    theirs = [e for owner, e in events if owner != harness.owner_id]
    assert peak_running(mine) == 3  # 8 agents of two swarms, 3 at a time
    assert peak_running(theirs) == 3  # the other user's swarm: their own 3 at once...
    assert peak_running([e for _, e in events]) == 6  # ...at the same time as this user's 3
    assert sum(1 for e in mine if isinstance(e, AgentEvent) and e.status == "done") == 8


def test_the_token_budget_stops_the_swarm(harness):
    settings = harness.settings.model_copy(update={"swarm_token_budget": 1000})
    answer, _ = run(harness, f"{tag()} #sim swarm=3 swarm_tokens=3000 swarm_rate=2000\nLong parts", settings=settings)
    statuses = [a.status for a in answer.agents]
    assert "stopped" in statuses and "running" not in statuses and "queued" not in statuses
    stopped = [a for a in answer.agents if a.status == "stopped"]
    assert any(n.code == "swarm_budget" for a in stopped for n in a.answer.notices)
    assert "token budget (1,000) was spent" in answer.calls[0].result
    assert answer.status == "done"  # the orchestrator answered with what there was


def test_an_agent_past_its_time_fails(harness):
    settings = harness.settings.model_copy(update={"swarm_agent_seconds": 0.5})
    answer, _ = run(harness, f"{tag()} #sim swarm=1 swarm_tokens=400 swarm_rate=50\nSlow", settings=settings)
    agent = answer.agents[0]
    assert agent.status == "failed" and agent.answer.error.code == "agent_timeout"
    assert "took longer than 0.5 s" in answer.calls[0].result


def test_stop_mid_swarm_stops_every_agent_and_keeps_what_they_wrote(harness):
    async def go():
        turns, backends = _turns(harness)
        answer = await stopped_when(turns, harness, f"{tag()} #sim swarm=6 swarm_tokens=2000 swarm_rate=100\nSix",
                                    lambda a: sum(1 for x in a.agents if x.status == "running" and x.answer.content) >= 2)
        await backends.close()
        return answer

    answer = asyncio.run(go())
    assert answer.status == "cancelled"
    assert {a.status for a in answer.agents} == {"stopped"}
    assert sum(1 for a in answer.agents if a.answer.content) >= 2  # partial texts kept
    stored = Answer.from_row(harness.messages(answer.conversation_id)[-1])
    assert stored.status == "cancelled" and {a.status for a in stored.agents} == {"stopped"}
    assert [a.answer.content for a in stored.agents] == [a.answer.content for a in answer.agents]


def test_swarm_mode_is_refused_where_it_is_off(harness):
    settings = harness.settings.model_copy(update={"swarm": False})
    answer, events = run(harness, "hello", settings=settings)
    assert answer.status == "error" and answer.error.code == "swarm_off"
    assert not any(isinstance(e, (AgentsPlanned, ToolResult)) for e in events)


def test_a_public_demo_visitor_gets_swarm_only_with_demo_swarm(harness):
    with harness.db.session() as session:
        visitor = store.ensure_user(session, name=RESERVED_PREFIX + tag()).id
    demo = harness.settings.model_copy(update={"public_demo": True})
    answer, _ = run(harness, "hello", settings=demo, owner_id=visitor)
    assert answer.error is not None and answer.error.code == "swarm_off"
    allowed = demo.model_copy(update={"demo_swarm": True})
    answer, _ = run(harness, f"{tag()} #sim swarm=1\nhello", settings=allowed, owner_id=visitor)
    assert answer.status == "done" and [a.status for a in answer.agents] == ["done"]


def test_a_backend_without_tools_is_refused_with_the_reason(harness, tmp_path, sim):
    harness.configs = [c.model_copy(update={"tools": False}) if c.name == VLLM else c for c in harness.configs]
    answer, _ = run(harness, "hello")
    assert answer.error is not None and answer.error.code == "swarm_no_tools" and VLLM in answer.error.message


def test_agents_are_exported_logged_and_imported_back(harness, tmp_path):
    answer, _ = run(harness, f"{tag()} #sim swarm=2 swarm_fail=2\nTwo parts")
    with harness.db.session() as session:
        exported = export_conversation(session, owner_id=harness.owner_id, conversation_id=answer.conversation_id,
                                       attachments_root=tmp_path, embed=False)
        rows = store.tool_call_rows(session, owner_id=harness.owner_id, conversation_id=answer.conversation_id)
    last = exported["messages"][-1]
    agents = last["rounds"][0]["calls"][0]["agents"]
    assert [a["status"] for a in agents] == ["done", "failed"] and agents[0]["rounds"][0]["calls"][0]["name"] == "calculator"
    markdown = to_markdown(exported)
    assert "Sub-agents: 2 (1 done, 1 failed)" in markdown
    assert "**1. Part 1 of the question** (done" in markdown and "**2. Part 2 of the question** (failed" in markdown
    entries = tool_log_entries(rows)
    assert [(e["tool"], (e["agent"] or {}).get("title")) for e in entries] == [
        ("start_agents", None), ("calculator", "Part 1 of the question")]
    # the export comes back in (under a new id), its agents with it
    with harness.db.session() as session:
        (imported,) = import_data(session, owner_id=harness.owner_id, data=exported, attachments_root=tmp_path)
        back = store.branch_messages(session, owner_id=harness.owner_id, conversation_id=imported)[-1]
    def kept(agent):  # (what they spent is not imported: it was counted where it was spent)
        return {k: v for k, v in agent.to_record().items() if k != "spent"}

    assert [kept(a) for a in Answer.from_row(back).agents] == [kept(a) for a in answer.agents]


def test_forged_agents_in_an_import_are_typed_or_refused(harness, tmp_path):
    answer, _ = run(harness, f"{tag()} #sim swarm=1\nOne part")
    with harness.db.session() as session:
        exported = export_conversation(session, owner_id=harness.owner_id, conversation_id=answer.conversation_id,
                                       attachments_root=tmp_path, embed=False)
    call = exported["messages"][-1]["rounds"][0]["calls"][0]
    call["agents"][0]["title"] = 7
    with harness.db.session() as session, pytest.raises(ImportProblem):  # a text that is no text: refused
        import_data(session, owner_id=harness.owner_id, data=exported, attachments_root=tmp_path)
    call["agents"][0].update(status="running", title="Part 1", tools="all", started_at="soon",
                             usage={"cost": 99.0, "currency": "USD"})
    call["agents"][0]["rounds"][0]["calls"] = [{"id": "x", "name": "start_agents", "agents": [{"title": "deep"}]}]
    with harness.db.session() as session:
        (imported,) = import_data(session, owner_id=harness.owner_id, data=exported, attachments_root=tmp_path)
        back = store.branch_messages(session, owner_id=harness.owner_id, conversation_id=imported)[-1]
    agent = Answer.from_row(back).agents[0]
    assert agent.status == "stopped"  # nobody runs an imported agent
    assert agent.title == "Part 1" and agent.tools == [] and agent.started_at is None
    assert agent.answer.calls[0].agents is None  # one level deep
    assert back.rounds[0]["calls"][0]["agents"][0]["usage"].get("cost") is None  # (paid elsewhere, if at all)
    call["agents"] = [{"title": "x", "task": "y"}] * 101
    with harness.db.session() as session, pytest.raises(ImportProblem):
        import_data(session, owner_id=harness.owner_id, data=exported, attachments_root=tmp_path)


def test_continue_after_a_stopped_swarm_keeps_its_agents_and_goes_on_from_them(harness, sim_requests):
    marker = tag()

    async def go():
        turns, backends = _turns(harness)
        answer = await stopped_when(turns, harness, f"{marker} #sim swarm=3 swarm_tokens=2000 swarm_rate=100\nThree",
                                    lambda a: any(x.answer.content for x in a.agents))
        went_on = Answer()
        async for _ in turns.run(owner_id=harness.owner_id, answer=went_on, turn=TurnInput(
                text="", mode="swarm", backend=VLLM, conversation_id=answer.conversation_id,
                continue_of=answer.message_id)):
            pass
        await backends.close()
        return answer, went_on

    stopped, went_on = asyncio.run(go())
    assert went_on.status == "done" and went_on.message_id == stopped.message_id
    start = went_on.calls[0]
    assert [a.status for a in start.agents] == ["stopped"] * 3  # still there, as they were
    assert start.status == "cancelled" and start.result.startswith("The swarm was stopped before it ended (3 agents)")
    wrote = [a for a in went_on.agents if a.answer.content]
    assert wrote and all(a.answer.content[:40] in start.result for a in wrote)
    assert "tool results: 1" in went_on.content  # the model went on from what the agents had written
    stored = Answer.from_row(harness.messages(stopped.conversation_id)[-1])
    assert [a.to_record() for a in stored.agents] == [a.to_record() for a in went_on.agents]


def test_concurrency_holds_for_the_answer_across_its_calls_of_one_round(harness):
    settings = harness.settings.model_copy(update={"swarm_concurrency": 2})
    wave = json.dumps({"agents": [{"title": f"t{n}", "task": f"task {n}"} for n in range(3)]})
    answer, events = run(harness, f"{tag()}\ncall start_agents {wave} & call start_agents {wave}", settings=settings)
    assert [len(c.agents or ()) for c in answer.calls] == [3, 3], [(c.id, c.status, c.result) for c in answer.calls]
    assert {a.status for a in answer.agents} == {"done"}
    assert peak_running(events) == 2  # two calls, one answer: 2 at once in all


def test_the_swarm_estimates_each_agent_call_s_prompt_itself(harness):
    """The budget counts prompts by the engine's own estimate too (a server may send no usage): about what the
    server counted, tool results included."""
    from kimi_ui.engine import EngineConfig
    from kimi_ui.events import ToolCallReady
    from kimi_ui.swarm import Swarm, SwarmLimits

    async def go():
        turns, backends = _turns(harness)
        backend = backends.choose(VLLM)
        swarm = Swarm(limits=SwarmLimits(), allowance=turns.allowance, user="u", backend=backend,
                      tools=turns.tools, available=["calculator"], config=EngineConfig())
        task = "Read this. " + "context " * 2000 + '\ncall calculator {"expression": "6*7"}'
        call = ToolCallReady(0, "functions.start_agents:0", "start_agents",
                             json.dumps({"agents": [{"title": "t", "task": task}]}))
        async for _ in swarm.run(call):
            pass
        await backends.close()
        return swarm

    swarm = asyncio.run(go())
    (answer,) = swarm.answers
    assert len(answer.rounds) == 2 and answer.spent[0] > 0  # two calls; the server's count of both prompts
    assert 0.5 * answer.spent[0] < swarm.prompts[0] < 2 * answer.spent[0], (swarm.prompts, answer.spent)
