"""The user's own settings in real Chromium (issue 15): saved as they change, in the database, applied at
once in this tab and in another tab of the same browser; a new chat starts from the defaults and the custom
instructions; with "Enter sends" off, Enter is a new line and Ctrl+Enter sends."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.preferences import PreferenceStore
from kimi_ui.storage import store
from tests.support.browser import answered, open_settings, ready
from tests.support.serving import sim_app

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with sim_app(tmp_path_factory.mktemp("settings"), sim.url) as served:
        yield served


def owner(app) -> str:
    with app.ctx.db.session() as session:
        return store.ensure_user(session, name=LOCAL_USER).id


def test_settings_are_stored_and_applied_at_once_in_every_tab(browser, app):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, color_scheme="light")
    page, other = context.new_page(), context.new_page()
    for tab in (page, other):
        tab.goto(app.url)
        ready(tab)
    assert not other.evaluate("document.body.classList.contains('dark')")
    open_settings(page)
    page.locator("#pref-theme").get_by_label("Dark").check()
    page.wait_for_function("document.body.classList.contains('dark')")
    other.wait_for_function("document.body.classList.contains('dark')")  # the other tab, at once
    # The other tab's panel shows what is stored when it opens; a change there saves only what was changed.
    open_settings(other)
    expect(other.locator("#pref-theme").get_by_label("Dark")).to_be_checked()
    other.locator("#pref-enter input").uncheck()
    for _ in range(100):
        if not PreferenceStore(app.ctx.db).get(owner(app)).enter_sends:
            break
        other.wait_for_timeout(100)
    assert PreferenceStore(app.ctx.db).get(owner(app)).theme == "dark"
    other.locator("#pref-enter input").check()
    page.locator("#pref-mode").get_by_label("Instant").check()
    expect(other.locator("#pref-mode").get_by_label("Instant")).to_be_checked()  # its panel is open: at once
    instructions = page.locator("#pref-instructions textarea")
    instructions.fill("Answer like a pirate.")
    instructions.blur()
    prefs = PreferenceStore(app.ctx.db)
    page.wait_for_function("document.querySelector('#kimi-prefs') !== null")
    for _ in range(50):
        if prefs.get(owner(app)).custom_instructions == "Answer like a pirate.":
            break
        page.wait_for_timeout(100)
    saved = prefs.get(owner(app))
    assert (saved.theme, saved.default_mode, saved.custom_instructions) == ("dark", "instant",
                                                                           "Answer like a pirate.")
    expect(other.locator("#pref-instructions textarea")).to_have_value("Answer like a pirate.")
    other.wait_for_timeout(500)  # the refreshed fields saved nothing back
    saved = prefs.get(owner(app))
    assert (saved.theme, saved.default_mode, saved.enter_sends) == ("dark", "instant", True)
    fresh = context.new_page()  # a page opened later starts from them
    fresh.goto(app.url)
    ready(fresh)
    fresh.wait_for_function("document.body.classList.contains('dark')")
    expect(fresh.locator("#mode-picker").get_by_label("Instant")).to_be_checked()
    open_settings(fresh)
    fresh.locator("#kimi-settings").get_by_text("Advanced").click()
    expect(fresh.get_by_label("System prompt (this conversation)")).to_have_value(
        app.ctx.settings.system_prompt + "\n\nAnswer like a pirate.")  # the new chat's prompt has them
    page.locator("#pref-theme").get_by_label("System").check()
    page.locator("#pref-mode").get_by_label("App default").check()
    instructions.fill("")
    instructions.blur()
    other.wait_for_function("!document.body.classList.contains('dark')")
    context.close()


def test_with_enter_sends_off_enter_is_a_new_line_and_ctrl_enter_sends(browser, app):
    PreferenceStore(app.ctx.db).save(owner(app), enter_sends=False)
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(app.url)
        ready(page)
        page.wait_for_function("window.kimiEnterSends === false")
        box = page.locator("#composer textarea")
        box.click()
        box.type("first line")
        box.press("Enter")
        box.type("second line")
        expect(box).to_have_value("first line\nsecond line")
        expect(page.locator("#chat .kimi-user")).to_have_count(0)
        box.press("Control+Enter")
        answered(page, 1)
        expect(page.locator("#chat .kimi-user")).to_contain_text("second line")
    finally:
        PreferenceStore(app.ctx.db).save(owner(app), enter_sends=True)
        page.close()
