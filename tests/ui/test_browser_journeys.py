"""Issue 14's journeys in its two combinations, desktop 1440x900 light and phone 390x844 dark, in real
Chromium on one app: a thinking answer with a tool (reasoning open and closed, the tool row opened), copy
read back from the clipboard, a quick prompt at the cursor, the draft kept over a reload, the list's menu
(rename, pin) and the shortcuts. (Stop, continue, edit and versions on the phone: test_browser_page.py; on
the desktop: test_browser_copy_edit.py and test_browser_chat_view.py.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from tests.support.browser import send, tool_row
from tests.support.serving import sim_app
from tests.ui.test_browser_page import png

pytestmark = pytest.mark.ui

COMBOS = {
    "desktop-light": ({"width": 1440, "height": 900}, "light"),
    "phone-dark": ({"width": 390, "height": 844}, "dark"),
}
QUESTION = 'What is 6*7?\ncall calculator {"expression": "6*7"}\n#sim tokens=8'


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    with sim_app(tmp_path_factory.mktemp("journeys"), sim.url) as served:
        yield served


def last_answer(app) -> str:
    with app.ctx.db.session(read_only=True) as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.list_conversations(session, owner_id=owner_id)[0]
        rows = store.list_messages(session, owner_id=owner_id, conversation_id=conversation.id)
    return [m for m in rows if m.role == "assistant"][-1].content


def open_list(page, phone: bool) -> None:
    """The conversations: beside the chat on a desktop, the drawer on a phone."""
    if phone:
        page.get_by_role("button", name="Conversations").click()
        expect(page.locator("body.kimi-drawer")).to_have_count(1)


@pytest.mark.parametrize("combo", list(COMBOS))
def test_a_day_with_the_page(browser, app, combo):
    viewport, scheme = COMBOS[combo]
    phone = viewport["width"] < 500
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    page = context.new_page()
    page.goto(app.url + f"?__theme={scheme}")
    box = page.locator("#composer textarea")
    expect(box).to_be_editable(timeout=20_000)
    expect(box).to_be_focused()

    # A thinking answer that calls a tool: reasoning disclosures, the tool row, the text, the stats.
    page.locator("#mode-picker").get_by_text("Thinking").click()
    send(page, f"{combo}: {QUESTION}")
    chat = page.locator("#chat")
    answer = chat.locator(".kimi-answer").first
    expect(answer.locator(".kimi-stats")).to_be_visible(timeout=30_000)
    expect(box).to_be_focused()  # back in the composer after sending
    expect(page.locator("body.kimi-answering")).to_have_count(0, timeout=20_000)
    reasoning = answer.locator("details.kimi-reasoning").first
    expect(reasoning.locator("summary")).to_contain_text("Thought")  # ("Thought for 2 s"; under 1 s: "Thought")
    expect(reasoning).not_to_have_attribute("open", "")  # closed once written
    reasoning.locator("summary").click()
    expect(reasoning).to_have_attribute("open", "")
    expect(reasoning.locator(".kimi-md, div").first).to_be_visible()
    reasoning.locator("summary").click()
    expect(reasoning).not_to_have_attribute("open", "")
    reasoning.locator("summary").click()  # opened by the reader: the next answer streaming leaves it open
    send(page, "and once more #sim tokens=30 rate=30")
    expect(chat.locator(".kimi-answer")).to_have_count(2, timeout=10_000)
    expect(page.locator("body.kimi-answering")).to_have_count(0, timeout=20_000)
    expect(reasoning).to_have_attribute("open", "")
    row = tool_row(chat, "calculator", "6*7")
    expect(row).to_have_count(1)
    row.click()
    expect(answer.locator("details.kimi-tool[open]")).to_contain_text("42")

    # Copy the answer: the Markdown as written (as stored), from the real clipboard.
    chat.locator(".kimi-answer").last.get_by_role("button", name="Copy answer").click()
    assert page.evaluate("navigator.clipboard.readText()") == last_answer(app)

    # A quick prompt goes in at the cursor, next to what is typed.
    box.fill("Look: ")
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "red.png", "mimeType": "image/png", "buffer": png()}])
    quick = page.locator("#quick-prompts")
    expect(quick).to_be_visible(timeout=10_000)
    box.press("End")
    quick.get_by_role("button", name="Describe this diagram").click()
    expect(box).to_have_value("Look: Describe this diagram")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    # The draft is kept over a reload (the file is not: it is one upload of that page).
    page.reload()
    expect(box).to_have_value("Look: Describe this diagram", timeout=20_000)
    box.fill("")

    # The list's menu: rename in place, pin.
    open_list(page, phone)
    item = page.locator("#conv-list .kimi-conv-row").filter(has=page.locator("a.kimi-conv", has_text=f"{combo}:"))
    title = item.locator("a.kimi-conv").inner_text().strip()
    item.get_by_role("button", name=f"Options for {title}").click()
    page.get_by_role("menu", name=f"Options for {title}").get_by_role("menuitem", name="Rename").click()
    field = page.locator("#conv-list input.kimi-rename-field")
    field.fill(f"Renamed on {combo}")
    field.press("Enter")
    renamed = page.locator("#conv-list a.kimi-conv", has_text=f"Renamed on {combo}")
    expect(renamed).to_have_count(1, timeout=10_000)
    row = page.locator("#conv-list .kimi-conv-row").filter(has=page.locator("a.kimi-conv", has_text=f"Renamed on {combo}"))
    row.get_by_role("button", name=f"Options for Renamed on {combo}").click()
    page.get_by_role("menu", name=f"Options for Renamed on {combo}").get_by_role("menuitem", name="Pin").click()
    expect(page.locator("#conv-list")).to_contain_text("Pinned", timeout=10_000)
    if phone:
        page.keyboard.press("Escape")  # closes the drawer, never anything else
        expect(page.locator("body.kimi-drawer")).to_have_count(0)

    # Shortcuts: the list of them, and a new chat.
    box.focus()
    page.keyboard.press("Control+/")
    dialog = page.locator("dialog.kimi-shortcuts")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.keyboard.press("Control+Shift+O")
    expect(chat.locator(".kimi-msg")).to_have_count(0, timeout=10_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    context.close()
