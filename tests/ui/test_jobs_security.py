"""The job routes against a caller who probes (issue 13, items 2, 3 and 7): while alice's answer is being
written, bob aims `attach`, `stop` and the Stop button's handler at her message and conversation ids, at
malformed ids and at values that are not strings, through the REST /call route, the queue and /run. Her id
answers him exactly as a missing one does, nothing of hers comes back, and her answer goes on to the end."""

from __future__ import annotations

import json
import secrets
from typing import Any

import httpx
import pytest
from gradio_client import Client

from tests.support.accounts import cookie_header, session_cookie
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui

MARKER = f"ALICE-RUNNING-{secrets.token_hex(4)}"
MALFORMED = ["", " ", "x" * 5000, "../../etc/passwd", "' OR 1=1 --", "\u0000", "%00", "\u202e\u0430bc", "*", "%"]
NOT_STRINGS = [None, 0, 12345678901234567890, -1, 1.5, True, [], ["id"], {}, {"message_id": "x"}]


def stoppers(config: dict[str, Any], public: bool) -> list[dict[str, Any]]:
    """The public `stop` endpoint, or the Stop button's own handlers (the button's click, the composer's
    stop: events with the session's state)."""
    found = [d for d in config["dependencies"] if (d.get("api_name") or "").startswith("stop") and d["backend_fn"]
             and bool(d["targets"]) != public]
    assert len(found) == 1 if public else found, found
    return found


def endpoint(config: dict[str, Any], public: bool) -> dict[str, Any]:
    return stoppers(config, public)[0]


def timeless(output: dict[str, Any]) -> str:
    """A result without its timings (they differ between any two calls)."""
    return json.dumps({k: v for k, v in output.items() if "duration" not in k})


