"""Copy and Edit give the Markdown as written, in real Chromium (issue 12, finding 2).

The Chatbot's value is the HTML the server rendered, and Gradio's Copy message, Copy conversation and Edit
take that value. assets/source_bridge.js swaps in the source each message carries in a hidden
`<span class="kimi-src">` (in its title); it relies on Gradio's DOM (button labels, message elements and their
aria-labels), so these tests are also the alarm for a Gradio upgrade that breaks it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from tests.support.browser import send

pytestmark = pytest.mark.ui

QUESTION = ("Is $a<b$ true? Show <svg onload=alert(1)> as text, and \\(x\\) too.\n\n"
            "```html\n<b>bold</b> & a < b\n```\n\n- one\n- two")
EDITED = "Edited: $x<y$, `<i>` and a \\[ z \\] block\n\n| a | b |\n|---|---|\n| 1 | 2 |"


@pytest.fixture
def page(browser, app):
    context = browser.new_context(viewport={"width": 1400, "height": 950})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app.url.rstrip("/"))
    page = context.new_page()
    page.goto(app.url)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    yield page
    context.close()


def stored(app) -> list:
    with app.ctx.db.session(read_only=True) as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.list_conversations(session, owner_id=owner_id)[0]
        return store.list_messages(session, owner_id=owner_id, conversation_id=conversation.id)


def clipboard(page) -> str:
    return page.evaluate("() => navigator.clipboard.readText()")


def ask(page, text: str) -> None:
    send(page, text)
    expect(page.locator("#chat .kimi-stats").last).to_be_visible(timeout=30_000)  # the answer has ended
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    # the stored chat that follows the stream brings the answer's source
    expect(page.locator("#chat [data-testid=bot] .kimi-src").first).to_be_attached(timeout=20_000)


def copy_button(page, role: str, nth: int = 0):
    row = page.locator(f"#chat .message-row:has([data-testid={role}] .kimi-md)").nth(nth)
    return row.locator("xpath=following-sibling::div[contains(@class, 'message-buttons')][1]")


def test_copy_message_and_copy_conversation_give_the_markdown_as_written(page, app):
    ask(page, QUESTION)
    question, answer = [m for m in stored(app) if m.role in ("user", "assistant")][:2]
    assert question.content == QUESTION
    expect(page.locator("#chat .kimi-src").first).to_be_hidden()  # carried, never shown

    page.evaluate("() => navigator.clipboard.writeText('before')")
    copy_button(page, "user").get_by_role("button", name="Copy message").click()
    expect(copy_button(page, "user").get_by_role("button", name="Copied message")).to_be_visible()  # feedback
    assert clipboard(page) == QUESTION

    copy_button(page, "bot").get_by_role("button", name="Copy message").click()  # the answer (reasoning is folded)
    assert clipboard(page) == answer.content

    page.locator("#chat").get_by_role("button", name="Copy conversation").click()
    everything = clipboard(page)
    assert everything.startswith(f"user: {QUESTION}\n\nassistant (thinking): {answer.reasoning}\n\n"), everything[:300]
    assert f"\n\nassistant: {answer.content}" in everything
    assert "kimi-" not in everything and "<div" not in everything and "&lt;" not in everything
    assert "tok/s" not in everything and "‹" not in everything  # no stats line, no version switcher


def test_edit_shows_the_source_and_sends_exactly_what_was_typed(page, app):
    ask(page, QUESTION)
    copy_button(page, "user").get_by_role("button", name="Edit").click()
    box = page.locator("#chat textarea.edit-textarea")
    expect(box).to_have_value(QUESTION)

    box.fill(EDITED)
    page.locator("#chat").get_by_role("button", name="Submit").click()
    expect(page.locator("#chat .kimi-branch-pos", has_text="2/2").first).to_be_visible(timeout=30_000)
    questions = [m.content for m in stored(app) if m.role == "user"]
    assert questions == [QUESTION, EDITED]
