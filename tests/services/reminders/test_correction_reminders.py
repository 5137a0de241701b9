"""限期改正 in the reminders: a 不合格's correction period near its end or past it, until it is closed."""

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.domain.reminders import ReminderKind, ReminderRules
from partydesk.domain.vanguard import Grade
from partydesk.services import offices, reminders, vanguard

from ..helpers import add_member

TODAY = date(2026, 12, 6)


def corrections_of(db, today=TODAY, **scope):
    return {r.name: r for r in reminders.reminders(db, today, **scope) if r.kind is ReminderKind.CORRECTION_DUE}


@pytest.fixture
def graded(db, branch_uuid):
    """Three 不合格: due in two weeks, due a month ago, due next summer; one 基本合格 (no correction)."""
    people = {name: add_member(db, branch_uuid, name) for name in ("将到期", "已逾期", "远未到", "基本")}
    for name, decided in (("将到期", date(2026, 6, 20)), ("已逾期", date(2026, 5, 6)), ("远未到", date(2026, 12, 1))):
        vanguard.set_grade(db, people[name], 2025 if decided.month < 12 else 2026, Grade.UNQUALIFIED,
                           "长期不参加组织生活", decided_on=decided)
    vanguard.set_grade(db, people["基本"], 2026, Grade.BASIC, decided_on=date(2026, 12, 1))
    return db, branch_uuid, people


def test_a_correction_ending_soon_or_over_is_reminded_with_its_due_date(graded):
    db, _, _ = graded
    found = corrections_of(db)
    assert set(found) == {"将到期", "已逾期"}  # 远未到 is due 2027-06-01; 基本合格 opens no correction
    soon, over = found["将到期"], found["已逾期"]
    assert (soon.level, soon.period, soon.months, soon.since) == (1, "2026-12-20", None, None)
    assert over.level == 2 and over.period == "2026-11-06"  # past due and still open: the more urgent
    assert "2026-12-20" in soon.evidence and "2026-11-06" in over.evidence
    assert soon.suggested != over.suggested
    assert reminders.counts(reminders.reminders(db, TODAY))[(ReminderKind.CORRECTION_DUE, 2)] == 1


def test_the_notice_days_are_office_data(graded):
    db, _, _ = graded
    reminders.save_reminder_rules(db, ReminderRules(correction_notice_days=10))
    assert set(corrections_of(db)) == {"已逾期"}
    assert ReminderRules.from_dict(ReminderRules(correction_notice_days=10).to_dict()).correction_notice_days == 10
    with pytest.raises(ValidationError):
        ReminderRules(correction_notice_days=400)


def test_a_closed_correction_is_no_longer_reminded(graded):
    db, _, _ = graded
    [over] = [c for c in vanguard.open_corrections(db) if c.member_name == "已逾期"]
    vanguard.close_correction(db, over.uuid, date(2026, 11, 30), "已改正，支部认定")
    assert set(corrections_of(db)) == {"将到期"}


def test_a_dismissed_correction_reminder_returns_when_the_period_is_over(graded):
    db, _, _ = graded
    reminders.dismiss(db, corrections_of(db)["将到期"], "已安排期满考察", today=TODAY)
    assert "将到期" not in corrections_of(db)
    assert corrections_of(db, today=date(2026, 12, 21))["将到期"].level == 2


def test_correction_reminders_follow_the_branch_and_member_scope(graded):
    db, branch, people = graded
    other = offices.create_branch(db, "第二党支部")
    assert corrections_of(db, branch_uuid=other.uuid) == {}
    assert set(corrections_of(db, branch_uuid=branch)) == {"将到期", "已逾期"}
    assert set(corrections_of(db, member_uuid=people["已逾期"])) == {"已逾期"}
    assert corrections_of(db, member_uuid=people["远未到"]) == {}


def test_corrections_are_matched_to_members_in_batches(graded, monkeypatch):
    from partydesk.services.reminders import compute

    db, _, _ = graded
    monkeypatch.setattr(compute, "BATCH", 1)  # one member a query: every batch boundary is crossed
    assert set(corrections_of(db)) == {"将到期", "已逾期"}
