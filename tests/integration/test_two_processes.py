"""Two app processes (`python app.py`) on one PostgreSQL database, as behind a load balancer: a conversation
written through one is read and continued through the other, and back again."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.support.processes import AppProcess, query, running, write_config
from tests.support.serving import sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"


def request_for(sim_requests, text: str) -> dict:
    (body,) = [e["body"] for e in sim_requests()
               if json.dumps(e["body"]["messages"][-1], ensure_ascii=False).find(text) >= 0]
    return body


def said(body: dict) -> list[tuple[str, str]]:
    """(role, content) of the conversation the model was sent, without the system prompt."""
    return [(m["role"], m["content"]) for m in body["messages"] if m["role"] != "system"]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_each_process_continues_what_the_other_wrote(sim, sim_requests, tmp_path, database_url):
    config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                          probe_interval=0.5)
    # one data folder (shared attachments), one database
    a, b = (AppProcess(tmp_path, data_dir=tmp_path / "data", config=config, database_url=database_url,
                       default_backend=VLLM, name=name) for name in ("a", "b"))
    tag = f"[two-{uuid.uuid4().hex[:10]}]"
    first, second, third = (f"{tag} {n}" for n in ("first, through A", "second, through B", "third, through A"))

    with running(a, b):
        one = a.chat(first)
        cid = one["conversation_id"]
        two = b.chat(second, conversation_id=cid)
        three = a.chat(third, conversation_id=cid)

    for result in (one, two, three):
        assert result["status"] == "done" and result["conversation_id"] == cid, result
    # B sent the model what A had written, and A what B had written
    assert said(request_for(sim_requests, second)) == [
        ("user", first), ("assistant", one["content"]), ("user", second)]
    assert said(request_for(sim_requests, third)) == [
        ("user", first), ("assistant", one["content"]), ("user", second), ("assistant", two["content"]),
        ("user", third)]
    rows = query(database_url, "SELECT role, content, status, seq FROM messages WHERE conversation_id = ? "
                 "ORDER BY seq", (cid,))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("user", "done", 1), ("assistant", "done", 2), ("user", "done", 3), ("assistant", "done", 4),
        ("user", "done", 5), ("assistant", "done", 6)]
    assert [r[1] for r in rows] == [first, one["content"], second, two["content"], third, three["content"]]
    (owners,) = query(database_url, "SELECT count(DISTINCT owner_id) FROM messages WHERE conversation_id = ?",
                      (cid,))
    assert owners == (1,)  # the same local user in both processes
