"""Debian's Chromium through Playwright (browser downloads are not possible here), and the chat's helpers."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

from playwright.sync_api import Browser, Page, expect, sync_playwright

RESULTS = Path(__file__).resolve().parents[2] / "test-results"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def launch() -> Iterator[Browser]:
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    assert Path(executable).exists(), "Debian's chromium is missing: run scripts/test"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def send(page: Page, text: str) -> None:
    box = page.locator("#composer textarea")
    box.fill(text)
    box.press("Enter")


def tool_row(chat, name: str, brief: str):
    """A tool call's row in an answer (kimi_ui/ui/chat_view): its name and its arguments in short."""
    rows = chat.locator("details.kimi-tool > summary")
    return rows.filter(has=chat.page.locator(".kimi-tool-name", has_text=name)).filter(
        has=chat.page.locator(".kimi-tool-args", has_text=brief))


def reasoning_title(chat):
    """The title of an answer's reasoning disclosure ("Thinking…", then "Thought for 3 s")."""
    return chat.locator("details.kimi-reasoning > summary")


def open_settings(page) -> None:
    """The chat's settings (tools, tool-call log, advanced) slide in from the right."""
    page.locator("#settings-btn").click()
    page.locator("#kimi-settings.open").wait_for(state="visible", timeout=10_000)


def ready(page) -> None:
    """The message box takes input (the page has its data, or the last answer has ended)."""
    expect(page.locator("#composer textarea")).to_be_editable(timeout=20_000)


def answered(page, count: int) -> None:
    """`count` answers of the chat shown have ended (each has its footer), and the box takes input again."""
    expect(page.locator("#chat .kimi-answer .kimi-stats")).to_have_count(count, timeout=30_000)
    ready(page)


def ready_page(browser, url: str, width: int = 1440, height: int = 900):
    """A new page on `url` once its message box takes input (the page has its data)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    ready(page)
    return page
