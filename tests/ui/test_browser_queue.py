"""Messages sent while the conversation answers (issue 13, item 6): in Chromium, Enter mid-answer shows the
message as queued (removable), and it is sent when the answer ends; through Gradio's routes, another user's
queued message ids do nothing."""

from __future__ import annotations

import re
import secrets

import httpx
import pytest
from playwright.sync_api import expect
from sqlmodel import select

from kimi_ui.storage.queued_model import QueuedMessage
from tests.support.accounts import cookie_header, session_cookie
from tests.support.browser import send
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui


# Records whether the chat ever shows no message at all from now on (an event that sets it to nothing).
EMPTIED_WATCH = """() => {
  window.kimiChatEmptied = false;
  const chat = document.querySelector('#chat');
  new MutationObserver(() => {
    if (!chat.querySelector('.kimi-msg')) window.kimiChatEmptied = true;
  }).observe(chat, {childList: true, subtree: true});
}"""


def _run(http: httpx.Client, fn_index: int, data: list, event_data=None) -> str:
    session_hash = secrets.token_hex(8)
    joined = http.post("gradio_api/queue/join", json={"data": data, "fn_index": fn_index,
                                                      "session_hash": session_hash, "event_data": event_data})
    assert joined.status_code == 200, joined.text
    text = ""
    with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session_hash}) as stream:
        for line in stream.iter_lines():
            text += line + "\n"
            if '"process_completed"' in line:
                return text
    raise AssertionError(text)


def test_another_users_queued_ids_do_nothing(two_users_app):
    ctx = two_users_app.ctx
    alice = ctx.owner_id("alice", create=True)
    with ctx.db.session() as session:  # a paused message of alice's (paused: nothing starts it)
        row = QueuedMessage(owner_id=alice, conversation_id="c" * 32, text="alice-queued-secret", paused=True)
        session.add(row)
        session.commit()
    bob = session_cookie(two_users_app.url, "bob", TWO_USERS["bob"])
    with httpx.Client(base_url=two_users_app.url, headers=cookie_header(bob), timeout=30) as http:
        config = http.get("config").json()
        ids = {d.get("api_name"): d["id"] for d in config["dependencies"]}
        answers = [_run(http, ids["queued_action"], [None], {"action": f"remove:{row.id}"}),
                   _run(http, ids["queued_action"], [None], {"action": "resume"}),
                   _run(http, ids["queued_view"], [None])]
    assert not any("alice-queued-secret" in a for a in answers)
    assert all('"success": true' in a.replace('"success":true', '"success": true') for a in answers)
    with ctx.db.session() as session:
        assert session.get(QueuedMessage, row.id) is not None  # still there: only alice may remove it


def test_messages_sent_mid_answer_are_queued_removable_then_sent(contexts, two_users_app):
    page = contexts("alice").new_page()
    page.goto(two_users_app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    send(page, "queue-first #sim rate=30 tokens=450")  # about fifteen seconds of answer
    chat, queued = page.locator("#chat"), page.locator("#kimi-queued")
    expect(chat).to_contain_text("Simulated answer", timeout=15_000)
    expect(page.locator("body")).to_have_class(re.compile(r"\bkimi-answering\b"), timeout=10_000)
    page.evaluate(EMPTIED_WATCH)
    send(page, "queue-second #sim tokens=5")
    send(page, "queue-third #sim tokens=5")
    expect(queued).to_contain_text("queue-second", timeout=10_000)
    expect(queued).to_contain_text("queue-third", timeout=10_000)
    expect(queued.locator(".kimi-queued-state").first).to_have_text("queued")
    other = contexts("alice").new_page()  # a second tab on the conversation shows the queue too
    other.goto(page.url)
    expect(other.locator("#kimi-queued")).to_contain_text("queue-third", timeout=15_000)
    expect(page.locator("#composer textarea")).to_have_value("")
    expect(chat).to_contain_text("queue-first")  # the answer shown goes on (the chat is not emptied)
    queued.locator(".kimi-queued-item", has_text="queue-third").locator(".kimi-queued-remove").click()
    expect(queued).not_to_contain_text("queue-third", timeout=10_000)
    expect(queued).to_contain_text("queue-second")
    # ...and follows the removal on its next look at the queue's version (2 s), not its 15 s full refresh
    expect(other.locator("#kimi-queued")).not_to_contain_text("queue-third", timeout=6_000)
    other.close()
    # Its turn comes: it becomes the next question, is answered in this page, and leaves the queue.
    expect(chat).to_contain_text("last user message:queue-second", timeout=60_000)
    expect(page.locator("body")).not_to_have_class(re.compile(r"\bkimi-answering\b"), timeout=30_000)
    expect(queued).not_to_contain_text("queue-second", timeout=15_000)
    texts = page.locator("#chat .kimi-msg").all_inner_texts()
    first = next(i for i, t in enumerate(texts) if "queue-first" in t)
    second = next(i for i, t in enumerate(texts) if "queue-second" in t and "last user message" not in t)
    assert first < second
    assert "queue-third" not in chat.inner_text()  # removed: never sent
    assert page.evaluate("window.kimiChatEmptied") is False  # the chat was never blanked on the way
    with two_users_app.ctx.db.session() as session:
        assert not session.exec(select(QueuedMessage).where(QueuedMessage.text.contains("queue-third"))).all()
