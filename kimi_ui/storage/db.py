"""The database: engine with SQLite pragmas (WAL, busy timeout), Alembic upgrade at start-up, sessions."""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy import event, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from kimi_ui.redact import redact_url

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0014"  # the newest migration (a test checks it is Alembic's head): at head, start-up skips Alembic
READ_ONLY = "kimi_read_only"
STRICT_LOOP_ENV = "KIMI_UI_STRICT_LOOP"  # 1: a session opened on an event loop's thread raises LoopViolation
DB_THREADS = 16  # the worker threads of Database.run/call: about the connection pool (10 + overflow)
log = logging.getLogger(__name__)
T = TypeVar("T")


WHERE = "--data-dir or --database-url (KIMI_UI_DATA_DIR, KIMI_UI_DATABASE_URL)"


class DatabaseUnavailable(RuntimeError):
    """The database cannot be opened or reached. The message is one line for the operator: it names the
    path or URL (password masked) and what to do."""


def masked(url: str) -> str:
    """The URL as it can be shown: a password becomes ***, even in a URL SQLAlchemy cannot parse."""
    if url.count("@") > 1:  # an unencoded @ in the password: SQLAlchemy would show the rest of it as the host
        return redact_url(url)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return redact_url(url)


def _reason(exc: BaseException) -> str:
    """The driver's own first line (SQLAlchemy's text would add the statement and a link)."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


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
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(f"{masked(url)!r} is not a database URL: fix --database-url "
                                  "(KIMI_UI_DATABASE_URL), e.g. sqlite:////srv/kimi/kimi_ui.db or "
                                  "postgresql+psycopg://user:password@host/dbname") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create the folder {folder} for the SQLite database: "
                                          f"{exc.strerror or exc}. Pick a writable folder with {WHERE}") from None
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseUnavailable(f"cannot use the database {masked(url)}: {_reason(exc)}. Install its driver "
                                  "(PostgreSQL: psycopg) or fix the URL") from None


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    config.attributes["engine"] = engine
    return config


class LoopViolation(RuntimeError):
    """A database session was opened on a thread that runs an asyncio event loop: every request of the
    process would wait for that SQL. Async code goes through Database.run or Database.call."""


def _caller() -> str:
    """The first frame outside this module and contextlib: who opened the session."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename in (__file__, contextmanager.__code__.co_filename):
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_name} ({frame.f_code.co_filename}:{frame.f_lineno})"


def _on_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Database:
    """The rule for async code: database work runs in this object's worker threads, through
    `await db.run(work, read_only=...)` (work gets a session) or `await db.call(fn, ...)` (fn opens its
    own sessions). With strict_loop (or KIMI_UI_STRICT_LOOP=1) a session opened on a thread that runs an
    event loop raises LoopViolation naming the caller, so a violation shows in tests instead of as
    stalls under load."""

    def __init__(self, url: str, *, strict_loop: bool | None = None, threads: int = DB_THREADS) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.strict_loop = os.environ.get(STRICT_LOOP_ENV, "") == "1" if strict_loop is None else strict_loop
        self.threads = threads
        self._executor: ThreadPoolExecutor | None = None

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:  # made on first use: a CLI or a migration never starts threads
            self._executor = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="kimi-db")
        return self._executor

    async def call(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """fn(*args, **kwargs) in a database worker thread (with the caller's context variables). Its own
        threads: a burst of media work in the default executor cannot hold up logins and page reads."""
        context = contextvars.copy_context()
        return await asyncio.get_running_loop().run_in_executor(
            self._pool(), lambda: context.run(fn, *args, **kwargs))

    async def run(self, work: Callable[[Session], T], *, read_only: bool = False) -> T:
        """work(session) in a database worker thread; the session closes when work returns."""
        def in_session() -> T:
            with self.session(read_only=read_only) as session:
                return work(session)

        return await self.call(in_session)

    def migrate(self, revision: str = "head") -> None:
        """Tables come only from migrations (no create_all). A database already at head is left alone
        without loading Alembic and every migration script (a fifth of a second at each start)."""
        self.check()
        if revision == "head" and self.revision() == HEAD:
            return
        from alembic import command

        try:
            command.upgrade(alembic_config(self.engine), revision)
        except OperationalError as exc:  # e.g. a read-only file or a user without CREATE rights
            raise DatabaseUnavailable(f"cannot prepare the database {self.shown}: {_reason(exc)}") from None

    @property
    def shown(self) -> str:
        """The database as the operator knows it: the SQLite file's path, else the URL without password."""
        url = make_url(self.url)
        return url.database if url.get_backend_name() == "sqlite" and url.database else masked(self.url)

    def check(self) -> None:
        """Connect once, so that a wrong path or a server that is down is one clear line at start."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except OperationalError as exc:
            if self.engine.url.get_backend_name() == "sqlite":
                hint = f"Pick a writable place with {WHERE}"
            else:
                hint = "Start the database server or fix --database-url (KIMI_UI_DATABASE_URL)"
            raise DatabaseUnavailable(f"cannot open the database {self.shown}: {_reason(exc)}. {hint}.") from None

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
        if self.strict_loop and _on_loop():
            problem = (f"database session opened on the event loop by {_caller()}: "
                       "use `await db.run(...)` or `await db.call(...)`")
            log.error("%s", problem)  # logged too: a caller may swallow the exception
            raise LoopViolation(problem)
        with Session(self.engine, expire_on_commit=False) as session:
            if read_only:
                session.connection(execution_options={READ_ONLY: True})
            yield session

    def dispose(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        self.engine.dispose()
