"""Shared pieces of the performance benchmarks: processes (the simulated backend, the real app, the floor
app, each its own process), the app process's CPU and memory from /proc, the lifted-limits Settings
profile, and the seeded long chat.

Nothing here measures; bench/perf.py and friends do.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CLK_TCK = os.sysconf("SC_CLK_TCK")
MODEL = "moonshotai/Kimi-K2.5"
SIM_BACKEND = "sim"
# The bench profile: the per-user abuse limits of the security issue are lifted (everything here runs as the
# one local user), everything else is the app's default.
LIFTED_LIMITS = {
    "KIMI_UI_TURNS_PER_MINUTE": "1000000",
    "KIMI_UI_MAX_STREAMS_PER_USER": "1000",
    "KIMI_UI_DEMO_TURNS_PER_MINUTE": "1000000",
}


def profile_note() -> str:
    """The bench's Settings profile, with the defaults it keeps read from Settings (so it cannot go stale)."""
    from kimi_ui.config import Settings

    kept = ("concurrency_limit", "worker_threads", "max_updates_per_second", "max_updates_total", "auto_title")
    defaults = ", ".join(f"{name} {Settings.model_fields[name].default}" for name in kept)
    lifted = ", ".join(f"{key}={value}" for key, value in LIFTED_LIMITS.items())
    return f"Settings profile: per-user limits lifted ({lifted}); everything else default ({defaults})"


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the developer's KIMI_UI_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMI_UI_")}
    env.update(extra)
    return env


def wait_http(url: str, seconds: float = 60, ok: tuple[int, ...] = (200,), proc: subprocess.Popen | None = None,
              interval: float = 0.02) -> float:
    """Poll until `url` answers one of `ok`; returns the monotonic time it did."""
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=2) as http:
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"{proc.args} exited with {proc.returncode} before {url} answered")
            try:
                if http.get(url).status_code in ok:
                    return time.monotonic()
            except httpx.HTTPError:
                pass
            time.sleep(interval)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


# -- /proc ---------------------------------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(p) for p in task.read_text().split()]
        except OSError:
            pass
    return found


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def cpu_seconds(pid: int) -> float:
    """utime+stime of the process and its children (live ones, and those it waited for)."""
    total = 0.0
    for index, current in enumerate(_tree(pid)):
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the ")": state is field 3, so utime (14) is index 11, stime 12, cutime 13, cstime 14
        ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if index == 0 else 0)
        total += ticks / CLK_TCK
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of the process and its live children, MiB."""
    total = 0
    for current in _tree(pid):
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def machine_load() -> str:
    return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3]) + f" on {os.cpu_count()} CPUs"


class CpuMeter:
    """CPU seconds and wall seconds of a process over an interval."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.cpu0 = cpu_seconds(pid)
        self.wall0 = time.monotonic()

    def read(self) -> tuple[float, float]:
        return cpu_seconds(self.pid) - self.cpu0, time.monotonic() - self.wall0


# -- processes -----------------------------------------------------------------------------------------------
def _spawn(argv: list[str], env: dict[str, str], cwd: Path, log: Path | None) -> subprocess.Popen:
    if log is None:
        return subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    with open(log, "ab") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc: subprocess.Popen | None, timeout: float = 10) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@dataclass
class Sim:
    """kimi_ui.demo_server run standalone (`python -m kimi_ui.demo_server`): its own process."""

    port: int = 0
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base(self) -> str:
        return f"{self.url}/vllm/v1"

    def start(self, workdir: Path) -> Sim:
        self.port = free_port()
        self.proc = _spawn([sys.executable, "-m", "kimi_ui.demo_server", "--port", str(self.port), "--rate", "0"],
                           clean_env(PYTHONPATH=str(ROOT)), ROOT, workdir / "sim.log")
        wait_http(f"{self.base}/models", proc=self.proc)
        return self

    def stop(self) -> None:
        stop(self.proc)


def backends_json(sim: Sim) -> str:
    return json.dumps([{"name": SIM_BACKEND, "kind": "vllm", "base_url": sim.base, "model": MODEL}])


@dataclass
class App:
    """`python app.py --port P --data-dir D` with the bench profile, in its own process (run from an empty
    folder, so no .env applies). KIMI_BENCH_PYSPY=FILE records a py-spy flame graph of it (SVG)."""

    data_dir: Path
    sim: Sim
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen | None = None
    spawned_at: float = 0.0
    spy: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, wait: bool = True) -> App:
        self.port = free_port()
        env = clean_env(KIMI_UI_BACKENDS=backends_json(self.sim), **LIFTED_LIMITS, **self.extra_env)
        argv = [sys.executable, str(ROOT / "app.py"), "--port", str(self.port), "--data-dir", str(self.data_dir),
                "--log-level", "warning"]
        self.spawned_at = time.monotonic()
        self.proc = _spawn(argv, env, self.workdir, self.workdir / f"app-{self.port}.log")
        if wait:
            self.ready_at = wait_http(self.url, seconds=120, proc=self.proc)
        if os.environ.get("KIMI_BENCH_PYSPY"):
            self.profile(os.environ["KIMI_BENCH_PYSPY"])
        return self

    def profile(self, out: str) -> None:
        """py-spy (pip install py-spy) samples the app process from outside until it stops."""
        self.spy = subprocess.Popen(["py-spy", "record", "--pid", str(self.pid), "--output", out, "--rate", "200",
                                     "--nonblocking", "--format", os.environ.get("KIMI_BENCH_PYSPY_FORMAT", "flamegraph")],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.spy is not None:
            self.spy.send_signal(signal.SIGINT)
            try:
                self.spy.wait(20)
            except subprocess.TimeoutExpired:
                self.spy.kill()
        stop(self.proc)


@contextmanager
def workspace(prefix: str) -> Iterator[Path]:
    keep = os.environ.get("KIMI_BENCH_KEEP")
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        if not keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)


