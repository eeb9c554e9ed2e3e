"""The database: engine with SQLite pragmas (WAL, busy timeout), Alembic upgrade at start-up, sessions."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0006"  # the newest migration (a test checks it is Alembic's head): at head, start-up skips Alembic
READ_ONLY = "kimi_read_only"
log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver opens no transactions itself: _sqlite_begin does
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA busy_timeout=10000")  # writers wait instead of "database is locked"
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn) -> None:
    """A transaction that may write takes the write lock at its start, waiting for it under the busy
    timeout: a deferred one that read first and then writes fails at once with "database is locked" when
    another writer committed in between (WAL cannot upgrade a stale snapshot), busy timeout or not.
    Read-only sessions begin deferred and never wait for writers."""
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["engine"] = engine
    return config


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    def migrate(self, revision: str = "head") -> None:
        """Tables come only from migrations (no create_all). A database already at head is left alone
        without loading Alembic and every migration script (a fifth of a second at each start)."""
        if revision == "head" and self.revision() == HEAD:
            return
        from alembic import command

        command.upgrade(alembic_config(self.engine), revision)

    def revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError:
            return None  # a new database

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """read_only: for reads that must not queue behind writers (listing, rendering, search); a
        read-only session must not write."""
        with Session(self.engine, expire_on_commit=False) as session:
            if read_only:
                session.connection(execution_options={READ_ONLY: True})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
