"""先锋模范 rules: honour levels, the points arithmetic (积分制) and stars, appraisal grades, posts' scores."""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from partydesk.domain.enums import LabeledEnum, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP


class HonourLevel(LabeledEnum):
    BRANCH = ("BRANCH", "支部", "Branch")
    COMMITTEE = ("COMMITTEE", "党委", "Party committee")
    COUNTY = ("COUNTY", "县级", "County")
    CITY = ("CITY", "市级", "City")
    PROVINCE = ("PROVINCE", "省级", "Province")
    NATIONAL = ("NATIONAL", "国家级", "National")

    @property
    def is_county_or_above(self) -> bool:
        return self not in (HonourLevel.BRANCH, HonourLevel.COMMITTEE)


def honour_source(level: HonourLevel) -> PointSource:
    """支部/党委 honours earn the local item's points, 县级 and above the higher item's."""
    return PointSource.HONOUR_HIGH if level.is_county_or_above else PointSource.HONOUR_LOCAL


class PostKind(LabeledEnum):
    PIONEER = ("PIONEER", "党员先锋岗", "Pioneer post")
    MODEL = ("MODEL", "党员示范岗", "Model post")
    ZONE = ("ZONE", "党员责任区", "Responsibility zone")


class PostOutcome(LabeledEnum):
    EXCELLENT = ("EXCELLENT", "优秀", "Excellent")
    KEPT = ("KEPT", "保留", "Kept")
    WITHDRAWN = ("WITHDRAWN", "撤销", "Withdrawn")


class PointKind(LabeledEnum):
    ADD = ("ADD", "加分", "Addition")
    DEDUCT = ("DEDUCT", "减分", "Deduction")


class PointSource(LabeledEnum):
    """Where an item's points come from: entered by hand, or computed from other records."""

    MANUAL = ("MANUAL", "手工录入", "Entered by hand")
    ATTENDANCE = ("ATTENDANCE", "出席会议", "Meeting attended")
    ABSENCE = ("ABSENCE", "无故缺席", "Absent without leave")
    SERVICE = ("SERVICE", "服务实践", "Service practice")
    HONOUR_LOCAL = ("HONOUR_LOCAL", "支部、党委表彰", "Branch or committee honour")
    HONOUR_HIGH = ("HONOUR_HIGH", "县级及以上表彰", "County or higher honour")

    @property
    def is_automatic(self) -> bool:
        return self is not PointSource.MANUAL


class Grade(LabeledEnum):
    EXCELLENT = ("EXCELLENT", "优秀", "Excellent")
    QUALIFIED = ("QUALIFIED", "合格", "Qualified")
    BASIC = ("BASIC", "基本合格", "Basically qualified")
    UNQUALIFIED = ("UNQUALIFIED", "不合格", "Unqualified")

    @property
    def suggests_reminder_talk(self) -> bool:
        """基本合格: the branch should hold a 提醒谈话."""
        return self is Grade.BASIC

    @property
    def opens_correction(self) -> bool:
        """不合格: a 限期改正 period follows."""
        return self is Grade.UNQUALIFIED


GRADE_ARGUMENTS: dict[str, Grade] = {
    "excellent": Grade.EXCELLENT,
    "qualified": Grade.QUALIFIED,
    "basic": Grade.BASIC,
    "unqualified": Grade.UNQUALIFIED,
}


@dataclass(frozen=True)
class PointRules:
    """The office's scheme: the yearly base and the cap on additions (a Yunnan county's by default)."""

    base: int = 60
    addition_cap: int = 40


@dataclass(frozen=True)
class ItemRule:
    """One 积分项 as the arithmetic needs it: points each time, addition or deduction, yearly cap."""

    code: str
    kind: PointKind
    yearly_cap: int | None = None


@dataclass(frozen=True)
class PointTotals:
    base: int
    added: int
    deducted: int

    @property
    def total(self) -> int:
        return self.base + self.added - self.deducted

    @property
    def stars(self) -> int:
        return stars_for(self.total)


STAR_FLOORS = (60, 70, 80, 90, 96)


def stars_for(total: float) -> int:
    """< 60 none, 60–69 ★, 70–79 ★★, 80–89 ★★★, 90–95 ★★★★, ≥ 96 ★★★★★ (the floors reached)."""
    return bisect_right(STAR_FLOORS, total)


def star_text(stars: int) -> str:
    return "★" * stars


def capped(points: int, cap: int | None) -> int:
    return points if cap is None else min(points, cap)


def year_totals(rules: PointRules, items: Mapping[str, ItemRule], earned: Mapping[str, int]) -> PointTotals:
    """Base, capped additions and deductions from the points earned per item code (before caps)."""
    added = deducted = 0
    for code, points in earned.items():
        item = items[code]
        value = capped(points, item.yearly_cap)
        if item.kind is PointKind.ADD:
            added += value
        else:
            deducted += value
    return PointTotals(rules.base, capped(added, rules.addition_cap), deducted)


def quarter_totals(
    rules: PointRules, items: Mapping[str, ItemRule], earned_by_quarter: Iterable[Mapping[str, int]]
) -> list[PointTotals]:
    """Year-to-date totals at the end of each quarter; caps are yearly, so a quarter gets what is left."""
    running: dict[str, int] = {}
    result = []
    for earned in earned_by_quarter:
        for code, points in earned.items():
            running[code] = running.get(code, 0) + points
        result.append(year_totals(rules, items, running))
    return result