def connect(url: str, **kwargs: Any):
    from gradio_client import Client

    error: Exception | None = None
    for _ in range(100):
        try:
            return Client(url, verbose=False, **kwargs)
        except (ValueError, httpx.HTTPError) as exc:  # the first /config can lag behind the first 200
            error = exc
            time.sleep(0.2)
    raise RuntimeError(f"cannot connect to {url}: {error}")


# -- the long chat, written before the app starts ----------------------------------------------------------------
PARAGRAPH = ("Streaming stays cheap when each update costs the same however long the chat is. Grüße ✓ — the "
             "server should not re-render history that did not change, and the page should patch the last "
             "bubble only. ")
CODE = "```python\ndef tokens(text):\n    return text.split()\n\nprint(len(tokens('a b c')))\n```\n"
LAST_MARKER = "LAST-MESSAGE-OF-THE-LONG-CHAT"
LONG_TITLE = "Long chat (400 messages)"
SHORT_TITLE = "Short chat (4 messages)"


def _answer(i: int) -> str:
    parts = [f"Answer {i}: " + PARAGRAPH * (2 + i % 3)]
    if i % 3 == 0:
        parts.append("- first point\n- second point with `code`\n- third point, **bold**")
    if i % 4 == 0:
        parts.append(CODE)
    if i % 7 == 0:
        parts.append("| a | b |\n|---|---|\n| 1 | 2 |")
    return "\n\n".join(parts)


def seed_chats(data_dir: Path, earlier: int = 400) -> dict[str, str]:
    """A SQLite database in data_dir (the app's own migrations, its store functions) with one conversation of
    `earlier` messages (alternating question/answer, markdown in the answers; the last ends with LAST_MARKER)
    and a short one, both pinned. Returns {"long": id, "short": id}."""
    from kimi_ui.auth import LOCAL_USER
    from kimi_ui.storage import store
    from kimi_ui.storage.db import Database

    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(f"sqlite:///{(data_dir / 'kimi_ui.db').resolve()}")
    db.migrate()
    ids = {}
    with db.session() as session:
        owner = store.ensure_user(session, name=LOCAL_USER).id
        short = store.create_conversation(session, owner_id=owner, system_prompt="", backend=SIM_BACKEND,
                                          mode="instant", title=SHORT_TITLE)
        for i in range(4):
            store.add_message(session, owner_id=owner, conversation_id=short.id, role="user" if i % 2 == 0 else
                              "assistant", content=f"short message {i}")
        long = store.create_conversation(session, owner_id=owner, system_prompt="", backend=SIM_BACKEND,
                                         mode="instant", title=LONG_TITLE)
        for i in range(earlier):
            if i % 2 == 0:
                content = f"Question {i // 2}: how does the stream behave with a long history? " + "Details. " * (i % 5)
                store.add_message(session, owner_id=owner, conversation_id=long.id, role="user", content=content)
            else:
                content = _answer(i // 2) + (f"\n\n{LAST_MARKER}" if i == earlier - 1 else "")
                store.add_message(session, owner_id=owner, conversation_id=long.id, role="assistant",
                                  content=content, reasoning="Thinking about it. " * (3 if i % 5 == 0 else 0),
                                  backend=SIM_BACKEND, model=MODEL, mode="instant", finish_reason="stop")
        for conversation in (short, long):  # pinned: they stay on the sidebar's first page whatever is added
            store.update_conversation(session, owner_id=owner, conversation_id=conversation.id, pinned=True,
                                      touch=False)
        ids = {"long": long.id, "short": short.id}
    db.dispose()
    return ids


# -- the table -------------------------------------------------------------------------------------------------
@dataclass
class Figure:
    """One row: what, the measured value as shown, the target as shown, met (None: information only)."""

    name: str
    measured: str
    target: str = ""
    met: bool | None = None
    note: str = ""

    def row(self) -> tuple[str, str, str, str]:
        return (self.name, self.measured, self.target, "" if self.met is None else ("yes" if self.met else "NO"))


def print_table(figures: list[Figure], header: tuple[str, ...] = ("figure", "measured", "target", "met")) -> None:
    rows = [header, *[f.row() for f in figures]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for i, r in enumerate(rows):
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip(), flush=True)
        if i == 0:
            print("-+-".join("-" * w for w in widths), flush=True)
