"""Yearly study hours, 三会一课 meeting frequencies, talk coverage and follow-up deadlines.

The numbers are data (`ComplianceRules`) with the regulation defaults; an office may override
them in its settings, stored as JSON through `to_dict` / `from_dict`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import TypeVar

from partydesk.domain.calendars import MONTHS_PER_PERIOD
from partydesk.domain.enums import ActivityKind, AttendanceStatus, BranchRole, Frequency
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

# Thresholds of the hours convention in `hours_for_duration` (lengths in hours).
HALF_DAY_FROM, HALF_DAY_UNTIL, FULL_DAY_FROM = 3.0, 4.5, 6.0
MAX_REQUIRED_HOURS = 1000


@dataclass(frozen=True)
class MeetingRequirement:
    """At least `min_count` activities of `kind` in every period of `frequency`."""

    kind: ActivityKind
    frequency: Frequency
    min_count: int = 1


DEFAULT_MEETINGS = (
    MeetingRequirement(ActivityKind.BRANCH_MEETING, Frequency.QUARTERLY),
    MeetingRequirement(ActivityKind.PARTY_LECTURE, Frequency.QUARTERLY),
    MeetingRequirement(ActivityKind.BRANCH_COMMITTEE, Frequency.MONTHLY),
    MeetingRequirement(ActivityKind.GROUP_MEETING, Frequency.MONTHLY),
    MeetingRequirement(ActivityKind.THEME_DAY, Frequency.MONTHLY),
    MeetingRequirement(ActivityKind.LIFE_MEETING, Frequency.YEARLY),
    MeetingRequirement(ActivityKind.DEMOCRATIC_REVIEW, Frequency.YEARLY),
)


@dataclass(frozen=True)
class ComplianceRules:
    """The requirements an office is measured against; validated on construction."""

    required_hours_member: float = 32.0
    required_hours_cadre: float = 56.0
    half_day_hours: float = 4.0
    full_day_hours: float = 8.0
    meeting_requirements: tuple[MeetingRequirement, ...] = DEFAULT_MEETINGS
    talks_per_member_per_year: int = 1
    usb_backup_max_age_days: int = 7
    probation_due_soon_days: int = 30  # look-ahead of "probation ends soon" lists

    def __post_init__(self) -> None:
        for name in ("required_hours_member", "required_hours_cadre"):
            _check_number(name, getattr(self, name), 0, MAX_REQUIRED_HOURS, "hours")
        for name in ("half_day_hours", "full_day_hours"):
            _check_number(name, getattr(self, name), 0.5, 24, "hours")
        if self.half_day_hours > self.full_day_hours:
            raise ValidationError(
                "hours",
                QT_TRANSLATE_NOOP(
                    "ValidationError", "A half day cannot count more than a full day"
                ),
            )
        _check_number("talks_per_member_per_year", self.talks_per_member_per_year, 0, 366, "", int)
        _check_number("usb_backup_max_age_days", self.usb_backup_max_age_days, 1, 3660, "", int)
        _check_number("probation_due_soon_days", self.probation_due_soon_days, 0, 366, "", int)
        _check_meetings(self.meeting_requirements)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready values: enums as their codes."""
        values: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        values["meeting_requirements"] = [
            {"kind": r.kind.value, "frequency": r.frequency.value, "min_count": r.min_count}
            for r in self.meeting_requirements
        ]
        return values

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ComplianceRules:
        """Rules from saved settings: missing keys take the defaults, unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        if "meeting_requirements" in values:
            values["meeting_requirements"] = _meetings_from_data(values["meeting_requirements"])
        return cls(**values)  # type: ignore[arg-type]  # each value is checked by __post_init__


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included, with a label like 2026-Q1."""

    start: date
    end: date
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class Shortfall:
    """Fewer activities of `kind` in `period` than required."""

    kind: ActivityKind
    period: Period
    required: int
    held: int

    @property
    def missing(self) -> int:
        return self.required - self.held


def required_hours(role: BranchRole | None, rules: ComplianceRules) -> float:
    """Yearly study hours a member must reach; cadres (secretaries, committee members) more."""
    return rules.required_hours_cadre if role and role.is_cadre else rules.required_hours_member


def hours_for_duration(start: time, end: time, rules: ComplianceRules) -> float:
    """Study hours credited for one session on one day.

    The convention: the length rounded to the nearest half hour (a quarter hour rounds up),
    except that a session of 3 to 4.5 hours counts as a half day (`half_day_hours`, 4) and one
    of 6 hours or more as a full day (`full_day_hours`, 8); never more than a full day. The
    thresholds compare the real length, so crediting never decreases as a session gets longer.
    """
    length = _length_in_hours(start, end)
    if length >= FULL_DAY_FROM:
        return rules.full_day_hours
    if HALF_DAY_FROM <= length <= HALF_DAY_UNTIL:
        return rules.half_day_hours
    return min(math.floor(length * 2 + 0.5) / 2, rules.full_day_hours)


def periods(year: int, frequency: Frequency) -> list[Period]:
    """The periods of `frequency` that make up `year` (ISO weeks for WEEKLY)."""
    if frequency is Frequency.WEEKLY:
        return _iso_weeks(year)
    months_per_period = MONTHS_PER_PERIOD[frequency]
    return [
        _month_span(year, first, months_per_period)
        for first in range(1, 13, months_per_period)
    ]


def meeting_shortfalls(
    held: Mapping[ActivityKind, Sequence[date]],
    year: int,
    rules: ComplianceRules,
    today: date,
) -> list[Shortfall]:
    """Requirements missed in periods of `year` that have ended by `today`."""
    return [s for s in _tally(held, year, rules) if s.held < s.required and s.period.end < today]


