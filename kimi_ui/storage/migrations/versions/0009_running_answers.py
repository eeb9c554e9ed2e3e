"""running answers

`running_answers`: the answers being written and the process writing each, under a lease it renews, so
that every app process sees which conversations answer and how many answers a user has running, and an
answer whose process died is marked interrupted by another one (kimi_ui/running.py).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('running_answers',
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('conversation_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('process_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('lease_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('message_id')
    )
    with op.batch_alter_table('running_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_running_answers_conversation_id'), ['conversation_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_running_answers_lease_until'), ['lease_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_running_answers_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_running_answers_process_id'), ['process_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('running_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_running_answers_process_id'))
        batch_op.drop_index(batch_op.f('ix_running_answers_owner_id'))
        batch_op.drop_index(batch_op.f('ix_running_answers_lease_until'))
        batch_op.drop_index(batch_op.f('ix_running_answers_conversation_id'))
    op.drop_table('running_answers')
