"""Every benchmark, one table: figure | measured | target | met.

    python bench/run_all.py [--quick] [--skip media,history,ttft] [--runs N] [--perf-args "..."]

Runs each script as its own process and prints its output as it goes, then one table of all figures:
  perf     bench/perf.py     issue #7: TTFT against the floor, long chats, many users, memory, start-up, Chromium
  ttft     bench/ttft.py     time to first token, raw openai client vs kimi-ui's /chat (no floor app)
  media    bench/media.py    video frames and image preparation (slow the first time: it makes a clip)
  history  bench/history.py  history at scale (100,000 messages; PostgreSQL too when it can start one)
  bodies   bench/bodies.py   server memory under oversized request bodies (the old code alongside with --app-dir)
--quick passes --quick to perf.py and fewer runs to the others, and skips history's PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.perf_common import Figure, machine_load, print_table

SCRIPTS = ("perf", "ttft", "media", "history", "bodies")


def run(argv: list[str]) -> tuple[int, str]:
    """Run a script, echo its output, return it."""
    print(f"\n$ {' '.join(shlex.quote(a) for a in argv)}", flush=True)
    proc = subprocess.Popen([sys.executable, *argv], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    lines = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            print("  " + line, end="", flush=True)
            lines.append(line)
    finally:
        if proc.poll() is None:  # interrupted: the script stops its own processes on SIGTERM
            proc.terminate()
    return proc.wait(), "".join(lines)


def table_rows(output: str, prefix: str) -> list[Figure]:
    """The rows of a ' | ' table under its '-+-' rule (media.py, history.py print one)."""
    lines = output.splitlines()
    figures = []
    for i, line in enumerate(lines):
        if "-+-" not in line or i == 0:
            continue
        header = [c.strip() for c in lines[i - 1].split(" | ")]
        for row in lines[i + 1:]:
            cells = [c.strip() for c in row.split(" | ")]
            if len(cells) != len(header):
                break
            name, *values = cells
            target, met = (values[-2], values[-1]) if header[-1] == "met" else ("", "")
            measured = values[:-2] if header[-1] == "met" else values
            labels = header[1:1 + len(measured)]
            shown = " / ".join(f"{l.replace(' median', '')} {v}" if len(measured) > 1 else v
                               for l, v in zip(labels, measured))
            figures.append(Figure(f"{prefix}: {name}", shown, target, None if not met else met == "yes"))
    return figures


def ttft_rows(output: str) -> list[Figure]:
    figures = []
    for line in output.splitlines():
        parts = line.rsplit(None, 1)
        try:
            value = float(parts[1]) if len(parts) == 2 else None
        except ValueError:
            value = None
        if value is not None and ("->" in line or "added" in line):
            figures.append(Figure(f"ttft.py: {parts[0].strip()}", f"{value:.1f} ms"))
    return figures


def main() -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip", default="", help=f"comma-separated, of {', '.join(SCRIPTS)}")
    parser.add_argument("--runs", type=int, help="passed to every script")
    parser.add_argument("--perf-args", default="", help="extra arguments for bench/perf.py, e.g. \"--only ttft\"")
    args = parser.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    runs = ["--runs", str(args.runs)] if args.runs else []
    began = time.monotonic()
    print(f"kimi-ui benchmarks, {machine_load()}", flush=True)
    figures: list[Figure] = []
    failed = []
    if "perf" not in skip:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            code, _ = run(["bench/perf.py", *runs, *(["--quick"] if args.quick else []), "--json", out.name,
                           *shlex.split(args.perf_args)])
            text = Path(out.name).read_text() if code == 0 else ""
            figures += [Figure(**row) for row in json.loads(text)] if text else []
            failed += [] if code == 0 else ["perf"]
    if "ttft" not in skip:
        code, output = run(["bench/ttft.py", *(runs or (["--runs", "10"] if args.quick else []))])
        figures += ttft_rows(output)
        failed += [] if code == 0 else ["ttft"]
    if "media" not in skip:
        code, output = run(["bench/media.py", *(runs or (["--runs", "3"] if args.quick else []))])
        figures += table_rows(output, "media")
        failed += [] if code == 0 else ["media"]
    if "history" not in skip and (ROOT / "bench" / "history.py").exists():
        code, output = run(["bench/history.py", *(runs or (["--runs", "7", "--sqlite-only"] if args.quick else []))])
        figures += table_rows(output, "history")
        failed += [] if code == 0 else ["history"]
    if "bodies" not in skip:
        code, output = run(["bench/bodies.py", *(runs or (["--runs", "1"] if args.quick else []))])
        figures += table_rows(output, "bodies")
        failed += [] if code == 0 else ["bodies"]
    print(f"\nall benchmarks in {time.monotonic() - began:.0f} s; {machine_load()} at the end\n")
    print_table(figures)
    missed = [f for f in figures if f.met is False]
    print(f"\n{sum(1 for f in figures if f.met)} targets met, {len(missed)} missed"
          + (f"; scripts that failed: {', '.join(failed)}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
