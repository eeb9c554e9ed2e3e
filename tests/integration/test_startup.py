"""Start-up: what the first page does not need is not imported before it, and what is deferred still arrives.

A fresh interpreter builds the real app (build_app, as `python app.py` does) against the simulated backend,
reports which heavy packages are loaded, then runs the app's lifespan (Starlette's TestClient) and reports
when the backend probe, which loads the openai package in a worker thread, has found the backend healthy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = '''
import json, sys, threading, time
from kimi_ui.config import BackendConfig, load_settings
from kimi_ui.server import build_app

HEAVY = ("openai", "cv2", "psycopg", "pypdf", "alembic")
settings = load_settings({{"data_dir": sys.argv[1], "auto_title": False, "probe_interval": 60}}, env_file=None)
backend = BackendConfig(name="Simulated vLLM", kind="vllm", base_url="{base}", model="moonshotai/Kimi-K2.5")
app = build_app(settings, extra_backends=[backend])
report = {{"after_build": sorted(m for m in HEAVY if m in sys.modules)}}

import kimi_ui.backends.base as base
loaders = []
real = base.load_sdk
def watched():
    loaders.append(threading.current_thread() is threading.main_thread())
    return real()
base.load_sdk = watched
import kimi_ui.backends.registry as registry
registry.load_sdk = watched

from starlette.testclient import TestClient
with TestClient(app, base_url="http://127.0.0.1:7860") as client:
    report["page"] = client.get("/").status_code
    deadline = time.monotonic() + 60
    ctx = app.state.ctx
    while time.monotonic() < deadline and ctx.backends.get("Simulated vLLM").health.status != "ok":
        time.sleep(0.05)
    report["health"] = ctx.backends.get("Simulated vLLM").health.status
    report["openai_loaded"] = "openai" in sys.modules
    report["first_load_on_main_thread"] = loaders[0] if loaders else None
print(json.dumps(report))
'''


def run_script(tmp_path: Path, data: Path, base: str) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(base=base), str(data)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=180,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                               "GRADIO_ANALYTICS_ENABLED": "False"})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_heavy_packages_wait_for_first_use_and_the_probe_loads_the_sdk_off_the_event_loop(sim, tmp_path):
    data = tmp_path / "data"
    first = run_script(tmp_path, data, f"{sim.url}/vllm/v1")
    assert first["after_build"] == ["alembic"]  # a new database is migrated; nothing else heavy yet
    assert first["page"] == 200
    assert first["health"] == "ok" and first["openai_loaded"]
    assert first["first_load_on_main_thread"] is False  # a worker thread, not the event loop's

    again = run_script(tmp_path, data, f"{sim.url}/vllm/v1")
    assert again["after_build"] == []  # a database at head does not even load Alembic
    assert again["health"] == "ok"