class Caller:
    """One user calling a handler the way an outsider's script would, through each route."""

    def __init__(self, base: str, token: str) -> None:
        self.http = httpx.Client(base_url=f"{base}gradio_api/", headers=cookie_header(token), timeout=60)
        self.config = self.http.get(f"{base}config").json()

    def rest(self, api_name: str, data: list[Any]) -> str:
        posted = self.http.post(f"call/{api_name}", json={"data": data})
        if posted.status_code != 200:
            return f"{posted.status_code} {posted.text}"
        return self.http.get(f"call/{api_name}/{posted.json()['event_id']}").text

    def queue(self, fn_index: int, data: list[Any]) -> str:
        session_hash = secrets.token_hex(8)
        joined = self.http.post("queue/join", json={"data": data, "fn_index": fn_index, "session_hash": session_hash,
                                                    "event_data": None, "trigger_id": None})
        if joined.status_code != 200:
            return f"{joined.status_code} {joined.text}"
        seen = []
        with self.http.stream("GET", "queue/data", params={"session_hash": session_hash}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    message = json.loads(line.removeprefix("data:"))
                    if message.get("msg") == "process_completed":
                        return timeless(message.get("output") or {})
                    seen.append(message.get("msg"))
        return f"no process_completed: {seen}"

    def run(self, api_name: str, data: list[Any]) -> str:
        posted = self.http.post(f"run/{api_name}", json={"data": data})
        if posted.status_code != 200:
            return f"{posted.status_code} {posted.text}"
        return timeless(posted.json())

    def every_route(self, api_name: str, data: list[Any]) -> dict[str, str]:
        fn_index = next(d["id"] for d in self.config["dependencies"] if d.get("api_name") == api_name)
        return {"call": self.rest(api_name, data), "queue": self.queue(fn_index, data), "run": self.run(api_name, data)}


def without_ids(text: str, *ids: str) -> str:
    """An outcome with the ids the caller sent replaced (a refusal may name what it was given)."""
    for value in ids:
        text = text.replace(value, "<id>")
    return text


def still_running(running: dict[str, Any]) -> None:
    """alice's answer is still being written (her own `attach` says so), whatever bob did."""
    follower = running["alice"].submit(running["snapshot"]["message_id"], api_name="/attach")
    first = next(iter(follower))
    follower.cancel()  # leaving a follow leaves the answer running
    assert first["status"] == "streaming" and first["message_id"] == running["snapshot"]["message_id"], first


@pytest.fixture(scope="module")
def running(two_users_app):
    """alice's answer, being written while the module's tests run (about 20 s at 200 tokens/s)."""
    base = two_users_app.url
    tokens = {name: session_cookie(base, name, password) for name, password in TWO_USERS.items()}
    alice = Client(base, headers=cookie_header(tokens["alice"]), verbose=False)
    job = alice.submit(f"{MARKER} #sim tokens=4000 rate=200", None, "", "instant", "", None, api_name="/chat")
    for snapshot in job:
        if snapshot["message_id"] and snapshot["content"]:
            break
    yield {"job": job, "snapshot": snapshot, "tokens": tokens, "alice": alice}
    job.result()


@pytest.mark.parametrize("values", [MALFORMED, NOT_STRINGS], ids=["malformed", "not-strings"])
def test_malformed_and_non_string_ids_get_a_clear_answer(two_users_app, running, values):
    bob = Caller(two_users_app.url, running["tokens"]["bob"])
    stop_name = endpoint(bob.config, public=True)["api_name"]
    for value in values:
        for api_name in ("attach", stop_name):
            for route, text in bob.every_route(api_name, [value]).items():
                assert "Traceback" not in text and not text.startswith("500"), (api_name, route, value, text[:300])
                assert MARKER not in text
                refused = text.startswith(("400", "422")) or '"error"' in text or "error" in text.split("\n")[0]
                assert refused or "unknown_message" in text or '"stopped": false' in text.replace(":false", ": false"), (
                    api_name, route, value, text[:300])
    still_running(running)


def test_the_stop_buttons_handler_stops_only_the_callers_own(two_users_app, running):
    """Handlers.stop reads the conversation from the caller's own session (never from the request) and the
    answer the session sent: bob's sessions know nothing of alice's, whatever he sends as the state."""
    bob = Caller(two_users_app.url, running["tokens"]["bob"])
    snapshot = running["snapshot"]
    for button in stoppers(bob.config, public=False):
        for state, live in [(None, None), (snapshot["conversation_id"], None),
                            ({"conversation_id": snapshot["conversation_id"]}, '{"key": "%s"}' % ("k" * 32)),
                            (snapshot["message_id"], snapshot["message_id"]), (5, 5), (["x"], ["x"])]:
            for route, text in {"call": bob.rest(button["api_name"], [state, live]),
                                "queue": bob.queue(button["id"], [state, live])}.items():
                assert MARKER not in text and "Traceback" not in text, (button["api_name"], route, state, text[:300])
    still_running(running)


def test_another_users_ids_answer_like_missing_ones_and_stop_nothing(two_users_app, running):
    snapshot = running["snapshot"]
    bob = Caller(two_users_app.url, running["tokens"]["bob"])
    stop_name = endpoint(bob.config, public=True)["api_name"]
    hers = [snapshot["message_id"], snapshot["user_message_id"], snapshot["conversation_id"]]
    missing = secrets.token_hex(16)
    for api_name in ("attach", stop_name):
        like_missing = bob.every_route(api_name, [missing])
        assert all("unknown_message" in v or '"stopped": false' in v.replace(":false", ": false")
                   for v in like_missing.values()), like_missing
        for wanted in hers:
            outcome = bob.every_route(api_name, [wanted])
            assert MARKER not in json.dumps(outcome)
            for route, text in outcome.items():
                assert without_ids(text, wanted) == without_ids(like_missing[route], missing), (api_name, route)
    still_running(running)
    # her answer is still being written: she can follow it, and it ends by itself, complete
    final = running["alice"].submit(snapshot["message_id"], api_name="/attach").result()
    assert final["status"] == "done" and final["content"].startswith("Simulated")  # (it echoes her marker)
    assert final["usage"]["completion_tokens"] >= 4000
