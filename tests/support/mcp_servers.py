"""Small real MCP servers for the tests, written with the `mcp` package (2.x: `MCPServer`, ex-FastMCP).

    python -m tests.support.mcp_servers <kind> [--http PORT]

Kinds:
  echo   tools `echo(text)` and `add(a, b)`
  crash  tool `boom()` that kills its own process mid-call (`os._exit(1)`), plus `echo(text)`
  hang   tool `wait()` that sleeps forever, plus `echo(text)`
  odd    tools whose names are not valid model tool names (dots, spaces, 100 characters)

Over stdio by default; with `--http PORT` over streamable HTTP at http://127.0.0.1:PORT/mcp (loopback only).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mcp.server.mcpserver import MCPServer

KINDS = ("echo", "crash", "hang", "odd")
LONG_NAME_A = "x" * 99 + "a"  # 100 characters, differing only in the last one
LONG_NAME_B = "x" * 99 + "b"


def _echo(text: str) -> str:
    """Return the text unchanged."""
    return text


def _named(name: str):
    def tool(text: str = "") -> str:
        """Answer with the tool's own name and the text."""
        return f"{name}:{text}"
    return tool


def build(kind: str) -> MCPServer:
    server = MCPServer(f"kimi-ui-test-{kind}", log_level="WARNING", warn_on_duplicate_tools=False)
    if kind == "echo":
        server.add_tool(_echo, name="echo", description="Return the text unchanged.")

        @server.tool(description="Add two numbers.")
        def add(a: float, b: float) -> str:
            total = a + b
            return str(int(total) if total == int(total) else total)

    elif kind == "crash":
        server.add_tool(_echo, name="echo", description="Return the text unchanged.")

        @server.tool(description="Kill the server process in the middle of the call.")
        def boom() -> str:
            sys.stdout.flush()
            os._exit(1)

    elif kind == "hang":
        server.add_tool(_echo, name="echo", description="Return the text unchanged.")

        @server.tool(name="wait", description="Never answer.")
        async def wait() -> str:
            while True:
                await asyncio.sleep(3600)

    elif kind == "odd":
        # Names a model cannot use as they are: the client must sanitise them (and keep them unique).
        for name in ("do.thing now", "do thing.now", LONG_NAME_A, LONG_NAME_B):
            server.add_tool(_named(name), name=name, description=f"Odd tool {name!r}.")
    else:
        raise SystemExit(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    return server


# -- helpers for tests that start these servers ------------------------------------------------------------
ROOT = str(Path(__file__).resolve().parents[2])
# A stdio server gets a minimal environment: let it import `tests`; the owner mark lets a test find
# the servers its own process started (see `owned_server_pids`).
OWNER_MARK = "KIMI_UI_MCP_TEST_OWNER"
ENV = {"PYTHONPATH": ROOT, OWNER_MARK: str(os.getpid())}


def owned_server_pids() -> set[int]:
    """Test MCP server processes started by this process (still running, even if orphaned)."""
    mark = f"{OWNER_MARK}={os.getpid()}".encode()
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if mark in environ and state != "Z":
            found.add(int(entry.name))
    return found


def stdio_command(kind: str) -> list[str]:
    return [sys.executable, "-m", "tests.support.mcp_servers", kind]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def http_servers(*kinds: str, timeout: float = 60.0) -> Iterator[list[str]]:
    """Run each kind over streamable HTTP in its own subprocess (started together); yields their URLs
    (a bound of a minute: importing the server took over 15 s on a busy machine).

    The processes are always ended on exit."""
    ports = [free_port() for _ in kinds]
    procs: list[subprocess.Popen] = []
    try:
        for kind, port in zip(kinds, ports):
            procs.append(subprocess.Popen([*stdio_command(kind), "--http", str(port)], cwd=ROOT,
                                          env={**os.environ, **ENV}, stdout=subprocess.DEVNULL))
        deadline = time.monotonic() + timeout
        for kind, port, proc in zip(kinds, ports, procs):
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"MCP test server {kind!r} exited with {proc.returncode}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"MCP test server {kind!r} did not listen on {port}") from None
                    time.sleep(0.05)
        yield [f"http://127.0.0.1:{port}/mcp" for port in ports]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)


@contextmanager
def http_server(kind: str, timeout: float = 60.0) -> Iterator[str]:
    with http_servers(kind, timeout=timeout) as (url,):
        yield url


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.support.mcp_servers")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--http", type=int, metavar="PORT", help="serve streamable HTTP on 127.0.0.1:PORT/mcp")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    server = build(args.kind)
    if args.http is None:
        server.run("stdio")
    else:
        server.run("streamable-http", host="127.0.0.1", port=args.http)


if __name__ == "__main__":
    main()
