"""Share links (kimi_ui/sharing.py, share_page.py, ui/share_view.py) against the served app with two accounts:
the owner makes a link from the settings panel's handlers, a colleague opens it, an anonymous visitor is sent
to the login unless the link is public and public links are allowed, a withdrawn link says so, and another
user can neither make nor withdraw links to a chat that is not theirs (the handlers called directly)."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from kimi_ui import auth
from kimi_ui.sharing import list_links
from kimi_ui.storage import store
from kimi_ui.ui.handlers import Handlers, SessionState
from tests.support.accounts import add_accounts, cheap_hashing, cookie_header, session_cookie
from tests.support.serving import make_settings, serve
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold**'


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("share"), host="0.0.0.0")
    add_accounts(settings, TWO_USERS)
    with cheap_hashing(), serve(settings) as served:
        tokens = {name: session_cookie(served.url, name, password) for name, password in TWO_USERS.items()}
        yield served, tokens


def caller(name: str) -> SimpleNamespace:
    return SimpleNamespace(username=name, headers={}, client=None)  # what gr.Request offers the handlers


def chat_of(app, name: str, question: str, answer: str) -> str:
    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=name).id
        chat = store.create_conversation(session, owner_id=owner_id, system_prompt="secret system prompt",
                                         backend="", mode="instant", title=f"{name}'s <b>plans</b>")
        store.add_message(session, owner_id=owner_id, conversation_id=chat.id, role="user", content=question)
        store.add_message(session, owner_id=owner_id, conversation_id=chat.id, role="assistant", content=answer,
                          reasoning="private thoughts")
        return chat.id


def links(app, name: str, chat: str) -> list:
    with app.ctx.db.session(read_only=True) as session:
        return list_links(session, owner_id=app.ctx.owner_id(name), conversation_id=chat)


def opened(app, token: str, link: str, **headers: str) -> httpx.Response:
    extra = cookie_header(token) if token else {}
    return httpx.get(f"{app.url}share/{link}", headers={**extra, **headers}, follow_redirects=False, timeout=20)


def test_a_colleague_opens_the_owners_link_until_it_is_withdrawn(team):
    app, tokens = team
    h = Handlers(app.ctx)
    chat = chat_of(app, "alice", "What is the plan?", "The plan: " + XSS)
    shown, picker = h.share_create(SessionState(conversation_id=chat), False, caller("alice"))
    (link,) = links(app, "alice", chat)
    assert f"/share/{link.id}" in shown and not link.public and picker["value"] == link.id

    page = opened(app, tokens["bob"], link.id)
    assert page.status_code == 200, page.text
    assert "What is the plan?" in page.text and "<strong>bold</strong>" in page.text
    assert "&lt;b&gt;plans&lt;/b&gt;" in page.text  # the title too
    assert "<script>" not in page.text and "<img" not in page.text and 'href="javascript:' not in page.text
    assert "&lt;script&gt;" in page.text and "onerror" in page.text  # shown as text
    assert "secret system prompt" not in page.text and "private thoughts" not in page.text
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no script runs
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "Retry" not in page.text and "<button" not in page.text and "<form" not in page.text

    assert opened(app, "", link.id).status_code == 401  # a script: no redirect
    anonymous = opened(app, "", link.id, Accept="text/html")
    assert anonymous.status_code == 303 and f"next=/share/{link.id}" in anonymous.headers["location"]

    # bob can neither withdraw alice's link nor make one to her chat, through the handlers themselves.
    h.share_revoke(SessionState(conversation_id=chat), link.id, caller("bob"))
    h.share_create(SessionState(conversation_id=chat), False, caller("bob"))
    assert [x.id for x in links(app, "alice", chat)] == [link.id] and links(app, "bob", chat) == []
    assert opened(app, tokens["bob"], link.id).status_code == 200
    assert f"/share/{link.id}" not in h.share_links(SessionState(conversation_id=chat), caller("bob"))[0]

    shown, _ = h.share_revoke(SessionState(conversation_id=chat), link.id, caller("alice"))
    assert f"/share/{link.id}" not in shown
    withdrawn = opened(app, tokens["bob"], link.id)
    assert withdrawn.status_code == 410 and "This link was withdrawn." in withdrawn.text
    assert opened(app, tokens["bob"], "no-such-link").status_code == 404


def test_public_links_open_without_a_login_only_where_the_admin_allows_them(team):
    app, tokens = team
    h = Handlers(app.ctx)
    chat = chat_of(app, "bob", "Public question", "Public answer")
    state = SessionState(conversation_id=chat)
    h.share_create(state, True, caller("bob"))
    assert links(app, "bob", chat) == []  # public links are off by default
    app.ctx.settings.public_share_links = True
    try:
        h.share_create(state, True, caller("bob"))
        (link,) = links(app, "bob", chat)
        assert link.public
        page = opened(app, "", link.id)
        assert page.status_code == 200 and "Public answer" in page.text
        app.ctx.settings.public_share_links = False  # the admin withdraws the permission: old links need a login
        assert opened(app, "", link.id, Accept="text/html").status_code == 303
        assert opened(app, tokens["alice"], link.id).status_code == 200
    finally:
        app.ctx.settings.public_share_links = False


def test_a_deleted_chats_link_is_withdrawn_and_a_temporary_chat_cannot_be_shared(team):
    app, tokens = team
    h = Handlers(app.ctx)
    chat = chat_of(app, "alice", "Soon gone", "yes")
    h.share_create(SessionState(conversation_id=chat), False, caller("alice"))
    (link,) = links(app, "alice", chat)
    assert h.conversations.delete(app.ctx.owner_id("alice"), chat)
    assert opened(app, tokens["alice"], link.id).status_code == 410
    other = chat_of(app, "bob", "Bob's", "answer")
    h.share_create(SessionState(conversation_id=other), False, caller("bob"))
    (bobs,) = links(app, "bob", other)
    with app.ctx.db.session() as session:
        auth.set_disabled(session, name="bob")
    try:
        assert opened(app, tokens["alice"], bobs.id).status_code == 410  # a disabled user's links open nothing
    finally:
        with app.ctx.db.session() as session:
            auth.set_disabled(session, name="bob", disabled=False)
    with app.ctx.db.session() as session:
        temporary = store.create_conversation(session, owner_id=app.ctx.owner_id("alice"), system_prompt="",
                                              backend="", mode="instant", temporary=True).id
    h.share_create(SessionState(conversation_id=temporary), False, caller("alice"))
    assert links(app, "alice", temporary) == []
