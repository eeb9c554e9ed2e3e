"""The page's own speed in Debian's Chromium (issue 14's targets), against the simulated backend.

    python bench/page.py [--runs 9] [--only load,send,version,search,open,stream,first] [--rate 400]

Processes, each its own: the simulated backend, the real app (`python app.py`, the bench Settings profile, a
SQLite database seeded before it starts with a 400-, a 300- and a 100-message chat, the last answer of the
100-message one in two versions, and rare words to search for) and, for the first-token figure, the floor app
(bench/floor_app.py, a plain gr.Chatbot on the same backend). Chromium runs headless through Playwright in this
process. Every time is taken in the page: from the input event's timeStamp (Enter, the click, the search's input)
to the first animation frame after a MutationObserver saw the result, so no Playwright round trip is counted.
Each figure is the median of --runs runs after a warm-up (warm HTTP cache); the floor app's first token is
measured in the same run, alternating with kimi-ui's. Never asserts on time: it prints a table.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.page_seed import MID_LAST, MID_TITLE, NEEDLES, VERSION_ONE, VERSION_TWO, VERSIONS_TITLE, seed  # noqa: E402
from bench.perf_common import LAST_MARKER, LONG_TITLE, SHORT_TITLE, App, Sim, machine_load, median  # noqa: E402
from bench.perf_common import print_table, profile_note, workspace  # noqa: E402

# -- the page's markup, in one place (the page shell is being rebuilt: adjust here) --------------------------
SEL = {
    "composer": "#composer textarea",
    "chat": "#chat",
    "message": "#chat .kimi-msg",
    "question": "#chat .kimi-user",
    "answer": "#chat .kimi-answer",
    "answer_text": ".kimi-text",
    "stats": "#chat .kimi-stats",  # the footer of a finished answer
    "previous": 'button[aria-label="Previous version"]',
    "next": 'button[aria-label="Next version"]',
    "conv_link": "#conv-list a.kimi-conv",
    "search": "#conv-search input",
    "search_results": "#search-results",
    "hit": "#search-results a.kimi-hit",
    "floor_box": "textarea",  # the floor app: one gr.Textbox, one gr.Chatbot
    "floor_bot": ".message.bot:not(.pending)",  # gr.Chatbot's answers, without its 'Loading content' bubble
}
NEW_CHAT = re.compile(r"New chat")  # the button's accessible name
INSTANT = "Instant"  # the mode picker's label: the floor app asks without thinking, so kimi-ui does too
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
TARGETS_MS = {"load": 1000, "send_new": 100, "send_long": 150, "version": 250, "search": 300, "open": 500,
              "task": 50, "first": 60}

# Set up before any page script runs: the time the composer is first enabled and focused (performance.now()
# counts from navigation start), every long task, and measure(): an input event's timeStamp to the first
# frame after a predicate holds (checked on every DOM mutation and every frame).
INIT = """
(() => {
  const S = %(sel)s;
  const B = window.kimiBench = {ready: {}, tasks: [], pending: null};
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) B.tasks.push([e.startTime, e.duration]); })
      .observe({type: 'longtask', buffered: true});
  } catch (e) { B.noLongTasks = String(e); }
  const poll = () => {
    const box = document.querySelector(S.composer), now = performance.now();
    if (box && !box.disabled) {
      if (B.ready.enabled == null) B.ready.enabled = now;
      if (document.activeElement === box && B.ready.focused == null) B.ready.focused = now;
    }
    if (B.ready.focused == null && now < 20000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const text = (el) => (el ? el.textContent : '');
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const after = (marker) => {  // the messages below the question that contains `marker`
    const all = [...document.querySelectorAll(S.message)];
    const at = all.findIndex((m) => m.matches(S.question) && text(m).includes(marker));
    return at < 0 ? null : all.slice(at + 1);
  };
  B.PRED = {
    question: (marker) => [...document.querySelectorAll(S.question)].some((m) => text(m).includes(marker)),
    first: (marker) => (after(marker) || []).some((m) => text(m.querySelector(S.answer_text)).trim()),
    done: (count) => document.querySelectorAll(S.stats).length > count,
    last_text: (marker) => { const all = document.querySelectorAll(S.message);
                             return all.length > 0 && text(all[all.length - 1]).includes(marker); },
    hit: (word) => visible(document.querySelector(S.search_results))
                   && [...document.querySelectorAll(S.hit)].some((a) => text(a).includes(word)),
    floor: (count) => { const bots = document.querySelectorAll(S.floor_bot);
                        return bots.length > count && text(bots[bots.length - 1]).trim().length > 0; },
  };
  B.arm = (type, selector, pred, arg, timeout) => {
    B.pending = new Promise((resolve) => {
      let t0 = null, seen = false;
      const obs = new MutationObserver(() => check());
      const stop = (value) => { obs.disconnect(); document.removeEventListener(type, start, true); resolve(value); };
      const check = () => {
        if (t0 === null || seen || !B.PRED[pred](arg)) return;
        seen = true;
        const dom = performance.now() - t0;
        requestAnimationFrame(() => stop({t0, dom, frame: performance.now() - t0}));
      };
      const start = (e) => {
        if (t0 !== null || !e.target.closest || !e.target.closest(selector)) return;
        if (type === 'keydown' && (e.key !== 'Enter' || e.shiftKey)) return;
        t0 = e.timeStamp;
        const frame = () => { if (!seen) { check(); requestAnimationFrame(frame); } };
        requestAnimationFrame(frame);
      };
      document.addEventListener(type, start, true);
      obs.observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true});
      setTimeout(() => stop({t0, timeout: true}), timeout);
    });
  };
  B.longest = (from, to) => B.tasks.filter(([s]) => s >= from && s <= to)
    .reduce((acc, [s, d]) => (d > acc[1] ? [s - from, d] : acc), [null, 0]);
})();
"""


@dataclass
class Row:
    """One line of the table: figure, median, runs, target, met (None: information only)."""

    name: str
    values: list[float] = field(default_factory=list)  # ms
    target: float | None = None
    note: str = ""
    unit: str = "ms"

    def row(self) -> tuple[str, ...]:
        if not self.values:
            return (self.name, "failed", "0", self._target(), "" if self.target is None else "MISSED")
        value = median(self.values)
        met = "" if self.target is None else ("met" if value <= self.target else "MISSED")
        return (self.name, self._show(value), str(len(self.values)), self._target(), met)

    def _show(self, ms: float) -> str:
        if self.unit == "n":
            return f"{ms:g}"
        return f"{ms / 1000:.2f} s" if self.unit == "s" else f"{ms:.0f} ms"

    def _target(self) -> str:
        return "" if self.target is None else "<= " + self._show(self.target)


# -- measuring in the page ------------------------------------------------------------------------------------
def measure(page, event: str, selector: str, pred: str, arg, action, timeout: float = 30) -> dict:
    """Arm the page's observer, do `action`, and return {t0, dom, frame} in ms (or {timeout: true})."""
    page.evaluate("([e, s, p, a, t]) => window.kimiBench.arm(e, s, p, a, t)",
                  [event, selector, pred, arg, timeout * 1000])
    action()
    return page.evaluate("window.kimiBench.pending")


