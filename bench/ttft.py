"""Time to first token: the raw openai client against the simulated backend vs the same request
through kimi-ui's /chat API. The backend and the app run in their own processes; medians of N runs.

    python bench/ttft.py [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from gradio_client import Client
from openai import OpenAI

ROOT = Path(__file__).resolve().parents[1]
# The bench profile: the per-user limits of the security issue lifted (20 turns a minute would refuse runs).
LIFTED_LIMITS = {"KIMI_UI_TURNS_PER_MINUTE": "1000000", "KIMI_UI_MAX_STREAMS_PER_USER": "1000",
                 "KIMI_UI_DEMO_TURNS_PER_MINUTE": "1000000"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def start(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def connect(url: str) -> Client:
    for _ in range(50):
        try:
            return Client(url, verbose=False)
        except (ValueError, httpx.HTTPError) as exc:  # the first /config can lag behind /healthz
            error = exc
            time.sleep(0.2)
    raise RuntimeError(f"cannot connect to {url}: {error}")


def raw_ttft(base_url: str, message: str) -> float:
    client = OpenAI(base_url=base_url, api_key="none")
    started = time.perf_counter()
    stream = client.chat.completions.create(
        model="moonshotai/Kimi-K2.5", messages=[{"role": "user", "content": message}], stream=True,
        extra_body={"chat_template_kwargs": {"thinking": False}},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            elapsed = time.perf_counter() - started
            stream.close()
            return elapsed
    raise RuntimeError("no content")


def app_ttft(client: Client, message: str) -> float:
    started = time.perf_counter()
    job = client.submit(message, None, "", "instant", "", api_name="/chat")
    for snapshot in job:
        if snapshot["content"]:
            elapsed = time.perf_counter() - started
            job.cancel()
            return elapsed
    raise RuntimeError(f"no content: {job.result()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    sim_port, app_port = free_port(), free_port()
    sim = start(["-m", "kimi_ui.demo_server", "--port", str(sim_port), "--rate", "200"])
    base = f"http://127.0.0.1:{sim_port}/vllm/v1"
    backends = [{"name": "sim", "kind": "vllm", "base_url": base, "model": "moonshotai/Kimi-K2.5"}]
    with tempfile.TemporaryDirectory() as data:
        app = start(["app.py", "--port", str(app_port), "--data-dir", data, "--log-level", "warning"],
                    {"KIMI_UI_BACKENDS": json.dumps(backends), **LIFTED_LIMITS})
        try:
            wait_for(f"{base}/models")
            wait_for(f"http://127.0.0.1:{app_port}/healthz")
            client = connect(f"http://127.0.0.1:{app_port}/")
            raw_ttft(base, "warm-up")
            app_ttft(client, "warm-up")
            raw = [raw_ttft(base, f"raw {i} #sim tokens=50") for i in range(runs)]
            ours = [app_ttft(client, f"app {i} #sim tokens=50") for i in range(runs)]
        finally:
            app.terminate()
            sim.terminate()
    raw_ms, ours_ms = statistics.median(raw) * 1000, statistics.median(ours) * 1000
    print(f"time to first token, median of {runs} (simulated vLLM dialect, instant mode)")
    print("Settings profile: per-user limits lifted (" + ", ".join(f"{k}={v}" for k, v in LIFTED_LIMITS.items()) + ")")
    print(f"{'path':<40}{'median ms':>12}")
    print(f"{'raw openai client -> backend':<40}{raw_ms:>12.1f}")
    print(f"{'gradio_client -> kimi-ui /chat':<40}{ours_ms:>12.1f}")
    print(f"{'added by kimi-ui (incl. gradio queue)':<40}{ours_ms - raw_ms:>12.1f}")


if __name__ == "__main__":
    main()
