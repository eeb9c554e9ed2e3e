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
