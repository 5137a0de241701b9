from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.dates import format_date, parse_date, parse_time
from partydesk.domain.errors import ValidationError

FULL_WIDTH = str.maketrans("0123456789-./", "０１２３４５６７８９－．／")

DATE_STYLES = (
    lambda d: d.isoformat(),
    lambda d: f"{d:%Y.%m.%d}",
    lambda d: f"{d:%Y/%m/%d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d:%Y年%m月%d日}",
    lambda d: f"{d:%Y%m%d}",
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"  {d.isoformat()}\u3000",
    lambda d: d.isoformat().translate(FULL_WIDTH),
    lambda d: f"{d:%Y/%m/%d} 0:00:00",
)
MONTH_STYLES = (
    lambda d: f"{d:%Y.%m}",
    lambda d: f"{d.year}.{d.month}",
    lambda d: f"{d.year}年{d.month}月",
    lambda d: f"{d:%Y-%m}",
    lambda d: f"{d:%Y%m}",
    lambda d: f"{d:%Y/%m}".translate(FULL_WIDTH),
)
dates = st.dates(date(1900, 1, 1), date(2100, 12, 31))


@given(dates, st.sampled_from(DATE_STYLES))
def test_every_accepted_date_style_round_trips(day, style):
    assert parse_date(style(day)) == day
    assert parse_date(style(day), allow_month_only=True) == day


@given(dates, st.sampled_from(MONTH_STYLES))
def test_month_only_styles_give_the_first_of_the_month(day, style):
    assert parse_date(style(day), allow_month_only=True) == day.replace(day=1)


@given(dates, st.sampled_from(MONTH_STYLES))
def test_month_only_is_refused_unless_allowed(day, style):
    with pytest.raises(ValidationError):
        parse_date(style(day))


@given(dates)
def test_format_then_parse_round_trips(day):
    assert parse_date(format_date(day)) == day


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45000, date(2023, 3, 15)),
        (46350.75, date(2026, 11, 24)),
        (20261124, date(2026, 11, 24)),
        (datetime(2026, 11, 24, 9, 30), date(2026, 11, 24)),
        (date(2026, 11, 24), date(2026, 11, 24)),
    ],
)
def test_spreadsheet_cells(cell, expected):
    assert parse_date(cell) == expected


def test_format_date_of_none_is_empty():
    assert format_date(None) == ""
    assert format_date(date(2026, 1, 5)) == "2026-01-05"


@pytest.mark.parametrize(
    "bad",
    ["", "  ", None, "abc", "2026-02-30", "2026-13-01", "2026-11/24", "24.11.2026", "1899-12-31",
     "2026-11", 60, 0, -5, float("nan"), True, [2026]],
)
def test_bad_dates_name_the_field(bad):
    with pytest.raises(ValidationError) as caught:
        parse_date(bad, "joined_on")
    assert caught.value.field == "joined_on"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("9点30", time(9, 30)),
        ("9点30分", time(9, 30)),
        ("9时", time(9, 0)),
        ("9点半", time(9, 30)),
        ("９：３０", time(9, 30)),
        ("下午3点", time(15, 0)),
        ("3:30 PM", time(15, 30)),
        ("14:05:09", time(14, 5, 9)),
        (0.375, time(9, 0)),
        (time(8, 0), time(8, 0)),
    ],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("bad", ["", None, "25:00", "9:60", "nine", "9.30"])
def test_bad_times_name_the_field(bad):
    with pytest.raises(ValidationError) as caught:
        parse_time(bad, "end_time")
    assert caught.value.field == "end_time"


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_times_round_trip(value):
    assert parse_time(f"{value:%H:%M}") == value
    assert parse_time(f"{value.hour}点{value.minute}分") == value
