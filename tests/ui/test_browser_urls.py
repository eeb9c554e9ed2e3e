"""A URL per conversation in Chromium (issue 13, item 5): /c/<id> opens that conversation with its own mode and
backend; the sidebar, a new chat and the first message of a new chat set the address (pushState) and the tab
title; Back and Forward switch conversations; a reload keeps it; another user's id, a random id and a
deleted conversation show "Conversation not found"; the old /#kimi:open:<id> links; the login's `next`;
all of it under a root path behind a proxy too."""

from __future__ import annotations

import json
import re
import secrets
import threading
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from playwright.sync_api import expect

from kimi_ui.storage import store
from tests.support.accounts import cookie_header, session_cookie
from tests.support.browser import RESULTS, ready, send
from tests.support.serving import ServedApp, make_settings, sim_backends
from tests.ui.conftest import TWO_USERS

pytestmark = pytest.mark.ui


def conversation(served, owner: str, title: str, mode: str, backend: str, words: str) -> str:
    """A conversation of `owner` made through the /chat API (a question and its answer), then titled."""
    headers = cookie_header(session_cookie(served.url, owner, TWO_USERS[owner])) if owner in TWO_USERS else {}
    with httpx.Client(base_url=f"{served.url}gradio_api/", headers=headers, timeout=30) as http:
        data = [f"{words} #sim tokens=3 rate=400", None, backend, mode, "", None]
        event = http.post("call/chat", json={"data": data}).json()["event_id"]
        last = http.get(f"call/chat/{event}").text.strip().splitlines()[-1]
    result = json.loads(last.removeprefix("data:"))[0]
    assert result["status"] == "done", result
    with served.ctx.db.session() as session:
        store.update_conversation(session, owner_id=served.ctx.owner_id(owner),
                                  conversation_id=result["conversation_id"], title=title, title_by="user")
    return result["conversation_id"]


def showing(page, title: str, words: str, mode: str, backend: str) -> None:
    """The page shows that conversation: chat, title bar, tab title, mode and backend."""
    expect(page.locator("#chat")).to_contain_text(f"last user message:{words}", timeout=10_000)
    expect(page.locator("#conv-title input")).to_have_value(title)
    expect(page).to_have_title(f"{title} · kimi-ui")
    expect(page.get_by_role("radio", name=mode.capitalize())).to_be_checked()
    expect(page.locator("#backend-picker input")).to_have_value(re.compile(re.escape(backend)))


def not_found(page, base: str) -> None:
    expect(page.get_by_text("Conversation not found").first).to_be_visible(timeout=10_000)
    expect(page).to_have_url(base)
    expect(page).to_have_title("kimi-ui")
    expect(page.locator("#conv-title input")).to_have_value("")
    expect(page.locator("#chat .kimi-msg")).to_have_count(0)


@pytest.fixture(scope="module")
def world(two_users_app):
    served = two_users_app
    return {
        "a": conversation(served, "alice", "Aquarium plans", "instant", "Simulated llama.cpp", "zebrafish"),
        "b": conversation(served, "alice", "Bread baking", "thinking", "Simulated vLLM", "sourdough"),
        "bob": conversation(served, "bob", "Bob's secret plans", "instant", "Simulated vLLM", "bobsecret"),
    }


def test_sidebar_back_forward_reload_and_new_chat(contexts, two_users_app, world, request):
    base = two_users_app.url
    page = contexts("alice").new_page()
    page.goto(base)
    ready(page)
    expect(page).to_have_title("kimi-ui")
    page.locator(f'#conv-list a[href="#kimi:open:{world["a"]}"]').click()
    expect(page).to_have_url(f"{base}c/{world['a']}")
    showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
    page.locator(f'#conv-list a[href="#kimi:open:{world["b"]}"]').click()
    expect(page).to_have_url(f"{base}c/{world['b']}")
    showing(page, "Bread baking", "sourdough", "thinking", "Simulated vLLM")

    page.go_back()
    expect(page).to_have_url(f"{base}c/{world['a']}")
    showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
    expect(page.locator("#chat")).not_to_contain_text("sourdough")
    page.go_forward()
    expect(page).to_have_url(f"{base}c/{world['b']}")
    showing(page, "Bread baking", "sourdough", "thinking", "Simulated vLLM")
    page.reload()
    ready(page)
    showing(page, "Bread baking", "sourdough", "thinking", "Simulated vLLM")

    # A new chat is the root; its first message gives it an address; renaming changes the tab title.
    page.get_by_role("button", name="+ New chat").click()
    expect(page).to_have_url(base)
    expect(page).to_have_title("kimi-ui")
    send(page, "planting tulips #sim tokens=5 rate=400")
    expect(page).to_have_url(re.compile(re.escape(base) + r"c/[0-9a-f]{32}$"), timeout=20_000)
    # The tab title may come after the address (with the turn's end, after_turn): as long a wait as that.
    expect(page).to_have_title("planting tulips #sim tokens=5 rate=400 · kimi-ui", timeout=20_000)
    page.locator("#conv-title input").fill("Tulips")
    page.locator("#conv-title input").press("Enter")
    expect(page).to_have_title("Tulips · kimi-ui")
    page.screenshot(path=RESULTS / f"{request.node.name}.png")
    page.go_back()
    expect(page).to_have_url(base)
    expect(page.locator("#chat")).not_to_contain_text("tulips")