def meetings_in_progress(
    held: Mapping[ActivityKind, Sequence[date]],
    year: int,
    rules: ComplianceRules,
    today: date,
) -> list[Shortfall]:
    """Requirements not yet met in the periods running on `today`: still time to hold them."""
    return [
        s for s in _tally(held, year, rules) if s.held < s.required and today in s.period
    ]


def hours_shortfall(hours: float, required: float) -> float:
    """Hours still missing (0.0 when compliant); rounded so float sums don't leave crumbs."""
    return max(0.0, round(required - hours, 2))


def is_follow_up_overdue(due: date | None, done: date | None, today: date) -> bool:
    """A follow-up is overdue when it has a due date, is not done, and the due date has passed."""
    return due is not None and done is None and today > due


def talk_missing(talk_count_this_year: int, rules: ComplianceRules) -> bool:
    """True when a member has had fewer talks this year than the rules ask for."""
    return talk_count_this_year < rules.talks_per_member_per_year


def _tally(
    held: Mapping[ActivityKind, Sequence[date]], year: int, rules: ComplianceRules
) -> Iterator[Shortfall]:
    for requirement in rules.meeting_requirements:
        days = held.get(requirement.kind, ())
        for period in periods(year, requirement.frequency):
            count = sum(1 for day in days if day in period)
            yield Shortfall(requirement.kind, period, requirement.min_count, count)


def _length_in_hours(start: time, end: time) -> float:
    day = date(2000, 1, 1)
    length = datetime.combine(day, end) - datetime.combine(day, start)
    if length <= timedelta(0):
        raise ValidationError(
            "end_time",
            QT_TRANSLATE_NOOP("ValidationError", "The end time must be after the start time"),
        )
    return length.total_seconds() / 3600


def _month_span(year: int, first_month: int, months: int) -> Period:
    start = date(year, first_month, 1)
    next_month = first_month + months
    after = date(year + 1, 1, 1) if next_month > 12 else date(year, next_month, 1)
    label = {
        1: f"{year}-{first_month:02d}",
        3: f"{year}-Q{(first_month + 2) // 3}",
        6: f"{year}-H{(first_month + 5) // 6}",
        12: f"{year}",
    }[months]
    return Period(start, after - timedelta(days=1), label)


def _iso_weeks(year: int) -> list[Period]:
    week_count = date(year, 12, 28).isocalendar().week
    return [
        Period(
            date.fromisocalendar(year, week, 1),
            date.fromisocalendar(year, week, 7),
            f"{year}-W{week:02d}",
        )
        for week in range(1, week_count + 1)
    ]


def _check_number(
    name: str, value: object, low: float, high: float, field: str, kind: type = float
) -> None:
    allowed = (int, float) if kind is float else (int,)
    if (isinstance(value, bool) or not isinstance(value, allowed) or not math.isfinite(value)
            or not low <= value <= high):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "The setting {name} must be a number from {low} to {high}, not {value}",
            ),
            name=name,
            low=low,
            high=high,
            value=value,
        )


def _check_meetings(requirements: object) -> None:
    if not isinstance(requirements, tuple) or not all(
        isinstance(r, MeetingRequirement) for r in requirements
    ):
        raise TypeError("meeting_requirements must be a tuple of MeetingRequirement")
    kinds = [r.kind for r in requirements]
    for requirement in requirements:
        _check_number("min_count", requirement.min_count, 1, 366, "kind", int)
        if kinds.count(requirement.kind) > 1:
            raise ValidationError(
                "kind",
                QT_TRANSLATE_NOOP(
                    "ValidationError", "{kind} has more than one meeting requirement"
                ),
                kind=requirement.kind.label(),
            )


def _meetings_from_data(data: object) -> tuple[MeetingRequirement, ...]:
    if not isinstance(data, (list, tuple)):
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("ValidationError", "The meeting requirements must be a list")
        )
    return tuple(_meeting_from_data(item) for item in data)


def _meeting_from_data(item: object) -> MeetingRequirement:
    if not isinstance(item, Mapping):
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("ValidationError", "A meeting requirement must be an object")
        )
    kind = _enum_value(ActivityKind, item.get("kind"), "kind")
    frequency = _enum_value(Frequency, item.get("frequency"), "frequency")
    return MeetingRequirement(kind, frequency, item.get("min_count", 1))


E = TypeVar("E", bound=Enum)


def _enum_value(enum_type: type[E], value: object, field: str) -> E:
    try:
        return enum_type(value)
    except (ValueError, TypeError):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("ValidationError", "Unknown value {value}"),
            value=value,
        ) from None


JOINT_KINDS = (ActivityKind.PARTY_LECTURE, ActivityKind.THEME_DAY)  # held for the whole branch, counted for each group


def check_hours(value: object, field_name: str = "hours") -> float:
    """Study or service hours as typed: a number from 0 to 24, kept to the half hour."""
    try:
        hours = float(value or 0)  # type: ignore[arg-type]  # anything float() refuses is a ValidationError
    except (TypeError, ValueError):
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("ValidationError", "Hours must be a number")) from None
    if not 0 <= hours <= 24:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("ValidationError", "Hours must be between 0 and 24"))
    return round(hours * 2) / 2


def credited_hours(status: AttendanceStatus, given: float | None, activity_hours: float) -> float:
    """Present members get the activity's hours unless given; leave and absence earn none."""
    if status is not AttendanceStatus.PRESENT:
        return 0.0
    return activity_hours if given is None else check_hours(given)