def _ok(result: dict, what: str) -> float:
    if result.get("timeout"):
        raise RuntimeError(f"{what}: the page did not show it in time (started: {result.get('t0') is not None})")
    return result["frame"]


def open_page(context, url: str):
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(f"{SEL['composer']}:not([disabled])", timeout=60_000)
    page.wait_for_selector(f"{SEL['conv_link']}:has-text('{LONG_TITLE}')", timeout=60_000)
    return page


def click_conversation(page, title: str, marker: str) -> float:
    """Click the sidebar item; ms until the last message shows `marker`."""
    link = page.locator(SEL["conv_link"], has_text=title).first
    return _ok(measure(page, "click", SEL["conv_link"], "last_text", marker, link.click), f"open {title}")


def new_chat(page) -> None:
    page.get_by_role("button", name=NEW_CHAT).first.click()
    page.wait_for_function(f"document.querySelectorAll('{SEL['message']}').length === 0", timeout=30_000)
    instant = page.get_by_label(INSTANT, exact=True)
    if instant.count():
        instant.first.check()


def send(page, text: str, pred: str, arg, timeout: float = 30) -> dict:
    box = page.locator(SEL["composer"])
    box.fill(text)
    return measure(page, "keydown", SEL["composer"], pred, arg, lambda: box.press("Enter"), timeout)


def wait_done(page, before: int, timeout: float = 120) -> None:
    """The answer has ended: one more footer, or (in a long chat, whose window drops its oldest messages once the
    stored chat comes) no answer being written and a footer under the last answer."""
    page.wait_for_function(f"""() => document.querySelectorAll('{SEL['stats']}').length > {before}
        || (!document.body.classList.contains('kimi-answering')
            && !!document.querySelector('#chat .kimi-answer:last-of-type .kimi-stats'))""",
                           timeout=timeout * 1000, polling=50)
    page.wait_for_timeout(300)  # the page's refresh after the turn


def stats_count(page) -> int:
    return page.evaluate(f"document.querySelectorAll('{SEL['stats']}').length")


