"""民主评议: grades for full members only, the one-third warning, corrections, evidence, roles."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, MemberStatus, Role, TalkKind
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.domain.vanguard import Grade, HonourLevel
from partydesk.services import attendance, audit, calendar, offices, talks, vanguard
from partydesk.services.vanguard import GradeMark
from tests.services.helpers import add_member

YEAR = 2026
DECIDED = date(2026, 12, 20)


def _members(db, branch_uuid, n, prefix="党员"):
    return [add_member(db, branch_uuid, name=prefix + "甲乙丙丁戊己庚辛"[i]) for i in range(n)]


def _grade_all(db, members, excellent):
    marks = [GradeMark(m, Grade.EXCELLENT if i < excellent else Grade.QUALIFIED) for i, m in enumerate(members)]
    return vanguard.save_grades(db, YEAR, marks, DECIDED)


@pytest.mark.parametrize("graded, excellent, warned", [
    (3, 1, False), (3, 2, True), (4, 1, False), (4, 2, True), (7, 2, False), (7, 3, True),
])
def test_excellent_over_a_third_of_the_graded_warns_but_is_saved(db, branch_uuid, graded, excellent, warned):
    outcome = _grade_all(db, _members(db, branch_uuid, graded), excellent)
    assert bool(outcome.warnings) is warned
    if warned:
        warning = outcome.warnings[0]
        assert (warning.graded, warning.excellent, warning.limit) == (graded, excellent, graded // 3)
    sheet = vanguard.appraisal_sheet(db, YEAR, branch_uuid)
    assert sum(line.grade is Grade.EXCELLENT for line in sheet) == excellent
    assert bool(vanguard.grade_warnings(db, YEAR)) is warned


def test_the_warning_counts_each_branch_on_its_own(db, branch_uuid):
    other = offices.create_branch(db, "第二党支部").uuid
    _grade_all(db, _members(db, branch_uuid, 3), 1)
    outcome = _grade_all(db, _members(db, other, 3, "二支"), 2)
    assert [w.branch_name for w in outcome.warnings] == ["第二党支部"]


def test_a_probationary_member_is_refused_a_grade_with_the_reason(db, branch_uuid):
    member = add_member(db, branch_uuid, name="李玥", status=MemberStatus.PROBATIONARY, full_on=None)
    with pytest.raises(ValidationError) as raised:
        vanguard.set_grade(db, member, YEAR, Grade.QUALIFIED, decided_on=DECIDED)
    assert raised.value.field == "grade" and "not graded" in raised.value.message
    line = vanguard.appraisal_sheet(db, YEAR)[0]
    assert line.grade is None and "not graded" in line.refusal


def test_a_refusal_in_a_sheet_changes_nothing_and_names_the_row(db, branch_uuid):
    full = add_member(db, branch_uuid, name="王昇")
    probationer = add_member(db, branch_uuid, name="李玥", status=MemberStatus.PROBATIONARY, full_on=None)
    with pytest.raises(ValidationError) as raised:
        vanguard.save_grades(db, YEAR, [GradeMark(full, Grade.QUALIFIED), GradeMark(probationer, Grade.QUALIFIED)],
                             DECIDED)
    assert raised.value.row == 2
    assert all(line.grade is None for line in vanguard.appraisal_sheet(db, YEAR))


def test_unqualified_opens_a_correction_due_six_months_later(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    outcome = vanguard.set_grade(db, member, YEAR, Grade.UNQUALIFIED, "长期不参加组织生活", decided_on=DECIDED)
    assert outcome.corrections == ((member, date(2027, 6, 20)),)
    [correction] = vanguard.open_corrections(db)
    assert (correction.member_name, correction.due_on) == ("王昇", date(2027, 6, 20))
    assert vanguard.open_corrections(db, due_by=date(2027, 6, 19)) == []


def test_regrading_keeps_one_correction_and_a_better_grade_withdraws_it(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    vanguard.set_grade(db, member, YEAR, Grade.UNQUALIFIED, decided_on=DECIDED)
    vanguard.set_grade(db, member, YEAR, Grade.UNQUALIFIED, "复议维持", decided_on=DECIDED)
    assert len(vanguard.open_corrections(db)) == 1
    vanguard.set_grade(db, member, YEAR, Grade.BASIC, decided_on=DECIDED)
    assert vanguard.open_corrections(db) == []


def test_a_correction_may_last_a_year_at_most_and_is_closed_with_its_outcome(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    with pytest.raises(ValidationError):
        vanguard.set_grade(db, member, YEAR, Grade.UNQUALIFIED, decided_on=DECIDED, months=13)
    vanguard.set_grade(db, member, YEAR, Grade.UNQUALIFIED, decided_on=DECIDED, months=12)
    [correction] = vanguard.open_corrections(db)
    assert correction.due_on == date(2027, 12, 20)
    vanguard.close_correction(db, correction.uuid, date(2027, 6, 1), "已改正")
    assert vanguard.open_corrections(db) == []


def test_basic_suggests_a_reminder_talk(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    assert vanguard.set_grade(db, member, YEAR, Grade.BASIC, decided_on=DECIDED).reminder_talks == (member,)


def test_clearing_a_grade_removes_it(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    vanguard.set_grade(db, member, YEAR, Grade.EXCELLENT, decided_on=DECIDED)
    vanguard.set_grade(db, member, YEAR, None, decided_on=DECIDED)
    assert vanguard.appraisal_sheet(db, YEAR)[0].grade is None
    vanguard.set_grade(db, member, YEAR, Grade.QUALIFIED, decided_on=DECIDED)
    assert vanguard.appraisal_sheet(db, YEAR)[0].grade is Grade.QUALIFIED


def test_the_sheet_shows_the_evidence_beside_each_name(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    for month, status in ((3, AttendanceStatus.PRESENT), (4, AttendanceStatus.ABSENT)):
        activity = calendar.create_activity(db, calendar.ActivityInput(
            ActivityKind.PARTY_LECTURE, "党课", date(YEAR, month, 1), branch_uuid=branch_uuid, planned_hours=3,
            state=ActivityState.HELD))
        attendance.record_attendance(db, activity, [attendance.Mark(member, status)])
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.BRANCH, date(YEAR, 7, 1),
                                                 member_uuid=member))
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, date(YEAR, 5, 1), member, talker_name="书记"))
    line = vanguard.appraisal_sheet(db, YEAR, branch_uuid)[0]
    assert (line.hours, line.absent, line.points, line.stars, line.honours, line.talks) == (3.0, 1, 62, 1, 1, 1)
    assert line.required > 0 and line.refusal is None


def test_only_the_secretary_and_admin_set_grades(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    for role in (Role.CLERK, Role.VIEWER):
        db.actor = Actor("user", role)
        with pytest.raises(PermissionDenied):
            vanguard.set_grade(db, member, YEAR, Grade.QUALIFIED, decided_on=DECIDED)
    db.actor = Actor("li", Role.SECRETARY)
    vanguard.set_grade(db, member, YEAR, Grade.QUALIFIED, decided_on=DECIDED)
    db.actor = Actor("local", Role.ADMIN)
    assert "appraisal.set" in [e.action for e in audit.list_events(db).rows]
