"""Study calendar: activities, credited hours, study plans, attendance all-or-nothing."""

from __future__ import annotations

from datetime import date, time

import pytest

from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, Frequency, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.services import attendance, calendar
from partydesk.services.attendance import Mark

from .helpers import add_member, table_counts


def lecture(branch_uuid, **fields):
    fields.setdefault("start_time", "9:00")
    fields.setdefault("end_time", "12:00")
    return calendar.ActivityInput(kind=ActivityKind.PARTY_LECTURE, title="党课：学习党章", on_date="2026.3.5",
                                  branch_uuid=branch_uuid, **fields)


def test_hours_follow_the_convention_from_the_times(db, branch_uuid):
    uuid = calendar.create_activity(db, lecture(branch_uuid))
    detail = calendar.get_activity(db, uuid)
    assert detail.on_date == date(2026, 3, 5) and detail.start_time == time(9)
    assert detail.planned_hours == 4.0  # three hours of lecture count as a half day


def test_end_before_start_names_the_field(db, branch_uuid):
    with pytest.raises(ValidationError) as error:
        calendar.create_activity(db, lecture(branch_uuid, start_time="14:00", end_time="9:00"))
    assert error.value.field == "end_time"


def test_branch_activity_needs_a_branch(db):
    with pytest.raises(ValidationError) as error:
        calendar.create_activity(db, lecture(None))
    assert error.value.field == "branch"


def test_attendance_defaults_present_and_credits_hours(db, branch_uuid):
    members = [add_member(db, branch_uuid, name) for name in ("甲", "乙", "丙")]
    add_member(db, branch_uuid, "丁", status=MemberStatus.ACTIVIST, joined_on=None, full_on=None)
    uuid = calendar.create_activity(db, lecture(branch_uuid))
    sheet = attendance.attendance_sheet(db, uuid)
    assert [line.name for line in sheet] == ["甲", "乙", "丙"]  # activists are not expected
    assert all(line.status is AttendanceStatus.PRESENT and not line.recorded for line in sheet)
    summary = attendance.record_attendance(
        db,
        uuid,
        [
            Mark(members[0]),
            Mark(members[1], AttendanceStatus.LEAVE, "外出务工"),
            Mark(members[2], AttendanceStatus.ABSENT),
        ],
    )
    assert (summary.present, summary.leave, summary.absent, summary.hours_credited) == (1, 1, 1, 4.0)
    assert calendar.get_activity(db, uuid).state is ActivityState.HELD
    lines = {line.name: line for line in attendance.attendance_sheet(db, uuid)}
    assert lines["乙"].leave_reason == "外出务工" and lines["乙"].hours == 0


def test_failed_attendance_write_changes_nothing(db, branch_uuid):
    members = [add_member(db, branch_uuid, name) for name in ("甲", "乙")]
    uuid = calendar.create_activity(db, lecture(branch_uuid))
    before = table_counts(db)
    with pytest.raises(ValidationError) as error:
        attendance.record_attendance(db, uuid, [Mark(members[0]), Mark(members[1], hours=99)])
    assert (error.value.field, error.value.row) == ("hours", 2)
    assert table_counts(db) == before
    assert calendar.get_activity(db, uuid).state is ActivityState.PLANNED


def test_changing_the_length_recredits_present_members(db, branch_uuid):
    member = add_member(db, branch_uuid)
    uuid = calendar.create_activity(db, lecture(branch_uuid))
    attendance.record_attendance(db, uuid, [Mark(member)])
    data = calendar.get_activity(db, uuid).as_input()
    data.planned_hours = 8
    calendar.update_activity(db, uuid, data)
    assert attendance.attendance_sheet(db, uuid)[0].hours == 8


def test_study_plan_creates_each_month_and_skips_taken_days(db, branch_uuid):
    calendar.create_activity(
        db,
        calendar.ActivityInput(
            kind=ActivityKind.THEME_DAY, title="已有", on_date="2026-02-15", branch_uuid=branch_uuid
        ),
    )
    plan = calendar.PlanInput(
        kind=ActivityKind.THEME_DAY,
        title="主题党日",
        year=2026,
        frequency=Frequency.MONTHLY,
        day=31,
        branch_uuid=branch_uuid,
        planned_hours=2,
    )
    done = []
    result = calendar.create_study_plan(db, plan, progress=lambda d, t: done.append((d, t)))
    assert date(2026, 2, 28) in result.created and date(2026, 4, 30) in result.created
    assert len(result.created) == 12 and done[-1] == (12, 12)
    plan.day = 15
    again = calendar.create_study_plan(db, plan)
    assert again.skipped == (date(2026, 2, 15),)
    assert calendar.query_activities(db, calendar.ActivityQuery(year=2026)).total == 24 + 1 - 1


def test_cancelled_plan_writes_nothing(db, branch_uuid):
    from partydesk.services.common import OperationCancelled

    before = table_counts(db)
    plan = calendar.PlanInput(
        kind=ActivityKind.PARTY_LECTURE, title="党课", year=2026, frequency=Frequency.QUARTERLY, branch_uuid=branch_uuid
    )
    calls = iter([False, False, True])
    with pytest.raises(OperationCancelled):
        calendar.create_study_plan(db, plan, cancelled=lambda: next(calls))
    assert table_counts(db) == before


def test_query_filters_sorts_and_counts(db, branch_uuid):
    calendar.create_activity(db, lecture(branch_uuid, place="村委会"))
    calendar.create_activity(
        db,
        calendar.ActivityInput(
            kind=ActivityKind.THEME_DAY, title="主题党日", on_date="2025-12-15", branch_uuid=branch_uuid
        ),
    )
    assert calendar.query_activities(db, calendar.ActivityQuery(year=2026)).total == 1
    assert calendar.query_activities(db, calendar.ActivityQuery(search="村委")).rows[0].place == "村委会"
    rows = calendar.query_activities(db, calendar.ActivityQuery(sort="date", descending=True)).rows
    assert [r.on_date.year for r in rows] == [2026, 2025]
    assert calendar.activity_days(db, 2026, 3) == {date(2026, 3, 5): 1}


def test_delete_and_restore_activity(db, branch_uuid):
    uuid = calendar.create_activity(db, lecture(branch_uuid))
    calendar.delete_activity(db, uuid)
    assert calendar.query_activities(db).total == 0
    assert calendar.query_activities(db, calendar.ActivityQuery(deleted=True)).total == 1
    calendar.restore_activity(db, uuid)
    assert calendar.query_activities(db).total == 1


def test_committee_meeting_expects_the_branch_committee_only(db, branch_uuid):
    from partydesk.domain.enums import BranchRole

    add_member(db, branch_uuid, "书记", branch_role=BranchRole.SECRETARY)
    add_member(db, branch_uuid, "委员", branch_role=BranchRole.COMMITTEE_MEMBER)
    add_member(db, branch_uuid, "党员")
    uuid = calendar.create_activity(
        db,
        calendar.ActivityInput(
            kind=ActivityKind.BRANCH_COMMITTEE, title="支委会", on_date="2026-03-02", branch_uuid=branch_uuid
        ),
    )
    assert [line.name for line in attendance.attendance_sheet(db, uuid)] == ["书记", "委员"]
