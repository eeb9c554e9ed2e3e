"""`python app.py backup PATH` end to end (a child process, as a user runs it): a consistent copy of a SQLite
database that is being written, found the way the app finds its database; PostgreSQL gets the pg_dump advice,
and the printed commands work."""

from __future__ import annotations

import json
import os
import shlex
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Self

import pytest

from kimi_ui.storage import store
from kimi_ui.storage.db import Database
from tests.support.processes import ROOT, clean_env

pytestmark = pytest.mark.integration


def backup(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "app.py"), "backup", *args], cwd=cwd, env=clean_env(**env),
                          capture_output=True, text=True, timeout=120, check=False)


def new_database(url: str) -> tuple[Database, str]:
    db = Database(url)
    db.migrate()
    with db.session() as session:
        owner_id = store.ensure_user(session, name="local").id
    return db, owner_id


def write_conversation(db: Database, owner_id: str, title: str) -> str:
    with db.session() as session:
        conversation = store.create_conversation(session, owner_id=owner_id, system_prompt="", backend="b",
                                                 mode="instant", title=title)
        store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="user", content=title)
        store.add_message(session, owner_id=owner_id, conversation_id=conversation.id, role="assistant",
                          content=f"answer to {title}")
    return conversation.id


class Writers:
    """Threads that keep writing conversations (a session each, as the app does) until stopped."""

    def __init__(self, db: Database, owner_id: str, count: int = 4) -> None:
        self.db, self.owner_id = db, owner_id
        self.committed: list[str] = []
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._write, args=(n,)) for n in range(count)]

    def _write(self, number: int) -> None:
        turn = 0
        while not self._stop.is_set():
            try:
                self.committed.append(write_conversation(self.db, self.owner_id, f"writer {number} chat {turn}"))
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                self.errors.append(exc)
                return
            turn += 1

    def __enter__(self) -> Self:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)


def check(path: Path) -> tuple[str, str]:
    """(integrity_check, journal_mode) of a database file, opened read-only."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("PRAGMA journal_mode").fetchone()[0]


def conversations_in(url: str, owner_id: str) -> dict[str, list[tuple[str, str]]]:
    """Each conversation's messages as (role, content), after migrating the database (as the app opens it)."""
    db = Database(url)
    try:
        db.migrate()
        with db.session() as session:
            return {c.id: [(m.role, m.content) for m in store.list_messages(session, owner_id=owner_id,
                                                                              conversation_id=c.id)]
                    for c in store.list_conversations(session, owner_id=owner_id, limit=100_000)}
    finally:
        db.dispose()


def test_backup_of_a_database_being_written_is_consistent_and_complete(tmp_path):
    data = tmp_path / "data"
    db, owner_id = new_database(f"sqlite:///{data / 'kimi_ui.db'}")
    copy = tmp_path / "backups" / "kimi_ui-copy.db"
    try:
        with Writers(db, owner_id) as writers:
            while len(writers.committed) < 20 and not writers.errors:
                time.sleep(0.01)
            before = list(writers.committed)  # committed before the backup started
            done = backup(str(copy), "--data-dir", str(data), cwd=tmp_path)
        assert writers.errors == []
        assert done.returncode == 0, done.stderr
        assert "integrity check ok" in done.stdout and str(data / "attachments") in done.stdout
        assert check(copy) == ("ok", "delete")  # one self-contained file
        assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]  # no -wal, no leftover temp file

        saved = conversations_in(f"sqlite:///{copy}", owner_id)
        assert set(before) <= set(saved)
        for cid, messages in saved.items():  # each commit whole or not at all, in order
            if messages:
                text = messages[0][1]
                assert messages == [("user", text), ("assistant", f"answer to {text}")][:len(messages)]
            assert cid not in before or len(messages) == 2
    finally:
        db.dispose()


def test_backup_takes_what_is_committed_while_a_write_is_in_progress(tmp_path):
    data = tmp_path / "data"
    db, owner_id = new_database(f"sqlite:///{data / 'kimi_ui.db'}")
    kept = write_conversation(db, owner_id, "committed")
    db.dispose()
    with closing(sqlite3.connect(data / "kimi_ui.db", isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # the app's writer holds the write lock mid-transaction
        writer.execute("UPDATE conversations SET title = 'not committed yet'")
        done = backup(str(tmp_path / "copy.db"), "--data-dir", str(data), cwd=tmp_path)
        writer.execute("COMMIT")
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(tmp_path / "copy.db")) as conn:
        assert conn.execute("SELECT id, title FROM conversations").fetchall() == [(kept, "committed")]


def test_backup_finds_the_database_like_the_app_and_never_overwrites_by_accident(tmp_path):
    data = tmp_path / "elsewhere"
    db, owner_id = new_database(f"sqlite:///{data / 'kimi_ui.db'}")
    kept = write_conversation(db, owner_id, "find me")
    db.dispose()
    target = tmp_path / "copy.db"

    by_env = backup(str(target), cwd=tmp_path, KIMI_UI_DATA_DIR=str(data))
    assert by_env.returncode == 0, by_env.stderr
    assert list(conversations_in(f"sqlite:///{target}", owner_id)) == [kept]

    again = backup(str(target), cwd=tmp_path, KIMI_UI_DATA_DIR=str(data))
    assert again.returncode == 2 and "--force" in again.stderr

    (tmp_path / "kimi.toml").write_text(f"database_url = {json.dumps(f'sqlite:///{data}/kimi_ui.db')}\n")
    target.write_bytes(b"an old backup")
    forced = backup(str(target), "--force", "--config", "kimi.toml", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert check(target)[0] == "ok"

    missing = backup(str(tmp_path / "none.db"), "--data-dir", str(tmp_path / "no-such-folder"), cwd=tmp_path)
    assert missing.returncode == 1 and "no database" in missing.stderr
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "no-such-folder").exists()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_postgresql_gets_the_pg_dump_commands_and_they_work(tmp_path, database_url):
    db, owner_id = new_database(database_url)
    kept = write_conversation(db, owner_id, "in postgres")
    db.dispose()
    dump = tmp_path / "kimi.dump"

    advice = backup(str(dump), "--database-url", database_url, cwd=tmp_path)
    assert advice.returncode == 2 and not dump.exists()
    lines = [shlex.split(line) for line in advice.stderr.splitlines() if line.startswith("    pg_")]
    (pg_dump, pg_restore) = lines
    assert pg_dump[0] == "pg_dump" and pg_restore[0] == "pg_restore"
    assert not any("+psycopg" in arg for arg in pg_dump + pg_restore)  # libpq's URL, not SQLAlchemy's

    subprocess.run(pg_dump, check=True, timeout=120, capture_output=True, env=os.environ)
    restored_name = f"kimi_restore_{uuid.uuid4().hex[:10]}"
    admin = database_url.rsplit("/", 1)[0].replace("postgresql+psycopg://", "postgresql://")
    import psycopg

    with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{restored_name}"')
    try:
        into = [f"--dbname={admin}/{restored_name}" if a.startswith("--dbname=") else a for a in pg_restore]
        subprocess.run(into, check=True, timeout=120, capture_output=True, env=os.environ)
        restored = conversations_in(database_url.rsplit("/", 1)[0] + f"/{restored_name}", owner_id)
        assert restored == {kept: [("user", "in postgres"), ("assistant", "answer to in postgres")]}
    finally:
        with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')
