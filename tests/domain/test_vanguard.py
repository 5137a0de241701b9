"""The 先锋模范 rules: stars, caps, quarters, grades, the one-third check, corrections, post scores."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.enums import MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.vanguard import (
    Grade,
    HonourLevel,
    ItemRule,
    PointKind,
    PointRules,
    PointSource,
    PostKind,
    PostOutcome,
    add_months,
    check_item_points,
    correction_due,
    excellent_limit,
    excellent_over_limit,
    grade_refusal,
    guess_post_kind,
    honour_source,
    post_outcome,
    quarter_end,
    quarter_of,
    quarter_totals,
    star_text,
    stars_for,
    year_totals,
)

ITEMS = {
    "MEET": ItemRule("MEET", PointKind.ADD),
    "SERVE": ItemRule("SERVE", PointKind.ADD, yearly_cap=10),
    "ABSENT": ItemRule("ABSENT", PointKind.DEDUCT, yearly_cap=6),
    "CRIT": ItemRule("CRIT", PointKind.DEDUCT),
}


@pytest.mark.parametrize("total, stars", [
    (0, 0), (59, 0), (60, 1), (69, 1), (70, 2), (79, 2), (80, 3), (89, 3), (90, 4), (95, 4), (96, 5), (100, 5),
])
def test_stars_change_exactly_at_each_boundary(total, stars):
    assert stars_for(total) == stars


def test_star_text_repeats_the_star():
    assert star_text(3) == "★★★"
    assert star_text(0) == ""


def test_year_total_is_base_plus_additions_minus_deductions():
    totals = year_totals(PointRules(), ITEMS, {"MEET": 12, "SERVE": 4, "ABSENT": 2, "CRIT": 3})
    assert (totals.base, totals.added, totals.deducted, totals.total) == (60, 16, 5, 71)
    assert totals.stars == 2


def test_an_item_never_earns_more_than_its_yearly_cap():
    totals = year_totals(PointRules(), ITEMS, {"SERVE": 14, "ABSENT": 10})
    assert (totals.added, totals.deducted) == (10, 6)


def test_additions_stop_at_forty_a_year_but_deductions_still_count():
    totals = year_totals(PointRules(), ITEMS, {"MEET": 45, "SERVE": 10, "CRIT": 3})
    assert (totals.added, totals.deducted, totals.total) == (40, 3, 97)


def test_the_office_sets_its_own_base_and_cap():
    totals = year_totals(PointRules(base=50, addition_cap=20), ITEMS, {"MEET": 30})
    assert totals.total == 70


def test_quarters_are_year_to_date_and_share_the_yearly_caps():
    quarters = quarter_totals(PointRules(), ITEMS, [{"SERVE": 8}, {"SERVE": 6}, {}, {"MEET": 1}])
    assert [q.total for q in quarters] == [68, 70, 70, 71]


def test_dates_fall_in_their_quarter_and_quarters_end_on_their_last_day():
    assert [quarter_of(date(2026, m, 1)) for m in (1, 3, 4, 6, 7, 10, 12)] == [1, 1, 2, 2, 3, 4, 4]
    assert quarter_end(2026, 1) == date(2026, 3, 31)
    assert quarter_end(2026, 2) == date(2026, 6, 30)
    with pytest.raises(ValidationError):
        quarter_end(2026, 5)


@pytest.mark.parametrize("bad", [0, -3, 101, 1.5, "3", True, None])
def test_item_points_are_whole_numbers_from_one_to_a_hundred(bad):
    with pytest.raises(ValidationError) as raised:
        check_item_points(bad)
    assert raised.value.field == "points"


def test_branch_and_committee_honours_earn_the_local_item_county_and_above_the_higher():
    assert honour_source(HonourLevel.BRANCH) is PointSource.HONOUR_LOCAL
    assert honour_source(HonourLevel.COMMITTEE) is PointSource.HONOUR_LOCAL
    for level in (HonourLevel.COUNTY, HonourLevel.CITY, HonourLevel.PROVINCE, HonourLevel.NATIONAL):
        assert honour_source(level) is PointSource.HONOUR_HIGH
    assert not PointSource.MANUAL.is_automatic and PointSource.ABSENCE.is_automatic


def test_only_full_members_are_graded_and_probationers_are_told_why():
    assert grade_refusal(MemberStatus.FULL) is None
    assert "Probationary" in grade_refusal(MemberStatus.PROBATIONARY)
    assert grade_refusal(MemberStatus.ACTIVIST) is not None


@pytest.mark.parametrize("graded, limit", [(0, 0), (2, 0), (3, 1), (4, 1), (6, 2), (7, 2), (9, 3)])
def test_excellent_is_limited_to_a_third_rounded_down(graded, limit):
    assert excellent_limit(graded) == limit


def test_one_excellent_too_many_is_over_the_limit():
    assert not excellent_over_limit(1, 3) and excellent_over_limit(2, 3)
    assert not excellent_over_limit(1, 4) and excellent_over_limit(2, 4)
    assert not excellent_over_limit(2, 7) and excellent_over_limit(3, 7)


def test_grades_suggest_their_follow_up():
    assert Grade.BASIC.suggests_reminder_talk and not Grade.QUALIFIED.suggests_reminder_talk
    assert Grade.UNQUALIFIED.opens_correction and not Grade.BASIC.opens_correction
    assert (Grade.BASIC.zh, Grade.UNQUALIFIED.zh) == ("基本合格", "不合格")


def test_a_correction_is_due_six_months_later_by_default_and_clamps_to_the_month_end():
    assert correction_due(date(2026, 12, 20)) == date(2027, 6, 20)
    assert correction_due(date(2026, 8, 31)) == date(2027, 2, 28)
    assert correction_due(date(2026, 1, 15), 12) == date(2027, 1, 15)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


@pytest.mark.parametrize("months", [0, 13, -1, 6.0])
def test_a_correction_period_is_one_month_to_a_year(months):
    with pytest.raises(ValidationError):
        correction_due(date(2026, 1, 1), months)


@pytest.mark.parametrize("score, outcome", [
    (100, PostOutcome.EXCELLENT), (90, PostOutcome.EXCELLENT), (89, PostOutcome.KEPT),
    (70, PostOutcome.KEPT), (69, PostOutcome.WITHDRAWN), (0, PostOutcome.WITHDRAWN),
])
def test_post_scores_make_a_post_excellent_kept_or_withdrawn(score, outcome):
    assert post_outcome(score) is outcome


def test_a_post_score_outside_zero_to_a_hundred_is_refused():
    with pytest.raises(ValidationError):
        post_outcome(101)


def test_free_text_posts_are_read_as_their_kind():
    assert guess_post_kind("3号楼责任区") is PostKind.ZONE
    assert guess_post_kind("党员先锋岗（窗口）") is PostKind.PIONEER
    assert guess_post_kind("便民服务示范岗") is PostKind.MODEL
