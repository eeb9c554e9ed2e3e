"""Answers as jobs across real app processes (`python app.py`) on one PostgreSQL database: a tab or script
served by B follows an answer that A writes and stops it; a conversation answers once whatever process is
asked; a user's stream count holds across processes; kill -9 of A leaves its answer interrupted by B's
sweep; SIGTERM drains (a short answer finishes, a long one is saved interrupted with its text)."""

from __future__ import annotations

import contextlib
import signal
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from kimi_ui.bus import pg_channel
from kimi_ui.relay import SNAPSHOT, control_channel
from tests.support.processes import AppProcess, query, running, wait_for, write_config
from tests.support.serving import sim_backends

pytestmark = pytest.mark.integration

VLLM = "Simulated vLLM"
LONG = "#sim rate=20 tokens=3000"  # minutes of answer: it runs until stopped, killed or drained


def tag() -> str:
    return f"[jobs-{uuid.uuid4().hex[:10]}]"


def processes(tmp_path, sim, database_url, names, **settings) -> list[AppProcess]:
    config = write_config(tmp_path / "kimi.toml", [b for b in sim_backends(sim.url) if b.name == VLLM],
                          probe_interval=0.5, **settings)
    return [AppProcess(tmp_path, data_dir=tmp_path / "data", config=config, database_url=database_url,
                       default_backend=VLLM, name=name) for name in names]


def ask(app: AppProcess, text: str, conversation_id: str = ""):
    """A /chat call left running (a gradio_client Job)."""
    return app.client().submit(text, None, VLLM, "instant", conversation_id, api_name="/chat")


def started(job) -> dict:
    """The first snapshot of a /chat job that names its answer."""
    return wait_for(lambda: next((o for o in job.outputs() if o.get("message_id")), None), timeout=60,
                    what="the answer to start")


def with_text(job, after: str = "") -> dict:
    """A snapshot whose text is longer than `after`."""
    return wait_for(lambda: next((o for o in reversed(job.outputs()) if len(o["content"]) > len(after)), None),
                    timeout=60, what="more text")


def stop_api(app: AppProcess) -> str:
    """The `stop` API's name (Gradio numbers it /stop_2 while an event of the page is also called stop)."""
    endpoints = app.client().view_api(print_info=False, return_format="dict")["named_endpoints"]
    (name,) = [n for n, e in endpoints.items() if n.startswith("/stop")
               and [p["parameter_name"] for p in e["parameters"]] == ["message_id"]]
    return name


@contextlib.contextmanager
def asking_for_snapshots(database_url: str, message_id: str) -> Iterator[list[str]]:
    """The snapshot requests on the answer's control channel while the block runs (LISTEN of our own)."""
    asked: list[str] = []
    plain = database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'LISTEN "{pg_channel(control_channel(message_id))}"')
        yield asked
        time.sleep(0.5)  # requests still on their way
        asked += [n.payload for n in conn.notifies(timeout=0.5) if SNAPSHOT in n.payload]


