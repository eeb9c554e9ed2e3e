"""`python app.py ...` as an operator runs it: to the end (app), or served until a block ends (serving)."""

from __future__ import annotations

import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.processes import ROOT, START_SECONDS, clean_env


def app(*argv: str, cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    """Run to the end, with the machine's KIMI_UI_* settings left out and `env` added."""
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *argv], cwd=cwd, input=stdin, text=True,
                          capture_output=True, timeout=120, env=clean_env(**env), check=False)


@contextmanager
def serving(cwd: Path, *argv: str, url: str, verify: ssl.SSLContext | bool = True) -> Iterator[Path]:
    """`python app.py ARGV` until /healthz answers at `url`; yields the file with its console output, which
    is complete once the block ends (the app is stopped with Ctrl+C)."""
    log = cwd / "console.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), *argv], cwd=cwd, env=clean_env(),
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            try:
                if httpx.get(f"{url}/healthz", verify=verify, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield log
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
