"""How often an idle tab asks the server, in Debian's Chromium (issue 14: the page polled about once a second).

    python bench/idle_requests.py [--seconds 60] [--url http://127.0.0.1:7860/]

Without --url it starts the simulated backend and the real app (`python app.py`, the bench profile) in
processes of their own. The page opens, settles for 5 s, then every request it makes is counted for
--seconds while the tab is visible and again while it reports itself hidden (document.visibilityState, as a
background tab does). Prints requests a minute by route; never asserts.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.perf_common import App, Sim, machine_load, workspace  # noqa: E402

HIDE = """() => {
    Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
    document.dispatchEvent(new Event('visibilitychange'));
}"""


def count(url: str, seconds: float) -> dict[str, Counter]:
    from playwright.sync_api import sync_playwright

    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(url)
        page.locator("#composer textarea:not([disabled])").wait_for(timeout=60_000)
        page.wait_for_timeout(5_000)
        asked = Counter()
        page.on("request", lambda request: asked.update(
            [request.method + " " + re.sub(r"\?.*", "", request.url.replace(url.rstrip("/"), ""))]))
        for state in ("visible", "hidden"):
            if state == "hidden":
                page.evaluate(HIDE)
            asked.clear()
            page.wait_for_timeout(seconds * 1000)
            found[state] = Counter(asked)
        browser.close()
    return found


def report(found: dict[str, Counter], seconds: float) -> None:
    for state, asked in found.items():
        total = sum(asked.values()) * 60 / seconds
        print(f"{state:8} {total:6.0f} requests a minute")
        for route, n in asked.most_common():
            print(f"         {n * 60 / seconds:6.0f}  {route}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    print(f"load before: {machine_load()}")
    if args.url:
        report(count(args.url, args.seconds), args.seconds)
        return
    with workspace("kimi-idle-") as work:
        sim = Sim().start(work)
        try:
            app = App(work / "data", sim, work).start()
            try:
                report(count(app.url, args.seconds), args.seconds)
            finally:
                app.stop()
        finally:
            sim.stop()


if __name__ == "__main__":
    main()
