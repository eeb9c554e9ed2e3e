"""All configured backends, their cached health, and the background probe loop."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable

from kimi_ui.backends.base import Backend, load_sdk
from kimi_ui.config import BackendConfig, Settings, check_fallback

log = logging.getLogger(__name__)


class Backends:
    def __init__(self, backends: list[Backend], default_name: str | None = None) -> None:
        self._by_name = {b.name: b for b in backends}
        self.default_name = default_name
        self._task: asyncio.Task[None] | None = None
        # Told each probe round's results, (name, ok, latency ms): the admin view's health history
        # (server.py records them as BackendCheck rows, kimi_ui/admin.py).
        self.on_checked: Callable[[list[tuple[str, bool, float | None]]], Awaitable[None]] | None = None

    @classmethod
    def from_settings(cls, settings: Settings, extra: list[BackendConfig] | None = None) -> "Backends":
        configs = list(extra or []) + list(settings.backends or [])
        backends = [
            Backend(
                c,
                api_key=settings.api_key_for(c),
                connect_timeout=settings.connect_timeout,
                read_timeout=settings.read_timeout,
                probe_timeout=settings.probe_timeout,
            )
            for c in configs
        ]
        names = [b.name for b in backends]
        for config in configs:  # (checked with the settings too; here with the simulated ones of --demo as well)
            check_fallback(config, names)
        if settings.default_backend and settings.default_backend not in names:
            raise ValueError(f"default_backend {settings.default_backend!r} is not one of {names}")
        return cls(backends, settings.default_backend)

    def __iter__(self):
        return iter(self._by_name.values())

    def names(self) -> list[str]:
        return list(self._by_name)

    def get(self, name: str) -> Backend | None:
        return self._by_name.get(name)

    def choose(self, name: str | None) -> Backend | None:
        """A named backend, or the default: the configured one, else the first healthy by the cached
        probe, else the first configured."""
        if name:
            return self.get(name)
        if self.default_name:
            return self.get(self.default_name)
        backends = list(self)
        healthy = [b for b in backends if b.health.status == "ok"]
        return (healthy or backends or [None])[0]

    async def probe_all(self) -> None:
        async def timed(backend: Backend) -> tuple[str, bool, float | None]:
            started = time.perf_counter()
            health = await backend.probe()
            return backend.name, health.status == "ok", (time.perf_counter() - started) * 1000.0

        done = await asyncio.gather(*(timed(b) for b in self), return_exceptions=True)
        results = [r for r in done if isinstance(r, tuple)]
        if self.on_checked is not None and results:
            try:
                await self.on_checked(results)
            except Exception:  # noqa: BLE001 - a history that could not be written must not stop the probes
                log.exception("recording the backends' health failed")

    def start_probing(self, interval: float) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._probe_loop(interval))

    async def _probe_loop(self, interval: float) -> None:
        try:  # the SDK's import is CPU work: in a worker thread, so the event loop keeps serving pages
            await asyncio.to_thread(load_sdk)
        except Exception:  # noqa: BLE001 - a broken install shows up in the probe's own error below
            log.exception("importing the openai package failed")
        while True:
            try:
                await self.probe_all()
            except Exception:  # noqa: BLE001 - the probe must never die
                log.exception("backend probe failed")
            await asyncio.sleep(interval)

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            self._task = None
        for backend in self:
            await backend.close()
