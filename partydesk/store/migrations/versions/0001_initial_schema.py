"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.Enum('ADMIN', 'SECRETARY', 'CLERK', 'VIEWER', name='role', native_enum=False, length=24), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('username', name=op.f('uq_account_username')),
    sa.UniqueConstraint('uuid', name=op.f('uq_account_uuid'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_updated_at'), ['updated_at'], unique=False)

    op.create_table('attachment_blob',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=40), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_blob')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachment_blob_sha256'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_audit_event_uuid'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)

    op.create_table('branch',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', name='orgkind', native_enum=False, length=24), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['branch.id'], name=op.f('fk_branch_parent_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch')),
    sa.UniqueConstraint('uuid', name=op.f('uq_branch_uuid'))
    )
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_branch_updated_at'), ['updated_at'], unique=False)

    op.create_table('office',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office')),
    sa.UniqueConstraint('uuid', name=op.f('uq_office_uuid'))
    )
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_updated_at'), ['updated_at'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('sync_state',
    sa.Column('peer_office_uuid', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('scope', sa.String(length=36), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=True),
    sa.Column('last_package_uuid', sa.String(length=36), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sync_state_uuid'))
    )
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_state_peer_office_uuid'), ['peer_office_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_state_updated_at'), ['updated_at'], unique=False)

    op.create_table('transfer_conflict',
    sa.Column('package_uuid', sa.String(length=36), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=False),
    sa.Column('local_json', sa.Text(), nullable=False),
    sa.Column('incoming_json', sa.Text(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(length=12), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_conflict')),
    sa.UniqueConstraint('uuid', name=op.f('uq_transfer_conflict_uuid'))
    )
    with op.batch_alter_table('transfer_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_conflict_entity_uuid'), ['entity_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_conflict_package_uuid'), ['package_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_conflict_updated_at'), ['updated_at'], unique=False)

    op.create_table('party_group',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_party_group_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_group')),
    sa.UniqueConstraint('uuid', name=op.f('uq_party_group_uuid'))
    )
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_group_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_group_updated_at'), ['updated_at'], unique=False)

    op.create_table('service_entry',
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.Enum('GOVERNANCE', 'PETITION', 'TECH_AID', 'LAST_MILE', 'VOLUNTEER', 'OTHER', name='servicecategory', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('people_served', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('hours >= 0', name=op.f('ck_service_entry_hours_positive')),
    sa.CheckConstraint('people_served >= 0', name=op.f('ck_service_entry_people_positive')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_service_entry_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_entry')),
    sa.UniqueConstraint('uuid', name=op.f('uq_service_entry_uuid'))
    )
    with op.batch_alter_table('service_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_entry_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_entry_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_entry_on_date'), ['on_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_entry_updated_at'), ['updated_at'], unique=False)

    op.create_table('study_plan',
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('BRANCH_MEETING', 'BRANCH_COMMITTEE', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY', 'TRAINING', 'WARNING_EDUCATION', 'INTEGRITY_EDUCATION', 'LIFE_MEETING', 'DEMOCRATIC_REVIEW', 'OTHER', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('topic_area', sa.Enum('THEORY', 'PARTY_STYLE', 'DISCIPLINE', 'LAW', 'ECONOMY', 'SCIENCE', 'SKILLS', 'OTHER', name='topicarea', native_enum=False, length=24), nullable=False),
    sa.Column('level', sa.Enum('COMMITTEE', 'BRANCH', 'GROUP', name='activitylevel', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('frequency', sa.Enum('WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', name='frequency', native_enum=False, length=24), nullable=False),
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('month_in_period', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('planned_hours', sa.Float(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_study_plan_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_plan')),
    sa.UniqueConstraint('uuid', name=op.f('uq_study_plan_uuid'))
    )
    with op.batch_alter_table('study_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_plan_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_plan_updated_at'), ['updated_at'], unique=False)

    op.create_table('activity',
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('party_group_id', sa.Integer(), nullable=True),
    sa.Column('study_plan_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('BRANCH_MEETING', 'BRANCH_COMMITTEE', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY', 'TRAINING', 'WARNING_EDUCATION', 'INTEGRITY_EDUCATION', 'LIFE_MEETING', 'DEMOCRATIC_REVIEW', 'OTHER', name='activitykind', native_enum=False, length=24), nullable=False),
    sa.Column('topic_area', sa.Enum('THEORY', 'PARTY_STYLE', 'DISCIPLINE', 'LAW', 'ECONOMY', 'SCIENCE', 'SKILLS', 'OTHER', name='topicarea', native_enum=False, length=24), nullable=False),
    sa.Column('level', sa.Enum('COMMITTEE', 'BRANCH', 'GROUP', name='activitylevel', native_enum=False, length=24), nullable=False),
    sa.Column('state', sa.Enum('PLANNED', 'HELD', 'CANCELLED', name='activitystate', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('host', sa.String(length=40), nullable=False),
    sa.Column('speaker', sa.String(length=40), nullable=False),
    sa.Column('recorder', sa.String(length=40), nullable=False),
    sa.Column('planned_hours', sa.Float(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('planned_hours >= 0 AND planned_hours <= 24', name=op.f('ck_activity_hours_range')),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_activity_branch_id_branch')),
    sa.ForeignKeyConstraint(['party_group_id'], ['party_group.id'], name=op.f('fk_activity_party_group_id_party_group')),
    sa.ForeignKeyConstraint(['study_plan_id'], ['study_plan.id'], name=op.f('fk_activity_study_plan_id_study_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_activity_uuid'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index('ix_activity_date_live', ['on_date', 'deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_study_plan_id'), ['study_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_updated_at'), ['updated_at'], unique=False)

    op.create_table('member',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('name_initials', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.Enum('M', 'F', name='gender', native_enum=False, length=24), nullable=True),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('resident_id', sa.String(length=18), nullable=True),
    sa.Column('education', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('party_group_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'TRANSFERRED_OUT', 'DECEASED', 'LEFT', name='memberstatus', native_enum=False, length=24), nullable=False),
    sa.Column('branch_role', sa.Enum('NONE', 'SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'GROUP_LEADER', name='branchrole', native_enum=False, length=24), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('activist_on', sa.Date(), nullable=True),
    sa.Column('candidate_on', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('full_on', sa.Date(), nullable=True),
    sa.Column('post', sa.String(length=100), nullable=False),
    sa.Column('exemplar_post', sa.String(length=100), nullable=False),
    sa.Column('is_flowing', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('roster_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_member_branch_id_branch')),
    sa.ForeignKeyConstraint(['party_group_id'], ['party_group.id'], name=op.f('fk_member_party_group_id_party_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_member_uuid'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_branch_live', ['branch_id', 'deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_party_group_id'), ['party_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index('uq_member_resident_id_live', ['resident_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('attendance',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('PRESENT', 'LEAVE', 'ABSENT', name='attendancestatus', native_enum=False, length=24), nullable=False),
    sa.Column('leave_reason', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('hours >= 0', name=op.f('ck_attendance_hours_positive')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_attendance_activity_id_activity')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_attendance_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('activity_id', 'member_id', name='uq_attendance_activity_member'),
    sa.UniqueConstraint('uuid', name=op.f('uq_attendance_uuid'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_updated_at'), ['updated_at'], unique=False)

    op.create_table('member_event',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('APPLIED', 'BECAME_ACTIVIST', 'BECAME_CANDIDATE', 'JOINED', 'BECAME_FULL', 'TRANSFERRED_IN', 'TRANSFERRED_OUT', 'DIED', 'LEFT', 'STATUS_CHANGED', 'BRANCH_CHANGED', name='membereventkind', native_enum=False, length=24), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('from_status', sa.Enum('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'TRANSFERRED_OUT', 'DECEASED', 'LEFT', name='memberstatus', native_enum=False, length=24), nullable=True),
    sa.Column('to_status', sa.Enum('APPLICANT', 'ACTIVIST', 'CANDIDATE', 'PROBATIONARY', 'FULL', 'TRANSFERRED_OUT', 'DECEASED', 'LEFT', name='memberstatus', native_enum=False, length=24), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_event_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_member_event_uuid'))
    )
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_event_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_event_updated_at'), ['updated_at'], unique=False)

    op.create_table('recognition',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=40), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_recognition_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recognition')),
    sa.UniqueConstraint('uuid', name=op.f('uq_recognition_uuid'))
    )
    with op.batch_alter_table('recognition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognition_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recognition_updated_at'), ['updated_at'], unique=False)

    op.create_table('service_participant',
    sa.Column('service_entry_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_service_participant_member_id_member')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_entry.id'], name=op.f('fk_service_participant_service_entry_id_service_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_participant')),
    sa.UniqueConstraint('service_entry_id', 'member_id', name='uq_service_participant'),
    sa.UniqueConstraint('uuid', name=op.f('uq_service_participant_uuid'))
    )
    with op.batch_alter_table('service_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_participant_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_participant_service_entry_id'), ['service_entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_participant_updated_at'), ['updated_at'], unique=False)

    op.create_table('talk',
    sa.Column('kind', sa.Enum('HEART_TO_HEART', 'REMINDER', 'ADMONISHMENT', 'INTEGRITY', 'CRITICISM', 'OTHER', name='talkkind', native_enum=False, length=24), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('talker_member_id', sa.Integer(), nullable=True),
    sa.Column('talker_name', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_done', sa.Date(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_talk_member_id_member')),
    sa.ForeignKeyConstraint(['talker_member_id'], ['member.id'], name=op.f('fk_talk_talker_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talk')),
    sa.UniqueConstraint('uuid', name=op.f('uq_talk_uuid'))
    )
    with op.batch_alter_table('talk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_talk_follow_up_due'), ['follow_up_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_on_date'), ['on_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_talk_updated_at'), ['updated_at'], unique=False)

    op.create_table('attachment',
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('service_entry_id', sa.Integer(), nullable=True),
    sa.Column('talk_id', sa.Integer(), nullable=True),
    sa.Column('blob_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('(CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN service_entry_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN talk_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_attachment_one_owner')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_attachment_activity_id_activity')),
    sa.ForeignKeyConstraint(['blob_id'], ['attachment_blob.id'], name=op.f('fk_attachment_blob_id_attachment_blob')),
    sa.ForeignKeyConstraint(['service_entry_id'], ['service_entry.id'], name=op.f('fk_attachment_service_entry_id_service_entry')),
    sa.ForeignKeyConstraint(['talk_id'], ['talk.id'], name=op.f('fk_attachment_talk_id_talk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_attachment_uuid'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_service_entry_id'), ['service_entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_talk_id'), ['talk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_updated_at'))
        batch_op.drop_index(batch_op.f('ix_attachment_talk_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_service_entry_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_activity_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('talk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_talk_updated_at'))
        batch_op.drop_index(batch_op.f('ix_talk_on_date'))
        batch_op.drop_index(batch_op.f('ix_talk_member_id'))
        batch_op.drop_index(batch_op.f('ix_talk_kind'))
        batch_op.drop_index(batch_op.f('ix_talk_follow_up_due'))

    op.drop_table('talk')
    with op.batch_alter_table('service_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_participant_updated_at'))
        batch_op.drop_index(batch_op.f('ix_service_participant_service_entry_id'))
        batch_op.drop_index(batch_op.f('ix_service_participant_member_id'))

    op.drop_table('service_participant')
    with op.batch_alter_table('recognition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognition_updated_at'))
        batch_op.drop_index(batch_op.f('ix_recognition_member_id'))

    op.drop_table('recognition')
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_event_updated_at'))
        batch_op.drop_index(batch_op.f('ix_member_event_member_id'))

    op.drop_table('member_event')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_updated_at'))
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_activity_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('uq_member_resident_id_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_member_updated_at'))
        batch_op.drop_index(batch_op.f('ix_member_status'))
        batch_op.drop_index(batch_op.f('ix_member_party_group_id'))
        batch_op.drop_index(batch_op.f('ix_member_name_initials'))
        batch_op.drop_index(batch_op.f('ix_member_name'))
        batch_op.drop_index('ix_member_branch_live')

    op.drop_table('member')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_updated_at'))
        batch_op.drop_index(batch_op.f('ix_activity_study_plan_id'))
        batch_op.drop_index(batch_op.f('ix_activity_kind'))
        batch_op.drop_index('ix_activity_date_live')
        batch_op.drop_index(batch_op.f('ix_activity_branch_id'))

    op.drop_table('activity')
    with op.batch_alter_table('study_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_plan_updated_at'))
        batch_op.drop_index(batch_op.f('ix_study_plan_branch_id'))

    op.drop_table('study_plan')
    with op.batch_alter_table('service_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_entry_updated_at'))
        batch_op.drop_index(batch_op.f('ix_service_entry_on_date'))
        batch_op.drop_index(batch_op.f('ix_service_entry_category'))
        batch_op.drop_index(batch_op.f('ix_service_entry_branch_id'))

    op.drop_table('service_entry')
    with op.batch_alter_table('party_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_group_updated_at'))
        batch_op.drop_index(batch_op.f('ix_party_group_branch_id'))

    op.drop_table('party_group')
    with op.batch_alter_table('transfer_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_conflict_updated_at'))
        batch_op.drop_index(batch_op.f('ix_transfer_conflict_package_uuid'))
        batch_op.drop_index(batch_op.f('ix_transfer_conflict_entity_uuid'))

    op.drop_table('transfer_conflict')
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_state_updated_at'))
        batch_op.drop_index(batch_op.f('ix_sync_state_peer_office_uuid'))

    op.drop_table('sync_state')
    op.drop_table('setting')
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_updated_at'))

    op.drop_table('office')
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_updated_at'))
        batch_op.drop_index(batch_op.f('ix_branch_parent_id'))

    op.drop_table('branch')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))
        batch_op.drop_index(batch_op.f('ix_audit_event_actor'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))

    op.drop_table('audit_event')
    op.drop_table('attachment_blob')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_updated_at'))

    op.drop_table('account')
