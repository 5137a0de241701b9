"""Points counted by hand on a small office built through the services: sources, caps, quarters, drill-down."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, MemberStatus, Role, ServiceCategory
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.domain.vanguard import HonourLevel, PointKind, PointRules, PointSource
from partydesk.services import attendance, calendar, service_log, vanguard
from partydesk.services.vanguard import PointsQuery
from tests.services.helpers import add_member

YEAR = 2026


def _meeting(db, branch_uuid, on, kind=ActivityKind.BRANCH_MEETING):
    return calendar.create_activity(db, calendar.ActivityInput(kind, "学习会", on, branch_uuid=branch_uuid,
                                                               planned_hours=2, state=ActivityState.HELD))


def _mark(db, activity, member, status=AttendanceStatus.PRESENT):
    attendance.record_attendance(db, activity, [attendance.Mark(member, status, "出差" if status == "LEAVE" else "")])


def _summary(db, **kw):
    return {p.name: p for p in vanguard.points_summary(db, PointsQuery(YEAR, **kw)).rows}


@pytest.fixture
def office(db, branch_uuid):
    """王昇: 3 meetings, 1 absence, a service entry, a county honour, 带头发展产业; 李玥 probationary, nothing."""
    wang = add_member(db, branch_uuid, name="王昇")
    li = add_member(db, branch_uuid, name="李玥", status=MemberStatus.PROBATIONARY, full_on=None,
                    joined_on=date(2026, 3, 1))
    meetings = [_meeting(db, branch_uuid, date(YEAR, m, 10)) for m in (1, 2, 5)]
    for activity in meetings:
        _mark(db, activity, wang)
    absent = _meeting(db, branch_uuid, date(YEAR, 7, 10), ActivityKind.THEME_DAY)
    _mark(db, absent, wang, AttendanceStatus.ABSENT)
    lecture_on_leave = _meeting(db, branch_uuid, date(YEAR, 8, 10), ActivityKind.PARTY_LECTURE)
    _mark(db, lecture_on_leave, wang, AttendanceStatus.LEAVE)
    training = _meeting(db, branch_uuid, date(YEAR, 9, 10), ActivityKind.TRAINING)  # not a counted kind
    _mark(db, training, wang)
    service_log.create_entry(db, service_log.ServiceInput(
        ServiceCategory.VOLUNTEER, "清扫", date(YEAR, 4, 2), branch_uuid=branch_uuid,
        participants=[service_log.Participant(wang)]))
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(YEAR, 6, 28),
                                                 member_uuid=wang))
    vanguard.add_entry(db, wang, "INDUSTRY", date(YEAR, 10, 1), note="带头种植")
    return {"wang": wang, "li": li, "meetings": meetings, "absent": absent, "branch": branch_uuid}


def test_points_are_counted_from_attendance_absence_service_honours_and_manual_entries(db, office):
    wang = _summary(db)["王昇"]
    # 3 meetings +3, service +2, county honour +5, industry +3 = 13 added; absence -2
    assert (wang.base, wang.added, wang.deducted, wang.total, wang.stars) == (60, 13, 2, 71, 2)


def test_a_probationary_member_starts_at_the_base_and_others_are_not_listed(db, office, branch_uuid):
    add_member(db, branch_uuid, name="赵申请", status=MemberStatus.APPLICANT, joined_on=None, full_on=None)
    rows = _summary(db)
    assert rows["李玥"].total == 60 and rows["李玥"].stars == 1
    assert "赵申请" not in rows


def test_changing_or_deleting_an_attendance_mark_changes_the_points_at_once(db, office):
    _mark(db, office["meetings"][0], office["wang"], AttendanceStatus.LEAVE)
    assert _summary(db)["王昇"].total == 70
    calendar.delete_activity(db, office["meetings"][1])
    assert _summary(db)["王昇"].total == 69
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE attendance SET deleted_at = '2026-12-01 00:00:00'")
    assert _summary(db)["王昇"].total == 60 + 10  # no meetings, no absence


def test_a_revoked_honour_earns_nothing(db, office):
    honour = vanguard.query_honours(db, vanguard.HonourQuery(year=YEAR)).rows[0]
    vanguard.revoke_honour(db, honour.uuid, date(YEAR, 11, 1), "事迹失实")
    assert _summary(db)["王昇"].total == 66


def test_additions_stop_at_the_yearly_cap_while_deductions_go_on(db, office):
    for day in range(1, 16):
        vanguard.add_entry(db, office["wang"], "INDUSTRY", date(YEAR, 11, day))
    vanguard.add_entry(db, office["wang"], "CRITICISM", date(YEAR, 11, 20), note="会上批评")
    wang = _summary(db)["王昇"]
    assert (wang.added, wang.deducted, wang.total, wang.stars) == (40, 5, 95, 4)


def test_an_item_cap_limits_that_item_only(db, office):
    for day in range(1, 13):
        vanguard.add_entry(db, office["wang"], "VOLUNTEER", date(YEAR, 11, day))
    assert _summary(db)["王昇"].added == 13 + 10


def test_a_quarter_shows_the_year_to_date_and_the_quarters_add_up(db, office):
    assert _summary(db, quarter=1)["王昇"].total == 62
    assert _summary(db, quarter=2)["王昇"].total == 62 + 1 + 2 + 5
    wang = _summary(db, by_quarter=True)["王昇"]
    assert wang.quarters == (2, 8, -2, 3)
    assert sum(wang.quarters) + wang.base == wang.total


def test_a_chosen_quarter_shows_only_the_quarters_up_to_it(db, office):
    wang = _summary(db, quarter=2, by_quarter=True)["王昇"]
    assert (wang.quarters, wang.total) == ((2, 8), 62 + 1 + 2 + 5)
    assert _summary(db, quarter=4, by_quarter=True)["王昇"].quarters == (2, 8, -2, 3)


def test_the_drill_down_lists_every_entry_behind_the_number(db, office):
    lines = vanguard.point_lines(db, office["wang"], YEAR)
    assert [(line.item_code, line.points, line.kind) for line in lines] == [
        ("MEETING", 1, PointKind.ADD), ("MEETING", 1, PointKind.ADD), ("SERVICE", 2, PointKind.ADD),
        ("MEETING", 1, PointKind.ADD), ("HONOUR_HIGH", 5, PointKind.ADD), ("ABSENCE", 2, PointKind.DEDUCT),
        ("INDUSTRY", 3, PointKind.ADD),
    ]
    assert lines[-1].note == "带头种植" and lines[-1].source is PointSource.MANUAL
    assert [line.item_code for line in vanguard.point_lines(db, office["wang"], YEAR, quarter=3)] == ["ABSENCE"]


def test_a_paged_summary_counts_only_its_page_but_reports_the_total(db, office):
    page = vanguard.points_summary(db, PointsQuery(YEAR, offset=0, limit=1))
    assert page.total == 2 and [r.name for r in page.rows] == ["王昇"] and page.rows[0].total == 71


def test_automatic_items_cannot_be_entered_by_hand_and_unknown_codes_are_refused(db, office):
    with pytest.raises(ValidationError) as raised:
        vanguard.add_entry(db, office["wang"], "MEETING", date(YEAR, 1, 1))
    assert raised.value.field == "item"
    with pytest.raises(ValidationError):
        vanguard.add_entry(db, office["wang"], "NO_SUCH", date(YEAR, 1, 1))


def test_the_office_edits_items_and_rules(db, office):
    vanguard.save_item(db, "MEETING", "参加三会一课", 2, PointKind.ADD, yearly_cap=4)
    vanguard.save_item(db, "LATE", "迟到", 1, PointKind.DEDUCT)
    vanguard.add_entry(db, office["wang"], "late", date(YEAR, 12, 1), note="迟到十分钟")
    vanguard.save_point_rules(db, PointRules(base=50, addition_cap=40))
    # meetings 3x2 capped at 4, service 2, honour 5, industry 3 = 14; absence 2 + late 1
    assert _summary(db)["王昇"].total == 50 + 14 - 3
    assert "LATE" in [i.code for i in vanguard.list_items(db)]


def test_a_clerk_enters_points_a_viewer_only_reads(db, office):
    db.actor = Actor("clerk", Role.CLERK)
    vanguard.add_entry(db, office["wang"], "INDUSTRY", date(YEAR, 3, 1))
    with pytest.raises(PermissionDenied):
        vanguard.save_item(db, "X", "某项", 1, PointKind.ADD)
    db.actor = Actor("viewer", Role.VIEWER)
    assert _summary(db)["王昇"].total == 74
    with pytest.raises(PermissionDenied):
        vanguard.add_entry(db, office["wang"], "INDUSTRY", date(YEAR, 3, 1))


def test_manual_entries_are_audited_and_can_be_deleted(db, office):
    from partydesk.services import audit

    uuid = vanguard.add_entry(db, office["wang"], "CRITICISM", date(YEAR, 3, 1), note="<script>'; DROP TABLE")
    vanguard.delete_entry(db, uuid)
    actions = [e.action for e in audit.list_events(db).rows]
    assert "point_entry.create" in actions and "point_entry.delete" in actions
    assert _summary(db)["王昇"].total == 71
