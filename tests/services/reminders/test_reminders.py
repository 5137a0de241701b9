"""Hand-counted reminders on a small office built through the services (judged on 2026-12-06)."""

from datetime import date

import pytest

from partydesk.domain.enums import ActivityKind, AttendanceStatus, MemberStatus, TalkKind
from partydesk.domain.errors import ValidationError
from partydesk.domain.reminders import ReminderKind
from partydesk.services import attendance, audit, calendar, dues, reminders, roster, talks

from ..helpers import add_member

TODAY = date(2026, 12, 6)
A, L, P = AttendanceStatus.ABSENT, AttendanceStatus.LEAVE, AttendanceStatus.PRESENT
MEETING_MONTHS = (1, 2, 3, 4, 5, 6, 7, 9, 10, 11)  # nothing held in August
# Per member, the mark of each meeting month (missing: not on that month's sheet).
PLAN = {
    "两月": {10: A, 11: A},
    "三月": {9: A, 10: A, 11: A},
    "五月": {5: P, 6: A, 7: A, 9: A, 10: A, 11: A},
    "六月": {4: P, 5: A, 6: A, 7: A, 9: A, 10: A, 11: A},
    "请假": {5: A, 6: A, 7: A, 9: A, 10: L, 11: A},
    "新人": {9: A, 10: A, 11: A},
}


@pytest.fixture
def office(db, branch_uuid):
    people = {name: add_member(db, branch_uuid, name) for name in PLAN if name != "新人"}
    people["新人"] = add_member(db, branch_uuid, "新人", joined_on=date(2026, 9, 1), full_on=None,
                              status=MemberStatus.PROBATIONARY)
    for month in MEETING_MONTHS:
        activity = calendar.create_activity(db, calendar.ActivityInput(
            ActivityKind.BRANCH_MEETING, f"{month}月支部党员大会", date(2026, month, 10), branch_uuid=branch_uuid,
            planned_hours=2))
        marks = [attendance.Mark(people[name], plan.get(month, P), "出差" if plan.get(month) is L else "")
                 for name, plan in PLAN.items() if name != "新人" or month >= 9]
        attendance.record_attendance(db, activity, marks)
    return db, branch_uuid, people


def of_kind(db, kind, today=TODAY, **scope):
    return {r.name: r for r in reminders.reminders(db, today, **scope) if r.kind is kind}


def test_consecutive_absent_months_give_levels_at_three_five_and_six(office):
    db, _, _ = office
    found = of_kind(db, ReminderKind.MISSED_MEETINGS)
    assert {name: (r.months, r.since, r.level) for name, r in found.items()} == {
        "三月": (3, "2026-09", 1),
        "五月": (5, "2026-06", 2),  # August held no meeting: neither counts nor breaks
        "六月": (6, "2026-05", 3),
        "新人": (3, "2026-09", 1),  # joined in September: only the months on her sheets count
    }
    assert "两月" not in found and "请假" not in found  # a run of 2; leave breaks the run
    assert found["六月"].suggested != found["三月"].suggested  # level 3: the branch must decide


def test_unpaid_months_count_from_the_last_payment_and_a_back_payment_breaks_the_run(office):
    db, branch, people = office
    payer, newcomer = people["两月"], people["新人"]
    dues.set_base(db, payer, 2026, "in_service", "3000")
    dues.set_base(db, newcomer, 2026, "student", "0")
    for month in range(1, 6):
        dues.record_payment(db, dues.PaymentInput(payer, f"2026-{month:02d}"), today=TODAY)
    found = of_kind(db, ReminderKind.DUES_ARREARS)
    assert (found["两月"].months, found["两月"].since, found["两月"].level) == (6, "2026-06", 3)
    assert (found["新人"].months, found["新人"].since) == (3, "2026-09")
    assert set(found) == {"两月", "新人"}  # members without a base for the year owe nothing yet
    dues.record_payment(db, dues.PaymentInput(payer, "2026-08"), today=TODAY)
    again = of_kind(db, ReminderKind.DUES_ARREARS)["两月"]
    assert (again.months, again.since, again.level) == (3, "2026-09", 1)


