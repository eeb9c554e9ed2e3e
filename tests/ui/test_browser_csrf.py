"""Login CSRF and logout CSRF in Chromium: a page on another site (http://evil.example, served by Playwright's
router) auto-submits forms and navigates to the app. The victim must not end up signed in as the attacker,
and must not be signed out; the app's own sign-out form still works."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.support.accounts import add_accounts, cheap_hashing
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
VICTIM, VICTIM_PASSWORD = "alice", "alice-long-password"
ATTACKER, ATTACKER_PASSWORD = "mallory", "mallory-long-password"
EVIL = "http://evil.example"


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with cheap_hashing():
        settings = make_settings(tmp_path_factory.mktemp("csrf"), host="0.0.0.0", default_backend="Simulated vLLM")
        add_accounts(settings, {VICTIM: VICTIM_PASSWORD, ATTACKER: ATTACKER_PASSWORD})
        with serve(settings, sim_backends(sim.url)) as served:
            yield served


def evil_site(context, pages: dict[str, str]) -> None:
    """Pages at http://evil.example/<name>, answered by the browser's router (no DNS, no server)."""
    def answer(route) -> None:
        name = route.request.url.removeprefix(EVIL + "/")
        route.fulfill(status=200, content_type="text/html", body=pages.get(name, "not here"))

    context.route(f"{EVIL}/**", answer)


def auto_form(action: str, fields: dict[str, str]) -> str:
    inputs = "".join(f'<input type="hidden" name="{k}" value="{v}">' for k, v in fields.items())
    return (f'<!doctype html><body><form id="f" method="post" action="{action}">{inputs}</form>'
            '<script>document.getElementById("f").submit()</script></body>')


def sign_in(page, base: str) -> None:
    page.goto(base)
    page.locator("input[name=username]").fill(VICTIM)
    page.locator("input[name=password]").fill(VICTIM_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#whoami")).to_contain_text(f"Signed in as {VICTIM}", timeout=20_000)


def session_cookies(context) -> list[str]:
    return [c["value"] for c in context.cookies() if c["name"] == "kimi_session" and c["value"]]


def test_another_site_cannot_sign_the_visitor_in_as_the_attacker(browser, app):
    context = browser.new_context()
    page = context.new_page()
    evil_site(context, {"login": auto_form(f"{app.url}auth/login",
                                           {"username": ATTACKER, "password": ATTACKER_PASSWORD})})
    with page.expect_response(re.compile(r"/auth/login$")) as answered:
        page.goto(f"{EVIL}/login")
    assert answered.value.status == 403
    assert session_cookies(context) == [], context.cookies()
    page.goto(app.url)  # the app still asks the visitor to sign in: nobody signed them in
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    context.close()


def test_another_site_cannot_sign_the_visitor_out(browser, app):
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, app.url)
    cookie = session_cookies(context)
    logout = f"{app.url}auth/logout"
    evil_site(context, {"post": auto_form(logout, {}),
                        "link": f'<!doctype html><body><script>location.href = "{logout}"</script></body>'})
    page.goto(f"{EVIL}/post")
    page.wait_for_load_state("load")
    page.goto(f"{EVIL}/link")  # a navigation to the old GET route
    page.wait_for_url(re.compile(r"/auth/logout$"))
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()  # it asks; nothing has ended
    page.goto(app.url)
    expect(page.locator("#whoami")).to_contain_text(f"Signed in as {VICTIM}", timeout=20_000)
    assert session_cookies(context) == cookie

    page.goto(logout)  # the visitor's own click on the app's sign-out form does sign out
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    assert session_cookies(context) == []
    page.goto(app.url)
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    context.close()
