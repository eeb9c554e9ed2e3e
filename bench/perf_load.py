"""Many users streaming at once. The load generator is its own process:

    python -m bench.perf_load --mode raw|api|ui --users 32 --tokens 3000 --rate 100 --sim BASE [--app URL]

prints one JSON line: every stream's time to first token, duration, characters and error, and the load
generator's own CPU. `raw` is the openai client straight to the simulated backend (the backend's own figures),
`api` kimi-ui's /chat, `ui` kimi-ui's composer send event into the Chatbot (one gradio_client session per
user, a new chat each). Every client connects first; then the users start, spread evenly over --stagger
seconds (0: all at once), so that most of them start while the others already stream.

bench/perf.py runs it for the raw and the app paths and measures the app process's CPU meanwhile.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import asdict
from typing import Any

import httpx

from bench.perf_common import ROOT, CpuMeter, Figure, clean_env, median


def _worker(mode: str, args: argparse.Namespace, index: int, barrier: threading.Barrier, out: list) -> None:
    from bench.perf_clients import Timing, UiSession, chat_api, raw_stream
    from bench.perf_common import connect

    text = f"{mode} user {index} #sim tokens={args.tokens} rate={args.rate:g}"
    try:
        if mode == "api":
            client = connect(args.app)
            run = lambda: chat_api(client, text)
        elif mode == "ui":
            session = UiSession(args.app)
            session.load()
            run = lambda: session.send(text)
        else:
            run = lambda: raw_stream(args.sim, text)
    except Exception as exc:  # noqa: BLE001
        barrier.wait()
        out[index] = Timing(float("nan"), float("nan"), 0, f"connect: {exc!r}")
        return
    barrier.wait()
    time.sleep(index * args.stagger / args.users)  # arrivals spread evenly over --stagger seconds
    try:
        out[index] = run()
    except Exception as exc:  # noqa: BLE001 - an error is a figure here
        out[index] = Timing(float("nan"), float("nan"), 0, f"{exc!r} {traceback.format_exc(limit=2)[-300:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", choices=["raw", "api", "ui"], required=True)
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--tokens", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=100)
    parser.add_argument("--stagger", type=float, default=3.0, help="spread the starts over this many seconds")
    parser.add_argument("--sim", required=True, help="the simulated backend's base URL (…/vllm/v1)")
    parser.add_argument("--app", help="kimi-ui's URL (api, ui)")
    args = parser.parse_args()
    out: list[Any] = [None] * args.users
    barrier = threading.Barrier(args.users + 1)
    threads = [threading.Thread(target=_worker, args=(args.mode, args, i, barrier, out), daemon=True)
               for i in range(args.users)]
    for thread in threads:
        thread.start()
    barrier.wait(timeout=300)
    started = time.perf_counter()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"event": "started"}), flush=True)
    for thread in threads:
        thread.join()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter() - started
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(json.dumps({"event": "done", "wall": wall, "cpu": cpu, "streams": [asdict(t) for t in out]}), flush=True)


# -- run from bench/perf.py ---------------------------------------------------------------------------------------
def run_phase(mode: str, users: int, tokens: int, rate: float, sim_base: str, app_url: str | None,
              app_pid: int | None, stagger: float = 3.0) -> dict:
    """Start the load generator, measure the app's CPU from its "started" line to its end."""
    argv = [sys.executable, "-m", "bench.perf_load", "--mode", mode, "--users", str(users), "--tokens", str(tokens),
            "--rate", f"{rate:g}", "--sim", sim_base, "--stagger", f"{stagger:g}"] + (["--app", app_url] if app_url else [])
    env = clean_env(KIMI_BENCH_CLIENT_POLL=os.environ.get("KIMI_BENCH_LOAD_POLL", "0.01"),
                    KIMI_BENCH_STREAM_TIMEOUT=f"{max(180.0, 10 * tokens / rate):g}")  # a stream 10x late is an error
    httpx.delete(sim_base.rsplit("/", 2)[0] + "/_sim/requests")  # the backend's log of this phase alone
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    meter = None
    result: dict = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        message = json.loads(line)
        if message["event"] == "started" and app_pid:
            meter = CpuMeter(app_pid)
        elif message["event"] == "done":
            result = message
            if meter is not None:
                result["app_cpu"], result["app_wall"] = meter.read()
    proc.wait()
    if not result:
        raise RuntimeError(f"the load generator ({mode}) failed with {proc.returncode}")
    _match_backend_log(result, mode, sim_base)
    return result


