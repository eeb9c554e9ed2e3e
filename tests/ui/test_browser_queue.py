"""Messages sent while the conversation answers (issue 13, item 6): through Gradio's routes, another user's
queued message ids do nothing."""

from __future__ import annotations

import secrets

import httpx
import pytest

from kimi_ui.storage.queued_model import QueuedMessage
from tests.support.accounts import cookie_header, session_cookie
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui


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
