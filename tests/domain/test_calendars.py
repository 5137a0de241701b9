from calendar import monthrange
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.calendars import plan_dates
from partydesk.domain.enums import Frequency
from partydesk.domain.errors import ValidationError


def test_theme_day_on_the_15th_of_every_month():
    days = plan_dates(2026, Frequency.MONTHLY, day=15)
    assert days == [date(2026, m, 15) for m in range(1, 13)]


@pytest.mark.parametrize(("year", "february_end"), [(2024, 29), (2026, 28), (2000, 29), (2100, 28)])
def test_day_31_is_clamped_to_month_end(year, february_end):
    days = plan_dates(year, Frequency.MONTHLY, day=31)
    assert days[1] == date(year, 2, february_end)
    assert days[3] == date(year, 4, 30)
    assert days[0] == date(year, 1, 31)


def test_day_29_in_february_of_leap_and_common_years():
    assert plan_dates(2024, Frequency.MONTHLY, day=29)[1] == date(2024, 2, 29)
    assert plan_dates(2025, Frequency.MONTHLY, day=29)[1] == date(2025, 2, 28)


def test_quarterly_lecture_on_day_n_of_kth_month():
    days = plan_dates(2026, Frequency.QUARTERLY, day=10, month_in_period=2)
    assert days == [date(2026, 2, 10), date(2026, 5, 10), date(2026, 8, 10), date(2026, 11, 10)]
    assert plan_dates(2026, Frequency.QUARTERLY, day=31, month_in_period=3)[1] == date(2026, 6, 30)


def test_half_yearly_and_yearly():
    assert plan_dates(2026, Frequency.HALF_YEARLY, day=20, month_in_period=6) == [
        date(2026, 6, 20),
        date(2026, 12, 20),
    ]
    assert plan_dates(2026, Frequency.YEARLY, day=1, month_in_period=7) == [date(2026, 7, 1)]
    assert plan_dates(2023, Frequency.YEARLY, day=29, month_in_period=2) == [date(2023, 2, 28)]


def test_weekly_on_a_weekday():
    fridays = plan_dates(2026, Frequency.WEEKLY, weekday=4)
    assert fridays[0] == date(2026, 1, 2) and fridays[-1] == date(2026, 12, 25)
    assert len(fridays) == 52
    assert all(d.weekday() == 4 and d.year == 2026 for d in fridays)
    assert len(plan_dates(2026, Frequency.WEEKLY, weekday=3)) == 53  # 2026 starts on a Thursday


def test_monthly_with_weekday_means_first_or_last_such_weekday():
    first_fridays = plan_dates(2026, Frequency.MONTHLY, day=1, weekday=4)
    assert first_fridays[:3] == [date(2026, 1, 2), date(2026, 2, 6), date(2026, 3, 6)]
    last_fridays = plan_dates(2026, Frequency.MONTHLY, day=31, weekday=4)
    assert last_fridays[:3] == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]


@given(
    st.integers(1900, 2100),
    st.sampled_from([f for f in Frequency if f is not Frequency.WEEKLY]),
    st.integers(1, 31),
    st.one_of(st.none(), st.integers(0, 6)),
)
def test_one_date_per_period_inside_its_year(year, frequency, day, weekday):
    per_year = {
        Frequency.MONTHLY: 12,
        Frequency.QUARTERLY: 4,
        Frequency.HALF_YEARLY: 2,
        Frequency.YEARLY: 1,
    }
    days = plan_dates(year, frequency, day=day, weekday=weekday)
    assert len(days) == per_year[frequency]
    assert days == sorted(days) and all(d.year == year for d in days)
    if weekday is not None:
        assert all(d.weekday() == weekday for d in days)
    else:
        assert all(d.day == min(day, monthrange(year, d.month)[1]) for d in days)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"frequency": "DAILY"}, "frequency"),
        ({"frequency": Frequency.MONTHLY, "day": 0}, "day"),
        ({"frequency": Frequency.MONTHLY, "day": 32}, "day"),
        ({"frequency": Frequency.MONTHLY, "day": 1.5}, "day"),
        ({"frequency": Frequency.MONTHLY, "weekday": 7}, "day"),
        ({"frequency": Frequency.WEEKLY}, "day"),
        ({"frequency": Frequency.WEEKLY, "weekday": -1}, "day"),
        ({"frequency": Frequency.QUARTERLY, "month_in_period": 4}, "frequency"),
        ({"frequency": Frequency.MONTHLY, "month_in_period": 2}, "frequency"),
        ({"frequency": Frequency.YEARLY, "month_in_period": 13}, "frequency"),
        ({"frequency": Frequency.YEARLY, "year": 1800}, "year"),
    ],
)
def test_bad_arguments(kwargs, field):
    year = kwargs.pop("year", 2026)
    with pytest.raises(ValidationError) as caught:
        plan_dates(year, **kwargs)
    assert caught.value.field == field


def test_frequency_code_text_is_accepted():
    assert plan_dates(2026, "YEARLY", day=1) == [date(2026, 1, 1)]
