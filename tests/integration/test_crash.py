"""Durability of the real app process (`python app.py` as a child): kill -9 in the middle of an answer, a dead
backend, a 500, a stream cut off. What was written stays: the user's message always, the partial answer up to
its last checkpoint (marked 'interrupted' at the next start), and the conversation goes on after a restart.
Runs on a SQLite file and on the real PostgreSQL server."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from kimi_ui.config import BackendConfig
from tests.support.processes import AppProcess, free_port, query, running, wait_for, write_config
from tests.support.serving import sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
DOWN = "Office vLLM (down)"


def tag() -> str:
    return f"[crash-{uuid.uuid4().hex[:10]}]"


def app_process(tmp_path: Path, sim, database_url: str, name: str = "app") -> AppProcess:
    """The app on `database_url`, with the simulated vLLM and a backend nobody listens on."""
    down = BackendConfig(name=DOWN, kind="vllm", base_url=f"http://127.0.0.1:{free_port()}/v1",
                         model="moonshotai/Kimi-K2.5")
    backends = [b for b in sim_backends(sim.url) if b.name == VLLM] + [down]
    config = tmp_path / "kimi.toml"
    if not config.exists():  # the restarted app must get the very same backends
        write_config(config, backends, retry_base_delay=0.05, connect_timeout=1.0, probe_interval=0.5)
    return AppProcess(tmp_path, data_dir=tmp_path / "data", config=config, database_url=database_url,
                      default_backend=VLLM, name=name)


def rows_of(database_url: str, conversation_id: str) -> list[tuple]:
    return query(database_url, "SELECT role, content, status FROM messages WHERE conversation_id = ? ORDER BY seq",
                 (conversation_id,))


def answer_to(database_url: str, text: str) -> tuple | None:
    """(conversation_id, answer content, answer status) of the answer following the user message `text`."""
    found = query(database_url, "SELECT a.conversation_id, a.content, a.status FROM messages a JOIN messages u "
                  "ON u.conversation_id = a.conversation_id AND a.seq = u.seq + 1 "
                  "WHERE u.role = 'user' AND u.content = ? AND a.role = 'assistant'", (text,))
    return found[0] if found else None


def checkpoint_with_text(database_url: str, text: str) -> tuple | None:
    found = answer_to(database_url, text)
    return found if found and found[1] else None


def requests_with(sim_requests, marker: str) -> list[dict]:
    return [e for e in sim_requests() if marker in json.dumps(e["body"]["messages"], ensure_ascii=False)]


def test_kill_9_mid_answer_keeps_the_partial_answer_and_continue_goes_on(sim, sim_requests, tmp_path, database_url):
    text = f"{tag()} tell me a long story #sim rate=25 tokens=600"
    app = app_process(tmp_path, sim, database_url, "first")
    with running(app):
        app.client().submit(text, None, VLLM, "instant", "", api_name="/chat")
        # a checkpoint (written every CHECKPOINT_SECONDS while streaming) that already holds some text
        conversation_id, checkpointed, status = wait_for(lambda: checkpoint_with_text(database_url, text),
                                                         timeout=60, what="a checkpoint with partial content")
        assert status == "streaming"
        app.kill()
    (entry,) = requests_with(sim_requests, text)
    assert not entry["completed"]  # it really died mid-answer

    restarted = app_process(tmp_path, sim, database_url, "restarted")
    with running(restarted):
        # SQLite (one process) marks it at start; on PostgreSQL the dead process's lease lapses first (<= 10 s)
        (user, answer) = wait_for(lambda: (rows := rows_of(database_url, conversation_id))[1][2] == "interrupted"
                                  and rows, timeout=20, what="the answer marked interrupted")
        assert user == ("user", text, "done")
        assert answer[0] == "assistant" and answer[2] == "interrupted"
        assert answer[1].startswith(checkpointed)  # at least what the last checkpoint seen had
        partial = answer[1]
        assert "Simulated answer".startswith(partial[:16])

        # Continue (the page's button, a script's /continue): the interrupted answer goes on in place
        result = restarted.client().predict(answer_id(database_url, conversation_id), VLLM, "instant",
                                            api_name="/continue")
    assert result["status"] == "done" and result["conversation_id"] == conversation_id, result
    assert result["content"].startswith(partial) and "messages: 2" in result["content"]  # the uncut answer's words
    (body,) = [e["body"] for e in requests_with(sim_requests, text) if e["seq"] != entry["seq"]]
    assert [(m["role"], m["content"]) for m in body["messages"][1:]] == [("user", text), ("assistant", partial)]
    assert body["continue_final_message"] is True and body["add_generation_prompt"] is False
    assert [(r[0], r[2]) for r in rows_of(database_url, conversation_id)] == [("user", "done"), ("assistant", "done")]


def answer_id(database_url: str, conversation_id: str) -> str:
    ((found,),) = query(database_url, "SELECT id FROM messages WHERE conversation_id = ? AND role = 'assistant'",
                        (conversation_id,))
    return found


def test_failing_backends_and_a_kill_never_lose_the_users_message(sim, sim_requests, tmp_path, database_url):
    """A backend that is down, a 500, a stream cut off mid-answer, and a kill -9 while the backend has not sent
    a token yet: every user message is in the database after a restart, each answer marked for what happened."""
    marker = tag()
    down, failing, cut, stalled = (f"{marker} {what}" for what in ("anyone there?", "#sim status=500",
                                                                   "#sim cut=5", "#sim stall=60"))
    app = app_process(tmp_path, sim, database_url, "first")
    with running(app):
        results = {text: app.chat(text, backend=backend)
                   for text, backend in ((down, DOWN), (failing, VLLM), (cut, VLLM))}
        app.client().submit(stalled, None, VLLM, "instant", "", api_name="/chat")
        wait_for(lambda: requests_with(sim_requests, stalled), timeout=60, what="the stalled request")
        app.kill()
    assert (results[down]["status"], results[down]["error"]["code"]) == ("error", "unreachable")
    assert (results[failing]["status"], results[failing]["error"]["code"]) == ("error", "server_error")
    assert results[cut]["status"] == "interrupted" and results[cut]["content"]

    with running(app_process(tmp_path, sim, database_url, "restarted")):
        wait_for(lambda: answer_to(database_url, stalled)[2] == "interrupted", timeout=20,
                 what="the stalled answer marked interrupted (a lapsed lease on PostgreSQL)")
        after = {text: answer_to(database_url, text) for text in (down, failing, cut, stalled)}
        users = query(database_url, "SELECT content FROM messages WHERE role = 'user' AND content LIKE ?",
                      (f"{marker}%",))
    assert sorted(u[0] for u in users) == sorted((down, failing, cut, stalled))
    assert after[down][2] == "error" and after[failing][2] == "error"
    assert after[cut][1:] == (results[cut]["content"], "interrupted")
    assert after[stalled][2] == "interrupted"  # killed while the backend stalled: kept and marked
    assert "Simulated answer".startswith(after[stalled][1])  # empty, or the one token checkpointed
    for text in (down, failing, cut):
        assert after[text][0] == results[text]["conversation_id"]
