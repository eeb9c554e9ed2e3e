"""history: branches, pin/archive, title source, full-text search

Messages get `parent_id` (a conversation is a tree: an edited question or a regenerated answer is a
sibling of the old one) and conversations `leaf_id` (the tip of the branch being shown). Existing
conversations become single branches: each message's parent is the one before it. Conversations also
get `pinned`, `archived` and `title_by` (words | model | user | import). Then the full-text index
(kimi_ui.storage.search_schema: FTS5 on SQLite, tsvector + GIN on PostgreSQL) is built over what exists.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

from kimi_ui.storage import search_schema

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, no batch mode: SQLite would rebuild `messages` and renumber the rowids.
    op.add_column('messages', sa.Column('parent_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
    op.create_index('ix_messages_conversation_parent', 'messages', ['conversation_id', 'parent_id'])
    op.add_column('conversations', sa.Column('leaf_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
    op.add_column('conversations', sa.Column('pinned', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('conversations', sa.Column('archived', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('conversations', sa.Column('title_by', sqlmodel.sql.sqltypes.AutoString(length=16),
                                             nullable=False, server_default='words'))
    op.create_index('ix_conversations_owner_list', 'conversations', ['owner_id', 'archived', 'pinned', 'updated_at'])
    op.execute(
        "UPDATE messages SET parent_id = (SELECT earlier.id FROM messages AS earlier "
        "WHERE earlier.conversation_id = messages.conversation_id AND earlier.seq < messages.seq "
        "ORDER BY earlier.seq DESC LIMIT 1)"
    )
    op.execute(
        "UPDATE conversations SET leaf_id = (SELECT m.id FROM messages AS m "
        "WHERE m.conversation_id = conversations.id ORDER BY m.seq DESC LIMIT 1)"
    )
    search_schema.create(op.get_bind())


def downgrade() -> None:
    search_schema.drop(op.get_bind())
    op.drop_index('ix_conversations_owner_list', table_name='conversations')
    op.drop_index('ix_messages_conversation_parent', table_name='messages')
    with op.batch_alter_table('conversations') as batch:
        for column in ('title_by', 'archived', 'pinned', 'leaf_id'):
            batch.drop_column(column)
    with op.batch_alter_table('messages') as batch:
        batch.drop_column('parent_id')
