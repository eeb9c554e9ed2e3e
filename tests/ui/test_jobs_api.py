"""The script API of turns as jobs (issue 13, item 7) through gradio_client against the served app: a /chat
caller that leaves does not end the answer (unless on_disconnect = "cancel"), a busy conversation refuses a
second /chat with the running answer's id, `attach` follows an answer, `stop` ends one, and a turn beyond
the concurrency limit waits in line and says so."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
from gradio_client import Client
from sqlmodel import select

from kimi_ui.storage.models import MessageRow
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

STOP = "/stop"
SLOW = "#sim tokens=400 rate=200"  # about 2 s: long enough to leave, attach or stop mid-answer


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    # One answer at a time, so the waiting line is reachable with two turns; the other tests run one at a time.
    settings = make_settings(tmp_path_factory.mktemp("jobs"), default_backend="Simulated vLLM", concurrency_limit=1)
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.fixture(scope="module")
def client(app):
    return Client(app.url, verbose=False)


def submit(client: Client, text: str, conversation_id: str = ""):
    return client.submit(text, None, "", "instant", conversation_id, None, api_name="/chat")


def until(job, wanted) -> dict[str, Any]:
    """The job's snapshots, one by one as they come, until one satisfies `wanted`."""
    for snapshot in job:
        if wanted(snapshot):
            return snapshot
    raise AssertionError(f"the stream ended first: {job.outputs()[-1:]}")


def writing(snapshot: dict[str, Any]) -> bool:
    return bool(snapshot.get("message_id") and snapshot.get("content"))


def stored(app, message_id: str) -> MessageRow:
    with app.ctx.db.session(read_only=True) as session:
        return session.exec(select(MessageRow).where(MessageRow.id == message_id)).one()


def follow(client: Client, message_id: str) -> list[dict[str, Any]]:
    job = client.submit(message_id, api_name="/attach")
    job.result()
    return job.outputs()


def left_via_queue(base: str, text: str) -> str:
    """A caller that drops its connection mid-answer (as a killed script does): join the queue, read the
    stream until the answer is being written, close the connection. Returns the answer's id."""
    session_hash = f"leaver-{uuid.uuid4().hex[:12]}"
    with httpx.Client(base_url=f"{base}gradio_api/", timeout=30) as http:
        config = http.get(f"{base}config").json()
        fn_index = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "chat")
        body = {"data": [text, None, "", "instant", "", None], "fn_index": fn_index, "session_hash": session_hash,
                "event_data": None, "trigger_id": None}
        assert http.post("queue/join", json=body).status_code == 200
        snapshot: dict[str, Any] = {}
        with http.stream("GET", "queue/data", params={"session_hash": session_hash}) as stream:
            for line in stream.iter_lines():
                message = json.loads(line.removeprefix("data:")) if line.startswith("data:") else {}
                assert message.get("msg") != "process_completed", "the answer ended before the caller left"
                if message.get("msg") == "process_generating":
                    snapshot = patched(snapshot, message["output"]["data"][0])
                if writing(snapshot):
                    return snapshot["message_id"]
    raise AssertionError("the answer never started")


def patched(snapshot: dict[str, Any], data: Any) -> dict[str, Any]:
    """The snapshot after one streamed update: the first is the whole value, then Gradio sends diffs
    ([op, path, value]); the top-level keys are all this needs."""
    if isinstance(data, dict):
        return data
    changed = dict(snapshot)
    for op, path, value in data:
        if len(path) == 1 and op == "replace":
            changed[path[0]] = value
        elif len(path) == 1 and op == "append":
            changed[path[0]] = changed.get(path[0], "") + value
    return changed


@pytest.mark.parametrize("how", ["cancel", "connection"])
def test_a_caller_that_leaves_does_not_end_the_answer(app, client, how):
    if how == "cancel":  # gradio_client's job.cancel(): the event is cancelled on the server
        job = submit(client, f"left-{how} {SLOW}")
        message_id = until(job, writing)["message_id"]
        job.cancel()
    else:
        message_id = left_via_queue(app.url, f"left-{how} {SLOW}")
    *_, final = follow(client, message_id)
    assert final["status"] == "done" and final["content"].startswith("Simulated answer"), final
    row = stored(app, message_id)
    assert row.status == "done" and row.content == final["content"]


