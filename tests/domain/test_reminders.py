"""Consecutive-month runs, levels 3/5/6 and the study-hours pace, as pure rules."""

from datetime import date

import pytest

from partydesk.domain.dues import month_index
from partydesk.domain.errors import ValidationError
from partydesk.domain.reminders import (
    MonthState,
    ReminderRules,
    consecutive_run,
    hours_behind,
    is_suppressed,
    last_finished_month,
    level_for,
    meeting_month_state,
)

M, K, N = MonthState.MISSED, MonthState.KEPT, MonthState.NOT_EXPECTED
NOV = month_index(2026, 11)


def run_of(states):
    """States listed from the last finished month backwards."""
    return consecutive_run(NOV, lambda index: states[NOV - index] if NOV - index < len(states) else N)


def test_the_last_finished_month_is_the_month_before_today():
    assert last_finished_month(date(2026, 12, 6)) == NOV
    assert last_finished_month(date(2027, 1, 1)) == month_index(2026, 12)


def test_missed_months_add_up_until_a_kept_month():
    run = run_of([M, M, M, K, M])
    assert (run.months, run.since) == (3, month_index(2026, 9))


def test_a_month_without_a_meeting_neither_counts_nor_breaks_the_run():
    run = run_of([M, N, M, N, M, K])
    assert (run.months, run.since) == (3, month_index(2026, 7))


def test_a_kept_last_month_means_no_run():
    assert run_of([K, M, M, M]).months == 0
    assert run_of([]).since is None


@pytest.mark.parametrize(("months", "level"), [(0, 0), (2, 0), (3, 1), (4, 1), (5, 2), (6, 3), (12, 3)])
def test_levels_start_at_three_five_and_six_months(months, level):
    assert level_for(months, ReminderRules()) == level


def test_leave_keeps_a_month_and_only_all_absent_misses_it():
    assert meeting_month_state(0, 0) is N
    assert meeting_month_state(2, 2) is M
    assert meeting_month_state(2, 1) is K


def test_hours_behind_starts_in_april_and_needs_more_than_the_margin():
    rules = ReminderRules()
    assert hours_behind(0, 32, date(2026, 3, 31), rules) is None
    assert hours_behind(0, 32, date(2026, 4, 1), rules) is None  # 32*3/12 = 8, not more than 8
    assert hours_behind(0, 32, date(2026, 5, 1), rules) == pytest.approx(10.7)
    assert hours_behind(3, 32, date(2026, 5, 1), rules) is None


def test_a_justification_holds_through_its_last_day():
    assert is_suppressed(date(2026, 12, 6), date(2026, 12, 6))
    assert not is_suppressed(date(2026, 12, 5), date(2026, 12, 6))
    assert not is_suppressed(None, date(2026, 12, 6))


@pytest.mark.parametrize("levels", [(3, 3, 6), (0, 5, 6), (3, 5, 30)])
def test_thresholds_that_do_not_rise_are_refused(levels):
    with pytest.raises(ValidationError):
        ReminderRules(level_months=levels)


def test_rules_survive_a_round_trip_through_settings():
    rules = ReminderRules((2, 4, 6), 5, 4.0)
    assert ReminderRules.from_dict(rules.to_dict()) == rules
