"""Start the real ASGI app (server.build_app, the same as `python app.py`) with uvicorn on a free port."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import httpx
import uvicorn

from kimi_ui.config import BackendConfig, Settings, load_settings, simulated_backends
from kimi_ui.listening import tcp_listener
from kimi_ui.server import build_app


def make_settings(data_dir: Path, **overrides: Any) -> Settings:
    """Settings isolated from the developer's environment: no .env, data in a temp folder."""
    values: dict[str, Any] = {"data_dir": str(data_dir), "backends": [], "probe_interval": 0.5,
                              "retry_base_delay": 0.05, "turns_per_minute": 10_000, "max_streams_per_user": 100,
                              "uploads_per_minute": 10_000,
                              "auto_title": False}  # a title request would follow every first turn
    values.update(overrides)
    return load_settings(values, env_file=None)


def sim_backends(sim_url: str, **changes: Any) -> list[BackendConfig]:
    return [b.model_copy(update=changes) for b in simulated_backends(sim_url)]


class ServedApp:
    def __init__(self, settings: Settings, extra_backends: list[BackendConfig] | None = None) -> None:
        self.settings = settings
        self.app = build_app(settings, extra_backends=extra_backends)
        self.ctx = self.app.state.ctx
        self._sock = tcp_listener("127.0.0.1", 0)  # as app.py binds it
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        # gradio_client keeps a heartbeat stream open: do not wait for it on shutdown
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", timeout_graceful_shutdown=0.5,
                                proxy_headers=False)  # as app.py: the app believes X-Forwarded-* itself
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self) -> "ServedApp":
        self._thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError("app did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()


@contextmanager
def serve(settings: Settings, extra_backends: list[BackendConfig] | None = None) -> Iterator[ServedApp]:
    served = ServedApp(settings, extra_backends).start()
    try:
        yield served
    finally:
        served.stop()


@contextmanager
def sim_app(data_dir: Path, sim_url: str, **overrides: Any) -> Iterator[ServedApp]:
    """An app on the simulated backends, with the simulated vLLM as its default."""
    with serve(make_settings(data_dir, default_backend="Simulated vLLM", **overrides), sim_backends(sim_url)) as served:
        yield served
