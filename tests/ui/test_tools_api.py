"""Done-means of the tools issue through the served app and /chat: search_code over a real folder in
thinking mode, its duration and result in the answer, and the whole exchange after a restart."""

from __future__ import annotations

import httpx
import pytest
from gradio_client import Client

from kimi_ui.storage import store
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


def test_search_code_turn_survives_a_restart_and_nothing_outside_is_read(sim, tmp_path):
    workspace = tmp_path / "repo"
    workspace.mkdir()
    (workspace / "auth.py").write_text("def login(user):\n    return verify(user)\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    settings = make_settings(tmp_path / "data", default_backend="Simulated vLLM", workspace=str(workspace))
    message = ('Where is login?\ncall search_code {"query": "def login"}\n'
               'call read_file {"path": "../secret.txt"} & call list_files {"glob": "../*"}')
    with serve(settings, sim_backends(sim.url)) as served:
        client = Client(served.url, verbose=False)
        result = client.predict(message, None, "", "thinking", "", ["search_code", "read_file", "list_files"],
                                api_name="/chat")
        client.close()
        assert result["status"] == "done" and result["reasoning"], result["error"]
        search, read, listing = result["tool_calls"]
        assert search["status"] == "done" and search["duration_ms"] is not None and "auth.py:1" in search["result"]
        assert read["status"] == listing["status"] == "error" and "outside" in read["result"]
        assert "auth.py:1" in result["content"] and "TOP SECRET" not in str(result)
    with serve(settings, sim_backends(sim.url)) as served:
        owner = served.ctx.owner_id(None)
        with served.ctx.db.session() as session:
            rows = store.list_messages(session, owner_id=owner, conversation_id=result["conversation_id"])
        answer = rows[-1]
        calls = [c for r in answer.rounds for c in r["calls"]]
        assert [c["name"] for c in calls] == ["search_code", "read_file", "list_files"]
        assert calls[0]["duration_ms"] is not None and answer.reasoning and answer.tool_count == 3
        log = httpx.get(f"{served.url}tool-log/{result['conversation_id']}.json").json()
        assert [entry["tool"] for entry in log["tool_calls"]] == ["search_code", "read_file", "list_files"]
        assert httpx.get(f"{served.url}tool-log/{'0' * 32}.json").status_code == 404
