"""vanguard: honours for members or branches, exemplar posts, points items and entries, appraisal, corrections

Existing free-text `member.exemplar_post` values become `exemplar_post` records (the column stays
for now: the roster still shows it). The default points items (a Yunnan county's scheme) are
added with fixed uuids, so two offices' defaults are the same records when they exchange packages.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("5d0f3c52-7a43-4e55-9a4e-0b6f3a1c2d17")
ONE_OWNER_BEFORE = (
    "(CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN service_entry_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN talk_id IS NULL THEN 0 ELSE 1 END) = 1"
)
ONE_OWNER = ONE_OWNER_BEFORE[:-4] + " + (CASE WHEN recognition_id IS NULL THEN 0 ELSE 1 END) = 1"
LEVELS = {"支部": "BRANCH", "党委": "COMMITTEE", "县级": "COUNTY", "市级": "CITY", "省级": "PROVINCE",
          "国家级": "NATIONAL"}
# code, name, points, kind, yearly cap, source, order
DEFAULT_ITEMS = (
    ("MEETING", "参加三会一课、主题党日", 1, "ADD", None, "ATTENDANCE", 10),
    ("ABSENCE", "无故缺席组织生活", 2, "DEDUCT", None, "ABSENCE", 20),
    ("SERVICE", "参加服务实践", 2, "ADD", None, "SERVICE", 30),
    ("HONOUR_LOCAL", "受到支部、党委表彰", 3, "ADD", None, "HONOUR_LOCAL", 40),
    ("HONOUR_HIGH", "受到县级及以上表彰", 5, "ADD", None, "HONOUR_HIGH", 50),
    ("INDUSTRY", "带头发展产业", 3, "ADD", None, "MANUAL", 60),
    ("VOLUNTEER", "带头参加志愿服务", 1, "ADD", 10, "MANUAL", 70),
    ("CRITICISM", "受到批评教育", 3, "DEDUCT", None, "MANUAL", 80),
)


def record_columns():
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('origin', sa.String(length=36), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def enum_text(*values):
    return sa.Enum(*values, native_enum=False, length=24)


def create_record_table(name, *columns, indexes=()):
    op.create_table(
        name, *columns, *record_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{name}')),
        sa.UniqueConstraint('uuid', name=op.f(f'uq_{name}_uuid')),
    )
    with op.batch_alter_table(name) as batch_op:
        for column in ('updated_at', *indexes):
            batch_op.create_index(batch_op.f(f'ix_{name}_{column}'), [column], unique=False)


def upgrade() -> None:
    upgrade_recognition()
    with op.batch_alter_table('attachment', recreate='always') as batch_op:
        batch_op.add_column(sa.Column('recognition_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(op.f('fk_attachment_recognition_id_recognition'), 'recognition',
                                    ['recognition_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_attachment_recognition_id'), ['recognition_id'], unique=False)
        batch_op.drop_constraint(op.f('ck_attachment_one_owner'), type_='check')
        batch_op.create_check_constraint('one_owner', sa.text(ONE_OWNER))
    create_tables()
    seed_items()
    migrate_posts()


def upgrade_recognition() -> None:
    connection = op.get_bind()
    for code in LEVELS.values():
        connection.execute(sa.text("UPDATE recognition SET level = :code WHERE level = :code"), {"code": code})
    for zh, code in LEVELS.items():
        connection.execute(sa.text("UPDATE recognition SET level = :code WHERE level = :zh"), {"code": code, "zh": zh})
    connection.execute(sa.text(
        "UPDATE recognition SET level = 'BRANCH' WHERE level NOT IN ('BRANCH', 'COMMITTEE', 'COUNTY', 'CITY',"
        " 'PROVINCE', 'NATIONAL')"))
    with op.batch_alter_table('recognition', recreate='always') as batch_op:
        batch_op.alter_column('member_id', existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column('level', existing_type=sa.String(length=40), type_=sa.String(length=24))
        batch_op.add_column(sa.Column('branch_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('doc_no', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('citation', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('revoked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('revoked_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.create_foreign_key(op.f('fk_recognition_branch_id_branch'), 'branch', ['branch_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_recognition_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index('ix_recognition_date_live', ['on_date', 'deleted_at'], unique=False)
        batch_op.create_check_constraint(
            'one_holder',
            sa.text("(CASE WHEN member_id IS NULL THEN 0 ELSE 1 END)"
                    " + (CASE WHEN branch_id IS NULL THEN 0 ELSE 1 END) = 1"),
        )


def create_tables() -> None:
    create_record_table(
        'exemplar_post',
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('member.id', name=op.f('fk_exemplar_post_member_id_member')),
                  nullable=False),
        sa.Column('kind', enum_text('PIONEER', 'MODEL', 'ZONE'), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.Column('term_start', sa.Date(), nullable=True),
        sa.Column('term_end', sa.Date(), nullable=True),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.CheckConstraint('score IS NULL OR (score >= 0 AND score <= 100)', name=op.f('ck_exemplar_post_score_range')),
        indexes=('member_id',),
    )
    create_record_table(
        'point_item',
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('kind', enum_text('ADD', 'DEDUCT'), nullable=False),
        sa.Column('yearly_cap', sa.Integer(), nullable=True),
        sa.Column('source', enum_text('MANUAL', 'ATTENDANCE', 'ABSENCE', 'SERVICE', 'HONOUR_LOCAL', 'HONOUR_HIGH'),
                  nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False),
        sa.CheckConstraint('points >= 1 AND points <= 100', name=op.f('ck_point_item_points_range')),
    )
    op.create_index('uq_point_item_code_live', 'point_item', ['code'], unique=True,
                    sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
    create_record_table(
        'point_entry',
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('member.id', name=op.f('fk_point_entry_member_id_member')),
                  nullable=False),
        sa.Column('item_id', sa.Integer(),
                  sa.ForeignKey('point_item.id', name=op.f('fk_point_entry_item_id_point_item')), nullable=False),
        sa.Column('on_date', sa.Date(), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.CheckConstraint('points >= 1 AND points <= 100', name=op.f('ck_point_entry_points_range')),
        indexes=('item_id', 'on_date'),
    )
    op.create_index('ix_point_entry_member_date', 'point_entry', ['member_id', 'on_date'])
    create_record_table(
        'appraisal',
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('member.id', name=op.f('fk_appraisal_member_id_member')),
                  nullable=False),
        sa.Column('branch_id', sa.Integer(), sa.ForeignKey('branch.id', name=op.f('fk_appraisal_branch_id_branch')),
                  nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('grade', enum_text('EXCELLENT', 'QUALIFIED', 'BASIC', 'UNQUALIFIED'), nullable=False),
        sa.Column('basis', sa.Text(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.UniqueConstraint('member_id', 'year', name='uq_appraisal_member_year'),
        indexes=('member_id', 'branch_id', 'year'),
    )
    create_record_table(
        'correction',
        sa.Column('member_id', sa.Integer(), sa.ForeignKey('member.id', name=op.f('fk_correction_member_id_member')),
                  nullable=False),
        sa.Column('appraisal_id', sa.Integer(),
                  sa.ForeignKey('appraisal.id', name=op.f('fk_correction_appraisal_id_appraisal')), nullable=True),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('outcome', sa.Text(), nullable=False),
        indexes=('member_id', 'appraisal_id', 'due_on'),
    )


def now():
    return datetime.now(UTC).replace(tzinfo=None)


def seed_items() -> None:
    connection = op.get_bind()
    origin = connection.execute(sa.text("SELECT uuid FROM office WHERE is_local = :yes").bindparams(yes=True)).scalar() or ""
    for code, name, points, kind, cap, source, order in DEFAULT_ITEMS:
        connection.execute(sa.text(
            "INSERT INTO point_item (uuid, created_at, updated_at, origin, code, name, points, kind, yearly_cap,"
            " source, sort_order) VALUES (:uuid, :at, :at, :origin, :code, :name, :points, :kind, :cap, :source,"
            " :order)"), {"uuid": str(uuid.uuid5(NAMESPACE, f"point_item:{code}")), "at": now(), "origin": origin,
                          "code": code, "name": name, "points": points, "kind": kind, "cap": cap,
                          "source": source, "order": order})


def post_kind(text: str) -> str:
    if "责任区" in text:
        return "ZONE"
    return "PIONEER" if "先锋" in text else "MODEL"


def migrate_posts() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, uuid, origin, exemplar_post FROM member WHERE deleted_at IS NULL AND trim(exemplar_post) != ''"
    )).all()
    for member_id, member_uuid, origin, text in rows:
        title = text.strip()[:100]
        connection.execute(sa.text(
            "INSERT INTO exemplar_post (uuid, created_at, updated_at, origin, member_id, kind, title, note)"
            " VALUES (:uuid, :at, :at, :origin, :member_id, :kind, :title, '')"),
            {"uuid": str(uuid.uuid5(NAMESPACE, f"exemplar_post:{member_uuid}")), "at": now(), "origin": origin,
             "member_id": member_id, "kind": post_kind(title), "title": title})


def downgrade() -> None:
    for name in ('correction', 'appraisal', 'point_entry', 'point_item', 'exemplar_post'):
        op.drop_table(name)
    with op.batch_alter_table('attachment', recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_attachment_one_owner'), type_='check')
        batch_op.drop_index(batch_op.f('ix_attachment_recognition_id'))
        batch_op.drop_constraint(op.f('fk_attachment_recognition_id_recognition'), type_='foreignkey')
        batch_op.drop_column('recognition_id')
        batch_op.create_check_constraint('one_owner', sa.text(ONE_OWNER_BEFORE))
    op.execute("DELETE FROM recognition WHERE member_id IS NULL")
    with op.batch_alter_table('recognition', recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_recognition_one_holder'), type_='check')
        batch_op.drop_index('ix_recognition_date_live')
        batch_op.drop_index(batch_op.f('ix_recognition_branch_id'))
        batch_op.drop_constraint(op.f('fk_recognition_branch_id_branch'), type_='foreignkey')
        for column in ('revoked_reason', 'revoked_on', 'citation', 'doc_no', 'branch_id'):
            batch_op.drop_column(column)
        batch_op.alter_column('member_id', existing_type=sa.Integer(), nullable=False)