def _match_backend_log(result: dict, mode: str, sim_base: str) -> None:
    """Add each stream's `reached_backend` (seconds from submit to the simulated backend receiving its request)
    and `backend_ended` (from submit to the backend's last byte), from the simulator's request log."""
    log = httpx.get(sim_base.rsplit("/", 2)[0] + "/_sim/requests", timeout=30).json()
    by_user = {}
    for entry in log:
        body = entry.get("body")
        messages = body.get("messages") if isinstance(body, dict) else None
        last = messages[-1].get("content") if messages else None
        text = last if isinstance(last, str) else " ".join(p.get("text", "") for p in last or [] if isinstance(p, dict))
        words = text.split()
        if len(words) > 3 and words[0] == mode and words[1] == "user" and words[3] == "#sim":
            by_user.setdefault(int(words[2]), entry)
    for index, stream in enumerate(result["streams"]):
        entry = by_user.get(index)
        if entry and stream.get("submitted"):
            stream["reached_backend"] = entry["started"] - stream["submitted"]
            stream["backend_ended"] = (entry["ended"] or float("nan")) - stream["submitted"]


def load_figures(sim_base: str, app_url: str, app_pid: int, users: int, tokens: int, rate: float,
                 modes: tuple[str, ...] = ("api",), stagger: float = 3.0) -> list[Figure]:
    raw = run_phase("raw", users, tokens, rate, sim_base, None, None, stagger)
    raw_ok = [s for s in raw["streams"] if not s["error"]]
    raw_total, raw_ttft = median([s["total"] for s in raw_ok]), median([s["ttft"] for s in raw_ok])
    spread = f"starts spread over {stagger:g} s" if stagger else "all starting at once"
    figures = [Figure(f"{users} users ({spread}), backend alone (raw openai client, {tokens} tokens at {rate:g} tok/s): "
                      "duration / TTFT (median)", f"{raw_total:.2f} s / {raw_ttft * 1000:.0f} ms",
                      note=f"{len(raw['streams']) - len(raw_ok)} errors")]
    for mode in modes:
        got = run_phase(mode, users, tokens, rate, sim_base, app_url, app_pid, stagger)
        streams = got["streams"]
        bad = [s for s in streams if s["error"] or not s["chars"]]
        ok = [s for s in streams if s not in bad]
        ratios = [s["total"] / raw_total for s in ok]
        worst = max(ratios) if ratios else float("nan")
        added = median([s["ttft"] - raw_ttft for s in ok])
        cores = got["app_cpu"] / got["app_wall"]
        timed = [s for s in ok if "reached_backend" in s]
        reached = [s["reached_backend"] for s in timed]
        after = [s["ttft"] - s["reached_backend"] - raw_ttft for s in timed]
        tails = [s["total"] - s["backend_ended"] for s in timed if s["backend_ended"] == s["backend_ended"]]
        path = "/chat" if mode == "api" else "the UI's send event"
        met = bool(ratios) and worst <= 1.1 and not bad
        shown = f"{worst:.3f}x ({median(ratios):.3f}x)" if ratios else "no stream finished"
        figures += [
            Figure(f"{users} users via {path}: each stream's duration vs the backend's (worst; median), errors",
                   f"{shown}, {len(bad)} errors", "<= 1.1x, 0 errors", met),
            Figure(f"{users} users via {path}: median added time to first token",
                   f"{added * 1000:.0f} ms", "<= 150 ms", added <= 0.150),
            Figure(f"{users} users via {path}: server CPU (app process, {got['app_wall']:.0f} s)",
                   f"{cores:.2f} cores", "<= 1 core", cores <= 1.0),
            Figure(f"  where the TTFT goes ({mode}): submit -> backend request; backend's first token -> client "
                   "(medians)", f"{median(reached) * 1000:.0f} ms; {median(after) * 1000:.0f} ms"),
            Figure(f"  stream tail ({mode}): client's end minus the backend's last byte (median; worst)",
                   f"{median(tails) * 1000:.0f} ms; {max(tails, default=float('nan')) * 1000:.0f} ms"),
            Figure(f"  load generator's own CPU ({mode})", f"{got['cpu'] / got['wall']:.2f} cores"),
        ]
        if bad:
            figures[-1].note = "; ".join(str(s["error"])[:160] for s in bad[:3])
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
