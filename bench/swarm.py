"""Swarm mode (issue 18): a swarm's wall time against one agent at a time, the server's CPU while it runs, and
the page's longest main-thread task while eight lanes stream.

    python bench/swarm.py [--runs 3] [--serial-runs 1] [--page-runs 3] [--only api,page] [--trace MS]

(~11.5 minutes with the defaults: the serial baseline alone is ~4; `--runs 1 --page-runs 1` takes ~7.)

The run (issue 18's "orchestrator 200 tokens + 8 sub-agents (x 2 tool rounds x 300 tokens), 4 at once, 50 tok/s"),
read as: every model call writes ~300 tokens at 50 tokens/s, with tool rounds between the calls; "x 2 tool rounds"
is taken literally, two calculator calls per agent (swarm_calls=2), so each sub-agent makes three thinking calls:
two that reason 300 tokens and call the tool (~345 tokens with the call), then its final answer, 300 tokens of
reasoning and the answer (swarm_tokens=300 is a floor: the simulator's report of the request is ~340 tokens
here). About 1,325 tokens an agent, ~26.5 s at 50 tok/s. The orchestrator reasons 200 tokens in each of its two
calls; the first ends in the start_agents call, whose ~2,300 characters of arguments the simulator streams as
~470 pieces at the same rate (~14 s in all); the second writes a 200-token report (~8.5 s). One message:

    #sim think=200 tokens=200 rate=50 swarm=8 swarm_calls=2 swarm_think=300 swarm_tokens=300 swarm_rate=50

The simulator's pacing alone: ~22 s of orchestrator plus 2 x 26.5 s of agents four at once (~75 s), or 8 x 26.5 s
one at a time (~234 s): a ratio of ~0.32 before kimi-ui adds anything, since the orchestrator's part does not
shrink. The bench computes that floor for every run from the simulator's request log (each request's completion
tokens / its rate) and prints it beside the wall time, with how much longer the simulator's streams took than
their pacing (its own scheduling on a busy box; both settings pay it).

Processes, each its own: the simulated backend (`python -m kimi_ui.demo_server`, so its CPU is not the app's) and
the real app (`python app.py`, the bench Settings profile of bench/perf_common.py), started anew for each setting:
- api, parallel: KIMI_UI_SWARM_CONCURRENCY=4 (the default; KIMI_UI_SWARM_AGENTS_PER_USER 4, the default), the
  message through the /chat script API (gradio_client, mode "swarm"), --runs times; the wall time from submit to the
  end of the call, and the app process's CPU seconds (utime+stime from /proc) over that time: CPU / wall = cores.
- api, serial (the baseline): the same with KIMI_UI_SWARM_CONCURRENCY=1, --serial-runs times (~4 min each).
- page: KIMI_UI_SWARM_CONCURRENCY=8 and KIMI_UI_SWARM_AGENTS_PER_USER=8, so all eight lanes stream at once (the
  default four would stream four); Debian's Chromium through Playwright, Swarm picked in `#mode-picker`, the message
  sent with Enter in a new chat, --page-runs times. The Long Tasks API (PerformanceObserver 'longtask', bench/page.py's
  page script) from Enter to the answer's stats footer: the longest task and the number of tasks (every one is
  over 50 ms); also the longest while all eight lanes were running (the page polls the lanes every 100 ms).
Each app gets one fast swarm first (no pacing) as a warm-up. Figures are medians; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.perf_common import (  # noqa: E402
    App,
    CpuMeter,
    Figure,
    Sim,
    connect,
    machine_load,
    median,
    print_table,
    profile_note,
    workspace,
)

AGENTS = 8
RATE = 50
ORCHESTRATOR = f"think=200 tokens=200 rate={RATE}"
SWARM = f"swarm={AGENTS} swarm_calls=2 swarm_think=300 swarm_tokens=300 swarm_rate={RATE}"
DIRECTIVES = f"#sim {ORCHESTRATOR} {SWARM}"
WARM_UP = "#sim swarm=2 swarm_calls=1"  # no rate: as fast as the simulator goes
TARGETS = {"ratio": 0.35, "cores": 0.5, "task_ms": 100.0}


# -- the script API --------------------------------------------------------------------------------------------
@dataclass
class Run:
    wall: float  # s, submit -> the /chat call's end
    cpu: float  # s, the app process's utime+stime over the same time
    snapshots: int
    swarm: float  # s, start_agents's own duration (the agents' part)
    floor: float = float("nan")  # s, the simulator's pacing alone (pacing())
    sim_over: float = float("nan")  # the simulator's streams against their pacing (0.05: 5 % longer)
    agent_seconds: list[float] = field(default_factory=list)  # each agent's own time (its usage.seconds)
    statuses: list[str] = field(default_factory=list)

    @property
    def cores(self) -> float:
        return self.cpu / self.wall if self.wall else float("nan")


def _makespan(totals: list[float], slots: int) -> float:
    """The agents in order, each to the first free slot (the swarm's semaphore is first come, first served)."""
    free = [0.0] * max(1, slots)
    for total in totals:
        at = free.index(min(free))
        free[at] += total
    return max(free)


def pacing(sim: Sim, concurrency: int) -> tuple[float, float]:
    """From the simulator's request log of one run: the wall time its pacing alone allows (each request's
    completion tokens / its rate; the orchestrator's calls in a row, the agents' calls in a row per agent and
    the agents `concurrency` at a time), and how much longer the simulator's streams took than their pacing
    (its own scheduling, shared by both settings)."""
    from kimi_ui import demo_server as sim_code

    dialect = sim_code.VllmDialect()
    orchestrator, agents, paced, took = 0.0, {}, 0.0, 0.0
    for entry in httpx.get(f"{sim.url}/_sim/requests", timeout=10).json():
        body = entry.get("body")
        if not isinstance(body, dict) or entry.get("status") != 200:
            continue
        turn = sim_code.read_turn(body, dialect.thinking(body))
        if sim_code._asks_for_title(turn):  # the chat's title, beside the answer
            continue
        floor = sim_code.Reply(dialect, turn).completion / (turn.directives.rate or float("inf"))
        paced += floor
        took += (entry.get("ended") or entry["started"]) - entry["started"]
        part = re.match(r"Look into part (\d+) ", turn.user_text)
        if part:
            agents[int(part.group(1))] = agents.get(int(part.group(1)), 0.0) + floor
        else:
            orchestrator += floor
    totals = [agents[n] for n in sorted(agents)]
    return orchestrator + _makespan(totals, concurrency), (took / paced - 1) if paced else float("nan")


def swarm_run(app: App, client, tag: str, concurrency: int, directives: str = DIRECTIVES) -> Run:
    httpx.delete(f"{app.sim.url}/_sim/requests", timeout=10)
    meter = CpuMeter(app.pid)
    job = client.submit(f"swarm-bench {tag} {directives}", None, "", "swarm", "", None, api_name="/chat")
    snapshots = sum(1 for _ in job)
    result = job.result()
    cpu, wall = meter.read()
    if result.get("status") != "done":
        raise RuntimeError(f"the swarm ended {result.get('status')}: {result.get('error')}")
    agents = result.get("agents") or []
    calls = [c for c in result.get("tool_calls") or [] if c.get("name") == "start_agents"]
    floor, over = pacing(app.sim, concurrency)
    return Run(wall, cpu, snapshots, (calls[0].get("duration_ms") or 0) / 1000 if calls else float("nan"),
               floor, over, [a["usage"]["seconds"] for a in agents if (a.get("usage") or {}).get("seconds")],
               [a.get("status", "?") for a in agents])


def idle_cores(app: App, seconds: float = 5.0) -> float:
    meter = CpuMeter(app.pid)
    time.sleep(seconds)
    cpu, wall = meter.read()
    return cpu / wall


def api_runs(folder: Path, sim: Sim, concurrency: int, runs: int, label: str) -> tuple[list[Run], float]:
    app = App(folder / f"data-{label}", sim, folder, extra_env={"KIMI_UI_SWARM_CONCURRENCY": str(concurrency)})
    app.start()
    try:
        client = connect(app.url)
        swarm_run(app, client, f"{label} warm-up", concurrency, WARM_UP)
        idle = idle_cores(app)
        got = []
        for i in range(runs):
            run = swarm_run(app, client, f"{label} {i}", concurrency)
            got.append(run)
            not_done = [s for s in run.statuses if s != "done"]
            print(f"  {label} run {i + 1}/{runs}: wall {run.wall:.1f} s (the pacing alone {run.floor:.1f} s; "
                  f"start_agents {run.swarm:.1f} s, agents {median(run.agent_seconds):.1f} s each), app CPU "
                  f"{run.cpu:.1f} s = {run.cores:.2f} cores, {run.snapshots} snapshots; {len(run.statuses)} agents"
                  + (f", NOT done: {not_done}" if not_done else ", all done"), flush=True)
        return got, idle
    finally:
        app.stop()


# -- the page --------------------------------------------------------------------------------------------------
LANES = """
(() => {
  const B = window.kimiSwarm = {lanes: [], last: -1};
  setInterval(() => {
    const n = document.querySelectorAll('#chat .kimi-lane[data-status="running"]').length;
    if (n !== B.last) { B.lanes.push([performance.now(), n]); B.last = n; }
  }, 100);
})();
"""


def _window(changes: list[list[float]], t0: float, t1: float) -> tuple[float, float] | None:
    """The span (page ms) in [t0, t1] while all AGENTS lanes were running: the first time the count reached it
    to the first time it dropped after that."""
    start = end = None
    for at, n in changes:
        if at < t0 or at > t1:
            continue
        if start is None and n >= AGENTS:
            start = at
        elif start is not None and n < AGENTS:
            end = at
            break
    return (start, end if end is not None else t1) if start is not None else None


def pick_swarm(page) -> None:
    """Click Swarm in the mode picker until it shows checked (a new chat resets the picker a moment later)."""
    for _ in range(20):
        page.locator("#mode-picker label", has_text="Swarm").first.click()
        try:
            page.wait_for_function("document.querySelector('#mode-picker input[value=\"swarm\"]')?.checked",
                                   timeout=1_000)
            page.wait_for_timeout(300)
            if page.evaluate("document.querySelector('#mode-picker input[value=\"swarm\"]').checked"):
                return
        except Exception:  # noqa: BLE001 - playwright's TimeoutError: click again
            pass
    raise RuntimeError("Swarm could not be picked in #mode-picker")


def show_trace(raw: bytes, least_ms: float) -> None:
    """--trace: bench/page_trace.py's summary of every main-thread task of at least `least_ms` in the run traced."""
    from bench.page_trace import report

    events = json.loads(raw)
    events = events["traceEvents"] if isinstance(events, dict) else events
    keys = [e["ts"] for e in events if e.get("name") == "EventDispatch"
            and e.get("args", {}).get("data", {}).get("type") == "keydown"]
    print(f"  traced the last page run (the profiler slows the page: its figures count less); tasks of at least "
          f"{least_ms:g} ms, times from the Enter", flush=True)
    report(events, keys[-1] if keys else 0, least_ms)


def page_runs(folder: Path, sim: Sim, runs: int, trace: float | None = None) -> dict[str, list]:
    from playwright.sync_api import sync_playwright

    from bench.page import CHROMIUM_ARGS, INIT, SEL, send, stats_count, wait_done

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        sys.exit("Debian's chromium is missing (/usr/bin/chromium)")
    app = App(folder / "data-page", sim, folder, extra_env={"KIMI_UI_SWARM_CONCURRENCY": str(AGENTS),
                                                             "KIMI_UI_SWARM_AGENTS_PER_USER": str(AGENTS)})
    out: dict[str, list] = {"longest": [], "count": [], "longest8": [], "span8": [], "stream": [], "where": []}
    app.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                context.add_init_script(INIT % {"sel": json.dumps(SEL)})
                context.add_init_script(LANES)
                page = context.new_page()
                page.goto(app.url)
                page.wait_for_selector(f"{SEL['composer']}:not([disabled])", timeout=60_000)
                for i in range(runs + 1):  # the first is a warm-up (a fast swarm), not counted
                    page.get_by_role("button", name="New chat").first.click()
                    page.wait_for_function(f"document.querySelectorAll('{SEL['message']}').length === 0",
                                           timeout=30_000)
                    pick_swarm(page)
                    before = stats_count(page)
                    text = f"swarm-page {i} {WARM_UP if i == 0 else DIRECTIVES}"
                    tracing = trace is not None and i == runs
                    if tracing:
                        from bench.page_trace import CATEGORIES

                        browser.start_tracing(page=page, categories=CATEGORIES)
                    result = send(page, text, "done", before, 300)
                    if tracing:
                        show_trace(browser.stop_tracing(), trace)
                    if result.get("timeout"):
                        raise RuntimeError(f"page run {i}: no stats footer within 300 s")
                    wait_done(page, before)
                    if i == 0:
                        continue
                    t0, t1 = result["t0"], result["t0"] + result["frame"]
                    at, longest = page.evaluate("([a, b]) => window.kimiBench.longest(a, b)", [t0, t1])
                    count = page.evaluate("([a, b]) => window.kimiBench.tasks.filter(([s]) => s >= a && s <= b)"
                                          ".length", [t0, t1])
                    span = _window(page.evaluate("window.kimiSwarm.lanes"), t0, t1)
                    longest8 = 0.0
                    if span is not None:
                        longest8 = page.evaluate("([a, b]) => window.kimiBench.longest(a, b)", list(span))[1]
                    out["longest"].append(longest)
                    out["count"].append(count)
                    out["longest8"].append(longest8)
                    out["span8"].append((span[1] - span[0]) / 1000 if span else 0.0)
                    out["stream"].append(result["frame"] / 1000)
                    out["where"].append(f"{longest:.0f} ms at +{at / 1000:.1f} s" if at is not None else "none")
                    print(f"  page run {i}/{runs}: Enter -> footer {result['frame'] / 1000:.1f} s, longest task "
                          f"{out['where'][-1]}, {count} long tasks; 8 lanes running for {out['span8'][-1]:.1f} s, "
                          f"longest then {longest8:.0f} ms", flush=True)
                    page.wait_for_timeout(500)
            finally:
                browser.close()
    finally:
        app.stop()
    return out


# -- the table -------------------------------------------------------------------------------------------------
def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the `finally`s stop every process started
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="swarm runs four at once (each ~80 s)")
    parser.add_argument("--serial-runs", type=int, default=1, help="baseline runs one agent at a time (~4 min)")
    parser.add_argument("--page-runs", type=int, default=3, help="swarms in the page, eight lanes (~40 s each)")
    parser.add_argument("--only", default="api,page", help="api (wall time and CPU), page (Chromium)")
    parser.add_argument("--trace", type=float, metavar="MS", help="trace the last page run in Chromium and print "
                        "each main-thread task of at least MS ms with what ran in it (bench/page_trace.py's report)")
    args = parser.parse_args()
    load_start = machine_load()
    print(f"kimi-ui swarm bench, {load_start} at start\n{profile_note()}\nmessage directives: {DIRECTIVES}",
          flush=True)
    began = time.monotonic()
    figures: list[Figure] = []
    with workspace("kimi-bench-swarm-") as folder:
        sim = Sim().start(folder)
        try:
            if "api" in args.only:
                print("four at once (KIMI_UI_SWARM_CONCURRENCY=4) ...", flush=True)
                parallel, idle4 = api_runs(folder, sim, 4, args.runs, "parallel")
                print("one at a time (KIMI_UI_SWARM_CONCURRENCY=1) ...", flush=True)
                serial, _ = api_runs(folder, sim, 1, args.serial_runs, "serial")
                wall4, wall1 = median([r.wall for r in parallel]), median([r.wall for r in serial])
                ratio = wall4 / wall1
                floor4, floor1 = median([r.floor for r in parallel]), median([r.floor for r in serial])
                over4, over1 = median([r.sim_over for r in parallel]), median([r.sim_over for r in serial])
                cores = median([r.cores for r in parallel])
                figures += [
                    Figure("swarm wall time, 4 at once / 1 at a time", f"{ratio:.2f}x ({wall4:.1f} s / {wall1:.1f} s)",
                           f"≤ {TARGETS['ratio']}x", ratio <= TARGETS["ratio"]),
                    Figure("  the simulator's pacing alone, 4 at once / 1 at a time",
                           f"{floor4 / floor1:.2f}x ({floor4:.1f} s / {floor1:.1f} s)"),
                    Figure("  the simulator's streams over their pacing, 4 at once / 1 at a time",
                           f"{100 * over4:+.1f} % / {100 * over1:+.1f} %"),
                    Figure("  agents' part (start_agents), 4 at once / 1 at a time",
                           f"{median([r.swarm for r in parallel]):.1f} s / {median([r.swarm for r in serial]):.1f} s"),
                    Figure("  one agent, start -> end (median)",
                           f"{median([median(r.agent_seconds) for r in parallel]):.1f} s / "
                           f"{median([median(r.agent_seconds) for r in serial]):.1f} s"),
                    Figure("server CPU during the 4-at-once swarm (app process)",
                           f"{cores:.2f} cores ({median([r.cpu for r in parallel]):.1f} s CPU)",
                           f"≤ {TARGETS['cores']} core", cores <= TARGETS["cores"]),
                    Figure("  the same, one at a time / the app idle", f"{median([r.cores for r in serial]):.2f} / "
                           f"{idle4:.2f} cores"),
                    Figure("  /chat snapshots a run, 4 at once / 1 at a time",
                           f"{median([r.snapshots for r in parallel]):.0f} / "
                           f"{median([r.snapshots for r in serial]):.0f}"),
                ]
            if "page" in args.only:
                print(f"the page, {AGENTS} lanes at once (KIMI_UI_SWARM_CONCURRENCY={AGENTS}, "
                      f"KIMI_UI_SWARM_AGENTS_PER_USER={AGENTS}) ...", flush=True)
                got = page_runs(folder, sim, args.page_runs, args.trace)
                longest = median(got["longest"])
                figures += [
                    Figure(f"page: longest main-thread task, Enter -> footer, {AGENTS} lanes", f"{longest:.0f} ms "
                           f"({', '.join(got['where'])})", f"≤ {TARGETS['task_ms']:.0f} ms",
                           longest <= TARGETS["task_ms"]),
                    Figure("  long tasks (> 50 ms) a run", f"{median(got['count']):g} ({got['count']})"),
                    Figure(f"  longest while all {AGENTS} lanes ran", f"{median(got['longest8']):.0f} ms "
                           f"(over {median(got['span8']):.1f} s)"),
                    Figure("  Enter -> stats footer in the page", f"{median(got['stream']):.1f} s"),
                ]
        finally:
            sim.stop()
    print(f"\nall figures in {time.monotonic() - began:.0f} s; {load_start} at start, {machine_load()} at the end; "
          f"medians of {args.runs} (4 at once), {args.serial_runs} (serial), {args.page_runs} (page)\n", flush=True)
    print_table(figures)


if __name__ == "__main__":
    main()
