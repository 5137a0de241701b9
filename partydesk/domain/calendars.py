"""Dates a study plan generates: the 15th of every month, day N of each quarter's k-th month..."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from partydesk.domain.enums import Frequency
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

MIN_YEAR = 1900
MAX_YEAR = 2100
MONTHS_PER_PERIOD = {
    Frequency.MONTHLY: 1,
    Frequency.QUARTERLY: 3,
    Frequency.HALF_YEARLY: 6,
    Frequency.YEARLY: 12,
}


def plan_dates(
    year: int,
    frequency: Frequency,
    *,
    day: int = 1,
    month_in_period: int = 1,
    weekday: int | None = None,
) -> list[date]:
    """Every date of `year` a plan falls on, in order.

    WEEKLY plans fall on `weekday` (0 = Monday). Other plans fall on `day` of the
    `month_in_period`-th month of each period (for YEARLY, that is the month); a day past the
    month's end means its last day (31 -> 28 Feb). With `weekday` too, the date moves to the
    first such weekday on or after that day, or the month's last one if none is left
    (day=1, weekday=4: first Friday; day=31, weekday=4: last Friday).
    """
    frequency = _checked_frequency(frequency)
    _check_range("year", year, MIN_YEAR, MAX_YEAR)
    if frequency is Frequency.WEEKLY:
        if weekday is None:
            raise ValidationError(
                "day", QT_TRANSLATE_NOOP("ValidationError", "Choose the weekday of a weekly plan")
            )
        _check_range("day", weekday, 0, 6)
        return _weekly(year, weekday)
    _check_range("day", day, 1, 31)
    _check_range("frequency", month_in_period, 1, MONTHS_PER_PERIOD[frequency])
    if weekday is not None:
        _check_range("day", weekday, 0, 6)
    step = MONTHS_PER_PERIOD[frequency]
    return [
        _day_in_month(year, first + month_in_period - 1, day, weekday)
        for first in range(1, 13, step)
    ]


def clamped_date(year: int, month: int, day: int) -> date:
    """`day` of the month, or its last day when the month is shorter."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _day_in_month(year: int, month: int, day: int, weekday: int | None) -> date:
    result = clamped_date(year, month, day)
    if weekday is None:
        return result
    result += timedelta(days=(weekday - result.weekday()) % 7)
    return result if result.month == month else result - timedelta(days=7)


def _weekly(year: int, weekday: int) -> list[date]:
    first = date(year, 1, 1)
    first += timedelta(days=(weekday - first.weekday()) % 7)
    weeks = (date(year, 12, 31) - first).days // 7 + 1
    return [first + timedelta(weeks=n) for n in range(weeks)]


def _checked_frequency(frequency: object) -> Frequency:
    try:
        return Frequency(frequency)  # type: ignore[call-arg, arg-type]  # a lookup by value, as Enum(value) is
    except (ValueError, TypeError):
        raise ValidationError(
            "frequency",
            QT_TRANSLATE_NOOP("ValidationError", "Unknown frequency {value}"),
            value=frequency,
        ) from None


def _check_range(field: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "ValidationError", "{value} is not a whole number from {low} to {high}"
            ),
            value=value,
            low=low,
            high=high,
        )