# -- the figures: each returns rows; `page` is a kimi-ui tab with the sidebar loaded ---------------------------
def load_rows(context, url: str, runs: int) -> list[Row]:
    """Navigation start -> the composer enabled and focused, reloading the page (warm HTTP cache)."""
    page = context.new_page()
    focused, enabled, never = [], [], 0
    for i in range(runs + 1):
        page.goto(url)
        page.wait_for_function("window.kimiBench.ready.focused != null || performance.now() > 10000",
                               timeout=60_000, polling=100)
        ready = page.evaluate("window.kimiBench.ready")
        if i == 0:
            continue  # warm-up: fills the cache
        enabled.append(ready["enabled"])
        if ready.get("focused") is None:
            never += 1
        else:
            focused.append(ready["focused"])
    page.close()
    note = f"never focused in {never} of {runs} loads (10 s)" if never else ""
    return [Row("navigation start -> composer enabled and focused", focused, TARGETS_MS["load"], note, "s"),
            Row("  navigation start -> composer enabled", enabled, unit="s")]


def send_rows(page, runs: int) -> list[Row]:
    """Enter -> own message visible, in a new chat each run and in the 300-message chat."""
    fresh, long = [], []
    for i in range(runs + 1):
        new_chat(page)
        before = stats_count(page)
        marker = f"send-new-{i}-{time.monotonic_ns()}"
        fresh.append(_ok(send(page, f"{marker} #sim tokens=20", "question", marker), "own message (new chat)"))
        wait_done(page, before)
    click_conversation(page, MID_TITLE, MID_LAST)
    for i in range(runs + 1):
        before = stats_count(page)
        marker = f"send-long-{i}-{time.monotonic_ns()}"
        long.append(_ok(send(page, f"{marker} #sim tokens=20", "question", marker), "own message (300 messages)"))
        wait_done(page, before)
    return [Row("Enter -> own message visible, new chat", fresh[1:], TARGETS_MS["send_new"]),
            Row("Enter -> own message visible, 300-message chat", long[1:], TARGETS_MS["send_long"])]


def version_rows(page, runs: int) -> list[Row]:
    """Click "Previous version" (then "Next version") on the last answer -> the other version's text shown."""
    click_conversation(page, VERSIONS_TITLE, VERSION_TWO)
    times = []
    for i in range(runs + 1):
        for button, marker in (("previous", VERSION_ONE), ("next", VERSION_TWO)):
            target = page.locator(SEL["answer"]).last.locator(SEL[button])
            took = _ok(measure(page, "click", SEL[button], "last_text", marker, target.click), f"{button} version")
            times += [took] if i else []
    return [Row("switch message version (click -> the other version shown)", times, TARGETS_MS["version"],
                "both directions")]


def search_rows(page, runs: int) -> list[Row]:
    """A rare word typed (filled) into the sidebar search -> its hit shown in #search-results."""
    box = page.locator(SEL["search"])
    times = []
    for i in range(runs + 1):
        box.fill("")
        page.wait_for_function(f"!document.querySelector('{SEL['hit']}')"
                               f" || !document.querySelector('{SEL['search_results']}').getClientRects().length",
                               timeout=30_000)
        word = NEEDLES[i]
        took = _ok(measure(page, "input", SEL["search"], "hit", word, lambda: box.fill(word)), "search")
        times += [took] if i else []
    box.fill("")
    return [Row("search results shown (input -> a.kimi-hit)", times, TARGETS_MS["search"])]


def open_rows(page, runs: int) -> list[Row]:
    """Click the 400-message chat in the sidebar (after the short one) -> its last message shown."""
    times, shorts = [], []
    for i in range(runs + 1):
        shorts.append(click_conversation(page, SHORT_TITLE, "short message 3"))
        took = click_conversation(page, LONG_TITLE, LAST_MARKER)
        times += [took] if i else []
    return [Row("open a 400-message conversation (click -> last message)", times, TARGETS_MS["open"], unit="s"),
            Row("  open the 4-message conversation", shorts[1:], unit="s")]


def stream_rows(page, runs: int, rate: float) -> list[Row]:
    """The longest main-thread task (Long Tasks API) from Enter to the footer of a 2,000-token answer."""
    longest, streams, counts, where = [], [], [], []
    for i in range(runs):
        new_chat(page)
        before = stats_count(page)
        result = send(page, f"stream {i} #sim tokens=2000 rate={rate:g}", "done", before, 2000 / rate * 4 + 60)
        took = _ok(result, "2,000-token stream")
        at, duration = page.evaluate("([a, b]) => window.kimiBench.longest(a, b)", [result["t0"], result["t0"] + took])
        tasks = page.evaluate("([a, b]) => window.kimiBench.tasks.filter(([s]) => s >= a && s <= b).length",
                              [result["t0"], result["t0"] + took])
        longest.append(duration)
        streams.append(took)
        counts.append(tasks)
        where.append(f"{duration:.0f} ms at +{at:.0f} ms" if at is not None else "none")
        page.wait_for_timeout(500)
    return [Row(f"longest main-thread task while 2,000 tokens stream ({rate:g} tok/s, new chat)", longest,
                TARGETS_MS["task"], "longest of each: " + ", ".join(where)),
            Row("  long tasks per stream (count)", counts, unit="n"),
            Row("  the stream in the page (Enter -> stats footer)", streams, unit="s")]


