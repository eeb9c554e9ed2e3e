"""Personal API keys on the script API: `gradio_client.Client(url, headers={"Authorization": "Bearer …"})` acts
as the key's owner on /chat, /attach and /stop (her conversations, her limits); another user's key reaches
nothing of hers; a revoked key, a disabled user's and a made-up one are a 401 JSON at once, never the login page;
a public demo takes no keys, and the local mode (no accounts) has none to check."""

from __future__ import annotations

import httpx
import pytest
from gradio_client import Client

from kimi_ui import auth
from kimi_ui.storage.models import Conversation, User
from tests.support.api_keys import bearer, keyed_app, new_key, revoke
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

FAKE = "kimi-" + "Z" * 40


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with keyed_app(tmp_path_factory.mktemp("keys"), sim.url) as served:
        yield served


def owner_of(app, conversation_id):
    with app.ctx.db.session() as session:
        conversation = session.get(Conversation, conversation_id)
        return session.get(User, conversation.owner_id).name if conversation else None


def test_a_key_is_its_owner_on_chat(app):
    alice = Client(app.url, headers=bearer(new_key(app, "alice")), verbose=False)
    first = alice.predict("keys-1: hello", None, "", "thinking", "", api_name="/chat")
    assert first["status"] == "done" and first["reasoning"] and "thinking: on" in first["content"]
    assert owner_of(app, first["conversation_id"]) == "alice"
    again = alice.predict("keys-2: more", None, "", "instant", first["conversation_id"], api_name="/chat")
    assert again["conversation_id"] == first["conversation_id"] and "messages: 4" in again["content"]


def test_another_users_key_reaches_nothing_of_hers(app):
    alice_key = new_key(app, "alice")
    alice, bob = (Client(app.url, headers=bearer(k), verbose=False) for k in (alice_key, new_key(app, "bob")))
    job = alice.submit("keys-running #sim tokens=600 rate=60", None, "", "thinking", "", api_name="/chat")
    first = next(s for s in job if s["message_id"])
    message_id, conversation_id = first["message_id"], first["conversation_id"]
    assert bob.predict(message_id, api_name="/stop") == {"stopped": False}
    follow = bob.predict(message_id, api_name="/attach")
    assert follow["error"]["code"] == "unknown_message" and follow["content"] == ""
    stranger = bob.predict("keys-bob", None, "", "instant", conversation_id, api_name="/chat")
    assert stranger["error"]["code"] == "unknown_conversation"
    # her own key in another script follows and stops it
    other = Client(app.url, headers=bearer(alice_key), verbose=False)
    seen = next(s for s in other.submit(message_id, api_name="/attach") if s["content"])
    assert seen["message_id"] == message_id
    assert other.predict(message_id, api_name="/stop") == {"stopped": True}
    assert job.result()["status"] == "cancelled"


def test_revoked_disabled_and_made_up_keys_are_refused_at_once(app):
    key = new_key(app, "bob")
    bob = Client(app.url, headers=bearer(key), verbose=False)
    assert bob.predict("keys-before", None, "", "instant", "", api_name="/chat")["status"] == "done"
    revoke(app, key)
    with pytest.raises(Exception):  # the next request: gradio_client gets a 401
        bob.predict("keys-after", None, "", "instant", "", api_name="/chat")
    carol_key = new_key(app, "carol")
    with app.ctx.db.session() as session:
        auth.set_disabled(session, name="carol")
    try:
        refused = {k: httpx.get(app.url + "config", headers={**bearer(k), "Accept": "text/html"}, timeout=15,
                                follow_redirects=False) for k in (key, carol_key, FAKE)}
    finally:
        with app.ctx.db.session() as session:
            auth.set_disabled(session, name="carol", disabled=False)
    for response in refused.values():
        assert response.status_code == 401 and response.headers["content-type"] == "application/json"
        assert response.json() == {"detail": "The API key is not valid: it is wrong, revoked, or its user is disabled."}
    for path in ("", "gradio_api/info", "c/0123", "healthz"):  # the page too: never the login form
        assert httpx.get(app.url + path, headers={**bearer(FAKE), "Accept": "text/html"}, timeout=15,
                         follow_redirects=False).status_code == 401
    with pytest.raises(Exception):
        Client(app.url, headers=bearer(FAKE), verbose=False)
    # a Bearer value that is no key of ours (a proxy's own token) leaves the login as it was: none here
    other = httpx.get(app.url + "gradio_api/info", headers={"Authorization": "Bearer sk-proxy-token"}, timeout=15)
    assert other.status_code == 401 and other.json() == {"detail": "Not authenticated"}


