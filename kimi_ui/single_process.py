"""A SQLite database is served by one app process (docs/shared-state.md): its live answers, Stop and limits
pass through that process's memory, so a second process on the same file would see none of them. The
serving process holds an advisory lock on `<database>.serving` for as long as it runs; a second one finds it
taken and refuses to start, naming the first. The command line (`users`, `backup`) takes no lock: it works
beside the running app. PostgreSQL deployments share state through the database and take none."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # (Windows: no advisory locks of this kind; nothing is checked there)
    fcntl = None  # type: ignore[assignment]


class AlreadyServed(Exception):
    """Another app process serves this SQLite database."""


def sqlite_path(database_url: str) -> Path | None:
    """The file of a SQLite URL in any spelling SQLAlchemy takes (sqlite+pysqlite:///, SQLITE:///), or None."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(database_url)
    except ArgumentError:
        return None
    if url.get_backend_name().lower() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).resolve()


def hold(database_url: str) -> IO[str] | None:
    """Take the serving lock of a SQLite database (None for other databases); keep the returned file open
    while serving. Raises AlreadyServed when another process holds it."""
    path = sqlite_path(database_url)
    if path is None or fcntl is None:
        return None
    lock_path = path.with_name(path.name + ".serving")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise AlreadyServed(
            f"another kimi-ui process (pid {holder}) already serves the SQLite database {path}. A SQLite "
            "deployment is one process: stop the other one, or run several on PostgreSQL "
            "(KIMI_UI_DATABASE_URL; README: Running for a team).") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle
