"""Server-side figures: time to first token against the floor, the long chat against the empty chat, start-up
and idle memory, memory growth over 1,000 turns. Each takes running processes (bench/perf_common.py) and
returns rows for the table; the clients run in this (the load generator's) process."""

from __future__ import annotations

import queue
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.perf_clients import Timing, UiSession, backend_log, chat_api, floor_api, floor_ui, raw_stream
from bench.perf_common import (
    ROOT,
    App,
    CpuMeter,
    Figure,
    Sim,
    clean_env,
    connect,
    free_port,
    median,
    rss_mb,
    stop,
    wait_http,
)


@dataclass
class Floor:
    """bench/floor_app.py in its own process, reading the same simulated backend."""

    sim: Sim
    stubs: bool = True  # False: with kimi-ui's switch that skips gradio's stub rewrite (bench/floor_app.py)
    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> Floor:
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "floor_app.py"), "--port", str(self.port),
                                      "--backend", self.sim.base] + ([] if self.stubs else ["--no-stubs"]),
                                     cwd=ROOT, env=clean_env(),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_http(self.url, seconds=120, proc=self.proc)
        return self

    def stop(self) -> None:
        stop(self.proc)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# -- time to first token ----------------------------------------------------------------------------------------
def ttft_figures(app: App, floor: Floor, sim: Sim, runs: int) -> list[Figure]:
    """Interleaved runs of five paths on the same backend (50 tokens, unpaced): the raw openai client, the
    floor's gr.api and Chatbot event, kimi-ui's /chat and its composer's send event (a new chat each)."""
    api, fapi = connect(app.url), connect(floor.url)
    ui = UiSession(app.url)
    ui.load()
    message = "ttft {} {} #sim tokens=50"
    paths = {
        "raw": lambda i: raw_stream(sim.base, message.format("raw", i)),
        "floor_api": lambda i: floor_api(fapi, message.format("floor_api", i)),
        "kimi_api": lambda i: chat_api(api, message.format("kimi_api", i)),
        "floor_ui": lambda i: floor_ui(fapi, message.format("floor_ui", i)),
        "kimi_ui": lambda i: (ui.new_chat(), ui.send(message.format("kimi_ui", i)))[1],
    }
    for name, run in paths.items():  # warm-up: connections, first-call caches
        run(-1)
        run(-2)
    backend_log(sim.url, clear=True)
    got: dict[str, list[float]] = {name: [] for name in paths}
    reached: dict[str, list[float]] = {name: [] for name in paths}  # submit -> the backend has the request
    for i in range(runs):
        for name, run in paths.items():
            timing = run(i)
            got[name].append(timing.ttft)
            reached[name].append(timing.submitted)
    log = backend_log(sim.url)
    for name in paths:
        reached[name] = [log[message.format(name, i)]["started"] - submitted
                         for i, submitted in enumerate(reached[name]) if message.format(name, i) in log]
    r = {name: median(values) for name, values in reached.items()}
    m = {name: median(values) for name, values in got.items()}
    api_gap, ui_gap = m["kimi_api"] - m["floor_api"], m["kimi_ui"] - m["floor_ui"]
    ui.close()
    api.close()
    fapi.close()
    return [
        Figure("TTFT: raw openai client -> simulated backend (median)", _ms(m["raw"])),
        Figure("TTFT: floor app gr.api /chat (median)", _ms(m["floor_api"])),
        Figure("TTFT: kimi-ui /chat (median)", _ms(m["kimi_api"])),
        Figure("TTFT: kimi-ui /chat minus floor /chat", _ms(api_gap), "<= 20 ms", api_gap <= 0.020),
        Figure("TTFT: floor app Chatbot event (median)", _ms(m["floor_ui"])),
        Figure("TTFT: kimi-ui send event -> Chatbot (median)", _ms(m["kimi_ui"])),
        Figure("TTFT: kimi-ui send event minus floor Chatbot event", _ms(ui_gap), "<= 20 ms", ui_gap <= 0.020),
        Figure("TTFT: median of per-run (kimi-ui /chat - floor /chat)",
               _ms(median([k - f for k, f in zip(got["kimi_api"], got["floor_api"])]))),
        Figure("  submit -> backend has the request: floor /chat, kimi-ui /chat, floor Chatbot, kimi-ui send",
               " / ".join(f"{r[n] * 1000:.0f}" for n in ("floor_api", "kimi_api", "floor_ui", "kimi_ui")) + " ms"),
        Figure("  backend has the request -> first token on the client (same order)",
               " / ".join(f"{(m[n] - r[n]) * 1000:.0f}" for n in ("floor_api", "kimi_api", "floor_ui", "kimi_ui"))
               + " ms"),
    ]


