"""应到: the members of an activity's body on the activity's date, one rule for every document."""

from __future__ import annotations

import re
from datetime import date

import pytest

from partydesk.domain.enums import ActivityKind, MemberStatus
from partydesk.services import attendance, calendar, roster
from partydesk.services.calendar import ActivityInput
from partydesk.services.reports import minutes_pdf, sign_in_pdf
from tests.services.helpers import add_member
from tests.services.reports.test_reports_support import needs_poppler, pdf_text

MEETING = date(2026, 3, 10)


@pytest.fixture
def march_meeting(db, branch_uuid):
    """A branch with an old member, one who joined in September and one who left in June."""
    add_member(db, branch_uuid, "甘建国")
    add_member(db, branch_uuid, "秋加入", joined_on=date(2026, 9, 1), full_on=None, status=MemberStatus.PROBATIONARY)
    gone = add_member(db, branch_uuid, "夏转出")
    roster.change_status(db, gone, MemberStatus.TRANSFERRED_OUT, date(2026, 6, 1))
    never = add_member(db, branch_uuid, "早转出")
    roster.change_status(db, never, MemberStatus.TRANSFERRED_OUT, date(2026, 1, 5))
    return calendar.create_activity(db, ActivityInput(ActivityKind.BRANCH_MEETING, "三月党员大会", MEETING,
                                                       branch_uuid=branch_uuid))


def test_the_checklist_expects_the_members_of_the_branch_on_the_meeting_date(db, march_meeting):
    lines = attendance.attendance_sheet(db, march_meeting)
    assert [line.name for line in lines if line.expected] == ["甘建国", "夏转出"]


def test_the_attendance_summary_counts_the_same_expected_members(db, march_meeting):
    lines = attendance.attendance_sheet(db, march_meeting)
    summary = attendance.record_attendance(db, march_meeting, [attendance.Mark(line.member_uuid) for line in lines])
    assert summary.expected == 2


@needs_poppler
def test_the_sign_in_sheet_and_the_minutes_state_the_same_expected_count(db, march_meeting):
    lines = attendance.attendance_sheet(db, march_meeting)
    before = re.sub(r"\s+", "", pdf_text(minutes_pdf(db, march_meeting, MEETING), layout=True))
    attendance.record_attendance(db, march_meeting, [attendance.Mark(line.member_uuid) for line in lines])
    sheet = re.sub(r"\s+", "", pdf_text(sign_in_pdf(db, march_meeting, MEETING), layout=True))
    after = re.sub(r"\s+", "", pdf_text(minutes_pdf(db, march_meeting, MEETING), layout=True))
    for text in (before, sheet, after):
        assert "应到人数2" in text
    assert "秋加入" not in sheet and "早转出" not in sheet
