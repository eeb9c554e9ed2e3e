"""A real llama.cpp server for the tests (issue 16): the `llama-server` that scripts/build-llama-server builds
into the cache (scripts/test exports its folder as KIMI_UI_LLAMA_DIR), serving the tiny deterministic model
of tests/support/tiny_kimi.py on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.support.tiny_kimi import build, k25_template


def llama_dir() -> Path:
    found = os.environ.get("KIMI_UI_LLAMA_DIR")
    if not found or not (Path(found) / "bin" / "llama-server").is_file():
        pytest.fail("KIMI_UI_LLAMA_DIR does not name a built llama-server: run the tests with scripts/test "
                    "(it runs scripts/build-llama-server)")
    return Path(found)


def template(name: str) -> Path:
    """One of the Kimi chat templates of the llama.cpp source the server was built from."""
    return llama_dir() / "templates" / name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """llama-server with the tiny model (K2.5's template: Kimi-K2-Thinking.jinja with the thinking switch)."""

    def __init__(self, workdir: Path, *, context: int = 4096, template_file: Path | None = None) -> None:
        self.model = build(workdir / "tiny-kimi.gguf", k25_template(template("Kimi-K2-Thinking.jinja").read_text()),
                           context=context)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"llama-server-{self.port}.log"
        argv = [str(llama_dir() / "bin" / "llama-server"), "-m", str(self.model), "--host", "127.0.0.1",
                "--port", str(self.port), "--jinja", "-c", str(context), "-np", "1", "-t", "1"]
        if template_file is not None:
            argv += ["--chat-template-file", str(template_file)]
        self.proc = subprocess.Popen(argv, stdout=self.log.open("w"), stderr=subprocess.STDOUT)

    def start(self) -> "LlamaServer":
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama-server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"llama-server did not answer /health: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
