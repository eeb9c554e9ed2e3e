"""a team's assistant: personal API keys, share links, usage by day, backend checks; users' SSO, groups,
quota overrides and must-change-password

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_text = sqlmodel.sql.sqltypes.AutoString
_time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    # (plain ADD COLUMN: a batch copy of users would trip the foreign keys that point at it on SQLite)
    op.add_column('users', sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('users', sa.Column('email', _text(length=255), nullable=True))
    op.add_column('users', sa.Column('groups', _text(length=1024), nullable=False, server_default=''))
    op.add_column('users', sa.Column('signed_on', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('users', sa.Column('day_tokens', sa.Integer(), nullable=True))
    op.add_column('users', sa.Column('month_tokens', sa.Integer(), nullable=True))
    op.create_table('api_keys',
    sa.Column('id', _text(length=32), nullable=False),
    sa.Column('user_id', _text(length=32), nullable=False),
    sa.Column('name', _text(length=80), nullable=False),
    sa.Column('prefix', _text(length=24), nullable=False),
    sa.Column('secret_hash', _text(length=64), nullable=False),
    sa.Column('created_at', _time(), nullable=False),
    sa.Column('last_used_at', _time(), nullable=True),
    sa.Column('revoked_at', _time(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('api_keys', schema=None) as batch:
        batch.create_index(batch.f('ix_api_keys_secret_hash'), ['secret_hash'], unique=True)
        batch.create_index(batch.f('ix_api_keys_user_id'), ['user_id'], unique=False)
    op.create_table('share_links',
    sa.Column('id', _text(length=64), nullable=False),
    sa.Column('owner_id', _text(length=32), nullable=False),
    sa.Column('conversation_id', _text(length=32), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('created_at', _time(), nullable=False),
    sa.Column('revoked_at', _time(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('share_links', schema=None) as batch:
        batch.create_index(batch.f('ix_share_links_conversation_id'), ['conversation_id'], unique=False)
        batch.create_index(batch.f('ix_share_links_owner_id'), ['owner_id'], unique=False)
    op.create_table('usage_days',
    sa.Column('owner_id', _text(length=32), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('backend', _text(length=80), nullable=False),
    sa.Column('tokens', sa.Integer(), nullable=False),
    sa.Column('prompt_tokens', sa.Integer(), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('cost', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('owner_id', 'day', 'backend')
    )
    op.create_table('backend_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('backend', _text(length=80), nullable=False),
    sa.Column('at', _time(), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('latency_ms', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('backend_checks', schema=None) as batch:
        batch.create_index(batch.f('ix_backend_checks_at'), ['at'], unique=False)
        batch.create_index(batch.f('ix_backend_checks_backend'), ['backend'], unique=False)
    _backfill_usage()


_COUNTED = ("prompt_tokens", "completion_tokens", "agent_tokens", "agent_prompt_tokens")


def _number(value) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1e12
    return value if ok else 0


def _backfill_usage() -> None:
    """The answers written before: their tokens by owner, backend and day, as `users list` counted them, so the
    admin's charts and this month's quotas start from what was used, not from zero."""
    bind = op.get_bind()
    messages = sa.table('messages', sa.column('owner_id'), sa.column('created_at', _time()),
                        sa.column('usage', sa.JSON()), sa.column('backend'), sa.column('role'))
    totals: dict[tuple, list] = {}
    query = sa.select(messages.c.owner_id, messages.c.created_at, messages.c.usage, messages.c.backend).where(
        messages.c.role == 'assistant')
    for owner_id, created_at, usage, backend in bind.execute(query.execution_options(yield_per=1000)):
        if not isinstance(usage, dict) or created_at is None:
            continue
        tokens = int(sum(_number(usage.get(key)) for key in _COUNTED))
        if not tokens:
            continue
        cost = _number(usage.get('cost')) if isinstance(usage.get('currency'), str) else 0
        entry = totals.setdefault((owner_id, created_at.date(), (backend or '')[:80]), [0, 0, 0, 0.0])
        entry[0] += tokens
        entry[1] += int(_number(usage.get('prompt_tokens')))
        entry[2] += 1
        entry[3] += float(cost)
    if totals:
        days = sa.table('usage_days', sa.column('owner_id'), sa.column('day', sa.Date()), sa.column('backend'),
                        sa.column('tokens'), sa.column('prompt_tokens'), sa.column('requests'), sa.column('cost'))
        bind.execute(days.insert(), [
            {'owner_id': owner, 'day': day, 'backend': backend, 'tokens': t, 'prompt_tokens': p, 'requests': n,
             'cost': c} for (owner, day, backend), (t, p, n, c) in totals.items()])


def downgrade() -> None:
    for table, indexes in (('backend_checks', ('ix_backend_checks_backend', 'ix_backend_checks_at')),
                           ('usage_days', ()),
                           ('share_links', ('ix_share_links_owner_id', 'ix_share_links_conversation_id')),
                           ('api_keys', ('ix_api_keys_user_id', 'ix_api_keys_secret_hash'))):
        with op.batch_alter_table(table, schema=None) as batch:
            for index in indexes:
                batch.drop_index(index)
        op.drop_table(table)
    with op.batch_alter_table('users', schema=None) as batch:
        for column in ('month_tokens', 'day_tokens', 'signed_on', 'groups', 'email', 'must_change_password'):
            batch.drop_column(column)
