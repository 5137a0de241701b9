"""transfer_conflict.resolution wide enough for "take_incoming" (13 characters; PostgreSQL enforces lengths)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transfer_conflict', schema=None) as batch_op:
        batch_op.alter_column('resolution', existing_type=sa.String(length=12), type_=sa.String(length=20),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('transfer_conflict', schema=None) as batch_op:
        batch_op.alter_column('resolution', existing_type=sa.String(length=20), type_=sa.String(length=12),
                              existing_nullable=False)
