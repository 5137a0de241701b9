"""早提醒: the rules that tell who is drifting away (Party Constitution art. 9) before month six."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from partydesk.domain.dues import month_index
from partydesk.domain.enums import LabeledEnum
from partydesk.domain.errors import ValidationError
from partydesk.domain.vanguard import (
    CORRECTION_NOTICE_RANGE,
    CORRECTION_OVER,
    DEFAULT_CORRECTION_NOTICE_DAYS,
    MAX_CORRECTION_NOTICE_DAYS,
)
from partydesk.i18n import QT_TRANSLATE_NOOP

LOOKBACK_MONTHS = 24


class ReminderKind(LabeledEnum):
    MISSED_MEETINGS = ("missed_meetings", "连续未参加组织生活", "Missed meetings")
    DUES_ARREARS = ("dues_arrears", "连续未交纳党费", "Dues in arrears")
    HOURS_BEHIND = ("hours_behind", "学时进度落后", "Study hours behind")
    FOLLOW_UP_OVERDUE = ("follow_up_overdue", "谈话跟进逾期", "Talk follow-up overdue")
    PROBATION_DUE = ("probation_due", "预备期已满", "Probation over")
    PROBATION_DUE_SOON = ("probation_due_soon", "预备期即将期满", "Probation ending soon")
    CORRECTION_DUE = ("correction_due", "限期改正到期", "Correction period ending")


class AnswerKind(LabeledEnum):
    TALK = ("talk", "提醒谈话", "Reminder talk")
    JUSTIFICATION = ("justification", "正当理由", "Justified")
    DISMISSAL = ("dismissal", "不予处理", "Dismissed")


class MonthState(Enum):
    """How a month counts in a run: missed extends it, kept ends it, not expected is skipped."""

    MISSED = "missed"
    KEPT = "kept"
    NOT_EXPECTED = "not_expected"


@dataclass(frozen=True)
class ReminderRules:
    """Office thresholds: months for levels 1-3, the study-hours pace check, the 限期改正 notice."""

    level_months: tuple[int, int, int] = (3, 5, 6)
    hours_from_month: int = 4
    hours_margin: float = 8.0
    correction_notice_days: int = DEFAULT_CORRECTION_NOTICE_DAYS

    def __post_init__(self) -> None:
        low, middle, high = self.level_months
        if not 1 <= low < middle < high <= LOOKBACK_MONTHS:
            raise ValidationError("level_months", QT_TRANSLATE_NOOP(
                "ValidationError", "The months of the three levels must rise, from 1 to {n}"), n=LOOKBACK_MONTHS)
        if not 2 <= self.hours_from_month <= 12:
            raise ValidationError("hours_from_month", QT_TRANSLATE_NOOP(
                "ValidationError", "The hours check starts in a month from 2 to 12"))
        if not 0 <= self.hours_margin <= 1000:
            raise ValidationError("hours_margin", QT_TRANSLATE_NOOP(
                "ValidationError", "The hours margin must be from 0 to 1000"))
        days = self.correction_notice_days
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_CORRECTION_NOTICE_DAYS:
            raise ValidationError("correction_notice_days", CORRECTION_NOTICE_RANGE)

    def to_dict(self) -> dict[str, object]:
        return {"level_months": list(self.level_months), "hours_from_month": self.hours_from_month,
                "hours_margin": self.hours_margin, "correction_notice_days": self.correction_notice_days}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ReminderRules:
        defaults = cls()
        levels = data.get("level_months", defaults.level_months)
        if not isinstance(levels, (list, tuple)) or len(levels) != 3:
            levels = defaults.level_months
        hours_from = data.get("hours_from_month", defaults.hours_from_month)
        margin = data.get("hours_margin", defaults.hours_margin)
        notice = data.get("correction_notice_days", defaults.correction_notice_days)
        return cls((int(levels[0]), int(levels[1]), int(levels[2])),
                   int(hours_from) if isinstance(hours_from, (int, float)) else defaults.hours_from_month,
                   float(margin) if isinstance(margin, (int, float)) else defaults.hours_margin,
                   int(notice) if isinstance(notice, (int, float)) else defaults.correction_notice_days)


@dataclass(frozen=True)
class Run:
    """Consecutive missed months ending at the last finished month; `since` is the first of them."""

    months: int
    since: int | None


def last_finished_month(today: date) -> int:
    """The month index of the month before today's."""
    return month_index(today.year, today.month) - 1