# -- the long chat --------------------------------------------------------------------------------------------
def _measured_send(ui: UiSession, app: App, text: str) -> tuple[Timing, float]:
    """The page's whole chain for one message (send, after_turn, follow_queued, after_follow): its time and
    the app's CPU meanwhile."""
    meter = CpuMeter(app.pid)
    timing = ui.send(text)
    cpu, _ = meter.read()
    return timing, cpu


def long_chat_figures(app: App, long_id: str, runs: int, rate: float, earlier: int) -> list[Figure]:
    """A 2,000-token answer through the UI's send event, in the seeded long chat vs a new (empty) chat,
    alternating; server CPU = the app process's CPU seconds during the send event."""
    text = f"long chat #sim tokens=2000 rate={rate:g}"
    empty, long = UiSession(app.url), UiSession(app.url)
    empty.load()
    long.load()
    empty.new_chat()
    empty.send("warm-up #sim tokens=50")
    _, opened = long.open(long_id)
    rows: dict[str, list[tuple[Timing, float]]] = {"empty": [], "long": []}
    for i in range(runs):
        empty.new_chat()
        rows["empty"].append(_measured_send(empty, app, text))
        rows["long"].append(_measured_send(long, app, text))
    empty.close()
    long.close()
    cpu = {k: median([r[1] for r in v]) for k, v in rows.items()}
    total = {k: median([r[0].total for r in v]) for k, v in rows.items()}
    chars = {k: median([r[0].chars for r in v]) for k, v in rows.items()}
    cpu_ratio, time_ratio = cpu["long"] / cpu["empty"], total["long"] / total["empty"]
    return [
        Figure(f"2,000 tokens at {rate:g} tok/s, empty chat: server CPU / time (send to after_follow)",
               f"{cpu['empty'] * 1000:.0f} ms / {total['empty']:.2f} s"),
        Figure(f"same, chat with {earlier} earlier messages: server CPU / time",
               f"{cpu['long'] * 1000:.0f} ms / {total['long']:.2f} s"),
        Figure(f"{earlier}-message chat vs empty: server CPU", f"{cpu_ratio:.2f}x", "<= 1.3x", cpu_ratio <= 1.3),
        Figure(f"{earlier}-message chat vs empty: end-to-end time", f"{time_ratio:.2f}x", "<= 1.2x", time_ratio <= 1.2),
        Figure(f"  opening the {earlier}-message chat (action event, gradio_client)", _ms(opened)),
        Figure("  answer characters received (empty / long)", f"{chars['empty']:.0f} / {chars['long']:.0f}"),
    ]