def first_token_rows(page, floor_page, runs: int) -> list[Row]:
    """Enter -> the answer's first text in the page, kimi-ui (Instant mode, a new chat each) alternating with the
    floor app's gr.Chatbot on the same backend."""
    kimi, floor = [], []
    floor_box = floor_page.locator(SEL["floor_box"]).first
    for i in range(runs + 1):
        new_chat(page)
        before = stats_count(page)
        marker = f"first-{i}-{time.monotonic_ns()}"
        took = _ok(send(page, f"{marker} #sim tokens=50", "first", marker), "first token (kimi-ui)")
        wait_done(page, before)
        floor_page.bring_to_front()
        bots = floor_page.evaluate(f"document.querySelectorAll({SEL['floor_bot']!r}).length")
        floor_box.fill(f"floor {i} #sim tokens=50")
        floor_took = _ok(measure(floor_page, "keydown", SEL["floor_box"], "floor", bots,
                                 lambda: floor_box.press("Enter")), "first token (floor)")
        floor_page.wait_for_timeout(500)
        page.bring_to_front()
        if i:
            kimi.append(took)
            floor.append(floor_took)
    diff = [k - f for k, f in zip(kimi, floor)]
    return [Row("Enter -> first token visible (simulator, Instant)", kimi, TARGETS_MS["first"]),
            Row("  the same in the floor app (plain gr.Chatbot), same run", floor),
            Row("  kimi-ui minus floor (paired runs)", diff)]


GROUPS = ("load", "send", "version", "search", "open", "stream", "first")


def run_groups(browser, app: App, floor, groups: list[str], runs: int, rate: float) -> list[Row]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(INIT % {"sel": json.dumps(SEL)})
    page = open_page(context, app.url)
    floor_page = None
    if floor is not None:
        floor_page = context.new_page()
        floor_page.goto(floor.url)
        floor_page.wait_for_selector(SEL["floor_box"], timeout=60_000)
    steps = {
        "load": lambda: load_rows(context, app.url, runs),
        "send": lambda: send_rows(page, runs),
        "version": lambda: version_rows(page, runs),
        "search": lambda: search_rows(page, runs),
        "open": lambda: open_rows(page, runs),
        "stream": lambda: stream_rows(page, runs, rate),
        "first": lambda: first_token_rows(page, floor_page, runs),
    }
    rows: list[Row] = []
    for group in GROUPS:
        if group not in groups:
            continue
        print(f"  {group} ...", flush=True)
        page.bring_to_front()  # a tab in the background gets no frames and slow timers
        try:
            got = steps[group]()
        except Exception as exc:  # noqa: BLE001 - one broken figure (a moved selector) must not lose the others
            traceback.print_exc()
            got = [Row(f"{group}: failed", [], TARGETS_MS.get(group), f"{type(exc).__name__}: {str(exc)[:160]}")]
        rows += got
        for row in got:
            print("    " + " | ".join(row.row()), flush=True)
    context.close()
    return rows


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the `finally`s stop every process started
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="measured runs per figure (after one warm-up)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated, of {', '.join(GROUPS)}")
    parser.add_argument("--rate", type=float, default=400, help="tok/s of the 2,000-token stream")
    args = parser.parse_args()
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    if set(groups) - set(GROUPS):
        parser.error(f"unknown groups {sorted(set(groups) - set(GROUPS))}; choose from {', '.join(GROUPS)}")
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        sys.exit("Debian's chromium is missing (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    from bench.perf_server import Floor

    load_start = machine_load()
    print(f"kimi-ui page bench, {load_start} at start\n{profile_note()}", flush=True)
    began = time.monotonic()
    with workspace("kimi-ui-page-") as work:
        seed(work / "data")
        sim = Sim().start(work)
        app = floor = None
        try:
            app = App(work / "data", sim, work).start()
            floor = Floor(sim).start() if "first" in groups else None
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                try:
                    rows = run_groups(browser, app, floor, groups, args.runs, args.rate)
                finally:
                    browser.close()
        finally:
            for proc in (floor, app, sim):
                if proc is not None:
                    proc.stop()
    print(f"\nall figures in {time.monotonic() - began:.0f} s; {load_start} at start, {machine_load()} at the end. "
          "Targets assume an idle machine: re-run when `uptime` is quiet.\n", flush=True)
    print_table(rows, header=("figure", "median", "runs", "target", "met"))
    notes = [r for r in rows if r.note]
    if notes:
        print()
        for r in notes:
            print(f"- {r.name.strip()}: {r.note}")


if __name__ == "__main__":
    main()
