"""Limits counted across real app processes (`python app.py`) on one PostgreSQL database
(kimi_ui/shared_limits.py): the token budget a running answer holds in A shrinks what a request through B may
write; kill -9 of A lets its hold lapse (B's sweep deletes it); turns a minute are counted for both together."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.support.processes import AppProcess, query, running, wait_for, write_config
from tests.support.serving import sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
BUDGET, WANTED = 5000, 3000  # tokens a day; what an instant answer asks for


def tag() -> str:
    return f"[limits-{uuid.uuid4().hex[:10]}]"


def asked(sim_requests, text: str) -> int:
    """The max_tokens the model was sent with the message `text`."""
    (body,) = [e["body"] for e in sim_requests() if json.dumps(e["body"]["messages"][-1]).find(text) >= 0]
    return body["max_tokens"]


def holds(database_url: str) -> list[tuple]:
    return query(database_url, "SELECT kind, amount, process_id FROM limit_holds WHERE kind = 'tokens'")


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_budget_holds_and_turns_a_minute_count_across_processes(sim, sim_requests, tmp_path, database_url):
    config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                          probe_interval=0.5, auto_title=False, day_tokens=BUDGET, max_tokens_instant=WANTED, turns_per_minute=4)
    a, b = (AppProcess(tmp_path, data_dir=tmp_path / "data", config=config, database_url=database_url,
                       default_backend=VLLM, name=name) for name in ("a", "b"))
    long, first, second, third, fourth = (f"{tag()} {what}" for what in
                                          ("long #sim rate=20 tokens=3000", "b1", "b2", "b3", "b4"))
    with running(a, b):
        a.client().submit(long, None, VLLM, "instant", "", api_name="/chat")  # turn 1 of 4 this minute
        (hold,) = wait_for(lambda: holds(database_url), timeout=60, what="A's answer to hold its tokens")
        # what A's answer may write, and its prompt (an estimate: counted against the budget too)
        assert hold[0] == "tokens" and WANTED < hold[1] < WANTED + 200
        # B sees A's hold: what is left of the day, less B's own prompt, is what B's answer may write
        assert b.chat(first)["status"] == "done"  # turn 2
        assert BUDGET - hold[1] - 200 < asked(sim_requests, first) < BUDGET - hold[1]

        a.kill()  # mid-answer, holding 3000 tokens: nobody renews its hold, B's sweep deletes it once lapsed
        wait_for(lambda: all(row[2] != hold[2] for row in holds(database_url)), timeout=30,
                 what="A's hold to lapse", every=0.2)
        assert b.chat(second)["status"] == "done"  # turn 3
        assert asked(sim_requests, second) == WANTED  # the whole of it again (B's first answer used ~30)

        assert b.chat(third)["status"] == "done"  # turn 4
        refused = b.chat(fourth)  # B's 4th turn, the 5th of both processes this minute
    assert refused["status"] == "error" and refused["error"]["code"] == "rate_limited", refused
    assert refused["error"]["params"]["variant"] == "too_fast"
    assert not [r for r in sim_requests() if json.dumps(r["body"]["messages"][-1]).find(fourth) >= 0]