def test_a_key_does_not_count_in_a_public_demo(sim, tmp_path):
    settings = make_settings(tmp_path, public_demo=True, default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as demo:
        for path in ("config", "gradio_api/info", "v1/models"):
            response = httpx.get(demo.url + path, headers=bearer(FAKE), timeout=15)
            assert response.status_code == 401 and "public demo takes no API keys" in response.text
        assert httpx.get(demo.url + "gradio_api/info", timeout=15).status_code == 200  # a visitor is welcome


def test_the_local_mode_has_no_keys_to_check(sim, tmp_path):
    settings = make_settings(tmp_path, default_backend="Simulated vLLM")
    with serve(settings, sim_backends(sim.url)) as local:
        client = Client(local.url, headers=bearer(FAKE), verbose=False)  # the local user, as without it
        assert client.predict("keys-local", None, "", "instant", "", api_name="/chat")["status"] == "done"
        response = httpx.get(local.url + "v1/models", headers=bearer(FAKE), timeout=15)
        assert response.status_code == 401 and "users add" in response.json()["error"]["message"]


def test_a_key_chats_but_does_not_manage_the_account(app):
    """From the outside attack: a leaked key minted fresh keys and outlived the admin's password reset. A request
    that carries a key gets nothing from the account, key, admin and erase handlers; a reset revokes the keys."""
    from types import SimpleNamespace

    from kimi_ui import admin, keys
    from kimi_ui.ui.handlers import Handlers, SessionState
    from kimi_ui.ui.inputs import PageAction

    secret = new_key(app, "carol")
    handlers = Handlers(app.ctx)

    def caller(with_key: bool):
        headers = {"authorization": f"Bearer {secret}"} if with_key else {}
        return SimpleNamespace(username="carol", headers=headers, client=SimpleNamespace(host="127.0.0.1"),
                               cookies={})

    with app.ctx.db.session() as session:
        carol = auth.get_user(session, name="carol")
        before = len(keys.list_keys(session, user_id=carol.id))
    made = handlers.create_key("from a key", caller(True))
    assert "kimi-" not in str(made)
    assert handlers.change_password("x", "new long password", "new long password", caller(True))[3] == ""
    assert handlers.account_shown(caller(True))[1]["visible"] is False
    assert handlers.key_action(caller(True), PageAction(None, {"action": "revoke:x"})) == ["", ""]
    assert handlers.erase_my_data(SessionState(), "carol", caller(True)) == [handlers.erase_my_data(
        SessionState(), "not carol", caller(True))[0], ""]
    with app.ctx.db.session() as session:
        assert len(keys.list_keys(session, user_id=carol.id)) == before
    assert "kimi-" in str(handlers.create_key("from the page", caller(False)))  # the browser's login may
    # an admin's reset is account recovery: every key of the user stops at once
    with app.ctx.db.session() as session:
        boss = auth.create_user(session, name="keys-boss", password="boss long password", admin=True)
        admin.reset_password(session, actor_id=boss.id, name="carol")
    assert httpx.get(f"{app.url}v1/models", headers=bearer(secret)).status_code == 401
    with app.ctx.db.session() as session:
        assert all(k.revoked_at is not None for k in keys.list_keys(session, user_id=carol.id))
        boss = auth.get_user(session, name="keys-boss")
        boss.disabled = True
        session.add(boss)
        session.commit()
