"""Quotas and backend access as a user meets them in Chromium: a backend kept for a group is not in the
picker of anyone else; near a budget the answer says what is left; at it the message is refused with the day
the budget comes back and goes back to the composer."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from kimi_ui.storage.db import Database
from kimi_ui.storage.models import User
from tests.support.accounts import SESSION_COOKIE, add_accounts, cheap_hashing, session_cookie
from tests.support.browser import send
from tests.support.serving import make_settings, serve, sim_backends

pytestmark = pytest.mark.ui
USERS = {"rita": "rita's long password", "sam": "sam's long password"}


@pytest.fixture(scope="module")
def kept_app(sim, tmp_path_factory):
    settings = make_settings(tmp_path_factory.mktemp("quotas"), host="0.0.0.0", default_backend="Simulated vLLM",
                             day_tokens=0)
    add_accounts(settings, USERS)
    db = Database(settings.effective_database_url)
    with db.session() as session:
        for user in session.exec(select(User)).all():
            user.groups = "research" if user.name == "rita" else ""
            user.day_tokens = None if user.name == "rita" else 990
            session.add(user)
        session.commit()
    db.dispose()
    backends = [b.model_copy(update={"groups": ["research"]}) if "Moonshot" in b.name else b
                for b in sim_backends(sim.url)]
    with cheap_hashing(), serve(settings, backends) as served:
        yield served


def page_of(browser, app, name: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": SESSION_COOKIE, "value": session_cookie(app.url, name, USERS[name]),
                          "domain": urlsplit(app.url).hostname, "path": "/"}])
    page = context.new_page()
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=30_000)
    return context, page


def picker_names(page) -> list[str]:
    page.locator("#backend-picker input").click()
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    names = options.all_inner_texts()
    page.keyboard.press("Escape")
    return names


def test_a_kept_backend_is_only_in_its_groups_picker(browser, kept_app):
    context, page = page_of(browser, kept_app, "rita")
    assert any("Simulated Moonshot API" in n for n in picker_names(page))
    context.close()
    context, page = page_of(browser, kept_app, "sam")
    names = picker_names(page)
    assert names and not any("Moonshot" in n for n in names)
    context.close()


def test_near_the_budget_a_warning_then_a_refusal_that_keeps_the_message(browser, kept_app):
    """A budget counts what a turn sends too: 990 tokens; the first answer takes about 570 of them, the second (in a
    new chat, sending little) takes the user past 80 %, the third spends the rest, the fourth is refused."""
    context, page = page_of(browser, kept_app, "sam")
    chat = page.locator("#chat")
    send(page, "spend some #sim tokens=300")
    expect(chat.locator(".kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    expect(page.get_by_role("button", name="Send")).to_be_visible(timeout=20_000)  # (the turn's end is shown)
    page.get_by_role("button", name="+ New chat").click()
    expect(chat.locator(".kimi-answer")).to_have_count(0, timeout=30_000)
    send(page, "a little more #sim tokens=5")
    expect(chat).to_contain_text("of today's 990 tokens", timeout=20_000)
    expect(chat.locator(".kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    expect(page.get_by_role("button", name="Send")).to_be_visible(timeout=20_000)  # (else it would be queued)
    send(page, "the last one")  # the rest (and the floor past it): it says when the budget comes back
    expect(chat).to_contain_text("With this answer you have used today's 990 tokens", timeout=20_000)
    expect(page.get_by_role("button", name="Send")).to_be_visible(timeout=20_000)
    send(page, "one too many")
    expect(chat).to_contain_text("You have used today's 990 tokens", timeout=20_000)
    expect(page.locator("#composer textarea")).to_have_value("one too many", timeout=20_000)
    context.close()
