"""Honours, posts, points entries, grades and corrections travel in transfer packages, merged by uuid."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.vanguard import Grade, HonourLevel, PostKind
from partydesk.services import offices, transfer, vanguard
from partydesk.services.transfer import receive as transfer_import

from ..helpers import add_member, resident_id, table_counts

PASS = "correct horse battery"
VANGUARD_TABLES = ("recognition", "exemplar_post", "point_item", "point_entry", "appraisal", "correction")

pytestmark = pytest.mark.usefixtures("fast_kdf")


def _vanguard_office(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2026, 6, 28),
                                                 member_uuid=member, citation="事迹"))
    vanguard.add_honour(db, vanguard.HonourInput("先进基层党组织", HonourLevel.COMMITTEE, date(2026, 6, 28),
                                                 branch_uuid=branch_uuid))
    vanguard.add_post(db, member, PostKind.ZONE, "3号楼责任区")
    vanguard.add_entry(db, member, "INDUSTRY", date(2026, 3, 1), note="带头种植")
    vanguard.set_grade(db, member, 2026, Grade.UNQUALIFIED, decided_on=date(2026, 12, 20))
    return member


def _send(sender, receiver, tmp_path, **options):
    package = transfer.export_package(sender, tmp_path, PASS, **options)
    return transfer_import.import_package(receiver, package.path, PASS)


def test_every_vanguard_record_arrives_and_the_points_are_the_same(db, branch_uuid, receiver, tmp_path):
    member = _vanguard_office(db, branch_uuid)
    result = _send(db, receiver, tmp_path)
    sent, got = table_counts(db), table_counts(receiver)
    assert {n: got[n] for n in VANGUARD_TABLES} == {n: sent[n] for n in VANGUARD_TABLES}
    assert result.conflicts == 0
    assert vanguard.member_points(receiver, member, 2026) == vanguard.member_points(db, member, 2026)
    assert [c.due_on for c in vanguard.open_corrections(receiver)] == [date(2027, 6, 20)]
    again = _send(db, receiver, tmp_path)
    counts = table_counts(receiver)
    assert {n: counts[n] for n in VANGUARD_TABLES} == {n: got[n] for n in VANGUARD_TABLES}
    assert again.conflicts == 0


def test_a_branch_package_carries_only_that_branchs_vanguard_records(db, branch_uuid, receiver, tmp_path):
    _vanguard_office(db, branch_uuid)
    second = offices.create_branch(db, "第二党支部").uuid
    other = add_member(db, second, name="李玥", resident_id=resident_id(seq="061"))
    vanguard.add_honour(db, vanguard.HonourInput("优秀党务工作者", HonourLevel.BRANCH, date(2026, 7, 1),
                                                 member_uuid=other))
    vanguard.set_grade(db, other, 2026, Grade.EXCELLENT, decided_on=date(2026, 12, 20))
    _send(db, receiver, tmp_path, branch_uuid=branch_uuid)
    titles = {r.title for r in vanguard.query_honours(receiver).rows}
    assert titles == {"优秀共产党员", "先进基层党组织"}
    assert table_counts(receiver)["appraisal"] == 1