def status_of(database_url: str, message_id: str) -> tuple[str, str]:
    (row,) = query(database_url, "SELECT status, content FROM messages WHERE id = ?", (message_id,))
    return row


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_b_follows_stops_and_outlives_answers_that_a_writes(sim, tmp_path, database_url):
    a, b = processes(tmp_path, sim, database_url, ("a", "b"), max_streams_per_user=2)
    with running(a, b):
        # B follows A's answer live: the state so far, then snapshots that grow before it ends
        chat = ask(a, f"{tag()} follow me {LONG}")
        first = started(chat)
        message_id, cid = first["message_id"], first["conversation_id"]
        b.client()  # connected before the clock starts (as a page would be)
        began = time.monotonic()
        follower = b.client().submit(message_id, api_name="/attach")
        live = with_text(follower)
        print(f"\nB's first update of A's answer: {(time.monotonic() - began) * 1000:.0f} ms after attaching")
        began = time.monotonic()
        with_text(a.client().submit(message_id, api_name="/attach"))
        print(f"A's own first update of it: {(time.monotonic() - began) * 1000:.0f} ms")
        assert live["status"] == "streaming" and live["message_id"] == message_id
        later = with_text(follower, after=live["content"])
        assert later["status"] == "streaming" and later["content"].startswith(live["content"])

        # More followers on B share B's one mirror of the answer: they ask A for no snapshot of their own
        # (before, each asked, and A published the whole answer again for each).
        with asking_for_snapshots(database_url, message_id) as asked:
            more = [b.client().submit(message_id, api_name="/attach") for _ in range(4)]
            for job in more:
                assert with_text(job, after=later["content"])["status"] == "streaming"
        assert len(asked) < len(more), asked  # (left running: cancelling one cancels the client's every attach)

        # one answer per conversation, asked through B while A writes it
        busy = b.chat(f"{tag()} me too", conversation_id=cid)
        assert busy["status"] == "error" and busy["error"]["code"] == "busy", busy
        assert busy["error"]["message_id"] == message_id

        # the user's second stream on A, then a third through B is over max_streams_per_user (2)
        other = ask(a, f"{tag()} another one {LONG}")
        other_id = started(other)["message_id"]
        over = b.chat(f"{tag()} one too many")
        assert over["status"] == "error" and over["error"]["code"] == "rate_limited", over

        # Stop through B stops A's answer for every follower; what was written is kept
        assert b.client().predict(message_id, api_name=stop_api(b)) == {"stopped": True}
        ended = follower.result(timeout=60)
        assert ended["status"] == "cancelled" and ended["content"].startswith(later["content"])
        assert chat.result(timeout=60)["status"] == "cancelled"
        assert status_of(database_url, message_id) == ("cancelled", ended["content"])

        # kill -9 of A mid-answer: B's follower gets the end, B's sweep marks it interrupted within 10 s
        watcher = b.client().submit(other_id, api_name="/attach")
        with_text(watcher)
        wait_for(lambda: status_of(database_url, other_id)[1], timeout=30, what="a checkpoint with text")
        a.kill()
        killed = time.monotonic()
        assert watcher.result(timeout=60)["status"] == "interrupted"
        wait_for(lambda: status_of(database_url, other_id)[0] == "interrupted", timeout=15,
                 what="B's sweep", every=0.2)
        print(f"A killed -> its answer interrupted by B after {time.monotonic() - killed:.1f} s")
        assert status_of(database_url, other_id)[1]  # with the text of its last checkpoint


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_sigterm_lets_short_answers_finish_and_saves_long_ones_interrupted(sim, tmp_path, database_url):
    (app,) = processes(tmp_path, sim, database_url, ("app",), drain_seconds=4)
    with running(app):
        short = ask(app, f"{tag()} short #sim rate=100 tokens=250")  # about 2.5 s
        long = ask(app, f"{tag()} long {LONG}")
        short_id, long_id = started(short)["message_id"], started(long)["message_id"]
        with_text(long)
        signalled = time.monotonic()
        app.proc.send_signal(signal.SIGTERM)
        finished, cut = short.result(timeout=60), long.result(timeout=60)  # the followers get the end
        app.proc.wait(timeout=30)
        took = time.monotonic() - signalled
    print(f"\nSIGTERM -> exit in {took:.1f} s (drain_seconds = 4)")
    assert finished["status"] == "done" and status_of(database_url, short_id) == ("done", finished["content"])
    assert cut["status"] == "interrupted" and cut["content"]
    assert status_of(database_url, long_id) == ("interrupted", cut["content"])
    assert any(n["action"] == "continue" for n in cut["notices"])  # Continue is offered
    assert app.proc.returncode == -signal.SIGTERM  # uvicorn ends by the signal it handled, as shells expect
    assert "Traceback" not in app.log()
