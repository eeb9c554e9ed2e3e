"""The page in Debian's Chromium (Playwright, headless): opening the long conversation from the sidebar, and the
longest main-thread task while a 2,000-token answer streams (Long Tasks API). Issue #7's figures for perf.py;
issue 14's targets for the page, timed inside it, are bench/page.py's."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench.perf_common import LAST_MARKER, LONG_TITLE, SHORT_TITLE, App, Figure, median

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# Long tasks from now on: one observer per page (buffered: true also replays earlier ones; those are left out
# by their start time), a fresh list per stream, and the time of the Enter that sends.
OBSERVE = """() => {
  const now = performance.now();
  if (!window.kimiBench) {
    window.kimiBench = {since: now, tasks: []};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= window.kimiBench.since) window.kimiBench.tasks.push([entry.startTime, entry.duration]);
      }
    }).observe({type: 'longtask', buffered: true});
  }
  window.kimiBench.since = now;
  window.kimiBench.tasks = [];
  window.kimiBench.enter = null;
  document.querySelector('#composer textarea').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') window.kimiBench.enter = performance.now();
  }, {once: true});
}"""
STATS = "#chat .kimi-stats"  # kimi-ui's footer under a finished answer


def _open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.wait_for_selector("#composer textarea:not([disabled])", timeout=60_000)
    page.wait_for_selector(f"#conv-list a.kimi-conv:has-text('{LONG_TITLE}')", timeout=60_000)
    return page


def _click_conversation(page, title: str, expect: str) -> float:
    """Click the sidebar item; seconds until the chat shows `expect` (the last message)."""
    link = page.locator("#conv-list a.kimi-conv", has_text=title).first
    started = time.perf_counter()
    link.click()
    page.locator("#chat").get_by_text(expect, exact=False).first.wait_for(state="visible", timeout=60_000)
    return time.perf_counter() - started


def _stream_long_tasks(page, text: str, timeout: float) -> tuple[list, float]:
    """Send `text`; long tasks from the send to the footer of the new answer; and the stream's time."""
    before = page.locator(STATS).count()
    page.evaluate(OBSERVE)
    box = page.locator("#composer textarea")
    box.fill(text)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('{STATS}').length > {before}", timeout=timeout * 1000,
                           polling=100)
    elapsed = time.perf_counter() - started
    tasks = page.evaluate("window.kimiBench.tasks.map(([s, d]) => [s - (window.kimiBench.enter || "
                          "window.kimiBench.since), d])")
    return tasks, elapsed


def _shape(tasks: list) -> str:
    """Where the long tasks of one stream fell: '+120:276 +900:80 ...' (the first 12)."""
    if not tasks:
        return "none"
    return " ".join(f"+{t:.0f}:{d:.0f}" for t, d in tasks[:12]) + (f" (+{len(tasks) - 12} more)"
                                                                                if len(tasks) > 12 else "")


def browser_figures(app: App, runs: int, rate: float, earlier: int) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        return [Figure("Chromium figures", "skipped: /usr/bin/chromium is missing")]
    text = f"browser #sim tokens=2000 rate={rate:g}"
    timeout = 2000 / rate * 4 + 60
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = _open_page(browser, app.url)
            _click_conversation(page, SHORT_TITLE, "short message 3")  # warm-up
            _click_conversation(page, LONG_TITLE, LAST_MARKER)
            opens = []
            for _ in range(runs):
                _click_conversation(page, SHORT_TITLE, "short message 3")
                opens.append(_click_conversation(page, LONG_TITLE, LAST_MARKER))
            long_tasks, empty_tasks, stream_times, shapes = [], [], [], []
            for i in range(runs):
                tasks, elapsed = _stream_long_tasks(page, f"{text} run {i}", timeout)  # in the long chat
                long_tasks.append(max((d for _, d in tasks), default=0.0))
                shapes.append(_shape(tasks))
                stream_times.append(elapsed)
                page.wait_for_timeout(1500)  # the page's after_turn refresh
            fresh = _open_page(browser, app.url)
            for i in range(max(2, runs // 2)):
                fresh.locator("button", has_text="+ New chat").click()
                fresh.wait_for_timeout(500)
                tasks, _ = _stream_long_tasks(fresh, f"{text} empty {i}", timeout)
                empty_tasks.append(max((d for _, d in tasks), default=0.0))
                fresh.wait_for_timeout(1500)
        finally:
            browser.close()
    worst = median(long_tasks)
    return [
        Figure(f"Chromium: opening a conversation with {earlier} messages (sidebar click -> last message shown, "
               f"median of {runs})", f"{median(opens):.2f} s", "<= 1.5 s", median(opens) <= 1.5,
               note=f"all: {', '.join(f'{t:.2f}' for t in opens)}"),
        Figure(f"Chromium: longest main-thread task while a 2,000-token answer streams at {rate:g} tok/s "
               f"(in the {earlier}-message chat; median over {len(long_tasks)} streams)", f"{worst:.0f} ms",
               "<= 200 ms", worst <= 200, note=f"each: {', '.join(f'{t:.0f}' for t in long_tasks)}; long tasks "
               f"(ms after Enter: duration): {' | '.join(shapes)}"),
        Figure("  same in a new chat", f"{median(empty_tasks):.0f} ms"),
        Figure("  the stream's time in the page (send -> footer)", f"{median(stream_times):.1f} s"),
    ]
