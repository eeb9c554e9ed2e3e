"""Conversation URLs against a caller who probes (issue 13, items 5 and 7): the login's `next` goes only to a
path of this app; /c/<id> answers the same page whatever the id; the page's load and `here`'s `visit:` click
aimed at another user's conversation open nothing of it and answer exactly as for a random or malformed id."""

from __future__ import annotations

import json
import re
import secrets

import httpx
import pytest

from kimi_ui.links import requested_conversation, safe_next
from tests.support.accounts import cookie_header, login, session_cookie
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui

EVIL_NEXT = ["//evil.example/", "https://evil.example/", "http:/evil.example", "/\\evil.example", "\\\\evil.example",
             "/\\/evil.example", "/%2F%2Fevil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/c/../../evil",
             "/./evil", "/\t/evil.example", "/ /evil.example", "/c/x?next=//evil.example", "/c/x#//evil",
             "javascript:alert(1)", "/c/\u0430bc", "evil.example", "", "/" + "a" * 600, "/\r\nLocation: //evil"]


@pytest.mark.parametrize("root", ["", "/kimi"])
@pytest.mark.parametrize("value", EVIL_NEXT)
def test_evil_next_values_go_to_the_root(value, root):
    assert safe_next(root + value if value.startswith("/") else value, root) == f"{root}/"


@pytest.mark.parametrize("root", ["", "/kimi", "/kimi/"])
def test_paths_of_the_app_are_kept(root):
    base = root.rstrip("/")
    for path in ("/", "/c/0123456789abcdef0123456789abcdef", "/c/abc/", "/export/x.json"):
        assert safe_next(base + path, root) == base + path
    assert safe_next("/c/abc", "/kimi") == "/kimi/"  # outside the root path


def test_the_conversation_an_address_names():
    assert requested_conversation("/c/abc", "") == "abc"
    assert requested_conversation("/kimi/c/abc/?x=1", "/kimi") == "abc"
    assert requested_conversation("/#kimi:open:abc", "") == "abc"
    assert requested_conversation("/c/", "") == ""  # named, malformed: looked up like any id and not found
    for none in ("/", "", None, "/kimi/c/abc", "/cc/abc", "/auth/login"):
        assert requested_conversation(none, "") is None or none == "/kimi/c/abc"
    assert requested_conversation("/kimi/c/abc", "") is None
    assert len(requested_conversation("/c/" + "a" * 1000, "")) == 64


def test_login_next_lands_on_the_conversation_or_the_root(two_users_app):
    base = two_users_app.url
    name, password = "alice", TWO_USERS["alice"]

    def after_login(next_value: str) -> str:
        response = httpx.post(f"{base}auth/login", data={"username": name, "password": password, "next": next_value},
                              follow_redirects=False, timeout=15)
        assert response.status_code == 303, response.text[:300]
        return response.headers["location"]

    assert after_login("/c/0123456789abcdef0123456789abcdef") == "/c/0123456789abcdef0123456789abcdef"
    for value in EVIL_NEXT:
        assert after_login(value) == "/", value
    assert login(base, name, password).headers["location"] == "/"  # no next: the root, as before
    # The login page carries a checked `next` in its form, escaped; an evil one is dropped.
    page = httpx.get(f"{base}auth/login", params={"next": "/c/abc"}, timeout=15).text
    assert '<input type="hidden" name="next" value="/c/abc">' in page
    page = httpx.get(f"{base}auth/login", params={"next": '//evil.example/"><script>'}, timeout=15).text
    assert "evil" not in page and "<script>" not in page.split("</style>")[1]


# -- the page and its events, aimed at bob's conversation by alice -------------------------------------------
def make_chat(base: str, token: str, text: str) -> str:
    with httpx.Client(base_url=f"{base}gradio_api/", headers=cookie_header(token), timeout=30) as http:
        event = http.post("call/chat", json={"data": [f"{text} #sim tokens=3", None, "", "instant", "", None]})
        last = http.get(f"call/chat/{event.json()['event_id']}").text.strip().splitlines()[-1]
    return json.loads(last.removeprefix("data:"))[0]["conversation_id"]