def quarter_of(on_date: date) -> int:
    return (on_date.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> date:
    check_quarter(quarter)
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def check_quarter(quarter: int) -> None:
    if quarter not in (1, 2, 3, 4):
        raise ValidationError("quarter", QT_TRANSLATE_NOOP("ValidationError", "The quarter is 1, 2, 3 or 4"))


def check_item_points(points: object, field: str = "points") -> int:
    """Points of an item or entry: a whole number from 1 to 100 (the kind says add or deduct)."""
    if isinstance(points, bool) or not isinstance(points, int) or not 1 <= points <= 100:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("ValidationError", "Points are a whole number from 1 to 100")
        )
    return points


def check_cap(cap: object, field: str = "yearly_cap") -> int | None:
    if cap is None:
        return None
    if isinstance(cap, bool) or not isinstance(cap, int) or not 1 <= cap <= 1000:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("ValidationError", "A cap is a whole number from 1 to 1000, or none")
        )
    return cap


def counts_for_points(status: MemberStatus) -> bool:
    """Full and probationary members take part in the points scheme."""
    return status.is_party_member


def grade_refusal(status: MemberStatus) -> str | None:
    """Why this member cannot be graded, or None: only full members receive a grade."""
    if status is MemberStatus.FULL:
        return None
    if status is MemberStatus.PROBATIONARY:
        return QT_TRANSLATE_NOOP(
            "ValidationError", "Probationary members take part in the appraisal but are not graded"
        )
    return QT_TRANSLATE_NOOP("ValidationError", "Only full Party members are graded")


def excellent_limit(graded: int) -> int:
    """优秀 should be at most one third of the graded members: ⌊n/3⌋."""
    return graded // 3


def excellent_over_limit(excellent: int, graded: int) -> bool:
    return excellent > excellent_limit(graded)


DEFAULT_CORRECTION_MONTHS = 6
MAX_CORRECTION_MONTHS = 12
DEFAULT_CORRECTION_NOTICE_DAYS = 30  # the reminders show a 限期改正 this many days before it ends
MAX_CORRECTION_NOTICE_DAYS = 365
CORRECTION_NOTICE_RANGE = QT_TRANSLATE_NOOP(
    "ValidationError", "A correction period is reminded 0 to 365 days before it ends"
)
# The reminder of a 限期改正 (kind correction_due): its evidence, and the suggestion once the period is over.
CORRECTION_EVIDENCE = QT_TRANSLATE_NOOP("Reminders", "Unqualified: to correct by {due}")  # fits a console cell
CORRECTION_OVER = QT_TRANSLATE_NOOP("Reminders", "The correction period is over: the branch decides on the outcome")


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Aug + 6 → 28/29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def correction_due(start: date, months: int = DEFAULT_CORRECTION_MONTHS) -> date:
    """限期改正: by default 6 months, at most a year (2024 rules on handling unqualified members)."""
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_CORRECTION_MONTHS:
        raise ValidationError(
            "months", QT_TRANSLATE_NOOP("ValidationError", "A correction period is 1 to 12 months")
        )
    return add_months(start, months)


@dataclass(frozen=True)
class PostRules:
    excellent_from: int = 90
    withdraw_below: int = 70


def check_post_score(score: object) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100:
        raise ValidationError("score", QT_TRANSLATE_NOOP("ValidationError", "A score is from 0 to 100"))
    return score


def post_outcome(score: int, rules: PostRules = PostRules()) -> PostOutcome:
    """≥ 90 优秀; < 70 the post is withdrawn; otherwise kept."""
    check_post_score(score)
    if score >= rules.excellent_from:
        return PostOutcome.EXCELLENT
    if score < rules.withdraw_below:
        return PostOutcome.WITHDRAWN
    return PostOutcome.KEPT


def guess_post_kind(text: str) -> PostKind:
    """The kind a free-text post names (责任区, 先锋岗), 示范岗 otherwise."""
    if "责任区" in text:
        return PostKind.ZONE
    if "先锋" in text:
        return PostKind.PIONEER
    return PostKind.MODEL


ONE_HOLDER = QT_TRANSLATE_NOOP("ValidationError", "An honour is given to one member or one branch")
APPRAISAL_YEARS = (1950, 2200)


def check_one_holder(has_member: bool, has_branch: bool) -> None:
    if has_member == has_branch:
        raise ValidationError("member", ONE_HOLDER)


def check_revoked_on(on_date: date, revoked_on: date | None) -> None:
    if revoked_on is not None and revoked_on < on_date:
        raise ValidationError("revoked_on", QT_TRANSLATE_NOOP(
            "ValidationError", "An honour cannot be revoked before it was given"))


def check_term(term_start: date | None, term_end: date | None) -> None:
    if term_start and term_end and term_end < term_start:
        raise ValidationError("term_end", QT_TRANSLATE_NOOP("ValidationError", "The term ends before it starts"))


def check_appraisal_year(year: int) -> None:
    if not APPRAISAL_YEARS[0] <= year <= APPRAISAL_YEARS[1]:
        raise ValidationError("year", QT_TRANSLATE_NOOP("ValidationError", "Not a year: {year}"), year=year)


def check_correction_end(starts_on: date, closed_on: date | None) -> None:
    if closed_on is not None and closed_on < starts_on:
        raise ValidationError("closed_on", QT_TRANSLATE_NOOP(
            "ValidationError", "A correction cannot end before it starts"))
