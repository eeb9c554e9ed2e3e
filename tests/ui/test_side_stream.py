"""The composer's side stream (kimi_ui/ui/side_stream.py) over HTTP, as alice's page and bob's scripts
would call it: POST /live/<key> starts the turn and streams it; the send event with the same key finds that
turn instead of starting a second; GET /live/<key> follows a turn the send event filed. Another user's key,
upload or conversation gives nothing of alice's."""

from __future__ import annotations

import json
import secrets
from typing import Any

import httpx
import pytest

from kimi_ui.storage import store
from tests.support.accounts import cookie_header, session_cookie
from tests.ui.conftest import TWO_USERS
from tests.ui.test_jobs_attack import Probe

pytestmark = pytest.mark.ui


def new_key() -> str:
    return secrets.token_hex(16)


def body(text: str, conversation: str | None = None, files: list[dict] | None = None) -> dict[str, Any]:
    return {"conversation": conversation, "text": text, "files": files or [], "mode": "instant", "backend": None,
            "system_prompt": "", "options": ["", "", "", ""], "tools": []}


def items(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines() if line]


def text_of(item: dict[str, Any]) -> str:
    return "".join(p.get("source", "") for p in item["parts"] if p["type"] == "text")


@pytest.fixture(scope="module")
def users(two_users_app):
    made = {}
    for name in ("alice", "bob"):
        token = session_cookie(two_users_app.url, name, TWO_USERS[name])
        made[name] = (httpx.Client(base_url=two_users_app.url, headers=cookie_header(token), timeout=60), token)
    yield made
    for client, _ in made.values():
        client.close()


def questions(app, name: str, text: str) -> list[Any]:
    """alice's (or bob's) stored questions with this text, in any conversation."""
    ctx = app.ctx
    with ctx.db.session(read_only=True) as session:
        owner = ctx.owner_id(name)
        found = []
        for conversation in store.list_conversations(session, owner_id=owner, limit=500):
            found += [m for m in store.list_messages(session, owner_id=owner, conversation_id=conversation.id)
                      if m.role == "user" and m.content == text]
    return found


def test_post_starts_the_turn_and_streams_it_to_its_end(two_users_app, users):
    alice, _ = users["alice"]
    text = f"side {new_key()[:6]} #sim tokens=20"
    lines = items(alice.post(f"/live/{new_key()}", json=body(text)))
    assert lines[0]["live"] is True
    last = lines[-1]
    assert last["live"] is False and last["id"] and text_of(last).strip()
    assert len(questions(two_users_app, "alice", text)) == 1


def test_the_send_event_with_the_same_key_finds_the_turn_instead_of_starting_another(two_users_app, users):
    alice, token = users["alice"]
    key, text = new_key(), f"once {new_key()[:6]} #sim tokens=30"
    with alice.stream("POST", f"/live/{key}", json=body(text)) as streamed:
        assert streamed.status_code == 200
        probe = Probe(two_users_app.url, token)
        sent = probe.call(secrets.token_hex(5), "send", [{"text": text, "files": []}, None, "instant", None, "", "", "",
                                                         "", "", [], json.dumps({"answering": True, "key": key})])
        assert sent["success"], sent
        lines = [json.loads(line) for line in streamed.iter_lines() if line]
    assert lines[-1]["live"] is False
    assert len(questions(two_users_app, "alice", text)) == 1  # one turn: the send event adopted it


def test_the_send_event_may_name_the_files_the_side_stream_already_saved(two_users_app, users):
    """The page's send event comes after its post and names the same upload: the post's turn may have saved
    the question (and its copy of the file) by then. The web guard must still take the send event's join
    (it was refused: "Files must be uploaded first"), yet no other turn may take that upload."""
    alice, token = users["alice"]
    key, text = new_key(), f"with notes {new_key()[:6]} #sim tokens=5"
    upload = httpx.post(f"{two_users_app.url}gradio_api/upload", headers=cookie_header(token),
                        files={"files": ("notes.txt", b"alice's notes", "text/plain")}).json()[0]
    files = [{"path": upload, "orig_name": "notes.txt", "meta": {"_type": "gradio.FileData"}}]
    lines = items(alice.post(f"/live/{key}", json=body(text, files=files)))
    assert lines[-1]["live"] is False  # saved and answered before the send event comes
    probe = Probe(two_users_app.url, token)
    sent = probe.call(secrets.token_hex(5), "send", [{"text": text, "files": files}, None, "instant", None, "", "",
                                                     "", "", "", [], json.dumps({"answering": True, "key": key})])
    assert sent["success"], sent
    assert len(questions(two_users_app, "alice", text)) == 1  # adopted: one turn
    again = alice.post(f"/live/{new_key()}", json=body("the same file again", files=files))
    assert again.status_code == 409 and not questions(two_users_app, "alice", "the same file again")


