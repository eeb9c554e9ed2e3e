"""Answers that outlive the tab, in Chromium (issue 13, items 3 and 6, the page side): a reload or a new tab
attaches to the answer being written and follows it to its end; two browser contexts of one user see one
stream and Stop in either stops both; opening another conversation mid-answer never shows the old answer
there; the list marks answering and unread conversations; send becomes Stop (Esc too) and the composer
keeps what is typed; a dropped connection re-attaches by itself."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.browser import RESULTS, send

pytestmark = pytest.mark.ui
SCREENS = Path("/work/notes/screens")
SLOW = "#sim rate=30 tokens=450"  # about 15 s of answer: long enough to reload and switch in
LONG = "#sim rate=30 tokens=6000"  # minutes: answers that are stopped (a loaded machine cannot outrun them)


def screenshot(page, name: str) -> None:
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=RESULTS / f"{name}.png")
    if SCREENS.parent.exists():
        SCREENS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENS / f"{name}.png")


def ready(page) -> None:
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)


def answer_text(page) -> str:
    return page.locator("#chat").inner_text()


def start(page, base: str, words: str, length: str = SLOW) -> str:
    """A new chat with a slow answer; returns the conversation's address once it streams."""
    page.goto(base)
    ready(page)
    send(page, f"{words} {length}")
    expect(page).to_have_url(re.compile(r"/c/\w+$"), timeout=15_000)
    expect(page.locator("#chat")).to_contain_text("Simulated answer", timeout=15_000)
    return page.url


def answering(page) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bkimi-answering\b"), timeout=10_000)


def finished(page, timeout: float = 30_000) -> None:
    expect(page.locator("body")).not_to_have_class(re.compile(r"\bkimi-answering\b"), timeout=timeout)


def growing(page) -> None:
    """The answer on screen gets longer (it is followed live)."""
    before = len(answer_text(page))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(answer_text(page)) <= before:
        page.wait_for_timeout(100)
    assert len(answer_text(page)) > before, "the answer on screen did not move"


def test_reload_mid_stream_continues_in_place_and_completes(contexts, two_users_app):
    page = contexts("alice").new_page()
    address = start(page, two_users_app.url, "reload-check")
    page.reload()
    ready(page)
    expect(page.locator("#chat")).to_contain_text("last user message:reload-check", timeout=10_000)
    answering(page)
    growing(page)
    screenshot(page, "reload-mid-stream")
    finished(page)
    expect(page).to_have_url(address)
    expect(page.locator("#chat")).not_to_contain_text("stopped")
    expect(page.locator("#chat")).not_to_contain_text("interrupted")
    assert page.locator("#chat").inner_text().count("last user message:") == 1  # one answer, in place


def test_two_contexts_of_one_user_see_one_stream_and_stop_in_either_stops_both(contexts, two_users_app):
    first = contexts("alice").new_page()
    address = start(first, two_users_app.url, "twotabs-check", LONG)
    second = contexts("alice").new_page()
    second.goto(address)  # a new tab (another browser context) on the answer being written
    ready(second)
    answering(second)
    growing(second)
    growing(first)
    screenshot(first, "two-tabs-first")
    screenshot(second, "two-tabs-second")
    second.locator("#composer .stop-button").click()  # send became Stop
    for page in (first, second):
        expect(page.locator("#chat")).to_contain_text("stopped", timeout=10_000)
        finished(page, 10_000)
        expect(page.locator("#composer .submit-button")).to_be_visible()


def test_switching_mid_answer_shows_only_the_opened_chat_and_marks_the_list(contexts, two_users_app):
    from tests.ui.test_browser_urls import conversation

    conversation(two_users_app, "alice", "quiet-chat", "instant", "Simulated vLLM", "quiet-chat")
    page = contexts("alice").new_page()
    page.goto(two_users_app.url)
    ready(page)
    send(page, f"busy-chat {SLOW}")
    expect(page.locator("#chat")).to_contain_text("Simulated answer", timeout=15_000)
    busy = page.locator("#conv-list a.kimi-conv", has_text="busy-chat")
    expect(busy).to_have_class(re.compile(r"\banswering\b"), timeout=5_000)
    page.locator("#conv-list a.kimi-conv", has_text="quiet-chat").click()
    expect(page.locator("#chat")).to_contain_text("last user message:quiet-chat", timeout=10_000)
    finished(page, 5_000)  # the chat shown is not answering: send is back
    for _ in range(20):  # the old answer goes on without writing here
        assert "busy-chat" not in page.locator("#chat").inner_text()
        page.wait_for_timeout(100)
    expect(busy).to_have_class(re.compile(r"\bunread\b"), timeout=30_000)  # it ended in the background
    busy.click()
    expect(page.locator("#chat")).to_contain_text("last user message:busy-chat", timeout=10_000)
    expect(page.locator("#chat")).not_to_contain_text("interrupted")
    expect(busy).not_to_have_class(re.compile(r"\bunread\b"))


def test_the_composer_keeps_what_is_typed_and_esc_stops(contexts, two_users_app):
    page = contexts("alice").new_page()
    start(page, two_users_app.url, "esc-check", LONG)
    answering(page)
    box = page.locator("#composer textarea")
    box.fill("typed while it answers")
    expect(page.locator("#composer .stop-button")).to_be_visible()
    expect(page.locator("#composer .submit-button")).to_be_hidden()
    page.keyboard.press("Escape")
    expect(page.locator("#chat")).to_contain_text("stopped", timeout=10_000)
    finished(page, 10_000)
    expect(box).to_have_value("typed while it answers")
