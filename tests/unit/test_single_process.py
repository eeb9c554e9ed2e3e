"""The serving lock of a SQLite database (kimi_ui/single_process.py), between real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from kimi_ui import single_process

HOLD = ("import sys, time; from kimi_ui.single_process import hold; handle = hold(sys.argv[1]); "
        "print('held', flush=True); time.sleep(60)")


def test_only_one_process_holds_a_sqlite_database_and_a_kill_frees_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'kimi_ui.db'}"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(single_process.AlreadyServed) as refused:
            single_process.hold(url)
        assert f"pid {holder.pid}" in str(refused.value) and "PostgreSQL" in str(refused.value)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
    for _ in range(50):  # the kernel drops a dead process's lock at once
        try:
            handle = single_process.hold(url)
            break
        except single_process.AlreadyServed:
            time.sleep(0.05)
    else:
        pytest.fail("the lock outlived the killed process")
    assert (tmp_path / "kimi_ui.db.serving").read_text().strip() == str(os.getpid())
    handle.close()


def test_other_databases_take_no_lock(tmp_path):
    assert single_process.hold("postgresql+psycopg://kimi@db/kimi_ui") is None
    assert single_process.hold("sqlite:///:memory:") is None
    assert single_process.sqlite_path(f"sqlite:///{tmp_path}/a.db?timeout=5") == tmp_path / "a.db"


def test_every_spelling_of_a_sqlite_url_names_its_file(tmp_path):
    for url in (f"sqlite:///{tmp_path}/a.db", f"sqlite+pysqlite:///{tmp_path}/a.db", f"SQLITE:///{tmp_path}/a.db",
                f"sqlite:///{tmp_path}/x/../a.db"):
        assert single_process.sqlite_path(url) == tmp_path / "a.db", url
