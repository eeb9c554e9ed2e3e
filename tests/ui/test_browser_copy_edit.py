"""Copy and Edit give the Markdown as written, in real Chromium (issue 12, finding 2; issue 14).

The conversation view (kimi_ui/ui/chat_view) shows the HTML the server rendered and carries each message's
Markdown beside it: Copy (a question, an answer, the conversation) and Edit take that, read back here from
the real clipboard."""

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
    expect(page.locator("#chat .kimi-answer .kimi-stats").last).to_be_visible(timeout=30_000)  # it has ended
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)
    # ...and is written: Stop turns back into Send once the job has saved it (the stats come a moment before)
    expect(page.get_by_role("button", name="Send")).to_be_visible(timeout=20_000)


def test_copy_message_and_copy_conversation_give_the_markdown_as_written(page, app):
    ask(page, QUESTION)
    question, answer = [m for m in stored(app) if m.role in ("user", "assistant")][:2]
    assert question.content == QUESTION

    page.evaluate("() => navigator.clipboard.writeText('before')")
    mine = page.locator("#chat .kimi-user").first
    mine.get_by_role("button", name="Copy message").click()
    expect(mine.get_by_role("button", name="Copied")).to_be_visible()  # feedback
    assert clipboard(page) == QUESTION

    page.locator("#chat .kimi-answer").first.get_by_role("button", name="Copy answer").click()
    assert clipboard(page) == answer.content  # the text, without the (folded) reasoning

    page.locator("#chat").get_by_role("button", name="Copy conversation").click()
    everything = clipboard(page)
    assert everything == f"**You:**\n\n{QUESTION}\n\n---\n\n**Kimi:**\n\n{answer.content}", everything[:300]
    assert "kimi-" not in everything and "<div" not in everything and "&lt;" not in everything
    assert "tok/s" not in everything  # no stats


def test_edit_shows_the_source_and_sends_exactly_what_was_typed(page, app):
    ask(page, QUESTION)
    page.locator("#chat .kimi-user").first.get_by_role("button", name="Edit message").click()
    box = page.locator("#chat textarea.kimi-edit-box")
    expect(box).to_have_value(QUESTION)
    expect(box).to_be_focused()

    box.fill(EDITED)
    page.locator("#chat").get_by_role("button", name="Send").click()
    expect(page.locator("#chat .kimi-user .kimi-versions-pos", has_text="2/2")).to_be_visible(timeout=30_000)
    questions = [m.content for m in stored(app) if m.role == "user"]
    assert questions == [QUESTION, EDITED]
    expect(page.locator("#chat .kimi-user").first).to_contain_text("Edited:")
    page.locator("#chat .kimi-user").first.get_by_role("button", name="Edit message").click()
    page.locator("#chat textarea.kimi-edit-box").press("Escape")  # cancels, sends nothing
    expect(page.locator("#chat textarea.kimi-edit-box")).to_have_count(0)
    assert [m.content for m in stored(app) if m.role == "user"] == [QUESTION, EDITED]
