"""A SQLite database is served by one app process: a second `python app.py` on the same file says so and
does not start (kimi_ui/single_process.py); the first one goes on serving."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.processes import ROOT, AppProcess, clean_env, free_port, write_config
from tests.support.serving import sim_backends

pytestmark = pytest.mark.integration


def test_a_second_process_on_the_same_sqlite_file_refuses_to_start(sim, tmp_path):
    config = write_config(tmp_path / "kimi.toml", sim_backends(sim.url)[:1], auto_title=False)
    data = tmp_path / "data"
    first = AppProcess(tmp_path, data_dir=data, config=config, name="first").start()
    try:
        second = subprocess.run([sys.executable, str(ROOT / "app.py"), "--port", str(free_port()), "--data-dir",
                                 str(data), "--config", str(config)], cwd=tmp_path, env=clean_env(),
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 2, second.stdout + second.stderr
        assert f"another kimi-ui process (pid {first.proc.pid}) already serves the SQLite database" in second.stderr
        assert "PostgreSQL" in second.stderr and "Traceback" not in second.stderr
        assert first.chat("still here")["status"] == "done"
    finally:
        first.kill()
