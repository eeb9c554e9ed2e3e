"""user_settings.read_pictures: on a text-only backend, pictures go as the text OCR reads in them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('user_settings', sa.Column('read_pictures', sa.Boolean(), nullable=False,
                                             server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('user_settings') as batch:
        batch.drop_column('read_pictures')
