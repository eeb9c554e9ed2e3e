"""Performance of kimi-ui against the framework's floor (issue #7), on this machine, against the simulated backend.

    python bench/perf.py [--runs 9] [--only ttft,long,browser,users,startup,growth] [--quick] [--json FILE]

Processes: the simulated backend (`python -m kimi_ui.demo_server`), the real app (`python app.py --port P
--data-dir D`, the bench Settings profile in its environment), the floor app (bench/floor_app.py) and, for the
many-users figure, a load generator (bench/perf_load.py) each run in their own process; the other clients run
in this one. "Server CPU" and memory are the app process's alone (/proc/<pid>/stat utime+stime, VmRSS).
Every figure is a median over repeated runs; every ratio is against its baseline in the same run.
With KIMI_BENCH_PYSPY=out.svg (pip install py-spy) the app process is profiled from outside while it runs;
KIMI_BENCH_KEEP=1 keeps the temporary folder (app logs, database).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.perf_common import (
    App,
    Figure,
    Sim,
    machine_load,
    print_table,
    profile_note,
    seed_chats,
    workspace,
)

GROUPS = ("startup", "ttft", "long", "browser", "users", "growth")


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the `finally`s stop every process started
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="repetitions per figure (TTFT: twice this)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups of {', '.join(GROUPS)}")
    parser.add_argument("--quick", action="store_true", help="fewer runs, 8 users for 10 s, 200 turns")
    parser.add_argument("--earlier", type=int, default=400, help="messages of the long chat")
    parser.add_argument("--long-rate", type=float, default=1000, help="tok/s of the 2,000-token answers (server)")
    parser.add_argument("--browser-rate", type=float, default=200, help="tok/s of the 2,000-token answer (page)")
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--users-seconds", type=float, default=30)
    parser.add_argument("--users-rate", type=float, default=100)
    parser.add_argument("--users-stagger", type=float, default=3.0, help="spread the users' starts over this "
                        "many seconds (0: all at once)")
    parser.add_argument("--users-paths", default="api,ui", help="api (/chat) and/or ui (the composer's send event)")
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--json", help="write the rows here as JSON too")
    args = parser.parse_args()
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups {sorted(unknown)}; choose from {', '.join(GROUPS)}")
    runs = 3 if args.quick else args.runs
    users, seconds, turns = (8, 10.0, 200) if args.quick else (args.users, args.users_seconds, args.turns)

    print(f"kimi-ui performance, {machine_load()} at start", flush=True)
    print(profile_note(), flush=True)
    figures: list[Figure] = []
    began = time.monotonic()
    with workspace("kimi-ui-perf-") as work:
        sim = Sim().start(work)
        try:
            if "startup" in groups:
                from bench.perf_server import startup_figures

                print("start-up and idle memory ...", flush=True)
                try:
                    got = startup_figures(sim, work, starts=3 if args.quick else 5)
                    figures += got
                    _echo(got)
                except Exception as exc:  # noqa: BLE001
                    traceback.print_exc()
                    figures.append(Figure("startup: failed", f"{type(exc).__name__}: {str(exc)[:120]}", met=False))
            rest = [g for g in groups if g != "startup"]
            if rest:
                figures += _with_app(sim, work, rest, args, runs, users, seconds, turns)
        finally:
            sim.stop()
    print(f"\nall figures in {time.monotonic() - began:.0f} s; {machine_load()} at the end. Other processes share "
          "this machine: figures are noisy.\n", flush=True)
    print_table(figures)
    notes = [f for f in figures if f.note]
    if notes:
        print()
        for f in notes:
            print(f"- {f.name.strip()}: {f.note}")
    if args.json:
        Path(args.json).write_text(json.dumps([f.__dict__ for f in figures], indent=1, ensure_ascii=False))


def _echo(figures: list[Figure]) -> None:
    for f in figures:
        print(f"    {f.name.strip()}: {f.measured}" + (f" (target {f.target})" if f.target else ""), flush=True)


def _with_app(sim: Sim, work: Path, groups: list[str], args: argparse.Namespace, runs: int, users: int,
              seconds: float, turns: int) -> list[Figure]:
    figures: list[Figure] = []
    ids = seed_chats(work / "data", earlier=args.earlier)
    app = App(work / "data", sim, work).start()
    try:
        for group in GROUPS:
            if group in groups and group != "startup":
                try:
                    got = RUNNERS[group](app, sim, ids, args, runs, users, seconds, turns)
                    figures += got
                    _echo(got)
                except Exception as exc:  # noqa: BLE001 - one broken group must not lose the others' figures
                    traceback.print_exc()
                    figures.append(Figure(f"{group}: failed", f"{type(exc).__name__}: {str(exc)[:120]}", met=False))
    finally:
        app.stop()
    return figures


def _ttft(app, sim, ids, args, runs, users, seconds, turns) -> list[Figure]:
    from bench.perf_server import Floor, ttft_figures

    print("time to first token: raw, floor and kimi-ui ...", flush=True)
    floor = Floor(sim).start()
    try:
        return ttft_figures(app, floor, sim, runs * 2)
    finally:
        floor.stop()


def _long(app, sim, ids, args, runs, users, seconds, turns) -> list[Figure]:
    from bench.perf_server import long_chat_figures

    print(f"2,000-token answers: empty chat vs {args.earlier} earlier messages ...", flush=True)
    return long_chat_figures(app, ids["long"], runs, args.long_rate, args.earlier)


def _browser(app, sim, ids, args, runs, users, seconds, turns) -> list[Figure]:
    from bench.perf_browser import browser_figures

    print("Chromium ...", flush=True)
    return browser_figures(app, max(3, runs // 2 + 1), args.browser_rate, args.earlier)


def _users(app, sim, ids, args, runs, users, seconds, turns) -> list[Figure]:
    from bench.perf_load import load_figures

    tokens = int(args.users_rate * seconds)
    print(f"{users} users at once, {tokens} tokens at {args.users_rate:g} tok/s each ...", flush=True)
    modes = tuple(m.strip() for m in args.users_paths.split(",") if m.strip() in ("api", "ui"))
    return load_figures(sim.base, app.url, app.pid, users, tokens, args.users_rate, modes, args.users_stagger)


def _growth(app, sim, ids, args, runs, users, seconds, turns) -> list[Figure]:
    from bench.perf_server import growth_figures

    print(f"memory over {turns:,} turns ...", flush=True)
    return growth_figures(app, turns, warmup=50)


RUNNERS = {"ttft": _ttft, "long": _long, "browser": _browser, "users": _users, "growth": _growth}


if __name__ == "__main__":
    main()
