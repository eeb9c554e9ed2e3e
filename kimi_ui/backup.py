"""`python app.py backup PATH`: a consistent copy of the app's SQLite database, safe while the app runs.

SQLite's online backup API copies the database in one step inside one read transaction: in WAL mode that
is a snapshot, so writers carry on and the copy holds exactly the transactions committed before it began.
The copy is written next to PATH under a temporary name, checked (PRAGMA integrity_check) and only then
renamed to PATH, so a failed or interrupted backup never looks like a good one. It is a single file
(journal mode DELETE): restoring is putting it back as the database file while the app is stopped.

PostgreSQL has its own tool for this: for a PostgreSQL URL the command prints the pg_dump line to use.
Attachments are files under the data folder, not in the database: the summary says which folder to copy.

Exit status: 0 copied, 1 the database could not be read or the copy written, 2 bad input (PATH exists
without --force, not a SQLite database).
"""

from __future__ import annotations

import argparse
import os
import shlex
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kimi_ui.config import Settings
from kimi_ui.storage.db import masked

OK, FAILED, BAD_INPUT = 0, 1, 2
BUSY_SECONDS = 30  # wait this long for a lock (only a WAL recovery or a non-WAL writer holds one up)


class BackupError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python app.py backup",
        description="Copy the app's SQLite database to PATH while the app keeps running (SQLite's online "
        "backup API). The database is chosen the way the app chooses it: --database-url, --data-dir, "
        "KIMI_UI_* environment, .env, the TOML file given by --config.",
    )
    p.add_argument("path", help="the file to write, e.g. backups/kimi_ui-2026-01-31.db")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")
    p.add_argument("--config", help="TOML settings file (env: KIMI_UI_CONFIG)")
    p.add_argument("--data-dir", help="the app's data folder (default ./data)")
    p.add_argument("--database-url", help="SQLAlchemy URL of the database (default: SQLite in the data folder)")
    return p


def settings_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The flags that select the database, as load_settings overrides (None: not given)."""
    return {"config": args.config, "data_dir": args.data_dir, "database_url": args.database_url}


def run(target: Path, settings: Settings, *, force: bool = False, out: TextIO | None = None,
        err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        url = make_url(settings.effective_database_url)
    except ArgumentError:
        print(f"kimi-ui: {masked(settings.effective_database_url)!r} is not a database URL: fix --database-url "
              "(KIMI_UI_DATABASE_URL), e.g. sqlite:////srv/kimi/kimi_ui.db.", file=err)
        return BAD_INPUT
    if url.get_backend_name() == "postgresql":
        print(postgres_advice(url, target, settings), file=err)
        return BAD_INPUT
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        print(f"kimi-ui: backup copies a SQLite database file; {url.render_as_string()} is not one. "
              "Use your database's own backup tool.", file=err)
        return BAD_INPUT
    source = Path(url.database).expanduser()
    if not source.is_file():
        print(f"kimi-ui: there is no database at {source}: check --data-dir / --database-url "
              "(or KIMI_UI_DATA_DIR / KIMI_UI_DATABASE_URL).", file=err)
        return FAILED
    target = target.expanduser()
    if target.resolve() == source.resolve():
        print("kimi-ui: PATH is the database itself: give another file.", file=err)
        return BAD_INPUT
    if target.exists() and not force:
        print(f"kimi-ui: {target} already exists; pass --force to replace it.", file=err)
        return BAD_INPUT
    try:
        copy_sqlite(source, target)
    except (sqlite3.Error, OSError, BackupError) as exc:
        print(f"kimi-ui: backup failed: {exc}", file=err)
        return FAILED
    size = target.stat().st_size / 1_000_000
    print(f"kimi-ui: copied {source} to {target} ({size:.1f} MB, integrity check ok).", file=out)
    # one layout everywhere (README): a folder per backup, the database file and attachments/ side by side
    print(f"Attachments are files, not in the database: copy {settings.attachments_dir.resolve()} too, e.g.\n"
          f"    rsync -a {shlex.quote(str(settings.attachments_dir.resolve()))}/ "
          f"{shlex.quote(str(target.with_name('attachments')))}/", file=out)
    return OK


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy `source` (live, possibly in WAL mode) to `target` through a checked temporary file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        # mode=rw: never create a database where there was none; only reads are made through it
        uri = f"file:{quote(str(source.resolve()))}?mode=rw"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS)) as src, \
                closing(sqlite3.connect(partial)) as dst:
            src.backup(dst, pages=-1)  # one step, one read transaction: a snapshot of committed data
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            checked = dst.execute("PRAGMA integrity_check").fetchall()
        if checked != [("ok",)]:
            raise BackupError(f"the copy failed its integrity check: {checked[:5]}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def postgres_advice(url: URL, target: Path, settings: Settings) -> str:
    """The pg_dump / pg_restore lines for this database (without its password)."""
    bare = URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query)  # libpq's URL: no driver name, no password
    plain = shlex.quote(bare.render_as_string(hide_password=False))
    path = shlex.quote(str(target))
    return (
        "kimi-ui: `backup` copies a SQLite database; this app uses PostgreSQL. Back it up with pg_dump "
        "(consistent while the app runs):\n"
        f"    pg_dump --format=custom --file={path} {plain}\n"
        "and restore it into an empty database with:\n"
        f"    pg_restore --no-owner --dbname={plain} {path}\n"
        "(the password comes from PGPASSWORD or ~/.pgpass). Attachments are files, not in the database: "
        f"copy {settings.attachments_dir.resolve()} too."
    )