# -- start-up and idle memory ------------------------------------------------------------------------------------
def startup_figures(sim: Sim, workdir: Path, starts: int, settle: float = 5.0) -> list[Figure]:
    """Each round, interleaved so that the machine's load drifts over all alike: spawn `python app.py` on an
    empty data folder, time to the first 200 on /, its RSS after `settle` seconds of idling (no client
    connected) and after one client connected; restart it on the same folder (the database is at head);
    then the floor app (bare Gradio + openai) as is, and with kimi-ui's switch for gradio's stub rewrite."""
    times, restarts, idle, connected = [], [], [], []
    floor_times, floor_rss, lean_times = [], [], []
    for i in range(starts):
        app = App(workdir / f"start-{i}", sim, workdir).start()
        try:
            times.append(app.ready_at - app.spawned_at)
            time.sleep(settle)
            idle.append(rss_mb(app.pid))
            client = connect(app.url)
            client.close()
            time.sleep(1)
            connected.append(rss_mb(app.pid))
        finally:
            app.stop()
        again = App(workdir / f"start-{i}", sim, workdir).start()
        restarts.append(again.ready_at - again.spawned_at)
        again.stop()
        for stubs, into in ((True, floor_times), (False, lean_times)):
            floor = Floor(sim, stubs=stubs)
            spawned = time.monotonic()
            floor.start()
            try:
                into.append(time.monotonic() - spawned)
                if stubs:
                    time.sleep(settle)
                    floor_rss.append(rss_mb(floor.proc.pid))
            finally:
                floor.stop()

    def every(values: list[float]) -> str:
        return "all: " + ", ".join(f"{t:.2f}" for t in values)

    own = median(times) - median(lean_times)
    return [
        Figure(f"start-up: spawn to the first HTTP 200 on / (median of {starts})", f"{median(times):.2f} s",
               "<= 4 s", median(times) <= 4.0, note=every(times)),
        Figure("  restart on the same data folder (database at head)", f"{median(restarts):.2f} s",
               note=every(restarts)),
        Figure("  the floor app's start-up (bare Gradio + openai), same measure", f"{median(floor_times):.2f} s",
               note=every(floor_times)),
        Figure("  the floor app without gradio's stub rewrite (kimi-ui skips it)", f"{median(lean_times):.2f} s",
               note=every(lean_times)),
        Figure("  kimi-ui's own start-up cost (start-up minus the line above)", f"{own:+.2f} s"),
        Figure(f"idle memory (RSS) {settle:g} s after start (median of {starts})", f"{median(idle):.0f} MB",
               "<= 250 MB", median(idle) <= 250),
        Figure("  RSS after one client connected (/config, /info)", f"{median(connected):.0f} MB"),
        Figure(f"  the floor app's idle RSS {settle:g} s after start", f"{median(floor_rss):.0f} MB"),
    ]


# -- memory growth -------------------------------------------------------------------------------------------
def growth_figures(app: App, turns: int, warmup: int, workers: int = 4) -> list[Figure]:
    """Short /chat turns (20 tokens, each a new conversation, as scripts do) from `workers` clients, each
    client one turn at a time, as a script uses it: RSS after the warm-up vs after `turns` more. (With one
    gradio_client shared by two threads at once, 0-2 of 1,000 calls ended in a client-side CancelledError,
    before this bench's last changes as after; not root-caused, and not what this figure measures.)"""
    clients = [connect(app.url) for _ in range(workers)]
    idle: queue.SimpleQueue = queue.SimpleQueue()
    for client in clients:
        idle.put(client)

    problems: list[str] = []

    def run(count: int, offset: int) -> int:
        def one(i: int) -> str:
            client = idle.get()
            try:
                return chat_api(client, f"turn {offset + i} #sim tokens=20").error
            except Exception as exc:  # noqa: BLE001 - a failed turn is counted
                return repr(exc)
            finally:
                idle.put(client)

        with ThreadPoolExecutor(workers) as pool:
            failed = [error for error in pool.map(one, range(count)) if error]
        problems.extend(failed)
        return len(failed)

    run(warmup, 0)
    time.sleep(2)
    before = rss_mb(app.pid)
    started = time.monotonic()
    errors = run(turns, warmup)
    elapsed = time.monotonic() - started
    time.sleep(2)
    after = rss_mb(app.pid)
    for client in clients:
        client.close()
    growth = (after - before) / before
    return [
        Figure(f"memory growth after {turns:,} turns (RSS {before:.0f} -> {after:.0f} MB, after {warmup} warm-up)",
               f"{growth * 100:+.1f}%", "<= 10%", growth <= 0.10),
        Figure(f"  {turns:,} short /chat turns from {workers} clients: time, errors",
               f"{elapsed:.0f} s ({turns / elapsed:.1f} turns/s), {errors} errors",
               note="; ".join(p[:200] for p in problems[:3])),
    ]
