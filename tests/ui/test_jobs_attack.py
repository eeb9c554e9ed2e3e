"""An outsider's script against what issue 13 added (jobs, attach/stop, queued messages): alice keeps an
answer running while her own scripts, and bob's, call the page's handlers through Gradio's queue the way
a probe would, each in a session of its own. What must hold: a refused turn leaves nothing behind in the
server's memory, the queue's copies of files count in the storage quota, and hundreds of `attach`
streams on one answer do not make the server render each change hundreds of times."""

from __future__ import annotations

import asyncio
import json
import secrets
from pathlib import Path
from typing import Any

import httpx
import pytest
from gradio_client import Client

from kimi_ui.following import LIVE_FOLLOWERS
from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.serving import make_settings, serve, sim_backends
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui

QUOTA_MB = 1
FILE = b"q" * (600 * 1024)  # two of these pass the quota of 1 MB


class Probe:
    """One user's script: Gradio's queue route, each call in the page session it names."""

    def __init__(self, base: str, token: str) -> None:
        self.http = httpx.Client(base_url=f"{base}gradio_api/", headers=cookie_header(token), timeout=60)
        self.ids = {d.get("api_name"): d["id"] for d in self.http.get(f"{base}config").json()["dependencies"]}

    def call(self, session: str, handler: str, data: list[Any], event_data: Any = None) -> dict[str, Any]:
        joined = self.http.post("queue/join", json={"data": data, "fn_index": self.ids[handler], "session_hash": session,
                                                    "event_data": event_data, "trigger_id": None})
        assert joined.status_code == 200, joined.text
        with self.http.stream("GET", "queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                message = json.loads(line.removeprefix("data:")) if line.startswith("data:") else {}
                if message.get("msg") == "process_completed":
                    return message
        raise AssertionError(f"{handler} did not complete")

    def upload(self, data: bytes) -> httpx.Response:
        return self.http.post("upload", files={"files": ("notes.txt", data, "text/plain")})

    def open(self, session: str, conversation_id: str) -> None:
        self.call(session, "action", [None], {"action": f"open:{conversation_id}"})

    def queue_message(self, session: str, text: str, paths: list[str]) -> dict[str, Any]:
        files = [{"path": p, "orig_name": "notes.txt", "meta": {"_type": "gradio.FileData"}} for p in paths]
        return self.call(session, "queue_message", [{"text": text, "files": files}, None, "instant", None, "", "", "",
                                                    "", "", [], None])


@pytest.fixture(scope="module")
def quota_app(sim, tmp_path_factory):
    """alice and bob on an app where each may keep 1 MB of files."""
    settings = make_settings(tmp_path_factory.mktemp("attack"), host="0.0.0.0", default_backend="Simulated vLLM",
                             max_stored_mb_per_user=QUOTA_MB)
    add_accounts(settings, TWO_USERS)
    with cheap_hashing(), serve(settings, sim_backends(sim.url)) as served:
        yield served


@pytest.fixture
def answering(quota_app):
    """alice's answer, being written for the test (about 20 s unless stopped), and her probe."""
    token = session_cookie(quota_app.url, "alice", TWO_USERS["alice"])
    alice = Client(quota_app.url, headers=cookie_header(token), verbose=False)
    job = alice.submit(f"running {secrets.token_hex(4)} #sim tokens=4000 rate=200", None, "", "instant", "", None,
                       api_name="/chat")
    for snapshot in job:
        if snapshot["message_id"] and snapshot["content"]:
            break
    yield snapshot, Probe(quota_app.url, token)
    alice.predict(snapshot["message_id"], api_name="/stop")
    job.result()


def test_a_turn_refused_as_busy_leaves_nothing_behind(quota_app, answering):
    """Continue, Retry and Edit on a conversation that answers are refused at once ("busy"). The refused
    job must not stay in the per-session map of sent answers: it is removed only when a job's task ends,
    and a refused one has none, so each call from a fresh session (Edit: with up to 1 MB of text) would
    stay in memory for good, with no rate limit (the refusal comes before the turn limits)."""
    snapshot, alice = answering
    for _ in range(3):
        session = secrets.token_hex(8)
        alice.open(session, snapshot["conversation_id"])
        done = alice.call(session, "continue_answer", [None, "instant", None])
        assert done["success"] and "still answering" in json.dumps(done["output"]), done
        assert quota_app.ctx.jobs.sent_from(session) is None


def held_bytes(app: Any, owner_id: str) -> int:
    folder = Path(app.settings.data_dir) / "queued" / owner_id
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_queued_copies_count_in_the_storage_quota(quota_app, answering):
    """Each queued message keeps a copy of its files and gives the upload back: without counting the
    copies, a user re-uploads and queues again and again (20 a conversation, in any number of
    conversations, kept for good once the queue is paused by Stop) far past max_stored_mb_per_user."""
    snapshot, alice = answering
    owner_id = quota_app.ctx.owner_id("alice")
    session = secrets.token_hex(8)
    alice.open(session, snapshot["conversation_id"])
    for attempt in range(3):
        uploaded = alice.upload(FILE)
        if uploaded.status_code != 200:
            break  # the quota refused the upload itself: fine
        alice.queue_message(session, f"queued {attempt}", uploaded.json())
    assert held_bytes(quota_app, owner_id) <= QUOTA_MB * 1024 * 1024


async def attach_many(base: str, token: str, message_id: str, count: int) -> list[list[dict[str, Any]]]:
    """`count` scripts following one answer at once through /call/attach: the snapshots each one got."""
    async def one(http: httpx.AsyncClient) -> list[dict[str, Any]]:
        posted = await http.post("gradio_api/call/attach", json={"data": [message_id]})
        assert posted.status_code == 200, posted.text
        got = []
        async with http.stream("GET", f"gradio_api/call/attach/{posted.json()['event_id']}") as stream:
            async for line in stream.aiter_lines():
                if line.startswith("data:") and line.strip() != "data: null":
                    got.extend(json.loads(line.removeprefix("data:")))
        return got

    async with httpx.AsyncClient(base_url=base, cookies={SESSION_COOKIE: token}, timeout=120,
                                 limits=httpx.Limits(max_connections=count + 4)) as http:
        return await asyncio.gather(*[one(http) for _ in range(count)])


def test_hundreds_of_followers_get_the_answer_without_each_change(quota_app):
    """Followers beyond LIVE_FOLLOWERS get the answer as it is and its end (measured before: 300 `attach`
    streams of one user on a 10 s answer took 19 s of the server's CPU and slowed every answer)."""
    token = session_cookie(quota_app.url, "bob", TWO_USERS["bob"])
    bob = Client(quota_app.url, headers=cookie_header(token), verbose=False)
    job = bob.submit("followed #sim tokens=600 rate=150", None, "", "instant", "", None, api_name="/chat")
    for snapshot in job:
        if snapshot["message_id"] and snapshot["content"]:
            break
    seen = asyncio.run(attach_many(quota_app.url, token, snapshot["message_id"], LIVE_FOLLOWERS + 8))
    job.result()
    assert all(got and got[-1]["status"] == "done" for got in seen)  # every follower has the whole answer
    assert len({got[-1]["content"] for got in seen}) == 1
    changes = sorted(len({json.dumps(one, sort_keys=True) for one in got}) for got in seen)  # (the end comes twice)
    assert sum(1 for count in changes if count > 2) <= LIVE_FOLLOWERS, changes