def test_get_follows_the_turn_the_send_event_filed_under_the_key(two_users_app, users):
    alice, token = users["alice"]
    key, text = new_key(), f"filed {new_key()[:6]} #sim tokens=400 rate=100"
    probe = Probe(two_users_app.url, token)
    sent = probe.call(secrets.token_hex(5), "send", [{"text": text, "files": []}, None, "instant", None, "", "", "",
                                                     "", "", [], json.dumps({"answering": True, "key": key})])
    assert sent["success"], sent
    lines = items(alice.get(f"/live/{key}"))
    assert lines[-1]["live"] is False and text_of(lines[-1]).strip()
    assert len(questions(two_users_app, "alice", text)) == 1


def test_another_user_gets_nothing_of_alices(two_users_app, users):
    alice, alice_token = users["alice"]
    bob, _ = users["bob"]
    key, text = new_key(), f"mine {new_key()[:6]} #sim tokens=600 rate=100"
    with alice.stream("POST", f"/live/{key}", json=body(text)) as streamed:
        assert streamed.status_code == 200
        first = json.loads(next(streamed.iter_lines()))
        assert first["live"] is True
        assert bob.get(f"/live/{key}").status_code == 404  # her key
        # bob's post under her key is a turn of his own, never hers
        his = items(bob.post(f"/live/{key}", json=body("bob's own #sim tokens=5")))
        assert "mine" not in json.dumps(his) and his[-1]["live"] is False
    conversation = questions(two_users_app, "alice", text)[0].conversation_id
    # her conversation, named by bob: his turn is refused as not found, nothing is written there
    refused = items(bob.post(f"/live/{new_key()}", json=body("into hers #sim tokens=5", conversation)))
    assert refused[-1]["live"] is False and "into hers" not in json.dumps(refused)
    assert not questions(two_users_app, "alice", "into hers #sim tokens=5")
    assert not questions(two_users_app, "bob", "into hers #sim tokens=5")
    # her upload, named by bob: left to the send event (which refuses it), nothing stored
    upload = httpx.post(f"{two_users_app.url}gradio_api/upload", headers=cookie_header(alice_token),
                        files={"files": ("notes.txt", b"alice's notes", "text/plain")}).json()[0]
    taken = bob.post(f"/live/{new_key()}", json=body("with her file", files=[{"path": upload, "orig_name": "n.txt"}]))
    assert taken.status_code == 409
    assert not questions(two_users_app, "bob", "with her file")


def test_bad_keys_and_strangers_are_refused(two_users_app, users):
    alice, _ = users["alice"]
    assert alice.post("/live/short", json=body("x")).status_code == 404
    assert alice.get("/live/" + "x" * 65).status_code == 404
    stranger = httpx.post(f"{two_users_app.url}live/{new_key()}", json=body("hello"), follow_redirects=False)
    assert stranger.status_code in (303, 401)
    assert not questions(two_users_app, "alice", "hello")


def test_the_page_shows_its_answer_from_the_side_stream_and_from_gradio_without_it(two_users_app, contexts):
    """Enter posts /live/<key>; the answer shows and is stored once. With the side stream refused (a proxy
    that drops it), the answer still comes through Gradio's own updates."""
    from playwright.sync_api import expect

    from tests.support.browser import send

    page = contexts("alice").new_page()
    page.goto(two_users_app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    posted: list[str] = []
    page.on("request", lambda r: posted.append(r.url) if "/live/" in r.url and r.method == "POST" else None)
    answered: list[int] = []
    page.on("response", lambda r: answered.append(r.status) if "/live/" in r.url else None)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for n, blocked in enumerate((False, True)):
        if blocked:
            page.route("**/live/*", lambda route: route.abort())
        text = f"page {n} {new_key()[:6]} #sim tokens=40"
        send(page, text)
        answer = page.locator("#chat .kimi-answer").nth(n)
        expect(answer.locator(".kimi-text")).to_contain_text("", timeout=20_000)
        expect(answer.locator(".kimi-stats")).to_be_visible(timeout=20_000)  # ended, stored
        expect(page.locator("body.kimi-answering")).to_have_count(0, timeout=20_000)
        assert len(questions(two_users_app, "alice", text)) == 1
        assert len(posted) == n + 1  # (the blocked one was tried too)
    assert page.locator("#chat .kimi-user").count() == 2  # no duplicate bubbles either
    assert answered == [200]  # the first answer came through the side stream
    assert not errors  # (the side stream's turn was once read into the chat above it: two messages of one id)


def test_stop_right_after_enter_stops_the_turn_the_side_stream_started(two_users_app, users):
    """Stop before the send event has come (it waits in Gradio's queue under load): the page's key names the
    turn, so Stop still stops it."""
    alice, token = users["alice"]
    key, text = new_key(), f"stop me {new_key()[:6]} #sim tokens=3000 rate=100"
    with alice.stream("POST", f"/live/{key}", json=body(text)) as streamed:
        assert streamed.status_code == 200
        lines = streamed.iter_lines()
        assert json.loads(next(lines))["live"] is True
        probe = Probe(two_users_app.url, token)
        stopped = probe.call(secrets.token_hex(5), "stop_button", [None, json.dumps({"answering": True, "key": key})])
        assert stopped["success"], stopped
        last = [json.loads(line) for line in lines if line][-1]
    assert last["live"] is False and "stopped" in last["stats"]
