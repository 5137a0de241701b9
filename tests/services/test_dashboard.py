"""The dashboard agrees with the compliance report, and each item opens the right filtered list."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityState
from partydesk.services import calendar, compliance, roster, talks
from partydesk.services.attendance import Mark, record_attendance
from partydesk.services.dashboard import FUTURE, MET, MISSED, OPEN, dashboard

YEAR = 2026
TODAY = date(2026, 11, 26)


def test_dashboard_numbers_equal_the_compliance_report(demo_db):
    board = dashboard(demo_db, YEAR, TODAY)
    report = compliance.compliance_report(demo_db, YEAR, TODAY, list_limit=0)
    assert (board.members, board.compliant, board.below_count) == (report.members, report.compliant, report.below)
    assert board.below_count > 0 and board.average_hours == report.average_hours
    assert [(b.branch_uuid, b.members, b.compliant, b.average_hours) for b in board.branches] == [
        (b.branch_uuid, b.members, b.compliant, b.average_hours) for b in report.branches]
    assert board.without_talk.count == report.without_talk_count > 0
    assert board.overdue_follow_ups.count == report.overdue_count > 0
    assert board.probationary_due.count == len(report.probationary_due)
    assert board.probationary_due_soon.count == len(report.probationary_due_soon) > 0
    assert board.due_soon_days == report.rules.probation_due_soon_days == 30
    assert [m.member_uuid for m in board.below.first] == [m.member_uuid for m in report.members_below[:10]]
    for meetings, branch in zip(board.meetings, report.branches, strict=True):
        missed = [(c.kind, c.period) for c in meetings.cells if c.state == MISSED]
        assert missed == [(s.kind, s.period) for s in branch.shortfalls]
    assert board.missed_meetings == len(report.shortfalls) > 0


def test_click_through_queries_list_the_same_members_and_talks(demo_db):
    board = dashboard(demo_db, YEAR, TODAY)
    below = roster.query_members(demo_db, board.below.member_query)
    assert below.total == board.below_count
    assert {r.uuid for r in below.rows} == {
        r.member_uuid for r in compliance.members_below(demo_db, YEAR, 0, 1000, TODAY).rows
    }
    assert roster.query_members(demo_db, board.without_talk.member_query).total == board.without_talk.count
    assert roster.query_members(demo_db, board.probationary_due.member_query).total == board.probationary_due.count
    soon = board.probationary_due_soon
    assert roster.query_members(demo_db, soon.member_query).total == soon.count
    overdue = talks.query_talks(demo_db, board.overdue_follow_ups.talk_query, TODAY)
    assert overdue.total == board.overdue_follow_ups.count and all(row.overdue for row in overdue.rows)
    branch = board.branches[0]
    assert roster.query_members(demo_db, branch.member_query).total >= branch.members


def test_meeting_grid_states(demo_db):
    board = dashboard(demo_db, YEAR, TODAY)
    states = {c.state for m in board.meetings for c in m.cells}
    assert {MET, OPEN} <= states
    december = [c for m in board.meetings for c in m.cells if c.period == "2026-12"]
    assert december and all(c.state in (FUTURE, MET) for c in december)
    cell = board.meetings[0].cells[0]
    assert cell.held >= 0 and cell.required >= 1 and cell.start <= cell.end


def test_this_week_lists_activities_until_sunday(demo_db):
    board = dashboard(demo_db, YEAR, TODAY)
    week = board.this_week
    assert week.activity_query.date_from == TODAY and week.activity_query.date_to == date(2026, 11, 29)
    assert week.count == calendar.query_activities(demo_db, week.activity_query).total > 0
    assert all(TODAY <= row.on_date <= date(2026, 11, 29) for row in week.first)
    assert all(row.state is not ActivityState.CANCELLED for row in week.first)


def test_attendance_credited_shows_on_the_dashboard(demo_db):
    before = dashboard(demo_db, YEAR, TODAY)
    lowest = before.below.first[0]
    needed = lowest.shortfall
    uuid = calendar.create_activity(
        demo_db,
        calendar.ActivityInput(
            kind=calendar.ActivityKind.TRAINING,
            title="补学",
            on_date=date(2026, 11, 20),
            branch_uuid=lowest.branch_uuid,
            planned_hours=min(24.0, needed),
        ),
    )
    record_attendance(demo_db, uuid, [Mark(lowest.member_uuid)])
    after = dashboard(demo_db, YEAR, TODAY)
    assert after.average_hours > before.average_hours
    if needed <= 24:
        assert after.below_count == before.below_count - 1


def test_backup_age_is_reported(demo_db):
    board = dashboard(demo_db, YEAR, TODAY)
    assert board.backup is not None and board.backup.usb_overdue is demo_db.is_sqlite  # a server's are its admin's
    assert board.backup.by_server is not demo_db.is_sqlite
