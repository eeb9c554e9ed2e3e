"""Turns as jobs (issue 13): what following an answer costs the server, and how soon a follower sees it.

(a) One answer at 50 tokens/s for --seconds (default 30) with its /chat caller alone, against the same
    answer with 15 more followers through the `attach` API (16 in all), interleaved, --runs times each;
    an idle interval of the same length is the floor. Server CPU is the app process's utime+stime
    (bench/perf_common.py). Printed: the medians and the CPU each extra follower adds, as a share of one
    stream's own CPU (the answer with its caller, minus idle). Target: at most 10 %.
(b) `attach` to an answer being written: from the call to its first snapshot (median of --attaches), against
    `attach` of a finished answer in the same run (the route's own cost). Target: at most 500 ms.
--pages: the same two in Debian's Chromium (bench/jobs_pages.py): 16 pages on /c/<id> against 1 following
    one answer, and a page opened on /c/<id> of a streaming answer until its text shows, against a finished one.

    python bench/jobs.py [--runs 3] [--seconds 30] [--attaches 15] [--pages] [--only api,pages]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.perf_clients import fine_polling  # noqa: E402
from bench.perf_common import (  # noqa: E402
    App,
    CpuMeter,
    Figure,
    Sim,
    connect,
    median,
    print_table,
    workspace,
)

RATE = 50  # tokens a second, as a thinking model writes


def start_answer(client, seconds: float, tag: str):
    """A /chat turn of `seconds` at RATE; returns the job and its message id once it is being written."""
    job = client.submit(f"jobs-bench {tag} #sim tokens={int(RATE * seconds)} rate={RATE}", None, "", "instant", "",
                        api_name="/chat")
    for snapshot in job:
        if snapshot.get("message_id"):
            return job, snapshot["message_id"]
    raise RuntimeError(f"the answer did not start: {job.result()}")


def drain(job) -> None:
    """Read a follower's snapshots to the end, as a script would."""
    for _ in job:
        pass


def stream_cpu(app: App, clients: list, seconds: float, followers: int, tag: str) -> float:
    """Server CPU seconds while one answer streams to its caller and `followers` attached scripts."""
    job, message_id = start_answer(clients[0], seconds, tag)
    readers = [threading.Thread(target=drain, args=(c.submit(message_id, api_name="/attach"),), daemon=True)
               for c in clients[1:followers + 1]]
    for reader in readers:
        reader.start()
    meter = CpuMeter(app.pid)
    job.result()
    cpu, _ = meter.read()
    for reader in readers:
        reader.join(30)
    return cpu


def idle_cpu(app: App, seconds: float) -> float:
    meter = CpuMeter(app.pid)
    time.sleep(seconds)
    return meter.read()[0]


def follower_figures(app: App, runs: int, seconds: float) -> list[Figure]:
    clients = [connect(app.url) for _ in range(16)]  # one per "script", connected before anything is measured
    stream_cpu(app, clients, 2, 15, "warm-up")
    one, sixteen, idle = [], [], []
    for run in range(runs):
        idle.append(idle_cpu(app, seconds))
        one.append(stream_cpu(app, clients, seconds, 0, f"one {run}"))
        sixteen.append(stream_cpu(app, clients, seconds, 15, f"sixteen {run}"))
        print(f"  run {run + 1}: idle {idle[-1]:.2f} s, 1 follower {one[-1]:.2f} s, 16 followers {sixteen[-1]:.2f} s "
              "CPU", flush=True)
    stream = median(one) - median(idle)
    per_follower = (median(sixteen) - median(one)) / 15
    share = 100 * per_follower / stream if stream > 0 else float("inf")
    span = f"{seconds:g} s at {RATE} tok/s"
    return [
        Figure(f"server CPU idle, {seconds:g} s", f"{median(idle):.2f} s"),
        Figure(f"server CPU, one answer ({span}) to its caller", f"{median(one):.2f} s"),
        Figure(f"server CPU, the same with 15 attached followers", f"{median(sixteen):.2f} s"),
        Figure("CPU added per extra follower, % of one stream's", f"{share:.1f} % ({per_follower * 1000:.0f} ms)",
               "≤ 10 %", share <= 10),
    ]


def first_update(client, message_id: str) -> float:
    started = time.perf_counter()
    job = client.submit(message_id, api_name="/attach")
    for _ in job:
        break
    took = time.perf_counter() - started
    job.cancel()  # leaving a follow leaves the answer alone
    return took


def attach_figures(app: App, attaches: int) -> list[Figure]:
    client = connect(app.url)
    finished = client.predict("jobs-bench finished #sim tokens=20", None, "", "instant", "", api_name="/chat")
    job, message_id = start_answer(client, max(10.0, attaches * 0.6), "attach")
    live, done = [], []
    for _ in range(attaches):  # interleaved: a running answer, then the finished one
        live.append(first_update(client, message_id))
        done.append(first_update(client, finished["message_id"]))
    job.cancel()
    client.predict(message_id, api_name="/stop")
    return [
        Figure("attach to a streaming answer → first snapshot", f"{median(live) * 1000:.0f} ms", "≤ 500 ms",
               median(live) <= 0.5),
        Figure("attach to a finished answer → its snapshot (baseline)", f"{median(done) * 1000:.0f} ms"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--attaches", type=int, default=15)
    parser.add_argument("--only", default="api,pages", help="api (gradio_client), pages (Chromium)")
    args = parser.parse_args()
    fine_polling()
    with workspace("kimi-bench-jobs-") as folder:
        sim = Sim().start(folder)
        app = App(folder / "data", sim, folder).start()
        try:
            figures = []
            if "api" in args.only:
                figures += attach_figures(app, args.attaches) + follower_figures(app, args.runs, args.seconds)
            if "pages" in args.only:
                from bench.jobs_pages import page_figures

                figures += page_figures(app, args.runs, args.seconds, args.attaches)
        finally:
            app.stop()
            sim.stop()
    print_table(figures)


if __name__ == "__main__":
    main()
