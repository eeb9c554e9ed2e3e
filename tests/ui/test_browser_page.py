"""The page around the chat in real Chromium (issue 14): on a phone it opens on the chat and the
conversations are a drawer that a pick closes; the message box has the focus on load and after sending;
the keyboard shortcuts; quick prompts go in at the cursor; the page is installable."""

from __future__ import annotations

import io
import json
import re

import httpx
import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.support.browser import answered, ready, send
from tests.support.serving import sim_app

pytestmark = pytest.mark.ui
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def app(sim, tmp_path_factory):
    """One app for the module (each test opens its own page or chat): an app start per test cost ~2 s."""
    with sim_app(tmp_path_factory.mktemp("page"), sim.url) as served:
        yield served


def test_on_a_phone_the_page_opens_on_the_chat_and_the_drawer_closes_after_a_pick(browser, app):
    context = browser.new_context(viewport=PHONE, color_scheme="dark")
    page = context.new_page()
    page.goto(app.url)
    ready(page)
    expect(page.locator("#composer textarea")).to_be_focused()
    sidebar = page.locator("#kimi-sidebar")
    expect(sidebar).not_to_be_in_viewport()  # the chat first, not the list
    send(page, "phone question one #sim tokens=5")
    answered(page, 1)
    expect(page.locator("#composer textarea")).to_be_focused()  # again after sending
    page.get_by_role("button", name="+ New chat").click() if sidebar.is_visible() else None
    menu = page.get_by_role("button", name="Conversations")
    menu.click()
    expect(sidebar).to_be_in_viewport()
    expect(menu).to_have_attribute("aria-expanded", "true")
    page.locator("#new-chat").click()  # a pick closes the drawer
    expect(sidebar).not_to_be_in_viewport()
    menu.click()
    page.locator("#conv-list a.kimi-conv", has_text="phone question one").click()
    expect(sidebar).not_to_be_in_viewport()
    expect(page.locator("#chat")).to_contain_text("phone question one", timeout=10_000)
    menu.click()
    page.keyboard.press("Escape")  # closes the drawer
    expect(sidebar).not_to_be_in_viewport()
    composer = page.locator("#composer")
    box = composer.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"]  # the composer is in reach
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scroll
    context.close()


def test_keyboard_shortcuts(browser, app):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    page = context.new_page()
    page.goto(app.url)
    ready(page)
    assert page.evaluate("document.activeElement.closest('#composer') !== null")
    send(page, "Code please\n\n```python\nprint('first')\n```\n\n```python\nprint('last one')\n```\n#sim tokens=5")
    answered(page, 1)
    page.keyboard.press("Control+Shift+C")  # the last code block of the answers
    assert page.evaluate("navigator.clipboard.readText()") == "print('last one')"

    page.keyboard.press("Control+k")
    expect(page.locator("#conv-search input, #conv-search textarea").first).to_be_focused()
    page.keyboard.press("Shift+Escape")
    expect(page.locator("#composer textarea")).to_be_focused()

    page.keyboard.press("Control+/")
    dialog = page.locator("dialog.kimi-shortcuts")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("New chat")
    box = dialog.bounding_box()  # in the middle of the screen (it opened at the bottom)
    assert abs(box["x"] + box["width"] / 2 - 720) <= 2 and abs(box["y"] + box["height"] / 2 - 450) <= 2
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    page.keyboard.press("Control+Shift+O")  # a new chat
    expect(page.locator("#chat .kimi-msg")).to_have_count(0, timeout=10_000)
    expect(page).not_to_have_url(re.compile(r"/c/\w+$"), timeout=10_000)
    context.close()


FIRST_FOCUSABLE = """() => [...document.querySelectorAll(
  'a[href], button, input, textarea, select, [tabindex]:not([tabindex="-1"])')]
  .find(el => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .outerHTML.slice(0, 120)"""


def test_the_skip_link_comes_first_and_reaches_the_message_box(browser, app):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(app.url)
    ready(page)
    assert "kimi-skip" in page.evaluate(FIRST_FOCUSABLE)  # first in the tab order
    skip = page.get_by_role("link", name="Skip to the message box")
    skip.focus()
    expect(skip).to_be_in_viewport()  # shown while it has the focus
    page.keyboard.press("Enter")
    expect(page.locator("#composer textarea")).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_have_text("kimi-ui")
    page.close()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 60, 60)).save(out, "PNG")
    return out.getvalue()


def test_quick_prompts_come_with_an_image_and_go_in_at_the_cursor(browser, app):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(app.url)
    ready(page)
    quick = page.locator("#quick-prompts")
    expect(quick).to_be_hidden()
    box = page.locator("#composer textarea")
    box.fill("Please: ")
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "red.png", "mimeType": "image/png", "buffer": png()}])
    expect(quick).to_be_visible(timeout=10_000)
    box.press("End")
    quick.get_by_role("button", name="Extract all text").click()
    expect(box).to_have_value("Please: Extract all text")  # added, not replacing
    box.evaluate("b => b.setSelectionRange(0, 0)")
    quick.get_by_role("button", name="Describe this diagram").click()
    expect(box).to_have_value("Describe this diagramPlease: Extract all text")
    page.close()


