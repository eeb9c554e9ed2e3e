"""What runs in the page's long tasks: a Chromium performance trace of one action, summed per task.

    python bench/page_trace.py [--what stream|send|version|first] [--min 30] [--runs 2] [--save trace.json]

Starts the same processes as bench/page.py (simulated backend, seeded app), does the action --runs times
(the first is a warm-up, not traced), traces the last one (Chromium's timeline with the V8 sampling
profiler) and prints, for every main-thread task of at least --min ms: its start (from the input event),
its length, the timeline events under it by name (script, style, layout, paint) and the functions the
samples found in it (self time, then the time under each function). Prints, never asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.page import CHROMIUM_ARGS, INIT, SEL, click_conversation, new_chat, send, stats_count  # noqa: E402
from bench.page import wait_done, open_page  # noqa: E402
from bench.page_seed import VERSION_ONE, VERSION_TWO, VERSIONS_TITLE, seed  # noqa: E402
from bench.perf_common import App, Sim, workspace  # noqa: E402

CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing",
              "disabled-by-default-v8.cpu_profiler", "toplevel"]


def act(page, what: str, i: int) -> None:
    if what == "version":
        for button, marker in (("previous", VERSION_ONE), ("next", VERSION_TWO)):
            page.locator(SEL["answer"]).last.locator(SEL[button]).click()
            page.wait_for_function(f"""() => {{ const all = document.querySelectorAll('{SEL['message']}');
                return all.length && all[all.length - 1].textContent.includes({marker!r}); }}""")
        return
    new_chat(page)
    before = stats_count(page)
    tokens = 2000 if what == "stream" else 20
    marker = f"trace-{i}-{time.monotonic_ns()}"
    send(page, f"{marker} #sim tokens={tokens} rate=400", "done", before, 60)
    wait_done(page, before)


def main_thread(events: list[dict]) -> tuple[int, int]:
    for e in events:
        if e.get("name") == "thread_name" and e.get("args", {}).get("name") == "CrRendererMain":
            return e["pid"], e["tid"]
    raise SystemExit("no renderer main thread in the trace")


def samples(events: list[dict], pid: int, tid: int) -> list[tuple[float, list[str]]]:
    """(time µs, stack from the root) of every V8 sample on the main thread."""
    nodes: dict[int, tuple[str, int | None]] = {}
    out, now = [], None
    for e in events:
        if e.get("pid") != pid or e.get("name") not in ("Profile", "ProfileChunk"):
            continue
        data = e.get("args", {}).get("data", {})
        if e["name"] == "Profile":
            now = data.get("startTime", e["ts"])
            continue
        profile = data.get("cpuProfile", {})
        for node in profile.get("nodes", []):
            frame = node["callFrame"]
            where = frame.get("url", "").rsplit("/", 1)[-1]
            label = f"{frame.get('functionName') or '(anon)'} {where}:{frame.get('lineNumber', 0) + 1}"
            nodes[node["id"]] = (label if where else frame.get("functionName", "?"), node.get("parent"))
        for node_id, delta in zip(profile.get("samples", []), data.get("timeDeltas", [])):
            now = (now or 0) + delta
            stack, at = [], node_id
            while at is not None and at in nodes:
                stack.append(nodes[at][0])
                at = nodes[at][1]
            out.append((now, stack[::-1]))
    return out


def report(events: list[dict], t0_trace: float, least_ms: float) -> None:
    pid, tid = main_thread(events)
    mine = [e for e in events if e.get("pid") == pid and e.get("tid") == tid and e.get("ph") == "X"]
    tasks, ends = [], 0.0  # outermost tasks only (a RunTask may hold another)
    for e in sorted(mine, key=lambda e: (e["ts"], -e.get("dur", 0))):
        if e["name"] in ("RunTask", "ThreadControllerImpl::RunTask") and e["ts"] >= ends:
            ends = e["ts"] + e.get("dur", 0)
            if e.get("dur", 0) >= least_ms * 1000 and e["ts"] >= t0_trace:
                tasks.append(e)
    got = samples(events, pid, tid)
    for task in tasks:
        start, end = task["ts"], task["ts"] + task["dur"]
        print(f"\ntask at +{(start - t0_trace) / 1000:.0f} ms, {task['dur'] / 1000:.0f} ms")
        inside = Counter()
        for e in mine:
            if start <= e["ts"] < end and e is not task and "RunTask" not in e["name"]:
                label = e["name"]
                data = e.get("args", {}).get("data", {})
                if e["name"] in ("FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame"):
                    label += " " + (data.get("type") or data.get("functionName") or "") + " " + \
                        (data.get("url") or "").rsplit("/", 1)[-1]
                inside[label] += e.get("dur", 0) / 1000
        for label, ms in inside.most_common(10):
            print(f"   {ms:7.1f} ms  {label}")
        selfs, under = Counter(), Counter()
        for ts, stack in got:
            if start <= ts < end and stack:
                selfs[stack[-1]] += 1
                for label in set(stack):
                    under[label] += 1
        total = sum(selfs.values()) or 1
        print(f"   samples {total}; self:")
        for label, n in selfs.most_common(12):
            print(f"     {100 * n / total:5.1f}%  {label}")
        print("   total (under):")
        for label, n in under.most_common(25):
            print(f"     {100 * n / total:5.1f}%  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--what", default="stream", choices=["stream", "send", "version"])
    parser.add_argument("--min", type=float, default=30, help="ms: the shortest task shown")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--save", help="also write the raw trace here (chrome://tracing, DevTools)")
    parser.add_argument("--read", help="only read a trace written by --save")
    args = parser.parse_args()
    if args.read:
        return analyse(Path(args.read).read_bytes(), args)
    from playwright.sync_api import sync_playwright

    with workspace("kimi-ui-trace-") as work:
        seed(work / "data")
        sim = Sim().start(work)
        app = None
        try:
            app = App(work / "data", sim, work).start()
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                context.add_init_script(INIT % {"sel": json.dumps(SEL)})
                page = open_page(context, app.url)
                if args.what == "version":
                    click_conversation(page, VERSIONS_TITLE, VERSION_TWO)
                for i in range(args.runs):
                    if i == args.runs - 1:
                        browser.start_tracing(page=page, categories=CATEGORIES)
                        page.evaluate("window.kimiTraceMark = performance.now(); console.timeStamp('kimi-start')")
                    act(page, args.what, i)
                raw = browser.stop_tracing()
                browser.close()
        finally:
            for proc in (app, sim):
                if proc is not None:
                    proc.stop()
    if args.save:
        Path(args.save).write_bytes(raw)
    analyse(raw, args)


def analyse(raw: bytes, args) -> None:
    events = json.loads(raw)
    events = events["traceEvents"] if isinstance(events, dict) else events
    marks = [e["ts"] for e in events if e.get("name") == "TimeStamp"
             and e.get("args", {}).get("data", {}).get("message") == "kimi-start"]
    keys = [e["ts"] for e in events if e.get("name") == "EventDispatch"
            and e.get("args", {}).get("data", {}).get("type") in ("keydown", "click")]
    t0 = next((k for k in keys if not marks or k >= marks[0]), marks[0] if marks else 0)
    print(f"traced {args.what}; times from the first keydown/click after the start")
    report(events, t0, args.min)


if __name__ == "__main__":
    main()
