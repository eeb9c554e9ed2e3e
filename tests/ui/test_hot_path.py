"""The streaming hot path's mechanisms (issue 7; no timings here, bench/ measures those): one pooled HTTP
connection to the backend across turns, and UI updates whose size does not grow with the chat's length."""

from __future__ import annotations

import json
import secrets
import time

import httpx
import pytest
from gradio_client import Client

from kimi_ui.storage import store
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    # no titles: a title being written in the background holds a connection while the next turn starts
    # and one health probe only, at start-up (the tests' 0.5 s probes can land while a turn streams: CI, stop 33)
    settings = make_settings(tmp_path_factory.mktemp("hot"), default_backend="Simulated vLLM", auto_title=False,
                             probe_interval=3600)
    with serve(settings, sim_backends(sim.url)) as served:
        yield served


def test_turns_reuse_one_pooled_connection_to_the_backend(app, sim_requests):
    # The start-up probe (GET /models on every backend) over first: one that lands while a turn streams opens
    # a second connection of the pool, and the next turn may take either (seen once under CI load).
    deadline = time.monotonic() + 30
    while any(backend.health.checked_at is None for backend in app.ctx.backends) and time.monotonic() < deadline:
        time.sleep(0.05)
    client = Client(app.url, verbose=False)
    marker = secrets.token_hex(4)
    for n in range(3):
        result = client.predict(f"pool-{marker}-{n}", None, "", "instant", "", None, api_name="/chat")
        assert result["status"] == "done"
    peers = [e["peer"] for e in sim_requests() if f"pool-{marker}" in json.dumps(e["body"])]
    assert len(peers) == 3 and len(set(peers)) == 1, peers  # the same TCP connection every time


def fn_index(config: dict, api_name: str) -> int:
    return next(d["id"] for d in config["dependencies"] if d.get("api_name") == api_name)


def run(http: httpx.Client, fn: int, data: list, session_hash: str, event_data=None) -> list[dict]:
    """One event through Gradio's queue, as the page sends it; every message it streamed back."""
    joined = http.post("gradio_api/queue/join", json={"data": data, "fn_index": fn, "session_hash": session_hash,
                                                      "event_data": event_data})
    assert joined.status_code == 200, joined.text
    event_id = joined.json()["event_id"]
    messages = []
    with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session_hash}) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line.removeprefix("data:"))
                messages.append(message)
                if message.get("msg") == "process_completed" and message.get("event_id") == event_id:
                    break
    return messages


def streamed_update_sizes(app, conversation_id: str | None, text: str) -> list[int]:
    """Bytes of each streamed update the page gets for its answer (the Chatbot's diffs) after the first one
    of each event, which carries the chat shown. The send event hands over once the answer has started (the
    answer is a job); the page's next event in the chain follows it to its end."""
    with httpx.Client(base_url=app.url, timeout=60) as http:
        config = http.get("config").json()
        session = f"s{secrets.token_hex(6)}"
        run(http, fn_index(config, "load"), [], session)
        if conversation_id:
            run(http, fn_index(config, "action"), [None], session, {"action": f"open:{conversation_id}"})
        data = [{"text": text, "files": []}, None, "instant", "Simulated vLLM", "", "", "", "", "", [], None]
        sent = run(http, fn_index(config, "send"), data, session)
        followed = run(http, fn_index(config, "follow_queued"), [None], session)
    updates = [[m for m in messages if m.get("msg") == "process_generating"][1:] for messages in (sent, followed)]
    assert len(updates[1]) > 5, [m.get("msg") for m in followed]
    return [len(json.dumps(m["output"])) for m in updates[0] + updates[1]]


def test_ui_updates_do_not_grow_with_the_chats_length(app):
    owner = app.ctx.owner_id("local")
    with app.ctx.db.session() as session:
        long = store.create_conversation(session, owner_id=owner, system_prompt="", backend="Simulated vLLM",
                                         mode="instant", title="400 earlier messages")
        for i in range(400):
            store.add_message(session, owner_id=owner, conversation_id=long.id,
                              role="user" if i % 2 == 0 else "assistant", content=f"earlier message {i} " * 20)
    directive = "#sim tokens=400 rate=200"  # two seconds: the follow event starts well before the end
    empty = streamed_update_sizes(app, None, f"in an empty chat {directive}")
    full = streamed_update_sizes(app, long.id, f"after 400 messages {directive}")
    # Gradio sends each update as a diff of the Chatbot's value: what grows is the answer, not the history.
    assert max(full) < 4 * 1024, max(full)
    assert sum(full) / len(full) <= 1.5 * sum(empty) / len(empty) + 200, (full, empty)


def test_every_page_event_puts_its_loading_status_on_one_hidden_component(app):
    """Gradio's page copies the whole value of every component that ever showed a loading status, on every
    status message of every event (each streamed chunk): with the default (the event's outputs) that was the
    chat, the list and each worded component. Every event the page runs names the hidden `kimi-progress`
    instead (the API's own functions, which the page never calls, keep the default)."""
    config = httpx.get(f"{app.url}config", timeout=30).json()
    progress = next(c for c in config["components"] if c.get("props", {}).get("elem_id") == "kimi-progress")
    assert progress["props"]["visible"] is False
    page_events = [d for d in config["dependencies"] if d["outputs"] and d.get("api_visibility") != "public"]
    assert len(page_events) > 30
    assert [d for d in page_events if d.get("show_progress_on") != [progress["id"]]] == []