def test_a_reminder_answered_by_a_talk_disappears_and_the_talk_is_a_reminder_talk(office):
    db, _, people = office
    reminder = of_kind(db, ReminderKind.MISSED_MEETINGS)["三月"]
    talk = reminders.prefilled_talk(reminder, TODAY, talker_name="李书记")
    assert talk.kind is TalkKind.REMINDER and reminder.evidence in talk.summary
    talk_uuid = reminders.answer_with_talk(db, reminder, talk, today=TODAY)
    assert "三月" not in of_kind(db, ReminderKind.MISSED_MEETINGS)
    assert talks.get_talk(db, talk_uuid).member_uuid == people["三月"]
    assert "reminder.talk" in audit.known_actions(db)


def test_a_dismissal_needs_a_note_and_returns_when_the_level_rises(office):
    db, branch, people = office
    reminder = of_kind(db, ReminderKind.MISSED_MEETINGS)["五月"]
    with pytest.raises(ValidationError):
        reminders.dismiss(db, reminder, "  ", today=TODAY)
    reminders.dismiss(db, reminder, "已口头提醒", today=TODAY)
    assert "五月" not in of_kind(db, ReminderKind.MISSED_MEETINGS)
    activity = calendar.create_activity(db, calendar.ActivityInput(
        ActivityKind.PARTY_LECTURE, "12月党课", date(2026, 12, 10), branch_uuid=branch, planned_hours=2))
    attendance.record_attendance(db, activity, [attendance.Mark(people["五月"], A)])
    back = of_kind(db, ReminderKind.MISSED_MEETINGS, today=date(2027, 1, 4))["五月"]
    assert (back.months, back.level) == (6, 3)


def test_a_justification_holds_until_its_date_and_then_expires(office):
    db, _, _ = office
    reminder = of_kind(db, ReminderKind.MISSED_MEETINGS)["六月"]
    reminders.justify(db, reminder, "2026-12-31", "外出务工（流动党员）", today=TODAY)
    assert "六月" not in of_kind(db, ReminderKind.MISSED_MEETINGS)
    assert "六月" not in of_kind(db, ReminderKind.MISSED_MEETINGS, today=date(2026, 12, 31))
    assert "六月" in of_kind(db, ReminderKind.MISSED_MEETINGS, today=date(2027, 1, 1))
    with pytest.raises(ValidationError):
        reminders.justify(db, reminder, "2026-12-01", "过期", today=TODAY)


def test_answers_never_change_a_members_status(office):
    db, _, people = office
    reminder = of_kind(db, ReminderKind.MISSED_MEETINGS)["六月"]
    reminders.dismiss(db, reminder, "支部研究后处理", today=TODAY)
    assert roster.get_member(db, people["六月"]).status is MemberStatus.FULL


def test_the_list_is_scoped_to_a_member_or_a_branch(office):
    db, branch, people = office
    mine = reminders.reminders(db, TODAY, member_uuid=people["六月"])
    assert {r.name for r in mine} == {"六月"}
    assert reminders.reminders(db, TODAY, branch_uuid=branch)
    counted = reminders.counts(reminders.reminders(db, TODAY))
    assert counted[(ReminderKind.MISSED_MEETINGS, 1)] == 2


def test_follow_ups_overdue_and_probation_ending_are_reminded(office):
    db, _, people = office
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, "2026-10-01", people["两月"], talker_name="书记",
                                          follow_up_due="2026-11-01"))
    assert "两月" in of_kind(db, ReminderKind.FOLLOW_UP_OVERDUE)
    assert "新人" in of_kind(db, ReminderKind.PROBATION_DUE_SOON, today=date(2027, 8, 10))
    assert "新人" in of_kind(db, ReminderKind.PROBATION_DUE, today=date(2027, 9, 2))


def test_hours_behind_shows_from_april_on(office):
    db, _, _ = office
    assert of_kind(db, ReminderKind.HOURS_BEHIND, today=date(2026, 3, 31)) == {}
    behind = of_kind(db, ReminderKind.HOURS_BEHIND)
    assert "六月" in behind and behind["六月"].level == 1
