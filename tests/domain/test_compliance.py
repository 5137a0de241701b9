import json
from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.compliance import (
    ComplianceRules,
    MeetingRequirement,
    Period,
    hours_for_duration,
    hours_shortfall,
    is_follow_up_overdue,
    meeting_shortfalls,
    meetings_in_progress,
    periods,
    required_hours,
    talk_missing,
)
from partydesk.domain.enums import ActivityKind, BranchRole, Frequency
from partydesk.domain.errors import ValidationError

RULES = ComplianceRules()
LECTURE = ActivityKind.PARTY_LECTURE
THEME_DAY = ActivityKind.THEME_DAY


def only(*requirements: MeetingRequirement) -> ComplianceRules:
    return ComplianceRules(meeting_requirements=requirements)


# --- study hours -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "required"),
    [
        (BranchRole.NONE, 32),
        (None, 32),
        (BranchRole.GROUP_LEADER, 32),
        (BranchRole.SECRETARY, 56),
        (BranchRole.DEPUTY_SECRETARY, 56),
        (BranchRole.COMMITTEE_MEMBER, 56),
    ],
)
def test_required_hours_by_role(role, required):
    assert required_hours(role, RULES) == required


@pytest.mark.parametrize(
    ("role", "hours", "short"),
    [
        (BranchRole.NONE, 31.5, 0.5),
        (BranchRole.NONE, 32, 0.0),
        (BranchRole.NONE, 40, 0.0),
        (BranchRole.SECRETARY, 55.5, 0.5),
        (BranchRole.SECRETARY, 56, 0.0),
        (BranchRole.COMMITTEE_MEMBER, 32, 24.0),
    ],
)
def test_hours_shortfall_boundaries(role, hours, short):
    assert hours_shortfall(hours, required_hours(role, RULES)) == short


def test_float_sums_do_not_leave_a_crumb_of_shortfall():
    assert hours_shortfall(sum([0.1] * 320), 32) == 0.0


@pytest.mark.parametrize(
    ("start", "end", "credited"),
    [
        (time(9, 0), time(9, 14), 0.0),
        (time(9, 0), time(9, 15), 0.5),
        (time(9, 0), time(10, 0), 1.0),
        (time(9, 0), time(10, 44), 1.5),
        (time(9, 0), time(10, 45), 2.0),
        (time(9, 0), time(11, 59), 3.0),
        (time(9, 0), time(12, 0), 4.0),
        (time(8, 30), time(12, 0), 4.0),
        (time(8, 0), time(12, 30), 4.0),
        (time(8, 0), time(12, 40), 4.5),
        (time(8, 0), time(13, 0), 5.0),
        (time(8, 0), time(13, 59), 6.0),
        (time(8, 0), time(14, 0), 8.0),
        (time(8, 30), time(17, 30), 8.0),
        (time(0, 0), time(23, 59), 8.0),
    ],
)
def test_hours_for_duration_convention(start, end, credited):
    assert hours_for_duration(start, end, RULES) == credited


@pytest.mark.parametrize("end", [time(9, 0), time(8, 59)])
def test_session_must_end_after_it_starts(end):
    with pytest.raises(ValidationError) as caught:
        hours_for_duration(time(9, 0), end, RULES)
    assert caught.value.field == "end_time"


minutes_of_day = st.integers(0, 24 * 60 - 1)


