"""The conversation list in real Chromium (issue 14): it scrolls by itself under fixed controls, and every
item has a menu: rename in place (Enter or leaving the field saves, Esc cancels), pin, archive, export,
and delete after a confirmation, for a chat that is shown or not."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from tests.support.browser import ready_page, send

pytestmark = pytest.mark.ui


def chats(app, count: int) -> list[str]:
    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        made = []
        for n in range(count):
            conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="",
                                                     title=f"Stored chat {n:02d}", backend="Simulated vLLM",
                                                     mode="instant")
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user",
                              content=f"hello {n}")
            made.append(conversation.id)
        return made


def menu_of(page, title: str):
    row = page.locator("#conv-list .kimi-conv-row").filter(has=page.locator("a.kimi-conv", has_text=title))
    row.get_by_role("button", name=f"Options for {title}").click()
    menu = page.get_by_role("menu", name=f"Options for {title}")
    expect(menu).to_be_visible()
    return menu


@pytest.fixture
def page(browser, app):
    chats(app, 30)
    page = ready_page(browser, app.url)
    yield page
    page.close()


def test_the_list_scrolls_by_itself_under_fixed_controls(page):
    listing = page.locator("#conv-list")
    expect(listing.locator("a.kimi-conv")).to_have_count(30, timeout=10_000)
    sizes = listing.evaluate("el => [el.scrollHeight, el.clientHeight]")
    assert sizes[0] > sizes[1]  # it scrolls, inside its own box
    tools, links = page.locator("#history-tools"), page.locator(".kimi-sidebar-links")
    list_box, tools_box = listing.bounding_box(), tools.bounding_box()
    assert list_box["y"] + list_box["height"] <= tools_box["y"] + 1  # never drawn over the controls
    expect(links).to_be_in_viewport()
    listing.hover()
    page.mouse.wheel(0, 600)
    page.wait_for_function("document.querySelector('#conv-list').scrollTop > 0")
    assert page.evaluate("document.scrollingElement.scrollTop") == 0  # the page itself did not move


def test_rename_in_place_enter_blur_and_escape(page, app):
    menu_of(page, "Stored chat 03").get_by_role("menuitem", name="Rename").click()
    field = page.locator("#conv-list input.kimi-rename-field")
    expect(field).to_be_focused()
    field.fill("Renamed by Enter")
    field.press("Enter")
    expect(page.locator("#conv-list a.kimi-conv", has_text="Renamed by Enter")).to_have_count(1, timeout=10_000)

    menu_of(page, "Stored chat 04").get_by_role("menuitem", name="Rename").click()
    field.fill("Renamed by leaving")
    page.locator("#conv-search input, #conv-search textarea").first.click()  # a click elsewhere saves
    expect(page.locator("#conv-list a.kimi-conv", has_text="Renamed by leaving")).to_have_count(1, timeout=10_000)

    menu_of(page, "Stored chat 05").get_by_role("menuitem", name="Rename").click()
    field.fill("Never saved")
    field.press("Escape")
    expect(field).to_have_count(0)
    page.wait_for_timeout(500)
    expect(page.locator("#conv-list")).not_to_contain_text("Never saved")
    expect(page.locator("#conv-list a.kimi-conv", has_text="Stored chat 05")).to_have_count(1)
    with app.ctx.db.session(read_only=True) as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        titles = {c.title for c in store.list_conversations(session, owner_id=owner_id)}
    assert {"Renamed by Enter", "Renamed by leaving", "Stored chat 05"} <= titles and "Never saved" not in titles


def test_pin_archive_and_delete_from_the_menu(page):
    menu_of(page, "Stored chat 10").get_by_role("menuitem", name="Pin").click()
    expect(page.locator("#conv-list .kimi-group").first).to_have_text("Pinned", timeout=10_000)
    expect(page.locator("#conv-list a.kimi-conv").first).to_contain_text("Stored chat 10")

    menu_of(page, "Stored chat 11").get_by_role("menuitem", name="Archive").click()
    expect(page.locator("#conv-list")).not_to_contain_text("Stored chat 11", timeout=10_000)

    menu = menu_of(page, "Stored chat 12")
    expect(menu.get_by_role("menuitem", name="Export JSON")).to_have_attribute("href", "/export/"
                                                                              + menu.get_attribute("id")[5:] + ".json")
    menu.get_by_role("menuitem", name="Delete…").click()
    expect(menu.get_by_text("Delete this chat for good?")).to_be_visible()
    page.keyboard.press("Escape")  # closes the menu: nothing deleted
    expect(menu).to_be_hidden()
    expect(page.locator("#conv-list")).to_contain_text("Stored chat 12")
    menu = menu_of(page, "Stored chat 12")
    expect(menu.get_by_text("Delete this chat for good?")).to_be_hidden()  # asks again
    menu.get_by_role("menuitem", name="Delete…").click()
    menu.get_by_role("menuitem", name="Delete", exact=True).click()
    expect(page.locator("#conv-list")).not_to_contain_text("Stored chat 12", timeout=10_000)


def test_deleting_the_chat_shown_leaves_it(page):
    send(page, "a chat to delete from its menu #sim tokens=3")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_be_visible(timeout=20_000)
    title = page.locator("#conv-list a.kimi-conv.current").inner_text()
    menu = menu_of(page, title)
    menu.get_by_role("menuitem", name="Delete…").click()
    menu.get_by_role("menuitem", name="Delete", exact=True).click()
    expect(page.locator("#chat .kimi-msg")).to_have_count(0, timeout=10_000)
    expect(page.locator("#conv-list a.kimi-conv.current")).to_have_count(0)
    expect(page.locator("#conv-list")).not_to_contain_text("a chat to delete")


def test_actions_given_at_once_all_happen_in_order_and_the_last_opening_shows(page):
    """Gradio drops an event's trigger while that event is pending (its default trigger_mode, "once"): a
    second click on the list made while the first was being answered did nothing. The page sends its list
    actions one at a time, each once the one before is answered; none is lost, and of openings waiting in
    a row only the last is made."""
    listing = page.locator("#conv-list")
    expect(listing.locator("a.kimi-conv")).to_have_count(30, timeout=10_000)
    link = {n: listing.locator("a.kimi-conv", has_text=f"Stored chat {n:02d}").first for n in range(20, 30)}
    ids = [link[n].get_attribute("data-id") for n in (20, 21, 22, 23)]
    waiting = page.evaluate("""(ids) => {
      kimiAction('pin:' + ids[0]);
      kimiAction('pin:' + ids[1]);
      kimiAction('open:' + ids[2]);
      kimiAction('open:' + ids[3]);
      return kimiActions.waiting.slice();
    }""", ids)
    assert waiting == [f"pin:{ids[1]}", f"open:{ids[3]}"]  # the first pin is on its way; one opening waits
    expect(page.locator("#conv-title input")).to_have_value("Stored chat 23", timeout=15_000)
    expect(page).to_have_url(re.compile(f"/c/{ids[3]}$"))
    pinned = listing.locator("a.kimi-conv:has(.kimi-pin)")
    for title in ("Stored chat 20", "Stored chat 21"):
        expect(pinned.filter(has_text=title)).to_have_count(1, timeout=10_000)
    # Clicks as a user makes them, each while the one before is being answered: the last one shows.
    for n in (24, 25, 26, 27):
        link[n].click()
    expect(page.locator("#conv-title input")).to_have_value("Stored chat 27", timeout=15_000)
    expect(listing.locator("a.kimi-conv.current")).to_have_text("Stored chat 27")
