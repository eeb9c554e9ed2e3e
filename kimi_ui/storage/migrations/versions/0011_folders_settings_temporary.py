"""folders, temporary chats, per-user settings

`folders` (a user's named groups; conversations get `folder_id`), conversations get `temporary` (stored
while in use, never listed, searched or exported, deleted when left or after a day), and
`user_settings` (theme, language, defaults for new chats, custom instructions, whether Enter sends).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('folders',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('collapsed', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_folders_owner_id', 'folders', ['owner_id'], unique=False)
    op.create_table('user_settings',
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('theme', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('default_mode', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('default_backend', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('custom_instructions', sa.Text(), nullable=False),
    sa.Column('enter_sends', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('user_id')
    )
    # Plain ADD COLUMNs, no batch mode: SQLite would rebuild `conversations` and renumber the rowids
    # that its full-text index points at.
    op.add_column('conversations', sa.Column('folder_id', sqlmodel.sql.sqltypes.AutoString(length=32),
                                             nullable=True))
    op.add_column('conversations', sa.Column('temporary', sa.Boolean(), nullable=False,
                                             server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('conversations') as batch:
        batch.drop_column('temporary')
        batch.drop_column('folder_id')
    op.drop_table('user_settings')
    op.drop_index('ix_folders_owner_id', table_name='folders')
    op.drop_table('folders')
