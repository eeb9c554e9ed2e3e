"""The real app as a child process (`python app.py ...`), so a test can kill -9 it, restart it on the same
data, or run two of them on one database; and read-only peeks into the database it writes."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import httpx
from gradio_client import Client

from kimi_ui.config import BackendConfig

ROOT = Path(__file__).resolve().parents[2]
START_SECONDS = 90  # importing gradio on a busy 2-core CI box


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _toml_value(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (str, bool, int, float)) else str(value)


def write_config(path: Path, backends: list[BackendConfig], **settings: Any) -> Path:
    """A TOML config with these settings and [[backends]] tables (the way a user configures the app)."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in settings.items()]
    for backend in backends:
        lines.append("\n[[backends]]")
        fields = backend.model_dump(exclude_none=True)
        lines += [f"{key} = {_toml_value(value)}" for key, value in fields.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the developer's KIMI_UI_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIMI_UI_")}
    env.update(extra)
    return env


class AppProcess:
    """`python app.py --port P --data-dir D --config C [--database-url U]`, run from an empty folder (no .env)."""

    def __init__(self, workdir: Path, *, data_dir: Path, config: Path, database_url: str | None = None,
                 default_backend: str | None = None, name: str = "app", env: dict[str, str] | None = None) -> None:
        self.workdir, self.data_dir, self.config = workdir, data_dir, config
        self.env = env or {}
        self.database_url, self.default_backend, self.name = database_url, default_backend, name
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._client: Client | None = None
        self.log_path = workdir / f"{name}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def argv(self) -> list[str]:
        argv = [sys.executable, str(ROOT / "app.py"), "--port", str(self.port), "--data-dir", str(self.data_dir),
                "--config", str(self.config), "--log-level", "warning"]
        if self.database_url:
            argv += ["--database-url", self.database_url]
        if self.default_backend:
            argv += ["--default-backend", self.default_backend]
        return argv

    def start(self) -> AppProcess:
        return self.launch().wait_started()

    def launch(self) -> AppProcess:
        """Start the process on a fresh free port, without waiting (so several can boot side by side)."""
        self.port = free_port()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.argv(), cwd=self.workdir, env=clean_env(**self.env), stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def wait_started(self) -> AppProcess:
        """Wait for /healthz; a port taken by someone else in between: launch again on another one."""
        for _attempt in range(3):
            if self._wait_healthy():
                return self
            if "cannot listen" not in self.log():
                break
            self.launch()
        raise RuntimeError(f"{self.name} did not start:\n{self.log()}")

    def _wait_healthy(self) -> bool:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                if httpx.get(self.url + "healthz", timeout=1).status_code == 200:
                    return True
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill()
        return False

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """kill -9: no shutdown handler, no final write; what is on disk is what a power cut leaves."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        self._close_client()

    def terminate(self) -> None:
        """SIGTERM, as a process manager stops it: the app drains (stops listening, lets its answers end)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def stop(self) -> None:
        """Ctrl+C: a graceful shutdown (it waits up to 5 s for open event streams to end)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_client()

    def client(self) -> Client:
        """A gradio_client Client of this process (one, made on first use; closed when the process ends)."""
        if self._client is None:
            self._client = Client(self.url, verbose=False)
        return self._client

    def chat(self, message: str, *, backend: str = "", mode: str = "instant", conversation_id: str = "") -> dict:
        """One /chat call to the end."""
        return self.client().predict(message, None, backend, mode, conversation_id, api_name="/chat")

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


@contextmanager
def running(*apps: AppProcess) -> Iterator[AppProcess]:
    """Started side by side, as a process manager would (on a blank PostgreSQL database they migrate at
    the same moment: one migrates, the others wait for its lock), yields the first, and killed at the end:
    every write the test looks at is committed by then, and a graceful shutdown would only add the seconds
    uvicorn waits for gradio_client's event streams."""
    try:
        for app in apps:
            app.launch()
        for app in apps:
            app.wait_started()
        yield apps[0]
    finally:
        for app in apps:
            app.kill()


# -- read-only peeks at the database the child writes ---------------------------------------------------------
def query(database_url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of one read-only query on a SQLite file (opened mode=ro) or a PostgreSQL database (a read-only
    transaction), with a fresh connection each time so nothing is held open across a kill."""
    if database_url.startswith("sqlite"):
        path = database_url.split("///", 1)[1]
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)) as conn:
            return conn.execute(sql, params).fetchall()
    import psycopg

    plain = database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = on")
        return conn.execute(sql.replace("?", "%s"), params).fetchall()


def wait_for(check, *, timeout: float, what: str, every: float = 0.05) -> Any:
    """Poll `check()` until it returns something truthy (returned); fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")