def consecutive_run(last_month: int, state_of: Callable[[int], MonthState],
                    lookback: int = LOOKBACK_MONTHS) -> Run:
    """Count back from `last_month`: missed months add up, a kept month stops, others are skipped."""
    months, since = 0, None
    for index in range(last_month, last_month - lookback, -1):
        state = state_of(index)
        if state is MonthState.KEPT:
            break
        if state is MonthState.MISSED:
            months, since = months + 1, index
    return Run(months, since)


def level_for(months: int, rules: ReminderRules) -> int:
    """0 below the first threshold, else 1, 2 or 3 (art. 9: the branch must decide)."""
    return sum(1 for threshold in rules.level_months if months >= threshold)


def meeting_month_state(marks: int, absences: int) -> MonthState:
    """A month with marks only of 缺席 is missed; any 出席 or 请假 (a 正当理由) keeps it."""
    if marks == 0:
        return MonthState.NOT_EXPECTED
    return MonthState.MISSED if absences == marks else MonthState.KEPT


def hours_behind(hours: float, required: float, today: date, rules: ReminderRules) -> float | None:
    """How far a member trails the year's pace, when by more than the margin from the set month on."""
    if today.month < rules.hours_from_month:
        return None
    finished = today.month - 1
    behind = required * finished / 12 - hours
    return round(behind, 1) if behind > rules.hours_margin else None


def is_suppressed(until: date | None, today: date) -> bool:
    """A 正当理由 holds through its end date."""
    return until is not None and today <= until


SUGGESTED: dict[tuple[ReminderKind, int], str] = {
    (ReminderKind.MISSED_MEETINGS, 1): QT_TRANSLATE_NOOP("Reminders", "Hold a reminder talk (提醒谈话)"),
    (ReminderKind.MISSED_MEETINGS, 2): QT_TRANSLATE_NOOP("Reminders", "The branch secretary talks with the member"),
    (ReminderKind.MISSED_MEETINGS, 3): QT_TRANSLATE_NOOP(
        "Reminders", "Six months: the branch must decide (Constitution art. 9)"),
    (ReminderKind.DUES_ARREARS, 1): QT_TRANSLATE_NOOP("Reminders", "Remind the member to pay the dues"),
    (ReminderKind.DUES_ARREARS, 2): QT_TRANSLATE_NOOP("Reminders", "The branch secretary talks with the member"),
    (ReminderKind.DUES_ARREARS, 3): QT_TRANSLATE_NOOP(
        "Reminders", "Six months: the branch must decide (Constitution art. 9)"),
    (ReminderKind.HOURS_BEHIND, 1): QT_TRANSLATE_NOOP("Reminders", "Plan study hours with the member"),
    (ReminderKind.FOLLOW_UP_OVERDUE, 1): QT_TRANSLATE_NOOP("Reminders", "Complete the talk's follow-up"),
    (ReminderKind.PROBATION_DUE, 1): QT_TRANSLATE_NOOP("Reminders", "Discuss full membership at a branch meeting"),
    (ReminderKind.PROBATION_DUE_SOON, 1): QT_TRANSLATE_NOOP("Reminders", "Prepare the full-membership procedure"),
    (ReminderKind.CORRECTION_DUE, 1): QT_TRANSLATE_NOOP("Reminders", "Review the correction period"),
    (ReminderKind.CORRECTION_DUE, 2): CORRECTION_OVER,
}


def suggested_action(kind: ReminderKind, level: int) -> str:
    """The English source text of the suggestion (translate in the 'Reminders' context)."""
    return SUGGESTED.get((kind, level)) or SUGGESTED[(kind, 1)]