def run(http: httpx.Client, fn_index: int, data: list, event_data=None, **headers: str) -> list[dict]:
    """One event through Gradio's queue as the page sends it, in a new session: every message it got."""
    session_hash = secrets.token_hex(8)
    joined = http.post("gradio_api/queue/join", headers=headers, json={
        "data": data, "fn_index": fn_index, "session_hash": session_hash, "event_data": event_data})
    assert joined.status_code == 200, joined.text
    messages = []
    with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session_hash}) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                messages.append(json.loads(line.removeprefix("data:")))
                if messages[-1].get("msg") == "process_completed":
                    assert messages[-1]["success"], messages[-1]
                    return messages
    raise AssertionError(f"no process_completed: {messages}")


def outputs(messages: list[dict]) -> str:
    """The outputs, without what differs between any two calls (`here`'s counter, the address it read)."""
    text = json.dumps(messages[-1]["output"]["data"])
    return re.sub(r'\\"(n|seen)\\": (\d+|\\".*?\\")', "", text)


def test_another_users_id_opens_nothing_and_answers_like_a_missing_one(two_users_app):
    base = two_users_app.url
    alice = session_cookie(base, "alice", TWO_USERS["alice"])
    bob = session_cookie(base, "bob", TWO_USERS["bob"])
    mine = make_chat(base, alice, "alice's own words")
    secret = make_chat(base, bob, "bobs-private-marker")
    with httpx.Client(base_url=base, headers=cookie_header(alice), timeout=30) as http:
        config = http.get("config").json()
        # by name: the Blocks' own id is 0 only in the process's first app (Gradio counts ids globally)
        load = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "load")
        visiting = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "visiting")
        pages, answers = set(), set()
        for wanted in (secret, secrets.token_hex(16), "not-an-id", ""):
            page = http.get(f"c/{wanted}")
            assert page.status_code == 200
            pages.add(page.text)
            loaded = run(http, load, [], Referer=f"{base}c/{wanted}")
            visited = run(http, visiting, [None], {"action": f"visit:/c/{wanted}"})
            for messages in (loaded, visited):
                text = json.dumps(messages)
                assert "bobs-private-marker" not in text  # bob's id comes back only as alice sent it (`seen`)
                assert "Conversation not found" in text
            answers.update((outputs(loaded), outputs(visited)))
        # One page for every id, and one answer of the load and of a visit for every id that does not open.
        assert len(pages) == 1
        assert len(answers) == 2, answers
        opened = json.dumps(run(http, load, [], Referer=f"{base}c/{mine}"))
        assert "alice's own words" in opened and "Conversation not found" not in opened
    # Logged out, /c/<id> is the login page's redirect, whatever the id.
    for wanted in (secret, mine):
        response = httpx.get(f"{base}c/{wanted}", headers={"Accept": "text/html"}, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/auth/login")


def test_back_and_forward_are_an_event_of_their_own_that_is_never_dropped(two_users_app):
    """Gradio drops a trigger of an event still pending under its default trigger_mode ("once"): Back
    right after a list click (its answer shown, its completion not yet read) kept the previous chat under
    the new address. The visit is `here`'s own click, run for every trigger; so is the list's click (the
    page sends its actions one at a time: layout.LINK_BRIDGE)."""
    base = two_users_app.url
    alice = session_cookie(base, "alice", TWO_USERS["alice"])
    config = httpx.get(f"{base}config", headers=cookie_header(alice), timeout=30).json()
    by_name = {d.get("api_name"): d for d in config["dependencies"]}
    here = next(c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == "kimi-here")
    assert by_name["visiting"]["targets"] == [[here, "click"]]
    assert by_name["visiting"]["trigger_mode"] == "multiple"
    assert by_name["action"]["trigger_mode"] == "multiple"
