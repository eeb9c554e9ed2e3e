"""Alembic environment: uses the engine handed over by storage.db (or the URL for the CLI)."""

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel

from kimi_ui.storage import limits_model, models, queued_model, running_model, team_model  # noqa: F401 - registers the tables on SQLModel.metadata

MIGRATION_LOCK = 0x6B696D69  # "kimi": the advisory lock key of kimi-ui's migrations
config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = engine_from_config(config.get_section(config.config_ini_section, {}), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Several app processes may start at once on one database: one migrates, the others wait
                # here and then find nothing left to do (the lock ends with the transaction).
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()


run_migrations()
