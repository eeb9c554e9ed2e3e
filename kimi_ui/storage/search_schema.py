"""The full-text index, per database: SQLite's FTS5 (external-content tables kept in step by triggers)
or PostgreSQL's tsvector (generated columns with GIN indexes). Migrations call these; the ORM models do
not see these objects, and the models-vs-schema check leaves them out (`is_search_object`).

SQLite: the FTS tables follow the rowid of `messages` and `conversations`. A table rebuild (Alembic's
batch mode, or VACUUM, which may renumber rowids of tables without an INTEGER PRIMARY KEY) must be
followed by `rebuild_sqlite` (python app.py reindex)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

# (table, fts table, indexed columns)
SQLITE_INDEXES = (("messages", "messages_fts", ("content", "reasoning")), ("conversations", "conversations_fts", ("title",)))
POSTGRES_VECTORS = (
    ("messages", "coalesce(content, '') || ' ' || coalesce(reasoning, '')"),
    ("conversations", "coalesce(title, '')"),
)
TOKENIZER = "unicode61 remove_diacritics 2"  # word tokens, case- and accent-insensitive, any language


def is_search_object(name: str | None, type_: str) -> bool:
    if not name:
        return False
    if type_ == "table":
        return any(name.startswith(fts) for _, fts, _ in SQLITE_INDEXES)
    if type_ == "column":
        return name == "search"
    if type_ == "index":
        return name.endswith("_search")
    return False


def _sqlite_create(conn: Connection) -> None:
    for table, fts, columns in SQLITE_INDEXES:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid', "
            f"tokenize='{TOKENIZER}')"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
        )
        conn.exec_driver_sql(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
        )
    rebuild_sqlite(conn)


def rebuild_sqlite(conn: Connection) -> None:
    for _, fts, _ in SQLITE_INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _postgres_create(conn: Connection) -> None:
    for table, expression in POSTGRES_VECTORS:
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ADD COLUMN search tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple', {expression})) STORED"
        )
        conn.exec_driver_sql(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search)")


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        _sqlite_create(conn)
    elif conn.dialect.name == "postgresql":
        _postgres_create(conn)


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for _, fts, _ in SQLITE_INDEXES:
            for suffix in ("insert", "delete", "update"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")
    elif conn.dialect.name == "postgresql":
        for table, _ in POSTGRES_VECTORS:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_search")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search")