def test_the_page_is_installable(browser, app):
    page = browser.new_page()
    page.goto(app.url)
    ready(page)
    expect(page.locator('meta[name="theme-color"]')).to_have_attribute("content", "#1a2238")
    manifest_url = page.locator('link[rel="manifest"]').get_attribute("href")
    page.close()
    with httpx.Client(base_url=app.url, timeout=10) as http:
        answer = http.get(manifest_url)
        assert answer.headers["content-type"].startswith("application/manifest+json")
        manifest = json.loads(answer.text)
        assert manifest["name"] == "kimi-ui" and manifest["display"] == "standalone"
        for icon in manifest["icons"]:
            image = http.get(icon["src"])
            assert image.status_code == 200
            assert Image.open(io.BytesIO(image.content)).size == tuple(map(int, icon["sizes"].split("x")))
        assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}


def pick_backend(page, name: str) -> None:
    picker = page.locator("#backend-picker input")
    picker.click()
    page.get_by_role("option", name=re.compile(re.escape(name))).first.click()
    expect(picker).to_have_value(re.compile(re.escape(name)))


def test_a_text_only_backend_refuses_an_image_at_once(browser, app):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(app.url)
    ready(page)
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "shot.png", "mimeType": "image/png", "buffer": png()}])
    estimate = page.locator("#upload-estimate")
    expect(estimate).to_contain_text("tokens", timeout=10_000)
    pick_backend(page, "Simulated llama.cpp")  # attached before switching: said again for this backend
    expect(estimate).to_contain_text("is text-only: it cannot read shot.png", timeout=10_000)
    expect(page.locator("#quick-prompts")).to_be_hidden()
    pick_backend(page, "Simulated vLLM ·")
    expect(estimate).to_contain_text("tokens", timeout=10_000)
    expect(estimate).not_to_contain_text("text-only")
    page.close()


def test_a_new_chat_starts_from_the_defaults_and_a_retired_backend_is_said(browser, app):
    from kimi_ui.auth import LOCAL_USER
    from kimi_ui.storage import store

    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        old = store.create_conversation(session, owner_id=owner_id, system_prompt="", title="On a retired server",
                                        backend="Retired vLLM", mode="instant")
        store.add_message(session, owner_id=owner_id, conversation_id=old.id, role="user", content="hello")
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(app.url)
    ready(page)
    page.locator("#conv-list a.kimi-conv", has_text="On a retired server").click()
    expect(page.get_by_text("This chat was on Retired vLLM, which is not configured any more")).to_be_visible(
        timeout=10_000)
    expect(page.get_by_role("radio", name="Instant")).to_be_checked()  # its own mode, shown
    page.get_by_role("button", name="+ New chat").click()
    expect(page.get_by_role("radio", name="Thinking")).to_be_checked(timeout=10_000)  # the defaults again
    expect(page.locator("#backend-picker input")).to_have_value(re.compile("Simulated vLLM"))
    page.close()


def test_a_long_log_says_it_will_be_cut_before_it_is_sent(browser, app):
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.goto(app.url)
    ready(page)
    log = b"".join(f"{n:06d} INFO something happened here\n".encode() for n in range(12_000))  # ~405 KB
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "app.log", "mimeType": "text/plain", "buffer": log}])
    expect(page.locator("#upload-estimate")).to_contain_text("app.log: only the first 200 KB goes to the model",
                                                             timeout=10_000)
    page.close()


def test_a_phone_journey_in_the_dark_stop_continue_edit_and_versions(browser, app):
    """What a user does most, at 390x844 in dark mode: send, stop, continue, edit the question, switch
    between its versions; the composer stays in reach and nothing needs sideways scrolling."""
    context = browser.new_context(viewport=PHONE, color_scheme="dark")
    page = context.new_page()
    page.goto(app.url + "?__theme=dark")
    ready(page)
    send(page, "a long story on the phone #sim rate=25 tokens=400")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("Simulated answer", timeout=20_000)
    stop = page.locator("#composer .stop-button")
    expect(stop).to_be_in_viewport()
    stop.click()
    expect(chat.locator(".kimi-stats")).to_contain_text("stopped", timeout=15_000)
    expect(chat.locator(".kimi-stats")).to_contain_text(re.compile(r"about \d+ tokens"))  # what was written
    written = chat.locator(".kimi-answer .kimi-text").first.inner_text()
    chat.get_by_role("button", name="Continue").click()
    expect(chat.locator(".kimi-stats")).not_to_contain_text("stopped", timeout=30_000)  # the same answer, whole
    answered(page, 1)
    expect(chat.locator(".kimi-user")).to_have_count(1)  # no "please continue" question
    # the context meter under the last answer: how full the window is, the figures on hover
    expect(chat.locator(".kimi-context")).to_have_count(1)
    expect(chat.locator(".kimi-context")).to_have_attribute(
        "title", re.compile(r"^Context: [\d,]+ of 262,144 tokens used \(\d+ %\)$"))
    expect(chat.locator(".kimi-context meter")).to_be_visible()
    assert chat.locator(".kimi-answer .kimi-text").first.inner_text().startswith(written[:200])

    chat.locator(".kimi-user").first.get_by_role("button", name="Edit message").click()
    chat.locator("textarea.kimi-edit-box").fill("a short story instead #sim tokens=5")
    chat.get_by_role("button", name="Send").click()
    expect(chat.locator(".kimi-user .kimi-versions-pos")).to_have_text("2/2", timeout=20_000)
    answered(page, 1)
    chat.locator(".kimi-user").get_by_role("button", name="Previous version").click()
    expect(chat).to_contain_text("a long story on the phone", timeout=10_000)
    expect(chat.locator(".kimi-user .kimi-versions-pos").first).to_have_text("1/2")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    expect(page.locator("#composer textarea")).to_be_in_viewport()
    context.close()
