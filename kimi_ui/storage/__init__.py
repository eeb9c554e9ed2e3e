"""Persistence: sqlmodel tables, owner-scoped store functions, Alembic migrations, attachment files."""