def test_busy_conversation_refuses_then_attach_and_stop(app, client):
    first = submit(client, "busy-1 #sim tokens=3")
    conversation_id = first.result()["conversation_id"]
    running = submit(client, "busy-2 #sim tokens=4000 rate=200", conversation_id)
    seen = until(running, writing)
    refused = submit(client, "busy-3", conversation_id).result()
    assert refused["status"] == "error" and refused["error"]["code"] == "busy", refused
    assert refused["error"]["message_id"] == seen["message_id"]
    assert refused["message_id"] is None  # nothing was saved for the refused message
    # another script follows the running answer: its snapshots grow
    follower = Client(app.url, verbose=False).submit(seen["message_id"], api_name="/attach")
    lengths = [len(s["content"]) for s in [until(follower, writing), until(follower, writing)]]
    assert lengths[0] <= lengths[1]
    assert client.predict(seen["message_id"], api_name=STOP) == {"stopped": True}
    final = running.result()
    followed = follower.result()
    assert final["status"] == followed["status"] == "cancelled"
    assert final["content"] == followed["content"] and final["content"].startswith("Simulated answer")
    row = stored(app, seen["message_id"])
    assert row.status == "cancelled" and row.content == final["content"]  # the partial text is kept
    assert client.predict(seen["message_id"], api_name=STOP) == {"stopped": False}  # already ended
    # the conversation takes messages again
    assert client.predict("busy-4 #sim tokens=3", None, "", "instant", conversation_id, None,
                          api_name="/chat")["status"] == "done"


def test_attach_follows_to_the_end_and_a_finished_answer_comes_once(app, client):
    job = submit(client, f"attach-me {SLOW}")
    message_id = until(job, writing)["message_id"]
    snapshots = follow(Client(app.url, verbose=False), message_id)
    final = job.result()
    assert len(snapshots) >= 3
    lengths = [len(s["content"]) for s in snapshots]
    assert lengths == sorted(lengths)
    assert all(s["status"] == "streaming" for s in snapshots[:-1])
    assert snapshots[-1] == final and final["status"] == "done"
    again = follow(client, message_id)
    assert again == [final]  # finished: its final state, once, as /chat ended with it


def test_attach_and_stop_of_unknown_ids(client):
    for wanted in ("0" * 32, "", "not an id"):
        (answer,) = follow(client, wanted)
        assert answer["status"] == "error" and answer["error"]["code"] == "unknown_message", answer
        assert client.predict(wanted, api_name=STOP) == {"stopped": False}


def test_a_turn_beyond_the_limit_waits_in_line_and_says_so(app, client):
    ahead = submit(client, "line-1 #sim tokens=600 rate=200")
    until(ahead, writing)
    waiting = submit(client, "line-2 #sim tokens=3")
    snapshots = list(iter_all(waiting))
    before = [s for s in snapshots if s["message_id"] and not s["content"]]  # saved, not yet answering
    assert before and all(s["status"] == "streaming" for s in before)
    assert {s["queued"] for s in before if s["message_id"]} >= {1}, before  # one answer ahead of it
    assert snapshots[-1]["status"] == "done" and snapshots[-1]["queued"] is None
    assert ahead.result()["status"] == "done" and ahead.result()["queued"] is None


def iter_all(job) -> Iterator[dict[str, Any]]:
    yield from job
    yield job.result()


# -- on_disconnect = "cancel": the operator's choice of the old behaviour -----------------------------------
@pytest.fixture(scope="module")
def cancelling_app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("cancel"), default_backend="Simulated vLLM",
                             on_disconnect="cancel")
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.mark.parametrize("how", ["cancel", "connection"])
def test_on_disconnect_cancel_ends_the_answer_with_its_caller(cancelling_app, how):
    client = Client(cancelling_app.url, verbose=False)
    if how == "cancel":
        job = submit(client, f"gone-{how} #sim tokens=4000 rate=200")
        message_id = until(job, writing)["message_id"]
        job.cancel()
    else:
        message_id = left_via_queue(cancelling_app.url, f"gone-{how} #sim tokens=4000 rate=200")
    *_, final = follow(client, message_id)
    assert final["status"] == "cancelled", final
    row = stored(cancelling_app, message_id)
    assert row.status == "cancelled" and row.content and len(row.content) < 4000


def test_the_readmes_example_does_what_it_says(app, capsys):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [example] = [b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL) if "/attach" in b]
    exec(compile(example.replace("http://127.0.0.1:7860/", app.url), "README.md", "exec"), {})
    printed = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("Loaded as API")]
    assert printed == ["{'stopped': True}", "cancelled"]
