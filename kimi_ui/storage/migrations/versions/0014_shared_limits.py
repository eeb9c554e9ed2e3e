"""limits counted in the database

`limit_keys`: the recent events of a limited key (turns a minute, imports an hour, uploads a minute) and the
row locked while a check of the key runs; `limit_holds`: token budgets and swarm places held by running
requests under a lease their process renews (kimi_ui/shared_limits.py). Several app processes count together.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_text = sqlmodel.sql.sqltypes.AutoString
_time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table('limit_keys',
    sa.Column('key', _text(length=255), nullable=False),
    sa.Column('times', sa.Text(), nullable=False),
    sa.Column('until', _time(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('limit_keys', schema=None) as batch:
        batch.create_index(batch.f('ix_limit_keys_until'), ['until'], unique=False)
    op.create_table('limit_holds',
    sa.Column('id', _text(length=32), nullable=False),
    sa.Column('kind', _text(length=16), nullable=False),
    sa.Column('key', _text(length=255), nullable=False),
    sa.Column('other', _text(length=255), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('process_id', _text(length=64), nullable=False),
    sa.Column('lease_until', _time(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('limit_holds', schema=None) as batch:
        batch.create_index(batch.f('ix_limit_holds_key'), ['key'], unique=False)
        batch.create_index(batch.f('ix_limit_holds_other'), ['other'], unique=False)
        batch.create_index(batch.f('ix_limit_holds_process_id'), ['process_id'], unique=False)
        batch.create_index(batch.f('ix_limit_holds_lease_until'), ['lease_until'], unique=False)


def downgrade() -> None:
    for table, indexes in (('limit_holds', ('ix_limit_holds_lease_until', 'ix_limit_holds_process_id',
                                            'ix_limit_holds_other', 'ix_limit_holds_key')),
                           ('limit_keys', ('ix_limit_keys_until',))):
        with op.batch_alter_table(table, schema=None) as batch:
            for index in indexes:
                batch.drop_index(index)
        op.drop_table(table)
