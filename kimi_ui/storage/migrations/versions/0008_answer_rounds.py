"""answers as rounds

An answer is stored as its rounds (one per model call: reasoning, text, tool calls with their results), so
the history sent to the model on a later turn is the rounds read back, equal to what it saw live. The flat
`tool_calls` column goes; `tool_count` lets the tool log find the answers that used tools without reading
every answer. `content` and `reasoning` stay (the rounds' texts joined) for search.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlite3

from alembic import op
import sqlalchemy as sa

from kimi_ui.storage import search_schema
from kimi_ui.storage.legacy import legacy_rounds


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

BATCH = 500


def _drop_column(table: str, column: str) -> None:
    """Without copying the table where SQLite can (3.35+): a copy would lose the search triggers and the
    rowids its index points at, so the older way rebuilds the search index around the copy."""
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        op.drop_column(table, column)
    elif sqlite3.sqlite_version_info >= (3, 35):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
    else:
        search_schema.drop(bind)
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
        search_schema.create(bind)


def upgrade() -> None:
    op.add_column('messages', sa.Column('rounds', sa.JSON(), nullable=True))
    op.add_column('messages', sa.Column('tool_count', sa.Integer(), nullable=False, server_default='0'))
    messages = sa.table('messages', sa.column('id', sa.String), sa.column('role', sa.String),
                        sa.column('content', sa.Text), sa.column('reasoning', sa.Text),
                        sa.column('reasoning_seconds', sa.Float), sa.column('tool_calls', sa.JSON),
                        sa.column('rounds', sa.JSON), sa.column('tool_count', sa.Integer))
    connection = op.get_bind()
    last = ''
    while True:  # in batches by id: a large database is never held in memory at once
        rows = connection.execute(
            sa.select(messages.c.id, messages.c.content, messages.c.reasoning, messages.c.reasoning_seconds,
                      messages.c.tool_calls)
            .where(messages.c.role == 'assistant', messages.c.id > last).order_by(messages.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            rounds = legacy_rounds(row.content, row.reasoning, row.reasoning_seconds, row.tool_calls)
            connection.execute(messages.update().where(messages.c.id == row.id).values(
                rounds=rounds, tool_count=sum(len(r['calls']) for r in rounds)))
        last = rows[-1].id
    _drop_column('messages', 'tool_calls')


def downgrade() -> None:
    op.add_column('messages', sa.Column('tool_calls', sa.JSON(), nullable=True))
    messages = sa.table('messages', sa.column('id', sa.String), sa.column('rounds', sa.JSON),
                        sa.column('tool_calls', sa.JSON))
    connection = op.get_bind()
    for row in connection.execute(sa.select(messages.c.id, messages.c.rounds).where(messages.c.rounds.is_not(None))).all():
        calls = [dict(call, round=number, reasoning=r.get('reasoning') if index == 0 else None)
                 for number, r in enumerate(row.rounds or []) for index, call in enumerate(r.get('calls') or [])]
        connection.execute(messages.update().where(messages.c.id == row.id).values(tool_calls=calls or None))
    _drop_column('messages', 'tool_count')
    _drop_column('messages', 'rounds')
