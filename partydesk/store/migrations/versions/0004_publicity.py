"""publicity: publish consent, publicity log, 可公开 flag on attachments

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('origin', sa.String(length=36), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('publish_consent',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('publish_name', sa.Boolean(), nullable=False),
    sa.Column('publish_photo', sa.Boolean(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    *_record_columns(),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_publish_consent_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publish_consent')),
    sa.UniqueConstraint('uuid', name=op.f('uq_publish_consent_uuid'))
    )
    with op.batch_alter_table('publish_consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publish_consent_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_publish_consent_updated_at'), ['updated_at'], unique=False)

    op.create_table('publicity_item',
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('source_uuid', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('template', sa.String(length=20), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.String(length=40), nullable=False),
    sa.Column('files', sa.Text(), nullable=False),
    *_record_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publicity_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_publicity_item_uuid'))
    )
    with op.batch_alter_table('publicity_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publicity_item_made_at'), ['made_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_publicity_item_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_public', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('is_public')
    op.drop_table('publicity_item')
    op.drop_table('publish_consent')
