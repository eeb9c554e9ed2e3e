"""The account and API key sections of the settings dialog in real Chromium (issue 19): the active sessions
listed ("this one" marked) and ended one by one or all others at once; a password change that ends the other
sessions and keeps this one; a key created with a name (its secret shown once, with Copy, then only its prefix),
listed with created and last used, and revoked (refused at once). The local user sees neither section."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import expect
from sqlmodel import select

from kimi_ui import auth, keys
from kimi_ui.storage.team_model import ApiKey
from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing, login, session_cookie
from tests.support.browser import open_settings, ready
from tests.support.serving import make_settings, serve, sim_app, sim_backends

pytestmark = pytest.mark.ui

PASSWORDS = {"erin": "erin's long password", "finn": "finn's long password"}


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("account"), host="0.0.0.0", default_backend="Simulated vLLM")
    add_accounts(settings, PASSWORDS)
    with cheap_hashing(), serve(settings, sim_backends(sim.url)) as served:
        yield served


def signed_in(app, token: str) -> bool:
    response = httpx.get(f"{app.url.rstrip('/')}/config", cookies={SESSION_COOKIE: token}, follow_redirects=False, timeout=15)
    return response.status_code == 200


def settings_page(browser, app, name: str, password: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    token = session_cookie(app.url, name, password)
    context.add_cookies([{"name": SESSION_COOKIE, "value": token, "domain": urlsplit(app.url).hostname,
                          "path": "/"}])
    page = context.new_page()
    page.goto(app.url)
    ready(page)
    open_settings(page)
    page.locator("#account-settings").get_by_text("Account").first.click()
    page.locator("#api-keys").get_by_text("API keys").first.click()
    return page, token


def test_sessions_are_listed_and_ended_and_a_password_change_ends_the_others(browser, app):
    others = [session_cookie(app.url, "erin", PASSWORDS["erin"]) for _ in range(3)]
    page, mine = settings_page(browser, app, "erin", PASSWORDS["erin"])
    try:
        sessions = page.locator("#acct-sessions li")
        expect(sessions).to_have_count(4)
        expect(page.locator("#acct-sessions")).to_contain_text("this one")
        expect(page.locator("#acct-sessions")).to_contain_text("127.0.0.1")
        # end one: one of the others is signed out, this one stays
        page.locator("#acct-sessions button", has_text="End").first.click()
        expect(sessions).to_have_count(3)
        assert sum(signed_in(app, token) for token in others) == 2
        assert signed_in(app, mine)
        # a wrong current password changes nothing
        page.locator("#acct-old input").fill("not my password")
        page.locator("#acct-new input").fill("erin's new password")
        page.locator("#acct-repeat input").fill("erin's new password")
        page.locator("#acct-change").click()
        expect(page.locator("#acct-message")).to_contain_text("current password is wrong")
        assert sum(signed_in(app, token) for token in others) == 2
        # the change: the other sessions end, this one stays (and the page keeps working)
        page.locator("#acct-old input").fill(PASSWORDS["erin"])
        page.locator("#acct-change").click()
        expect(page.locator("#acct-message")).to_contain_text("2 other sessions ended; this one stays")
        expect(sessions).to_have_count(1)
        assert not any(signed_in(app, token) for token in others)
        assert signed_in(app, mine)
        assert login(app.url, "erin", PASSWORDS["erin"]).status_code == 401
        PASSWORDS["erin"] = "erin's new password"
        # "End all other sessions"
        more = [session_cookie(app.url, "erin", PASSWORDS["erin"]) for _ in range(2)]
        page.locator(".kimi-settings-close").click()  # closed, then opened again: the list is read anew
        open_settings(page)
        expect(sessions).to_have_count(3)
        page.locator("#acct-end-others").click()
        expect(page.locator("#acct-message")).to_contain_text("2 other sessions ended")
        expect(sessions).to_have_count(1)
        assert not any(signed_in(app, token) for token in more) and signed_in(app, mine)
    finally:
        page.context.close()


def test_a_key_is_shown_once_listed_and_revoked(browser, app):
    page, _ = settings_page(browser, app, "finn", PASSWORDS["finn"])
    try:
        page.locator("#key-name input").fill("nightly report")
        page.locator("#key-create").click()
        secret_box = page.locator("#key-secret")
        expect(secret_box).to_contain_text("you won't see it again")
        expect(secret_box.get_by_role("button", name="Copy")).to_be_visible()
        secret = secret_box.locator(".kimi-secret-value").inner_text().strip()
        assert secret.startswith(keys.KEY_START) and len(secret) > 40
        listed = page.locator("#key-list li")
        expect(listed).to_have_count(1)
        expect(listed).to_contain_text("nightly report")
        expect(listed).to_contain_text(secret[:11] + "…")
        expect(listed).to_contain_text("Last used never")
        assert secret not in page.locator("#key-list").inner_html()
        with app.ctx.db.session() as session:
            owner = auth.get_user(session, name="finn")
            assert keys.resolve_key(session, secret=secret).id == owner.id  # works (and is now "used")
            (row,) = session.exec(select(ApiKey).where(ApiKey.user_id == owner.id)).all()
            assert row.secret_hash != secret and secret not in row.prefix + row.name
        # shown once: a reload has the list, not the secret
        page.reload()
        ready(page)
        open_settings(page)
        page.locator("#api-keys").get_by_text("API keys").first.click()
        expect(listed).to_contain_text("Last used 20")
        assert secret not in page.content()
        page.locator("#key-list button", has_text="Revoke").click()
        expect(page.locator("#key-secret")).to_contain_text("Key revoked")
        expect(listed).to_contain_text("revoked")
        expect(page.locator("#key-list button", has_text="Revoke")).to_have_count(0)
        with app.ctx.db.session() as session:
            assert keys.resolve_key(session, secret=secret) is None  # refused at once
    finally:
        page.context.close()


def test_the_local_user_has_no_account_or_key_sections(browser, sim, tmp_path):
    with sim_app(tmp_path, sim.url) as local:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(local.url)
            ready(page)
            open_settings(page)
            page.wait_for_timeout(500)
            expect(page.locator("#account-settings")).to_have_count(0)
            expect(page.locator("#api-keys")).to_have_count(0)
            expect(page.locator("#admin-btn")).to_have_count(0)
        finally:
            page.close()
