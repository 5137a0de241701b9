"""Bulk creation follows the same rules as one-by-one creation and reports each bad input."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import MemberEventKind
from partydesk.domain.errors import ValidationError
from partydesk.services import offices, roster
from partydesk.services.roster_bulk import create_members_in

from .helpers import TODAY, add_member, resident_id


def member(name, branch_uuid, **fields):
    fields.setdefault("joined_on", date(1990, 7, 1))
    return roster.MemberInput(name=name, branch_uuid=branch_uuid, **fields)


def test_bulk_matches_single_creation_and_reports_bad_rows(db, branch_uuid):
    add_member(db, branch_uuid, "已在册", resident_id=resident_id(seq="011"))
    other_group = offices.create_group(db, offices.create_branch(db, "第二党支部").uuid, "一组").uuid
    inputs = [
        member("甲", branch_uuid, resident_id=resident_id(seq="021"), full_on=date(1991, 7, 1)),
        member("乙", branch_uuid, resident_id=resident_id(seq="011")),
        member("丙", branch_uuid, resident_id=resident_id(seq="021")),
        member("丁", branch_uuid, party_group_uuid=other_group),
        member("戊", branch_uuid, resident_id="530112"),
    ]
    with db.write() as session:
        results = create_members_in(session, db, inputs, TODAY)
    assert [type(r).__name__ for r in results] == ["SaveResult"] + ["ValidationError"] * 4
    assert [r.field for r in results[1:]] == ["resident_id", "resident_id", "party_group", "resident_id"]
    assert "已在册" in str(results[1]) and "甲" in str(results[2])
    created = roster.get_member(db, results[0].uuid)
    assert created.birth_date == date(1965, 3, 12) and created.resident_id_masked.startswith("530112****")
    assert [h.kind for h in roster.member_history(db, results[0].uuid)] == [MemberEventKind.JOINED,
                                                                             MemberEventKind.BECAME_FULL]
    assert roster.query_members(db, roster.MemberQuery(search="jia")).total == 0  # initials are "j" for 甲
    assert roster.query_members(db, roster.MemberQuery(search="j")).total == 1


def test_bulk_creation_is_audited_per_member(db, branch_uuid):
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar()
    inputs = [member(name, branch_uuid) for name in ("甲", "乙", "丙")]
    with db.write() as session:
        results = create_members_in(session, db, inputs, TODAY)
    assert not any(isinstance(r, ValidationError) for r in results)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == before + 3
