"""dues reminders

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dues_base',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('in_service', 'retired', 'farmer', 'student', 'unemployed', 'relief', name='duescategory', native_enum=False, length=24), nullable=False),
    sa.Column('base_fen', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('base_fen >= 0', name=op.f('ck_dues_base_base_positive')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_base_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_base')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dues_base_uuid'))
    )
    with op.batch_alter_table('dues_base', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_base_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_base_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('uq_dues_base_member_year_live', ['member_id', 'year'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('dues_payment',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('proxy_name', sa.String(length=40), nullable=False),
    sa.Column('approval', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('amount_fen >= 0', name=op.f('ck_dues_payment_amount_positive')),
    sa.CheckConstraint('month BETWEEN 1 AND 12', name=op.f('ck_dues_payment_month_range')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_payment_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_payment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dues_payment_uuid'))
    )
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_payment_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_payment_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('ix_dues_payment_year_month', ['year', 'month'], unique=False)
        batch_op.create_index('uq_dues_payment_member_month_live', ['member_id', 'year', 'month'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('reminder_answer',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('missed_meetings', 'dues_arrears', 'hours_behind', 'follow_up_overdue', 'probation_due', 'probation_due_soon', 'correction_due', name='reminderkind', native_enum=False, length=24), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('answer', sa.Enum('talk', 'justification', 'dismissal', name='answerkind', native_enum=False, length=24), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('talk_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_reminder_answer_member_id_member')),
    sa.ForeignKeyConstraint(['talk_id'], ['talk.id'], name=op.f('fk_reminder_answer_talk_id_talk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_answer')),
    sa.UniqueConstraint('uuid', name=op.f('uq_reminder_answer_uuid'))
    )
    with op.batch_alter_table('reminder_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_answer_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_answer_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reminder_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_answer_updated_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_answer_member_id'))

    op.drop_table('reminder_answer')
    with op.batch_alter_table('dues_payment', schema=None) as batch_op:
        batch_op.drop_index('uq_dues_payment_member_month_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_dues_payment_year_month')
        batch_op.drop_index(batch_op.f('ix_dues_payment_updated_at'))
        batch_op.drop_index(batch_op.f('ix_dues_payment_member_id'))

    op.drop_table('dues_payment')
    with op.batch_alter_table('dues_base', schema=None) as batch_op:
        batch_op.drop_index('uq_dues_base_member_year_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_dues_base_updated_at'))
        batch_op.drop_index(batch_op.f('ix_dues_base_member_id'))

    op.drop_table('dues_base')
