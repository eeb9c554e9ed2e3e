"""The admin view in real Chromium (issue 19): an admin opens it beside Settings; its users table shows usage
from `usage_days`, its charts are drawn with data (usage per day by user and by backend, latency per backend
from `backend_checks`); its actions work (add with a temporary password, disable and enable, reset a password
then the forced change at the next login, make admin, unlock a throttled login; the last admin cannot remove
themselves); a non-admin sees none of it. At a phone's width and in the dark scheme it reads, and axe finds no
critical or serious violation."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from kimi_ui import auth
from kimi_ui.storage.models import LoginThrottle, User, utcnow
from kimi_ui.storage.team_model import BackendCheck, UsageDay
from sqlmodel import select
from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing, login, session_cookie
from tests.support.axe import blocking, describe, run_axe
from tests.support.browser import ready
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui

PASSWORDS = {"ada": "ada's long password", "bob": "bob's long password", "carl": "carl's long password"}


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("admin"), host="0.0.0.0", default_backend="Simulated vLLM")
    add_accounts(settings, PASSWORDS, admins=["ada"])
    with cheap_hashing(), serve(settings, sim_backends(sim.url)) as served:
        with served.ctx.db.session() as session:
            ids = {u.name: u.id for u in session.exec(select(User))}
            today = utcnow().date()
            for offset in range(30):
                day = today - timedelta(days=offset)
                session.add(UsageDay(owner_id=ids["ada"], day=day, backend="Simulated vLLM", tokens=1000 + offset,
                                     requests=2, cost=0.01))
                if offset % 3 == 0:
                    session.add(UsageDay(owner_id=ids["bob"], day=day, backend="Simulated Moonshot",
                                         tokens=500, requests=1, cost=0.002))
            now = utcnow()
            for step in range(20):
                session.add(BackendCheck(backend="Simulated vLLM", at=now - timedelta(hours=step), ok=True,
                                         latency_ms=20.0 + step))
            session.add(BackendCheck(backend="old backend", at=now - timedelta(days=9), ok=True, latency_ms=5.0))
            session.commit()
        yield served


def page_as(browser, app, name: str, password: str | None = None, **options):
    context = browser.new_context(viewport=options.pop("viewport", {"width": 1440, "height": 900}), **options)
    token = session_cookie(app.url, name, password or PASSWORDS[name])
    context.add_cookies([{"name": SESSION_COOKIE, "value": token, "domain": urlsplit(app.url).hostname,
                          "path": "/"}])
    page = context.new_page()
    page.goto(app.url)
    ready(page)
    return page


def open_admin(page) -> None:
    page.locator("#admin-btn").click()
    expect(page.locator("#kimi-admin")).to_be_visible(timeout=10_000)
    expect(page.locator("#admin-users table")).to_be_visible(timeout=10_000)


def act(page, name: str, button: str) -> None:
    field = page.locator("#admin-user input")
    field.fill(name)
    field.press("Escape")
    page.locator(button).click()


def user_row(app, name: str) -> User:
    with app.ctx.db.session(read_only=True) as session:
        return auth.get_user(session, name=name)


def test_the_admin_view_lists_usage_and_draws_its_charts(browser, app):
    page = page_as(browser, app, "ada")
    try:
        expect(page.locator("#admin-btn")).to_be_visible()
        open_admin(page)
        table = page.locator("#admin-users table")
        ada = table.locator("tr", has=page.locator("th", has_text="ada"))
        expect(ada).to_contain_text("admin")
        # today 1,000, the last 7 days 1000+...+1006, in total 30 days
        expect(ada).to_contain_text("1,000")
        expect(ada).to_contain_text(f"{sum(1000 + d for d in range(7)):,}")
        expect(ada).to_contain_text(f"{sum(1000 + d for d in range(30)):,}")
        expect(table.locator("tr", has=page.locator("th", has_text="bob"))).to_contain_text("500")
        for chart in ("#admin-chart-users", "#admin-chart-backends", "#admin-chart-latency"):
            # vega draws each chart: an svg or canvas with its marks, not the empty plot's placeholder
            drawn = page.locator(f"{chart} canvas, {chart} svg.marks")
            expect(drawn.first).to_be_attached(timeout=15_000)
        # the data went to the charts: one bar per day per user with usage, both users in the legend
        page.wait_for_function("""() => {
          const text = document.querySelector('#admin-chart-users').innerText;
          return text.includes('ada') && text.includes('bob');
        }""", timeout=15_000)
        page.wait_for_function("""() => document.querySelector('#admin-chart-backends').innerText
                                   .includes('Simulated Moonshot')""", timeout=15_000)
        page.wait_for_function("""() => document.querySelector('#admin-chart-latency').innerText
                                   .includes('Simulated vLLM')""", timeout=15_000)
        backends = page.locator("#admin-backends table")
        expect(backends).to_contain_text("Simulated vLLM")
        expect(backends).to_contain_text("ms")
        with app.ctx.db.session(read_only=True) as session:
            # the probe loop records its results (one per interval) and pruned the week-old row
            names = {c.backend for c in session.exec(select(BackendCheck))}
        assert "old backend" not in names and "Simulated llama.cpp" in names, names
        page.locator("#admin-close").click()
        expect(page.locator("#kimi-admin")).to_be_hidden()
    finally:
        page.context.close()
    # a backend has one colour in both charts (each chart alone coloured its series in the order it met them)
    from types import SimpleNamespace

    from kimi_ui.ui.handlers import Handlers

    ada_request = SimpleNamespace(username="ada", headers={}, cookies={}, client=SimpleNamespace(host="127.0.0.1"))
    opened = Handlers(app.ctx).admin_open(ada_request)
    usage_colours, latency_colours = opened[4]["color_map"], opened[5]["color_map"]
    assert usage_colours == latency_colours and "Simulated vLLM" in usage_colours
    assert len(set(usage_colours.values())) == min(len(usage_colours), 10)


def test_admin_actions_add_disable_reset_make_admin_unlock(browser, app):
    page = page_as(browser, app, "ada")
    try:
        open_admin(page)
        result = page.locator("#admin-result")
        # add: a temporary password, shown once
        page.locator("#admin-new-name input").fill("dana")
        page.locator("#admin-add").click()
        expect(result).to_contain_text("temporary password")
        temporary = result.locator(".kimi-secret-value").inner_text().strip()
        assert len(temporary) == 16
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        result.get_by_role("button", name="Copy").click()  # (the next action's result replaces it)
        expect(result).to_contain_text("Copied")
        assert page.evaluate("navigator.clipboard.readText()") == temporary
        assert user_row(app, "dana").must_change_password
        expect(page.locator("#admin-users table")).to_contain_text("must change password")
        # disable bob: his session ends at once; enable him again
        bob = session_cookie(app.url, "bob", PASSWORDS["bob"])
        act(page, "bob", "#admin-disable")
        expect(result).to_contain_text("'bob' disabled")
        assert user_row(app, "bob").disabled
        gone = httpx.get(f"{app.url.rstrip('/')}/config", cookies={SESSION_COOKIE: bob}, follow_redirects=False)
        assert gone.status_code in (302, 303, 401, 403), gone.status_code
        act(page, "bob", "#admin-enable")
        expect(result).to_contain_text("'bob' enabled")
        assert not user_row(app, "bob").disabled
        # make carl an admin
        act(page, "carl", "#admin-make")
        expect(result).to_contain_text("now an admin")
        assert user_row(app, "carl").is_admin
        act(page, "carl", "#admin-unmake")
        expect(result).to_contain_text("no longer an admin")
        assert not user_row(app, "carl").is_admin
        # unlock: carl's name throttled after wrong passwords
        assert login(app.url, "carl", "a wrong password!!").status_code == 401
        with app.ctx.db.session() as session:  # as many failures as make a long wait
            (row,) = session.exec(select(LoginThrottle).where(LoginThrottle.name == "carl")).all()
            row.failures, row.blocked_until = 12, utcnow() + timedelta(minutes=10)
            session.add(row)
            session.commit()
        page.locator("#admin-refresh").click()
        expect(page.locator("#admin-users table tr", has=page.locator("th", has_text="carl"))).to_contain_text(
            "login delayed")
        blocked = login(app.url, "carl", PASSWORDS["carl"])
        assert blocked.status_code == 429
        act(page, "carl", "#admin-unlock")
        expect(result).to_contain_text("Lifted the login delays of 'carl'")
        with app.ctx.db.session(read_only=True) as session:
            assert not session.exec(select(LoginThrottle).where(LoginThrottle.name == "carl")).all()
        assert login(app.url, "carl", PASSWORDS["carl"]).status_code == 303
        # budgets: carl's own a day, the default a month; a typo is refused and changes nothing
        page.locator("#admin-day-budget input").fill("50.000")
        act(page, "carl", "#admin-set-budgets")
        expect(result).to_contain_text("50,000 a day, default a month")
        expect(page.locator("#admin-users table tr", has=page.locator("th", has_text="carl"))).to_contain_text(
            "50,000 / default")
        assert (user_row(app, "carl").day_tokens, user_row(app, "carl").month_tokens) == (50_000, None)
        page.locator("#admin-month-budget input").fill("lots")
        act(page, "carl", "#admin-set-budgets")
        expect(result).to_contain_text("whole number of tokens")
        assert user_row(app, "carl").month_tokens is None
        # the last admin cannot disable or un-admin themselves
        act(page, "ada", "#admin-unmake")
        expect(result).to_contain_text("last enabled admin")
        act(page, "ada", "#admin-disable")
        expect(result).to_contain_text("last enabled admin")
        assert user_row(app, "ada").is_admin and not user_row(app, "ada").disabled
        # reset bob's password: the temporary one, then his next login must choose his own
        act(page, "bob", "#admin-reset")
        expect(result).to_contain_text("Temporary password for 'bob'")
        reset = result.locator(".kimi-secret-value").inner_text().strip()
        assert login(app.url, "bob", PASSWORDS["bob"]).status_code == 401  # the old one is gone
    finally:
        page.context.close()
    # the forced change at login, in a browser
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        login_page = context.new_page()
        login_page.goto(f"{app.url.rstrip('/')}/auth/login")
        login_page.locator("input[name=username]").fill("bob")
        login_page.locator("input[name=password]").fill(reset)
        login_page.locator("button[type=submit]").click()
        expect(login_page.locator("input[name=new_password]")).to_be_visible()
        assert not [c for c in context.cookies() if c["name"] == SESSION_COOKIE]  # not in yet
        login_page.locator("input[name=new_password]").fill("bob's new password")
        login_page.locator("input[name=repeat_password]").fill("bob's other password")
        login_page.locator("button[type=submit]").click()
        expect(login_page.locator(".error")).to_contain_text("differ")
        login_page.locator("input[name=new_password]").fill(reset)
        login_page.locator("input[name=repeat_password]").fill(reset)
        login_page.locator("button[type=submit]").click()
        expect(login_page.locator(".error")).to_contain_text("other than the temporary")
        login_page.locator("input[name=new_password]").fill("bob's new password")
        login_page.locator("input[name=repeat_password]").fill("bob's new password")
        login_page.locator("button[type=submit]").click()
        ready(login_page)  # in the app
        assert not user_row(app, "bob").must_change_password
        assert login(app.url, "bob", reset).status_code == 401
        assert login(app.url, "bob", "bob's new password").status_code == 303
        # dana's first login is the same
        response = login(app.url, "dana", temporary)
        assert response.status_code == 200 and "new_password" in response.text
        assert SESSION_COOKIE not in response.cookies
    finally:
        context.close()
    PASSWORDS["bob"] = "bob's new password"


def test_a_non_admin_sees_nothing_of_it(browser, app):
    page = page_as(browser, app, "carl")
    try:
        page.wait_for_timeout(500)
        expect(page.locator("#admin-btn")).to_have_count(0)
        expect(page.locator("#kimi-admin")).to_have_count(0)
        assert page.evaluate("document.querySelector('#admin-users, #admin-user, #admin-chart-users')") is None
        assert "Admin" not in page.locator("#title-bar").inner_text()
        assert page.evaluate("document.querySelector('.kimi-admin-table')") is None
        assert "Temporary password" not in page.content()
    finally:
        page.context.close()


@pytest.mark.parametrize("screen", ["phone", "wide"])
def test_readable_at_a_phone_width_and_dark_and_axe_clean(browser, app, screen):
    viewport = {"width": 390, "height": 844} if screen == "phone" else {"width": 1440, "height": 900}
    page = page_as(browser, app, "ada", viewport=viewport, color_scheme="dark")
    try:
        page.wait_for_function("document.body.classList.contains('dark')")
        open_admin(page)
        expect(page.locator("#admin-chart-users canvas, #admin-chart-users svg.marks").first).to_be_attached(
            timeout=15_000)
        # nothing wider than the screen but the tables' own scroll areas
        wide = page.evaluate("""() => document.querySelector('#kimi-admin').scrollWidth
                                      - document.querySelector('#kimi-admin').clientWidth""")
        assert wide <= 1, wide
        colours = page.evaluate("""() => {
          const panel = getComputedStyle(document.querySelector('#kimi-admin'));
          const cell = getComputedStyle(document.querySelector('#admin-users th'));
          return [panel.backgroundColor, cell.color];
        }""")
        assert colours[0] != colours[1], colours
        page.mouse.move(1, viewport["height"] - 1)  # no hover state (the theme's, app-wide) under axe
        found = blocking(run_axe(page))
        assert not found, describe(found)
        page.locator("#admin-close").click()
        page.locator("#settings-btn").click()
        page.locator("#kimi-settings.open").wait_for(state="visible", timeout=10_000)
        page.locator("#account-settings").get_by_text("Account").first.click()
        page.locator("#api-keys").get_by_text("API keys").first.click()
        expect(page.locator("#acct-sessions")).to_contain_text("this one")
        page.mouse.move(1, viewport["height"] - 1)
        found = blocking(run_axe(page))
        assert not found, describe(found)
    finally:
        page.context.close()
