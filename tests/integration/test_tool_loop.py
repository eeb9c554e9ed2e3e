"""The tool loop end to end: Turns.run over real HTTP to the simulated backend, real tools, real SQLite."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest

from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.config import BackendConfig
from kimi_ui.events import Notice
from kimi_ui.answer import Answer
from kimi_ui.tools.builtins import builtin_tools
from kimi_ui.tools.registry import Registry, Tool, ToolError
from kimi_ui.turns import TurnInput, Turns
from tests.support.turns import TurnHarness

pytestmark = pytest.mark.integration
VLLM, MOONSHOT, NOPARSER = "Simulated vLLM", "Simulated Moonshot API", "Simulated server without reasoning parser"


async def _slow(args):
    await asyncio.sleep(30)
    return "never"


async def _boom(args):
    raise RuntimeError("the disk is on fire")


async def _fail(args):
    raise ToolError("no such record")


async def _leaky(args):
    raise RuntimeError("POST http://bob:S3cretPassw0rd@tools.internal/run failed")


def registry(workspace) -> Registry:
    tools = Registry()
    for tool in builtin_tools(workspace):
        tools.add(tool)
    schema = {"type": "object", "properties": {}}
    tools.add(Tool("slow", "Sleeps.", schema, _slow, timeout=0.5))
    tools.add(Tool("boom", "Raises.", schema, _boom))
    tools.add(Tool("fail", "Fails politely.", schema, _fail))
    tools.add(Tool("leaky", "Fails naming a URL with credentials.", schema, _leaky))
    return tools


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "project"
    (root / "src").mkdir(parents=True)
    (root / "src" / "auth.py").write_text("def login(user):\n    return check_password(user)\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    return root


@pytest.fixture
def harness(tmp_path, sim):
    return TurnHarness.create(tmp_path / "data", sim.url, max_tool_rounds=3)


def run(harness, workspace, text, *, backend=VLLM, mode="thinking", tools=None, conversation_id=None, configs=None):
    async def go():
        backends = Backends([Backend(c, read_timeout=30) for c in configs or harness.configs])
        turns = Turns(harness.db, backends, harness.settings, registry(workspace))
        names = tools if tools is not None else ("search_code", "read_file", "calculator", "slow", "boom", "fail")
        snapshot, events = Answer(), []
        async for event in turns.run(owner_id=harness.owner_id, turn=TurnInput(
                text=text, backend=backend, mode=mode, tools=tuple(names), conversation_id=conversation_id)):
            snapshot.apply(event)
            events.append(event)
        await backends.close()
        return snapshot, events

    return asyncio.run(go())


def tag() -> str:
    return f"[tool-{uuid.uuid4().hex[:8]}]"


def test_search_code_in_thinking_mode_feeds_the_final_answer(harness, workspace, sim_requests):
    marker = tag()
    text = f'{marker} where is login?\ncall search_code {{"query": "def login"}}'
    snapshot, _ = run(harness, workspace, text)
    assert snapshot.status == "done", snapshot.error
    (call,) = snapshot.tool_calls
    assert call.name == "search_code" and call.status == "done" and call.duration_ms is not None
    assert "src/auth.py:1" in call.result
    assert "tool results: 1" in snapshot.content and "src/auth.py:1" in snapshot.content  # the answer used it
    second = [r["body"] for r in sim_requests() if marker in str(r["body"]["messages"])][-1]
    assistant, result = second["messages"][-2], second["messages"][-1]
    assert assistant["tool_calls"][0]["id"] == result["tool_call_id"] == "functions.search_code:0"
    assert assistant.get("reasoning")  # vLLM gets this round's reasoning back under `reasoning`


def test_two_parallel_calls_and_a_chain_over_rounds(harness, workspace):
    text = (f'{tag()}\ncall calculator {{"expression": "6*7"}} & call calculator {{"expression": "2**10"}}\n'
            f'call read_file {{"path": "src/auth.py"}}')
    snapshot, _ = run(harness, workspace, text, mode="instant")
    assert snapshot.status == "done", snapshot.error
    assert [(c["name"], c["round"], c["status"]) for c in snapshot.call_dicts()] == [
        ("calculator", 0, "done"), ("calculator", 0, "done"), ("read_file", 1, "done")]
    assert {c.result for c in snapshot.tool_calls[:2]} == {"42", "1024"}
    assert "check_password" in snapshot.tool_calls[2].result


@pytest.mark.parametrize(("line", "expected_status", "expected_text"), [
    ('call no_such_tool {"x": 1}', "error", "no tool called"),
    ("call calculator {expression: 2}", "error", "not valid JSON"),
    ("call boom {}", "error", "RuntimeError: the disk is on fire"),
    ("call fail {}", "error", "no such record"),
    ("call slow {}", "timeout", "did not finish"),
])
def test_tool_failures_are_results_the_model_reads(harness, workspace, line, expected_status, expected_text):
    snapshot, _ = run(harness, workspace, f"{tag()}\n{line}", mode="instant")
    assert snapshot.status == "done", snapshot.error
    (call,) = snapshot.tool_calls
    assert call.status == expected_status and expected_text in call.result
    assert expected_text in snapshot.content  # sent back to the model, which answered


def test_the_round_limit_stops_the_loop_and_says_so(harness, workspace):
    lines = "\n".join('call calculator {"expression": "1+1"}' for _ in range(5))
    snapshot, events = run(harness, workspace, f"{tag()}\n{lines}", mode="instant")
    assert snapshot.status == "round_limit"
    assert any(isinstance(e, Notice) and e.code == "round_limit" for e in events)


def test_moonshot_gets_each_rounds_reasoning_back(harness, workspace):
    snapshot, _ = run(harness, workspace, f'{tag()}\ncall calculator {{"expression": "3*3"}}', backend=MOONSHOT)
    assert snapshot.status == "done", snapshot.error  # the simulated Moonshot refuses tool turns without it


def test_raw_markup_from_a_server_without_parser_is_parsed_and_run(harness, workspace):
    snapshot, events = run(harness, workspace, f'{tag()}\ncall calculator {{"expression": "5*5"}}', backend=NOPARSER)
    assert snapshot.status == "done", snapshot.error
    assert [c.result for c in snapshot.tool_calls] == ["25"]
    assert any(isinstance(e, Notice) and "--tool-call-parser kimi_k2" in e.message for e in events)


def test_vllm_without_auto_tool_choice_answers_without_tools_once_hinted(harness, workspace, sim):
    noauto = BackendConfig(name="noauto", kind="vllm", base_url=sim.base_url("vllm-noauto"),
                           model="moonshotai/Kimi-K2.5")
    snapshot, events = run(harness, workspace, f"{tag()} hello", backend="noauto", configs=[noauto])
    assert snapshot.status == "done", snapshot.error
    notice = next(e for e in events if isinstance(e, Notice) and e.code == "tool_parser")
    assert "--enable-auto-tool-choice" in notice.message


def test_stop_during_a_tool_cancels_it_and_keeps_the_turn(harness, workspace):
    async def go():
        backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
        tools = registry(workspace)
        tools.add(Tool("slow", "Sleeps.", {"type": "object"}, _slow, timeout=60))
        turns = Turns(harness.db, backends, harness.settings, tools)
        snapshot = Answer()
        stream = turns.run(owner_id=harness.owner_id, turn=TurnInput(
            text=f"{tag()}\ncall slow {{}}", backend=VLLM, mode="instant", tools=("slow",)))
        async for event in stream:
            snapshot.apply(event)
            if snapshot.tool_calls and snapshot.tool_calls[0].status == "running":
                break
        await stream.aclose()
        await backends.close()
        return snapshot

    snapshot = asyncio.run(asyncio.wait_for(go(), 10))
    (row,) = [m for m in harness.messages(snapshot.conversation_id) if m.role == "assistant"]
    assert row.status == "cancelled" and row.rounds[0]["calls"][0]["status"] == "cancelled"


def test_no_path_outside_the_workspace_is_read_through_the_loop(harness, workspace):
    lines = " & ".join(f'call read_file {{"path": {json.dumps(p)}}}' for p in
                       ("../secret.txt", str(workspace.parent / "secret.txt"), "src/../../secret.txt"))
    snapshot, _ = run(harness, workspace, f"{tag()}\n{lines}", mode="instant")
    assert [c.status for c in snapshot.tool_calls] == ["error"] * 3
    assert "TOP SECRET" not in snapshot.content and all("outside" in c.result for c in snapshot.tool_calls)


def test_tool_calls_survive_and_replay_in_the_next_turn(harness, workspace, sim_requests):
    first, _ = run(harness, workspace, f'{tag()}\ncall calculator {{"expression": "7*6"}}', mode="instant")
    follow = tag()
    run(harness, workspace, follow, mode="instant", conversation_id=first.conversation_id)
    body = [r["body"] for r in sim_requests() if follow in str(r["body"]["messages"][-1])][-1]
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user"]
    assert body["messages"][3]["content"] == "42" and body["messages"][2]["tool_calls"][0]["id"] == "functions.calculator:0"
    (row,) = [m for m in harness.messages(first.conversation_id) if m.role == "assistant"][:1]
    (call,) = row.rounds[0]["calls"]
    assert call["result"] == "42" and call["duration_ms"] is not None and row.tool_count == 1


def test_the_model_calls_an_mcp_servers_tool_through_the_loop(harness, workspace):
    from kimi_ui.config import McpServerSettings
    from kimi_ui.tools.mcp_client import McpManager
    from tests.support.mcp_servers import ENV, stdio_command

    async def go():
        tools = registry(workspace)
        manager = McpManager([McpServerSettings(name="notes", command=stdio_command("echo"), env=ENV)], tools)
        manager.start()
        try:
            assert await manager.wait_settled(15)
            (status,) = manager.statuses()
            assert status.state == "connected", status
            backends = Backends([Backend(c, read_timeout=30) for c in harness.configs])
            turns = Turns(harness.db, backends, harness.settings, tools)
            snapshot = Answer()
            async for event in turns.run(owner_id=harness.owner_id, turn=TurnInput(
                    text=f'{tag()}\ncall notes__echo {{"text": "hello from MCP"}}', backend=VLLM, mode="instant",
                    tools=("notes__echo",))):
                snapshot.apply(event)
            await backends.close()
            return snapshot
        finally:
            await manager.stop()

    snapshot = asyncio.run(go())
    (call,) = snapshot.tool_calls
    assert call.status == "done" and "hello from MCP" in call.result
    assert "hello from MCP" in snapshot.content


def test_moonshot_thinking_follow_up_after_a_tool_turn_works(harness, workspace, sim_requests):
    first, _ = run(harness, workspace, f'{tag()}\ncall calculator {{"expression": "6*7"}}', backend=MOONSHOT)
    assert first.status == "done", first.error
    follow = tag()
    second, _ = run(harness, workspace, f"{follow} and what was it?", backend=MOONSHOT,
                    conversation_id=first.conversation_id)
    assert second.status == "done", second.error  # every tool-call message carried its reasoning_content
    body = [r["body"] for r in sim_requests() if follow in str(r["body"]["messages"][-1])][-1]
    (earlier,) = [m for m in body["messages"] if m.get("tool_calls")]
    assert earlier["reasoning_content"]


def test_a_tool_the_user_did_not_enable_does_not_run(harness, workspace):
    snapshot, _ = run(harness, workspace, f'{tag()}\ncall read_file {{"path": "src/auth.py"}}', mode="instant",
                      tools=("calculator",))
    (call,) = snapshot.tool_calls
    assert call.status == "error" and "not enabled" in call.result
    assert "check_password" not in snapshot.content


def test_a_tool_error_naming_a_url_with_credentials_is_redacted(harness, workspace, caplog):
    snapshot, _ = run(harness, workspace, f"{tag()}\ncall leaky {{}}", mode="instant", tools=("leaky",))
    (call,) = snapshot.tool_calls
    assert call.status == "error" and "tools.internal/run" in call.result
    assert "S3cretPassw0rd" not in call.result + snapshot.content + caplog.text