@given(minutes_of_day, minutes_of_day, minutes_of_day)
def test_hours_never_drop_as_a_session_gets_longer_and_never_pass_a_full_day(start, a, b):
    shorter, longer = sorted((a, b))
    if shorter <= start:
        return

    def at(minute: int) -> time:
        return time(minute // 60, minute % 60)

    short_hours = hours_for_duration(at(start), at(shorter), RULES)
    long_hours = hours_for_duration(at(start), at(longer), RULES)
    assert 0 <= short_hours <= long_hours <= RULES.full_day_hours
    assert (short_hours * 2).is_integer()


def test_office_can_change_half_and_full_day_credit():
    rules = ComplianceRules(half_day_hours=3.5, full_day_hours=7)
    assert hours_for_duration(time(9, 0), time(12, 0), rules) == 3.5
    assert hours_for_duration(time(8, 0), time(18, 0), rules) == 7


# --- periods and meetings ----------------------------------------------------------------------


def test_period_labels_and_bounds():
    quarters = periods(2026, Frequency.QUARTERLY)
    assert [p.label for p in quarters] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert quarters[0] == Period(date(2026, 1, 1), date(2026, 3, 31), "2026-Q1")
    assert quarters[3].end == date(2026, 12, 31)
    months = periods(2024, Frequency.MONTHLY)
    assert months[1] == Period(date(2024, 2, 1), date(2024, 2, 29), "2024-02")
    assert [p.label for p in periods(2026, Frequency.HALF_YEARLY)] == ["2026-H1", "2026-H2"]
    assert periods(2026, Frequency.YEARLY) == [Period(date(2026, 1, 1), date(2026, 12, 31), "2026")]


@pytest.mark.parametrize("year", [2020, 2021, 2026])
@pytest.mark.parametrize("frequency", list(Frequency))
def test_periods_tile_without_gaps(year, frequency):
    spans = periods(year, frequency)
    for before, after in zip(spans, spans[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    if frequency is not Frequency.WEEKLY:
        assert spans[0].start == date(year, 1, 1) and spans[-1].end == date(year, 12, 31)


def test_weekly_periods_are_iso_weeks():
    weeks = periods(2026, Frequency.WEEKLY)
    assert len(weeks) == 53
    assert weeks[0].start == date(2025, 12, 29) and weeks[0].label == "2026-W01"
    assert len(periods(2025, Frequency.WEEKLY)) == 52


def test_quarter_without_lecture_is_a_shortfall_only_after_it_ended():
    rules = only(MeetingRequirement(LECTURE, Frequency.QUARTERLY))
    held = {LECTURE: [date(2026, 1, 20)]}  # Q1 only
    on_last_day = meeting_shortfalls(held, 2026, rules, date(2026, 6, 30))
    assert on_last_day == []
    in_progress = meetings_in_progress(held, 2026, rules, date(2026, 6, 30))
    assert [s.period.label for s in in_progress] == ["2026-Q2"]
    after = meeting_shortfalls(held, 2026, rules, date(2026, 7, 1))
    assert [(s.kind, s.period.label, s.required, s.held) for s in after] == [
        (LECTURE, "2026-Q2", 1, 0)
    ]
    assert after[0].missing == 1
    assert meetings_in_progress(held, 2026, rules, date(2026, 7, 1))[0].period.label == "2026-Q3"


def test_monthly_theme_day_missing_in_one_month():
    rules = only(MeetingRequirement(THEME_DAY, Frequency.MONTHLY))
    held = {THEME_DAY: [date(2026, m, 15) for m in range(1, 13) if m != 5]}
    shortfalls = meeting_shortfalls(held, 2026, rules, date(2027, 1, 1))
    assert [s.period.label for s in shortfalls] == ["2026-05"]


def test_two_theme_days_in_one_month_do_not_cover_another():
    rules = only(MeetingRequirement(THEME_DAY, Frequency.MONTHLY))
    held = {THEME_DAY: [date(2026, 1, 5), date(2026, 1, 25)]}
    shortfalls = meeting_shortfalls(held, 2026, rules, date(2026, 3, 1))
    assert [s.period.label for s in shortfalls] == ["2026-02"]


def test_other_years_and_kinds_do_not_count():
    rules = only(MeetingRequirement(ActivityKind.LIFE_MEETING, Frequency.YEARLY))
    held = {
        ActivityKind.LIFE_MEETING: [date(2025, 12, 30)],
        ActivityKind.DEMOCRATIC_REVIEW: [date(2026, 1, 10)],
    }
    [shortfall] = meeting_shortfalls(held, 2026, rules, date(2027, 1, 1))
    assert shortfall.period.label == "2026" and shortfall.held == 0


def test_min_count_above_one():
    rules = only(MeetingRequirement(THEME_DAY, Frequency.QUARTERLY, min_count=2))
    held = {THEME_DAY: [date(2026, 1, 5)]}
    [shortfall] = meeting_shortfalls(held, 2026, rules, date(2026, 4, 1))
    assert (shortfall.required, shortfall.held, shortfall.missing) == (2, 1, 1)


def test_default_rules_for_a_year_with_nothing_held():
    shortfalls = meeting_shortfalls({}, 2026, RULES, date(2027, 1, 1))
    counts = {kind: sum(1 for s in shortfalls if s.kind is kind) for kind in ActivityKind}
    assert counts[ActivityKind.BRANCH_MEETING] == 4
    assert counts[ActivityKind.PARTY_LECTURE] == 4
    assert counts[ActivityKind.BRANCH_COMMITTEE] == 12
    assert counts[ActivityKind.GROUP_MEETING] == 12
    assert counts[ActivityKind.THEME_DAY] == 12
    assert counts[ActivityKind.LIFE_MEETING] == 1
    assert counts[ActivityKind.DEMOCRATIC_REVIEW] == 1
    assert counts[ActivityKind.TRAINING] == 0


# --- talks and follow-ups ----------------------------------------------------------------------


def test_follow_up_overdue():
    due = date(2026, 11, 20)
    assert not is_follow_up_overdue(due, None, due)
    assert is_follow_up_overdue(due, None, due + timedelta(days=1))
    assert not is_follow_up_overdue(due, date(2026, 11, 23), date(2026, 12, 1))
    assert not is_follow_up_overdue(None, None, date(2026, 12, 1))


def test_talk_missing():
    assert talk_missing(0, RULES)
    assert not talk_missing(1, RULES)
    assert not talk_missing(0, ComplianceRules(talks_per_member_per_year=0))
    assert talk_missing(1, ComplianceRules(talks_per_member_per_year=2))


# --- rules as data -----------------------------------------------------------------------------


def test_defaults_match_the_regulations():
    assert (RULES.required_hours_member, RULES.required_hours_cadre) == (32, 56)
    assert (RULES.half_day_hours, RULES.full_day_hours) == (4, 8)
    assert (RULES.talks_per_member_per_year, RULES.usb_backup_max_age_days) == (1, 7)
    frequencies = {r.kind: r.frequency for r in RULES.meeting_requirements}
    assert frequencies == {
        ActivityKind.BRANCH_MEETING: Frequency.QUARTERLY,
        ActivityKind.PARTY_LECTURE: Frequency.QUARTERLY,
        ActivityKind.BRANCH_COMMITTEE: Frequency.MONTHLY,
        ActivityKind.GROUP_MEETING: Frequency.MONTHLY,
        ActivityKind.THEME_DAY: Frequency.MONTHLY,
        ActivityKind.LIFE_MEETING: Frequency.YEARLY,
        ActivityKind.DEMOCRATIC_REVIEW: Frequency.YEARLY,
    }


def test_rules_round_trip_through_json():
    rules = ComplianceRules(
        required_hours_member=40,
        required_hours_cadre=60.5,
        meeting_requirements=(MeetingRequirement(THEME_DAY, Frequency.MONTHLY, 2),),
        usb_backup_max_age_days=3,
    )
    assert ComplianceRules.from_dict(json.loads(json.dumps(rules.to_dict()))) == rules
    assert ComplianceRules.from_dict(json.loads(json.dumps(RULES.to_dict()))) == RULES


def test_from_dict_takes_defaults_and_ignores_unknown_keys():
    rules = ComplianceRules.from_dict({"required_hours_member": 30, "colour": "red"})
    assert rules == ComplianceRules(required_hours_member=30)
    assert ComplianceRules.from_dict({}) == RULES


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"required_hours_member": -1}, "hours"),
        ({"required_hours_member": "32"}, "hours"),
        ({"required_hours_cadre": True}, "hours"),
        ({"required_hours_cadre": float("inf")}, "hours"),
        ({"half_day_hours": 0}, "hours"),
        ({"half_day_hours": 9}, "hours"),
        ({"full_day_hours": 25}, "hours"),
        ({"talks_per_member_per_year": 1.5}, ""),
        ({"usb_backup_max_age_days": 0}, ""),
        ({"meeting_requirements": "monthly"}, "kind"),
        ({"meeting_requirements": ["x"]}, "kind"),
        ({"meeting_requirements": [{"kind": "PICNIC", "frequency": "MONTHLY"}]}, "kind"),
        ({"meeting_requirements": [{"kind": "THEME_DAY", "frequency": "DAILY"}]}, "frequency"),
        (
            {"meeting_requirements": [{"kind": "THEME_DAY", "frequency": "MONTHLY", "min_count": 0}]},
            "kind",
        ),
        (
            {
                "meeting_requirements": [
                    {"kind": "THEME_DAY", "frequency": "MONTHLY"},
                    {"kind": "THEME_DAY", "frequency": "YEARLY"},
                ]
            },
            "kind",
        ),
    ],
)
def test_from_dict_validates_values(data, field):
    with pytest.raises(ValidationError) as caught:
        ComplianceRules.from_dict(data)
    assert caught.value.field == field
