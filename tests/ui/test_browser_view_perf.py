"""The conversation view's keys in real Chromium: Enter in a message's edit box saves and sends again,
Shift+Enter is a new line there, as in the composer (issue 14)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.storage import store
from tests.support.browser import answered, ready_page, send

pytestmark = pytest.mark.ui


@pytest.fixture
def page(browser, app):
    page = ready_page(browser, app.url)
    yield page
    page.close()


def questions(app) -> list[str]:
    with app.ctx.db.session(read_only=True) as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.list_conversations(session, owner_id=owner_id)[0]
        return [m.content for m in store.list_messages(session, owner_id=owner_id, conversation_id=conversation.id)
                if m.role == "user"]


def test_enter_in_the_edit_box_sends_and_shift_enter_adds_a_line(page, app):
    send(page, "first wording #sim tokens=5")
    answered(page, 1)
    page.locator("#chat .kimi-user").first.get_by_role("button", name="Edit message").click()
    box = page.locator("#chat textarea.kimi-edit-box")
    expect(box).to_be_focused()
    box.fill("second wording")
    box.press("Shift+Enter")
    box.press_sequentially("on two lines")
    expect(box).to_have_value("second wording\non two lines")  # nothing sent yet
    box.press("Enter")
    expect(page.locator("#chat .kimi-user .kimi-versions-pos", has_text="2/2")).to_be_visible(timeout=30_000)
    expect(box).to_have_count(0)
    assert questions(app)[-1] == "second wording\non two lines"
