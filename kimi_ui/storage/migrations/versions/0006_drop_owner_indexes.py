"""drop the single-column owner indexes on messages and attachments

Every query on these tables pairs owner_id with a selective key (the id, the conversation, the
message), but SQLite without statistics guessed that `owner_id = ?` picks about ten rows and chose
these indexes: with one user owning 100,000 messages, opening a conversation read every one of them
(~180 ms; 17 ms without the index, bench/history.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_messages_owner_id', table_name='messages')
    op.drop_index('ix_attachments_owner_id', table_name='attachments')


def downgrade() -> None:
    op.create_index('ix_attachments_owner_id', 'attachments', ['owner_id'])
    op.create_index('ix_messages_owner_id', 'messages', ['owner_id'])
