"""Organising chats in real Chromium (issue 15): folders made, filled by a chat's menu and by dragging,
closed, renamed and deleted (their chats stay); a selection archived, exported and deleted after one
confirmation that says how many; a temporary chat that survives a reload, is never listed, and is gone
once the page leaves it."""

from __future__ import annotations

import json

import httpx
import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from kimi_ui.storage.models import Conversation
from tests.support.browser import answered, ready_page, send
from tests.support.serving import sim_app
from tests.ui.test_browser_sidebar import menu_of

pytestmark = pytest.mark.ui


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with sim_app(tmp_path_factory.mktemp("organise"), sim.url) as served:
        yield served


def chats(app, *titles: str) -> list[str]:
    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        made = []
        for title in titles:
            conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", title=title,
                                                     backend="Simulated vLLM", mode="instant")
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user",
                              content=f"about {title}")
            made.append(conversation.id)
        return made


def stored(app, conversation_id: str) -> Conversation | None:
    with app.ctx.db.session() as session:
        return session.get(Conversation, conversation_id)


def item(page, title: str):
    return page.locator("#conv-list a.kimi-conv", has_text=title)


def folder(page, name: str):
    return page.locator("#conv-list .kimi-folder").filter(has=page.locator(".kimi-folder-name", has_text=name))


def new_folder(page, name: str) -> None:
    page.locator("#conv-list .kimi-new-folder").click()
    field = page.locator("#conv-list .kimi-rename-field")
    field.fill(name)
    field.press("Enter")
    expect(folder(page, name)).to_be_visible()


def test_folders_by_menu_and_drag_close_rename_and_delete_keeping_their_chats(browser, app):
    ids = chats(app, "Folder apples", "Folder pears", "Folder plums")
    page = ready_page(browser, app.url)
    page.locator("#conv-list .kimi-new-folder").click()
    field = page.locator("#conv-list .kimi-rename-field")
    field.press("Enter")  # no name: said, and the field stays
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_attribute("placeholder", "Type a name, or Esc to cancel")
    field.press("Escape")
    expect(field).to_have_count(0)
    new_folder(page, "Fruit")
    menu_of(page, "Folder apples").get_by_role("menuitem", name="Move to Fruit").click()
    expect(folder(page, "Fruit").locator("a.kimi-conv", has_text="Folder apples")).to_be_visible()
    item(page, "Folder pears").drag_to(folder(page, "Fruit").locator(".kimi-folder-row"))
    expect(folder(page, "Fruit").locator("a.kimi-conv", has_text="Folder pears")).to_be_visible()
    fruit = stored(app, ids[0]).folder_id
    assert fruit and stored(app, ids[1]).folder_id == fruit and stored(app, ids[2]).folder_id is None

    folder(page, "Fruit").locator(".kimi-folder-toggle").click()  # closed: counted, not listed
    expect(folder(page, "Fruit").locator("a.kimi-conv")).to_have_count(0)
    expect(folder(page, "Fruit").locator(".kimi-folder-toggle")).to_have_attribute("aria-expanded", "false")
    expect(folder(page, "Fruit").locator(".kimi-folder-count")).to_have_text("2")
    folder(page, "Fruit").get_by_role("button", name="Options for the folder Fruit").click()
    page.get_by_role("menuitem", name="Rename").click()
    field = page.locator("#conv-list .kimi-rename-field")
    field.fill("Orchard")
    field.press("Enter")
    expect(folder(page, "Orchard")).to_be_visible()
    folder(page, "Orchard").get_by_role("button", name="Options for the folder Orchard").click()
    menu = page.get_by_role("menu", name="Options for the folder Orchard")
    menu.get_by_role("menuitem", name="Delete…").click()
    expect(menu).to_contain_text("Its 2 chats stay in the list.")
    menu.get_by_role("menuitem", name="Delete folder").click()
    expect(page.locator("#conv-list .kimi-folder")).to_have_count(0)
    for title in ("Folder apples", "Folder pears", "Folder plums"):
        expect(item(page, title)).to_be_visible()
    assert all(stored(app, cid).folder_id is None for cid in ids)
    page.close()


def test_a_selection_is_archived_exported_and_deleted_after_one_confirmation(browser, app):
    ids = chats(app, "Bulk one", "Bulk two", "Bulk three", "Bulk four")
    page = ready_page(browser, app.url)
    page.locator("#conv-list .kimi-select").click()
    bar = page.get_by_role("toolbar", name="Selected chats")
    expect(bar).to_be_visible()
    page.get_by_role("checkbox", name="Select “Bulk one”").check()
    item(page, "Bulk three").click(modifiers=["Shift"])  # a click on a chat picks it (shift: the range)
    expect(bar.locator(".kimi-bulk-count")).to_have_text("3 selected")
    href = bar.get_by_role("link", name="Export").get_attribute("href")
    exported = httpx.get(app.url.rstrip("/") + "/" + href).json()
    assert sorted(c["conversation"]["title"] for c in exported["conversations"]) == ["Bulk one", "Bulk three",
                                                                                    "Bulk two"]
    bar.get_by_role("button", name="Archive").click()
    for title in ("Bulk one", "Bulk two", "Bulk three"):
        expect(item(page, title)).to_have_count(0)
    assert [stored(app, cid).archived for cid in ids] == [True, True, True, False]

    page.get_by_role("checkbox", name="Select “Bulk four”").check()
    page.locator("#conv-list .kimi-list-tools + .kimi-bulk .kimi-bulk-delete").click()
    expect(bar).to_contain_text("Delete 1 chat for good?")
    bar.get_by_role("button", name="Keep").click()
    assert stored(app, ids[3]) is not None
    page.get_by_role("checkbox", name="Archived").check()  # the archive: the three come back together
    expect(item(page, "Bulk one")).to_be_visible()
    for title in ("Bulk one", "Bulk two", "Bulk three"):
        page.get_by_role("checkbox", name=f"Select “{title}”").check()
    bar.locator(".kimi-bulk-delete").click()
    expect(bar).to_contain_text("Delete 3 chats for good?")
    bar.locator(".kimi-bulk-delete-yes").click()
    expect(item(page, "Bulk two")).to_have_count(0)
    assert [stored(app, cid) for cid in ids[:3]] == [None, None, None] and stored(app, ids[3]) is not None
    page.close()


def test_a_temporary_chat_survives_a_reload_is_never_listed_and_goes_when_left(browser, app):
    page = ready_page(browser, app.url)
    page.locator("#conv-list .kimi-temporary-link").click()
    expect(page.locator("#export-links .kimi-temporary")).to_be_visible()
    send(page, "a temporary question about otters")
    answered(page, 1)
    temporary = page.evaluate("location.pathname").rsplit("/", 1)[-1]
    assert stored(app, temporary).temporary
    page.reload()
    answered(page, 1)  # stored while in use: the answer is there after a reload
    expect(page.locator("#chat .kimi-user")).to_contain_text("otters")
    expect(page.locator("#conv-list a.kimi-conv", has_text="otters")).to_have_count(0)
    page.locator("#conv-search input, #conv-search textarea").first.fill("otters")
    expect(page.locator("#search-results")).to_contain_text("Nothing found")
    all_json = httpx.get(app.url.rstrip("/") + "/export/all.json").json()
    assert temporary not in json.dumps(all_json)
    page.locator("#new-chat").click()
    expect(page.locator("#export-links .kimi-temporary")).to_have_count(0)
    page.wait_for_function("!location.pathname.includes('/c/')")
    assert stored(app, temporary) is None  # left: deleted with everything it had
    page.close()
