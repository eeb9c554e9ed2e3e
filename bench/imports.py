"""Peak memory of reading an import file: the old way (json.loads of the whole file) against the streamed,
counted parse (kimi_ui.storage.importing.plan_file), for (a) the probe's hostile 30 MB `[{},{},…]` and
(b) a legitimate 20 MB kimi-ui export with embedded attachments.

    python bench/imports.py

Each figure comes from a fresh process: tracemalloc's peak (Python allocations), and, in a process without
tracemalloc, the growth of the peak RSS (VmHWM, reset through /proc/self/clear_refs) over the RSS after the
imports.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024

MEASURE = r"""
import json, sys, tracemalloc
from pathlib import Path
from kimi_ui.storage.importing import ImportProblem, plan_data, plan_file
path, way, traced = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "traced"

def kb(field):
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith(field))

with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # resets the peak (VmHWM) to the current RSS
before = kb("VmRSS:")
if traced:
    tracemalloc.start()
outcome = "accepted"
try:
    if way == "old":
        plan_data(json.loads(path.read_bytes()))  # what the handler did before: parse it all, then check
    else:
        plan_file(path, name=path.name, max_bytes=100 * 2**20, max_items=200_000)
except ImportProblem as problem:
    outcome = "refused: " + str(problem)[:60]
peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(json.dumps({"peak_mb": peak / 2**20, "rss_mb": (kb("VmHWM:") - before) / 1024, "outcome": outcome}))
"""


def hostile(path: Path) -> None:
    with path.open("wb") as out:
        out.write(b"[{}" + b",{}" * (30 * MB // 3) + b"]")


def legitimate(path: Path) -> None:
    """One conversation of 40 messages, each with a 375 KB document embedded: ~20 MB of JSON."""
    messages = []
    for n in range(40):
        data = os.urandom(375 * 1024)
        attachment = {"kind": "document", "sha256": hashlib.sha256(data).hexdigest(), "mime": "text/plain",
                      "width": 0, "height": 0, "name": f"{n}.txt", "byte_size": len(data),
                      "data": base64.b64encode(data).decode()}
        messages.append({"id": f"m{n}", "parent_id": f"m{n - 1}" if n else None, "seq": n + 1,
                         "role": "user" if n % 2 == 0 else "assistant", "content": f"message {n}",
                         "attachments": [attachment]})
    exported = {"format": "kimi-ui.conversation", "version": 1, "conversation": {"title": "bench"},
                "messages": messages}
    path.write_text(json.dumps(exported), encoding="utf-8")


def measure(path: Path, way: str) -> dict:
    """tracemalloc's peak and, in another process (tracemalloc's own bookkeeping is large), the RSS peak."""
    got = {}
    for mode in ("traced", "rss"):
        done = subprocess.run([sys.executable, "-c", MEASURE, str(path), way, mode], cwd=ROOT, capture_output=True,
                              text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        got["peak_mb" if mode == "traced" else "rss_mb"] = result["peak_mb" if mode == "traced" else "rss_mb"]
        got["outcome"] = result["outcome"]
    return got


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = {"hostile 30 MB [{},...]": Path(folder, "hostile.json"),
                 "legitimate 20 MB export with attachments": Path(folder, "export.json")}
        hostile(files["hostile 30 MB [{},...]"])
        legitimate(files["legitimate 20 MB export with attachments"])
        print(f"{'file':42} {'way':28} {'size':>7} {'tracemalloc peak':>17} {'peak RSS growth':>16}  outcome")
        for label, path in files.items():
            for way, name in (("old", "json.loads, then checks"), ("new", "streamed, counted (plan_file)")):
                got = measure(path, way)
                print(f"{label:42} {name:28} {path.stat().st_size / MB:5.1f}MB {got['peak_mb']:14.1f} MB "
                      f"{got['rss_mb']:13.1f} MB  {got['outcome']}")


if __name__ == "__main__":
    main()
