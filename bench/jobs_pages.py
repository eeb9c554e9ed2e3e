"""bench/jobs.py's page figures: browser tabs (Debian's Chromium, headless, through Playwright) that open
/c/<id> of a conversation whose answer is being written and follow it live."""

from __future__ import annotations

import shutil
import time

from bench.perf_common import App, CpuMeter, Figure, connect, median
from bench.perf_browser import CHROMIUM_ARGS

ANSWER = "Simulated answer"  # the simulated backend's first words


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    started = time.perf_counter()
    page.goto(url)
    page.locator("#chat").get_by_text(ANSWER, exact=False).first.wait_for(state="visible", timeout=60_000)
    return page, time.perf_counter() - started


def _answering(client, seconds: float, tag: str):
    job = client.submit(f"jobs-pages {tag} #sim tokens={int(50 * seconds)} rate=50", None, "", "instant", "",
                        api_name="/chat")
    for snapshot in job:
        if snapshot.get("message_id"):
            return job, snapshot
    raise RuntimeError(f"the answer did not start: {job.result()}")


def _cpu_rate(app: App, browser, client, pages: int, seconds: float, tag: str) -> float:
    """Server CPU (cores) over `seconds` while one answer streams to its caller and `pages` tabs that opened
    its URL (the answer is long enough to outlast the openings, about 3 s each on a busy machine, and is
    stopped after the measurement)."""
    job, first = _answering(client, seconds + 30 + 10 * pages, tag)
    began = time.perf_counter()  # one after another: 16 loading at once took minutes on 2 cores
    opened = [_open(browser, f"{app.url}c/{first['conversation_id']}")[0] for _ in range(pages)]
    print(f"  {pages} tab(s) show the answer after {time.perf_counter() - began:.1f} s", flush=True)
    meter = CpuMeter(app.pid)
    time.sleep(seconds)
    cpu, wall = meter.read()
    status = job.outputs()[-1].get("status") if job.outputs() else None
    client.predict(first["message_id"], api_name="/stop")
    job.result()
    for page in opened:
        page.close()
    if status != "streaming":
        raise RuntimeError(f"the answer ended before the measurement did ({status}): lengthen it")
    return cpu / wall


def page_figures(app: App, runs: int, seconds: float, opens: int) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    client = connect(app.url)
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            finished = client.predict("jobs-pages finished #sim tokens=20", None, "", "instant", "", api_name="/chat")
            job, first = _answering(client, max(20.0, opens * 3.0), "open")
            live, done = [], []
            for _ in range(opens):  # interleaved: the streaming conversation, then the finished one
                for url, times in ((f"{app.url}c/{first['conversation_id']}", live),
                                   (f"{app.url}c/{finished['conversation_id']}", done)):
                    page, took = _open(browser, url)
                    times.append(took)
                    page.close()
            client.predict(first["message_id"], api_name="/stop")
            job.result()
            one, sixteen = [], []
            for run in range(runs):
                one.append(_cpu_rate(app, browser, client, 1, seconds, f"one {run}"))
                sixteen.append(_cpu_rate(app, browser, client, 16, seconds, f"sixteen {run}"))
                print(f"  pages run {run + 1}: 1 tab {one[-1]:.3f} cores, 16 tabs {sixteen[-1]:.3f} cores", flush=True)
        finally:
            browser.close()
    per_tab = (median(sixteen) - median(one)) / 15
    return [
        Figure("page opens /c/<id> of a streaming answer → its text shows", f"{median(live) * 1000:.0f} ms",
               "≤ 500 ms over a finished one", median(live) - median(done) <= 0.5),
        Figure("page opens /c/<id> of a finished answer → its text shows (baseline)", f"{median(done) * 1000:.0f} ms"),
        Figure("server CPU, one answer at 50 tok/s followed by 1 tab / by 16 tabs",
               f"{median(one):.3f} / {median(sixteen):.3f} cores"),
        Figure("CPU added per extra tab, % of the one-tab stream's", f"{100 * per_tab / median(one):.1f} %",
               "≤ 10 %", per_tab / median(one) <= 0.10),
    ]
