"""The conversation view in real Chromium (issue 14): a question is one bubble with its attachments, an
image opens larger and Esc closes it without stopping the answer, an answer is one block whose footer
offers Retry on any answer, and "show earlier" pages older messages in."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from kimi_ui.auth import LOCAL_USER
from kimi_ui.conversations import CHAT_WINDOW
from kimi_ui.storage import store
from tests.support.browser import ready_page, send

pytestmark = pytest.mark.ui


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def page(browser, app):
    page = ready_page(browser, app.url)
    yield page
    page.close()


def test_a_question_with_an_image_is_one_bubble_and_the_image_opens_larger(page):
    page.locator("#composer input[type=file]").set_input_files(
        [{"name": "blue.png", "mimeType": "image/png", "buffer": png()}])
    expect(page.locator("#upload-estimate")).to_be_visible(timeout=10_000)
    send(page, "What colour is this? #sim rate=20 tokens=200")
    question = page.locator("#chat .kimi-user")
    expect(question).to_have_count(1, timeout=10_000)
    expect(question.locator(".kimi-bubble img")).to_have_count(1, timeout=15_000)  # the stored attachment
    expect(question.locator(".kimi-bubble")).to_contain_text("What colour is this?")

    expect(page.locator("body")).to_have_class(re.compile(r"\bkimi-answering\b"), timeout=10_000)
    question.get_by_role("button", name="Enlarge blue.png").click()
    dialog = page.locator("dialog.kimi-lightbox")
    expect(dialog).to_be_visible()
    expect(dialog.locator("img")).to_have_attribute("alt", "blue.png")
    page.keyboard.press("Escape")  # closes the picture, and only that
    expect(dialog).to_be_hidden()
    page.wait_for_timeout(500)
    expect(page.locator("body")).to_have_class(re.compile(r"\bkimi-answering\b"))
    expect(page.locator("#chat")).not_to_contain_text("stopped")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_be_visible(timeout=30_000)
    expect(page.locator("#chat")).not_to_contain_text("stopped")


def test_each_answer_is_one_block_and_any_answer_can_be_retried(page):
    send(page, "first question #sim tokens=5")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    expect(page.locator("#composer textarea")).to_be_editable(timeout=10_000)
    # Send is back (Enter while Stop still shows queues the message; in a new chat whose send event has not
    # named its conversation yet, it comes back with a notice)
    expect(page.locator("#composer .submit-button")).to_be_visible(timeout=10_000)
    send(page, "second question #sim tokens=5")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(2, timeout=20_000)
    answers = page.locator("#chat .kimi-answer")
    expect(answers).to_have_count(2)
    # reasoning, text and footer sit in one block each: nothing else is a message
    assert page.locator("#chat .kimi-msg").count() == 4
    expect(answers.first.locator("details.kimi-reasoning")).to_have_count(1)

    answers.first.get_by_role("button", name="Retry").click()  # not the last answer
    expect(page.locator("#chat .kimi-answer .kimi-versions-pos")).to_have_text("2/2", timeout=20_000)
    expect(page.locator("#chat")).not_to_contain_text("second question")  # the new version's branch
    page.locator("#chat .kimi-answer").get_by_role("button", name="Previous version").click()
    expect(page.locator("#chat")).to_contain_text("second question", timeout=10_000)


def test_a_retried_answers_question_stays_in_sight_while_the_new_answer_starts(page):
    """The question is not sent again on Retry: it was dropped from the chat until the stored chat came back
    (65-250 ms on screen, the whole wait for a backend slow to start)."""
    send(page, "a question worth asking twice #sim ttft=1 tokens=5")
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    page.evaluate("""() => { window.__gone = 0; new MutationObserver(() => {
        if (!document.querySelector('#chat').textContent.includes('a question worth asking twice')) window.__gone++;
    }).observe(document.querySelector('#chat'), {subtree: true, childList: true, characterData: true}); }""")
    page.locator("#chat .kimi-answer").get_by_role("button", name="Retry").click()
    expect(page.locator("#chat .kimi-answer .kimi-versions-pos")).to_have_text("2/2", timeout=20_000)
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(1, timeout=20_000)
    assert page.evaluate("window.__gone") == 0


def test_show_earlier_pages_older_messages_in(page, app):
    with app.ctx.db.session() as session:
        owner_id = store.ensure_user(session, name=LOCAL_USER).id
        conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", title="Long one",
                                                 backend="Simulated vLLM", mode="instant")
        for n in range(CHAT_WINDOW // 2 + 2):
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user",
                              content=f"question number {n}")
            store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="assistant",
                              content=f"answer number {n}", status="done")
    page.reload()
    page.locator("#conv-list a.kimi-conv", has_text="Long one").click()
    chat = page.locator("#chat")
    expect(chat).to_contain_text(f"answer number {CHAT_WINDOW // 2 + 1}", timeout=20_000)
    expect(chat.locator(".kimi-msg")).to_have_count(CHAT_WINDOW)
    expect(chat).not_to_contain_text("question number 0")
    chat.get_by_role("button", name="Show 4 earlier messages").click()
    expect(chat).to_contain_text("question number 0", timeout=10_000)
    expect(chat.locator(".kimi-msg")).to_have_count(CHAT_WINDOW + 4)
