"""--public-demo with a workspace: anonymous visitors get the read-only workspace tools (they read the
server's files) only when `demo_workspace_tools` is on. Off, they are neither offered to the model nor
run, whatever the caller asks for in `tools`. The served app, the simulated backend and gradio_client."""

from __future__ import annotations

import json
import logging
import uuid

import httpx
import pytest
from gradio_client import Client

from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.integration
WORKSPACE_TOOLS = {"search_code", "read_file", "list_files"}


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    (root / "notes.txt").write_text("the owner's private plans: TOP SECRET\n", encoding="utf-8")
    return root


def demo_settings(tmp_path, workspace, **changes):
    return make_settings(tmp_path / "data", host="0.0.0.0", public_demo=True, workspace=str(workspace),
                         default_backend="Simulated vLLM", **changes)


def visitor(url: str) -> Client:
    cookie = httpx.get(url).cookies.get("kimi_demo")
    assert cookie, "the demo gives every browser an identity cookie"
    return Client(url, verbose=False, headers={"Cookie": f"kimi_demo={cookie}"})


def ask_for_the_file(client: Client) -> tuple[str, dict]:
    marker = f"[ws-{uuid.uuid4().hex[:8]}]"
    result = client.predict(f'{marker}\ncall read_file {{"path": "notes.txt"}}', None, "", "instant", "",
                            ["read_file", "list_files", "calculator"], api_name="/chat")
    return marker, result


def offered(sim_requests, marker: str) -> set[str]:
    bodies = [r["body"] for r in sim_requests() if marker in str(r["body"]["messages"])]
    assert bodies, "the backend got the turn"
    return {t["function"]["name"] for body in bodies for t in body.get("tools") or []}


def test_a_demo_visitor_can_neither_be_offered_nor_run_the_workspace_tools(sim, sim_requests, tmp_path, workspace):
    with serve(demo_settings(tmp_path, workspace), sim_backends(sim.url)) as served:
        client = visitor(served.url)
        marker, result = ask_for_the_file(client)  # the model calls read_file though it was not offered
        client.close()
    assert result["status"] == "done", result
    assert "TOP SECRET" not in json.dumps(result)
    (call,) = result["tool_calls"]
    assert call["name"] == "read_file" and call["status"] == "error" and "not enabled" in call["result"]
    assert offered(sim_requests, marker) == {"calculator"}
    assert any(n["code"] == "tools_unavailable" and "read_file" in n["message"] for n in result["notices"])


def test_the_setting_gives_demo_visitors_the_workspace_tools(sim, sim_requests, tmp_path, workspace):
    with serve(demo_settings(tmp_path, workspace, demo_workspace_tools=True), sim_backends(sim.url)) as served:
        client = visitor(served.url)
        marker, result = ask_for_the_file(client)
        client.close()
    (call,) = result["tool_calls"]
    assert call["status"] == "done" and "TOP SECRET" in call["result"]
    assert offered(sim_requests, marker) == {"read_file", "list_files", "calculator"}
    assert not result["notices"]


def test_tools_for_tells_the_picker_what_each_user_may_use(sim, tmp_path, workspace):
    with serve(demo_settings(tmp_path, workspace), sim_backends(sim.url)) as served:
        turns = served.ctx.turns
        visitor_tools = {t.name for t in turns.tools_for("demo-0123456789abcdef")}
        member_tools = {t.name for t in turns.tools_for("alice")}
        local_tools = {t.name for t in turns.tools_for(None)}
        chosen = turns.enabled_tools(["read_file", "calculator"], user_name="demo-0123456789abcdef")
    assert visitor_tools == {"calculator", "current_time"}
    assert WORKSPACE_TOOLS <= member_tools and WORKSPACE_TOOLS <= local_tools  # signed-in users keep them
    assert chosen == ["calculator"]


@pytest.mark.parametrize("enabled", [False, True])
def test_the_start_up_log_says_once_whether_visitors_get_the_workspace_tools(sim, tmp_path, workspace, caplog,
                                                                              enabled):
    caplog.set_level(logging.INFO)
    with serve(demo_settings(tmp_path, workspace, demo_workspace_tools=enabled), sim_backends(sim.url)):
        pass
    said = [r for r in caplog.records if "workspace tools" in r.getMessage() and "public demo" in r.getMessage()]
    assert len(said) == 1, [r.getMessage() for r in said]
    message = said[0].getMessage()
    assert ("may use" in message and said[0].levelno == logging.WARNING) if enabled else "are off" in message


@pytest.mark.parametrize("allowed", [False, True])
def test_a_demo_visitor_gets_moonshots_billed_web_search_only_when_the_operator_allows(
        sim, sim_requests, tmp_path, workspace, allowed):
    """Each search is billed to the backend's account: visitors may not turn it on unless demo_web_search
    says so; then it starts off, and a visitor who turns it on gets it."""
    with serve(demo_settings(tmp_path, workspace, demo_web_search=allowed), sim_backends(sim.url)) as served:
        client = visitor(served.url)
        marker = f"[ws-{uuid.uuid4().hex[:8]}]"
        default = client.predict(f"{marker} search the news", None, "Simulated Moonshot API", "instant", "", None,
                                 api_name="/chat")
        asked = client.predict(f"{marker} search the latest", None, "Simulated Moonshot API", "instant", "",
                               ["$web_search"], api_name="/chat")
        client.close()
    assert default["tool_calls"] == []  # off by default in a public demo, either way
    if allowed:
        assert asked["tool_calls"][0]["name"] == "$web_search" and asked["usage"]["searches"] == 1
    else:
        assert asked["tool_calls"] == [] and "$web_search" not in offered(sim_requests, marker)
        assert [n["code"] for n in asked["notices"]] == ["tools_unavailable"]