def test_an_address_opens_in_a_new_context_and_the_old_links_too(contexts, two_users_app, world, request):
    base = two_users_app.url
    page = contexts("alice").new_page()
    page.goto(f"{base}c/{world['a']}")
    showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
    ready(page)
    # The page's relative links and pictures resolve against the root, not /c/.
    assert page.evaluate("document.querySelector('img.kimi-logo').naturalWidth") > 0
    assert page.evaluate("document.querySelector('.kimi-sidebar-links a[download]').href") == f"{base}export/all.json"
    page.screenshot(path=RESULTS / f"{request.node.name}.png")
    page.goto(f"{base}#kimi:open:{world['b']}")
    expect(page).to_have_url(f"{base}c/{world['b']}")
    showing(page, "Bread baking", "sourdough", "thinking", "Simulated vLLM")


def test_ids_that_do_not_open_all_show_not_found(contexts, two_users_app, world):
    base = two_users_app.url
    with two_users_app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name="alice").id
        gone = store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="Simulated vLLM",
                                         mode="thinking", title="Deleted one").id
        store.delete_conversation(session, owner_id=owner_id, conversation_id=gone)
    page = contexts("alice").new_page()
    for wanted in (world["bob"], secrets.token_hex(16), gone):  # malformed ones: test_urls_security.py
        page.goto(f"{base}c/{wanted}")
        not_found(page, base)
        ready(page)
    expect(page.locator("body")).not_to_contain_text("Bob's secret")
    expect(page.locator("body")).not_to_contain_text("bobsecret")
    # Back and Forward to an id that does not open: the same.
    page.goto(f"{base}c/{world['a']}")
    expect(page.locator("#chat")).to_contain_text("zebrafish", timeout=10_000)
    page.evaluate(f"history.pushState(null, '', '/c/{world['bob']}'); history.pushState(null, '', '/c/{world['a']}')")
    page.go_back()
    not_found(page, base)


def test_login_returns_to_the_conversation_and_refuses_other_places(browser, two_users_app, world):
    base = two_users_app.url
    context = browser.new_context()
    page = context.new_page()
    # The other evil values: test_urls_security.py.
    for next_path, lands in ((f"/c/{world['a']}", f"{base}c/{world['a']}"), ("//example.com/x", base)):
        page.goto(f"{base}auth/login?next={next_path}")
        page.locator("input[name=username]").fill("alice")
        page.locator("input[name=password]").fill(TWO_USERS["alice"])
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(lands)
        ready(page)
        context.clear_cookies()
    context.close()


# -- behind a proxy at /kimi -------------------------------------------------------------------------------
class StripPrefix:
    """A reverse proxy's part: /kimi/... reaches the app as /...; anything else is not ours (404)."""

    def __init__(self, app, prefix: str) -> None:
        self.app, self.prefix = app, prefix

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] == "lifespan":
            return await self.app(scope, receive, send)
        if path != self.prefix and not path.startswith(self.prefix + "/"):
            await send({"type": "http.response.start", "status": 404, "headers": []})
            return await send({"type": "http.response.body", "body": b"not behind the proxy"})
        inner = path[len(self.prefix):] or "/"
        await self.app({**scope, "path": inner, "raw_path": inner.encode()}, receive, send)


@contextmanager
def behind_proxy(settings, backends):
    served = ServedApp(settings, backends)
    served.server = uvicorn.Server(uvicorn.Config(StripPrefix(served.app, "/kimi"), log_level="warning",
                                                  lifespan="on", timeout_graceful_shutdown=0.5, proxy_headers=False))
    served._thread = threading.Thread(target=served.server.run, kwargs={"sockets": [served._sock]}, daemon=True)
    served.url = f"{served.url}kimi/"
    served.start()
    try:
        yield served
    finally:
        served.stop()


def test_root_path_behind_a_proxy(browser, sim, tmp_path):
    settings = make_settings(tmp_path, root_path="/kimi", default_backend="Simulated vLLM")
    with behind_proxy(settings, sim_backends(sim.url)) as served:
        a = conversation(served, "local", "Aquarium plans", "instant", "Simulated llama.cpp", "zebrafish")
        page = browser.new_page()
        page.goto(served.url)
        ready(page)
        page.locator(f'#conv-list a[href="#kimi:open:{a}"]').click()
        expect(page).to_have_url(f"{served.url}c/{a}")
        showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
        page.get_by_role("button", name="+ New chat").click()
        expect(page).to_have_url(served.url)
        page.go_back()
        showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
        page.goto(f"{served.url}c/{a}")
        showing(page, "Aquarium plans", "zebrafish", "instant", "Simulated llama.cpp")
        page.goto(f"{served.url}c/{secrets.token_hex(16)}")
        not_found(page, served.url)
        page.close()
