"""Dates and times as people type them and spreadsheets hold them."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

MIN_YEAR = 1900
MAX_YEAR = 2100
FIRST_YEAR, LAST_YEAR = 1921, 2100  # the years a record's year can be (the Party was founded in 1921)
EXCEL_SERIAL_MAX = 80000

# Excel's 1900 date system counts 1900-02-29 (serial 60), a day that never existed.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60

_OPTIONAL_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_FULL_DATE = (
    re.compile(r"(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})" + _OPTIONAL_TIME),
    re.compile(r"(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
)
_MONTH_ONLY = (
    re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月?"),
    re.compile(r"(\d{4})(\d{2})"),
)
_TIME = (
    re.compile(r"(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*(\d{2}))?"),
    re.compile(r"(\d{1,2})\s*[点时]\s*(?:(\d{1,2})\s*分?|(半))?"),
)
_AFTERNOON = ("下午", "晚上", "PM")
_MORNING = ("上午", "早上", "AM")


def normalise_text(text: str) -> str:
    """Fold full-width digits and punctuation to ASCII and trim surrounding spaces."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(value: object, field: str = "on_date", *, allow_month_only: bool = False) -> date:
    """Read a date from typed text, a spreadsheet cell or a date object; raise naming `field`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _date_from_number(value, field, allow_month_only)
    if not isinstance(value, str) or not normalise_text(value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter a date"))
    return _date_from_text(normalise_text(value), field, allow_month_only)


def format_date(value: date | None) -> str:
    """ISO form used everywhere on screen and paper: 2026-11-24 ("" for no date)."""
    return value.isoformat() if value else ""


def parse_time(value: object, field: str = "start_time") -> time:
    """Read a clock time: 9:30, 09:30, 9点30, 9时, 下午3点, or an Excel day fraction."""
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    text = normalise_text(value) if isinstance(value, str) else ""
    afternoon, text = _split_half_day(text)
    for pattern in _TIME:
        match = pattern.fullmatch(text)
        if match:
            hour, minute, extra = match.groups()
            hour_value = int(hour) + 12 if afternoon and int(hour) < 12 else int(hour)
            minute_value = 30 if extra == "半" else int(minute or 0)
            second = int(extra) if extra and extra.isdigit() else 0
            return _checked_time(hour_value, minute_value, second, value, field)
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not a time; write it like 09:30"),
        value=value if value is not None else "",
    )


def _date_from_text(text: str, field: str, allow_month_only: bool) -> date:
    for pattern in _FULL_DATE:
        match = pattern.fullmatch(text)
        if match:
            year, _, month, day = match.groups()
            return _checked_date(int(year), int(month), int(day), text, field)
    if allow_month_only:
        for pattern in _MONTH_ONLY:
            match = pattern.fullmatch(text)
            if match:
                year, month = match.groups()
                return _checked_date(int(year), int(month), 1, text, field)
    raise _not_a_date(text, field, allow_month_only)


def _date_from_number(value: int | float, field: str, allow_month_only: bool) -> date:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter a date"))
    if 1 <= value < EXCEL_SERIAL_MAX:
        return _date_from_excel_serial(int(value), field)
    if value == int(value):
        # A cell holding 20261124 (or 197211) as a number rather than text.
        return _date_from_text(str(int(value)), field, allow_month_only)
    raise _not_a_date(value, field, allow_month_only)


def _not_a_date(value: object, field: str, allow_month_only: bool) -> ValidationError:
    if allow_month_only:
        template = QT_TRANSLATE_NOOP(
            "ValidationError", "“{value}” is not a date; write it like 2026-11-24 or 2026-11"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "ValidationError", "“{value}” is not a date; write it like 2026-11-24"
        )
    return ValidationError(field, template, value=value)


def _date_from_excel_serial(serial: int, field: str) -> date:
    if serial == _EXCEL_FAKE_LEAP_DAY:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("ValidationError", "{value} is not a real calendar date"),
            value="1900-02-29",
        )
    shift = 0 if serial > _EXCEL_FAKE_LEAP_DAY else 1
    return _EXCEL_EPOCH + timedelta(days=serial + shift)


def _checked_date(year: int, month: int, day: int, text: str, field: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("ValidationError", "The year {year} is not between {low} and {high}"),
            year=year,
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("ValidationError", "{value} is not a real calendar date"),
            value=text,
        ) from None


def _split_half_day(text: str) -> tuple[bool, str]:
    """Strip a 上午/下午 (AM/PM) marker; return whether it meant afternoon, and the rest."""
    upper = text.upper()
    for marker in _AFTERNOON + _MORNING:
        if upper.startswith(marker):
            return marker in _AFTERNOON, text[len(marker):].strip()
        if upper.endswith(marker):
            return marker in _AFTERNOON, text[: -len(marker)].strip()
    return False, text


def _checked_time(hour: int, minute: int, second: int, value: object, field: str) -> time:
    try:
        return time(hour, minute, second)
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not a real clock time"),
            value=value,
        ) from None


def year_bounds(year: int) -> tuple[date, date]:
    """The first and the last day of a calendar year (the compliance and report year)."""
    return date(year, 1, 1), date(year, 12, 31)
