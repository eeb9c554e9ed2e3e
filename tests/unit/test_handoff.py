"""The side stream's hand-off (kimi_ui/ui/side_stream.py): one job per key whoever asks first, another
user's key is nothing, waiting streams are bounded per user, ended jobs go after a while."""

from __future__ import annotations

import asyncio
import json

from kimi_ui.jobs import Job
from kimi_ui.turns import TurnInput
from kimi_ui.ui import side_stream
from kimi_ui.ui.side_stream import Handoff, key_of

KEY = "k" * 32


def job(owner: str = "alice") -> Job:
    return Job(owner, TurnInput(text="hello"))


def test_one_job_per_key_whoever_starts_it():
    handoff, started = Handoff(), []

    def start():
        started.append(job())
        return started[-1]

    first = handoff.job_for(KEY, "alice", start)
    assert handoff.job_for(KEY, "alice", start) is first and len(started) == 1
    assert handoff.filed(KEY, "alice") is first
    assert handoff.filed(KEY, "bob") is None  # another user's key is like a missing one
    bobs = handoff.job_for(KEY, "bob", lambda: job("bob"))  # his own turn, never hers, and not filed
    assert bobs is not first and handoff.filed(KEY, "alice") is first
    assert handoff.job_for(None, "alice", start) is not first  # no key: just started


def test_a_waiting_stream_gets_the_job_filed_later_and_waits_are_bounded():
    async def scenario():
        handoff = Handoff()
        waiting = asyncio.ensure_future(handoff.take("alice", KEY, timeout=5))
        others = [asyncio.ensure_future(handoff.take("alice", f"{n}" * 32, timeout=0.3)) for n in range(3)]
        await asyncio.sleep(0.01)
        assert await handoff.take("alice", "x" * 32, timeout=5) is None  # a fifth wait of hers: refused at once
        assert await handoff.take("alice", KEY, timeout=5) is None  # one stream waits per key
        filed = handoff.job_for(KEY, "alice", job)
        assert await waiting is filed
        assert await asyncio.gather(*others) == [None, None, None]  # timed out
        return handoff

    handoff = asyncio.run(scenario())
    assert not handoff._waiting  # nothing left behind


def test_ended_jobs_stay_a_while_then_go(monkeypatch):
    handoff = Handoff()
    ended = handoff.job_for(KEY, "alice", job)
    ended.done = True
    handoff.job_for("n" * 32, "alice", job)
    assert handoff.filed(KEY, "alice") is ended  # a send event that waited in Gradio's queue still finds it
    monkeypatch.setattr(side_stream, "KEEP_SECONDS", -1.0)
    handoff.job_for("m" * 32, "alice", job)
    assert handoff.filed(KEY, "alice") is None


def test_the_key_comes_only_from_the_live_value():
    assert key_of('{"answering": true, "key": "%s"}' % KEY) == KEY
    for bad in (None, "", "{", '{"key": "short"}', '{"key": "../../etc/passwd0000000000"}', '["x"]', 7):
        assert key_of(bad) is None


def test_a_live_value_nested_too_deep_names_no_key():
    assert key_of("[" * 200_000) is None and key_of("{" * 50_000) is None
    assert key_of(json.dumps({"answering": True, "key": "a" * 32})) == "a" * 32
