"""The yearly compliance picture: study hours, 三会一课 frequencies, talks, follow-ups, probation.

Who counts: live probationary and full members (MemberStatus.is_party_member) on the roster.
Hours credited: attendance.hours of PRESENT marks in live, not cancelled activities of the year.
Meetings held: live activities of the year that are HELD or have attendance recorded.
Committee-level (or branch-less) 党课 and 主题党日 count for every branch, because a joint
lecture or theme day by the 党委 fulfils each branch's duty; the other required kinds
(支部党员大会, 支委会, 党小组会, 组织生活会, 民主评议) are a branch's own organs and count only for it.
A group meeting counts for its group's branch.

The heavy aggregate (attendance summed per member) runs in SQL; the per-branch rollup of
those per-member sums is done once in Python so a report scans attendance only once. That
aggregate and the held meetings are cached per database until attendance, activities or
members change, so the dashboard and paged lists after the first cost a few small queries.
"""

from __future__ import annotations

import dataclasses
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from sqlalchemy import case, exists, func, or_, select

from partydesk.domain.compliance import (
    JOINT_KINDS,
    ComplianceRules,
    hours_shortfall,
    is_follow_up_overdue,
    periods,
    required_hours,
)
from partydesk.domain.dates import year_bounds
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, BranchRole, MemberStatus, OrgKind
from partydesk.domain.members import PARTY_MEMBERS, is_due_for_full_membership, probation_end
from partydesk.services.access import Permission, require
from partydesk.services.common import Page, get_live
from partydesk.services.settings import compliance_rules
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member, PartyGroup, Talk

LIST_LIMIT = 100
CACHED_YEARS = 4  # office-wide and a few branch views stay cached together
DUE_WITHIN_DAYS = 30


@dataclass(frozen=True)
class MemberHours:
    member_uuid: str
    name: str
    branch_uuid: str
    branch_name: str
    status: MemberStatus
    branch_role: BranchRole
    hours: float
    required: float
    shortfall: float


@dataclass(frozen=True)
class MeetingShortfall:
    """Fewer activities of `kind` than required in a period of one branch."""

    branch_uuid: str
    branch_name: str
    kind: ActivityKind
    period: str
    period_start: date
    period_end: date
    required: int
    held: int


@dataclass(frozen=True)
class BranchCompliance:
    branch_uuid: str
    branch_name: str
    members: int
    compliant: int
    below: int
    average_hours: float
    shortfalls: tuple[MeetingShortfall, ...]
    in_progress: tuple[MeetingShortfall, ...]

    @property
    def completion(self) -> float:
        """Share of members at or above their required hours (1.0 for a branch without members)."""
        return self.compliant / self.members if self.members else 1.0


@dataclass(frozen=True)
class MemberRef:
    member_uuid: str
    name: str
    branch_name: str


@dataclass(frozen=True)
class OverdueFollowUp:
    talk_uuid: str
    member_uuid: str
    member_name: str
    branch_name: str
    kind: str
    on_date: date
    follow_up_due: date
    days_overdue: int


@dataclass(frozen=True)
class ProbationDue:
    member_uuid: str
    name: str
    branch_name: str
    joined_on: date
    probation_ends: date


@dataclass(frozen=True)
class ComplianceReport:
    year: int
    today: date
    branch_uuid: str | None
    rules: ComplianceRules
    members: int
    compliant: int
    below: int
    average_hours: float
    branches: tuple[BranchCompliance, ...]
    members_below: tuple[MemberHours, ...]
    shortfalls: tuple[MeetingShortfall, ...]
    without_talk_count: int
    without_talk: tuple[MemberRef, ...]
    overdue_count: int
    overdue_follow_ups: tuple[OverdueFollowUp, ...]
    probationary_due: tuple[ProbationDue, ...]

    def to_dict(self) -> dict:
        """JSON-ready: enums as codes, dates ISO, completion ratios included."""
        data = _plain(self)
        data["rules"] = self.rules.to_dict()
        for branch, plain in zip(self.branches, data["branches"], strict=True):
            plain["completion"] = round(branch.completion, 4)
        return data


@dataclass(frozen=True)
class YearData:
    """The expensive part of a year, cached until attendance, activities or members change.

    `standing`: (member id, branch id, hours, required) of every counted member.
    `held`: dates of held required meetings by branch id (None: committee-level or branch-less).
    """

    standing: tuple[tuple[int, int, float, float], ...]
    held: dict


@dataclass(frozen=True)
class ReportDetails:
    """The report plus what the dashboard draws from the same pass."""

    report: ComplianceReport
    data: YearData
    cells: dict[str, list]  # branch uuid -> [(requirement, period, held)] of every period
    without_talk: tuple[MemberRef, ...]


# ---- public use cases ------------------------------------------------------------------------


def compliance_report(db: Database, year: int, today: date | None = None, branch_uuid: str | None = None,
                      list_limit: int = LIST_LIMIT) -> ComplianceReport:
    """The year's compliance for the office or one branch; long lists cut at `list_limit` (0: all)."""
    return report_details(db, year, today, branch_uuid, list_limit).report


def report_details(db: Database, year: int, today: date | None = None, branch_uuid: str | None = None,
                   list_limit: int = LIST_LIMIT) -> ReportDetails:
    require(db, Permission.READ)
    today = today or date.today()
    rules = compliance_rules(db)
    limit = None if list_limit == 0 else list_limit
    with db.read() as session:
        branches = _branches(session, branch_uuid)
        scope = tuple(branches) if branch_uuid else None
        data = year_data(db, session, year, rules, scope)
        cells: dict[str, list] = {}
        branch_rows = _branch_compliance(branches, data, year, rules, today, cells)
        below = below_rows(data)
        total_hours = sum(row[2] for row in data.standing)
        without_talk = tuple(_without_talk(session, year, today, rules, scope, 0, None))
        count = len(data.standing)
        report = ComplianceReport(
            year=year, today=today, branch_uuid=branch_uuid, rules=rules, members=count,
            compliant=count - len(below), below=len(below),
            average_hours=round(total_hours / count, 2) if count else 0.0,
            branches=tuple(branch_rows), members_below=tuple(_member_hours(session, below[:limit])),
            shortfalls=tuple(s for b in branch_rows for s in b.shortfalls),
            without_talk_count=len(without_talk), without_talk=without_talk[:limit],
            overdue_count=_overdue_count(session, today, scope),
            overdue_follow_ups=tuple(_overdue(session, today, scope, 0, limit)),
            probationary_due=tuple(_probationary_due(session, today, scope)),
        )
        return ReportDetails(report, data, cells, without_talk)


def members_below(db: Database, year: int, offset: int = 0, limit: int = LIST_LIMIT, today: date | None = None,
                  branch_uuid: str | None = None) -> Page[MemberHours]:
    """Members below their required hours, largest shortfall first, one page at a time."""
    require(db, Permission.READ)
    rules = compliance_rules(db)
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        below = below_rows(year_data(db, session, year, rules, scope))
        return Page(_member_hours(session, below[offset: offset + limit]), len(below))


def members_without_talk(db: Database, year: int, offset: int = 0, limit: int = LIST_LIMIT,
                         today: date | None = None, branch_uuid: str | None = None) -> Page[MemberRef]:
    """Counted members with fewer talks this year than the rules ask, in roster order."""
    require(db, Permission.READ)
    today = today or date.today()
    rules = compliance_rules(db)
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        rows = _without_talk(session, year, today, rules, scope, offset, limit)
        return Page(rows, _without_talk_count(session, year, today, rules, scope))


def overdue_follow_ups(db: Database, today: date | None = None, offset: int = 0, limit: int = LIST_LIMIT,
                       branch_uuid: str | None = None) -> Page[OverdueFollowUp]:
    require(db, Permission.READ)
    today = today or date.today()
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        return Page(_overdue(session, today, scope, offset, limit), _overdue_count(session, today, scope))


def year_data(db: Database, session, year: int, rules: ComplianceRules, scope: tuple[int, ...] | None) -> YearData:
    """Hours of every counted member and the held meetings, cached until the data changes."""
    token = (year, rules, scope, _change_token(session))
    cache = _CACHE.setdefault(db, {})
    if token not in cache:
        for stale in [key for key in cache if key[3] != token[3]]:
            del cache[stale]  # computed before the data changed
        while len(cache) >= CACHED_YEARS:
            del cache[next(iter(cache))]
        standing = tuple(session.execute(_standing_select(year, rules, scope)).all())
        cache[token] = YearData(standing, held_meetings(session, year))
    return cache[token]


def below_rows(data: YearData) -> list:
    """Standing rows below their requirement, largest shortfall first."""
    return sorted((row for row in data.standing if row[2] < row[3]), key=lambda r: (r[2] - r[3], r[0]))


_CACHE: "weakref.WeakKeyDictionary[Database, dict]" = weakref.WeakKeyDictionary()


# ---- SQL ------------------------------------------------------------------------------------


def counted_activities(year: int):
    """Ids of the live, not cancelled activities of the year (their attendance earns hours)."""
    first, last = year_bounds(year)
    return select(Activity.id).where(
        Activity.deleted_at.is_(None), Activity.state != ActivityState.CANCELLED, Activity.on_date.between(first, last)
    )


def hours_per_member(year: int):
    """member_id, hours: the SQL aggregate of credited hours (PRESENT marks only)."""
    return (
        select(Attendance.member_id, func.sum(Attendance.hours).label("hours"))
        .where(Attendance.deleted_at.is_(None), Attendance.status == AttendanceStatus.PRESENT,
               Attendance.activity_id.in_(counted_activities(year)))
        .group_by(Attendance.member_id)
        .subquery()
    )


def required_expression(rules: ComplianceRules):
    """The yearly hours each member must reach, derived from the domain rule for each role."""
    return case({role: required_hours(role, rules) for role in BranchRole}, value=Member.branch_role,
                else_=rules.required_hours_member)


def counted_members(scope: tuple[int, ...] | None):
    conditions = [Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS)]
    if scope is not None:
        conditions.append(Member.branch_id.in_(scope))
    return conditions


def _standing_select(year: int, rules: ComplianceRules, scope: tuple[int, ...] | None):
    hours = hours_per_member(year)
    return (
        select(Member.id, Member.branch_id, func.coalesce(hours.c.hours, 0.0), required_expression(rules))
        .outerjoin(hours, hours.c.member_id == Member.id)
        .where(*counted_members(scope))
        .order_by(Member.id)
    )


def _change_token(session) -> tuple:
    """Cheap fingerprint of what the year data depends on: newest change and newest row per table.

    Every service write stamps updated_at (soft deletes and restores too) and new rows raise the
    largest id; purging the recycle bin removes only rows that no longer count.
    """
    # One aggregate a statement: SQLite answers a lone max() from the index, two together by a full scan.
    return tuple(
        session.scalar(select(func.max(column)))
        for model in (Attendance, Activity, Member)
        for column in (model.updated_at, model.id)
    )


def _branches(session, branch_uuid: str | None) -> dict[int, tuple[str, str]]:
    """id -> (uuid, name) of the branches reported: all, or the chosen one and those under it."""
    rows = session.execute(
        select(Branch.id, Branch.uuid, Branch.name, Branch.parent_id, Branch.kind)
        .where(Branch.deleted_at.is_(None)).order_by(Branch.sort_order, Branch.id)
    ).all()
    if branch_uuid is None:
        return {r.id: (r.uuid, r.name) for r in rows if r.kind is OrgKind.BRANCH}
    root = get_live(session, Branch, branch_uuid, "branch").id
    chosen, added = {root}, True
    while added:
        added = False
        for r in rows:
            if r.parent_id in chosen and r.id not in chosen:
                chosen.add(r.id)
                added = True
    return {r.id: (r.uuid, r.name) for r in rows if r.id in chosen and (r.kind is OrgKind.BRANCH or r.id == root)}


def held_meetings(session, year: int) -> dict[int | None, dict[ActivityKind, list[date]]]:
    """Dates of held activities of the year, by branch (None: committee-level or branch-less)."""
    first, last = year_bounds(year)
    has_marks = exists().where(Attendance.activity_id == Activity.id, Attendance.deleted_at.is_(None))
    branch = func.coalesce(Activity.branch_id, PartyGroup.branch_id)
    stmt = (
        select(branch, Activity.kind, Activity.on_date)
        .outerjoin(PartyGroup, PartyGroup.id == Activity.party_group_id)
        .where(Activity.deleted_at.is_(None), Activity.on_date.between(first, last),
               Activity.state != ActivityState.CANCELLED, or_(Activity.state == ActivityState.HELD, has_marks))
    )
    committees = set(session.scalars(select(Branch.id).where(Branch.kind != OrgKind.BRANCH)))
    held: dict[int | None, dict[ActivityKind, list[date]]] = {}
    for branch_id, kind, on in session.execute(stmt):
        key = None if branch_id in committees else branch_id
        held.setdefault(key, {}).setdefault(kind, []).append(on)
    return held


def _branch_compliance(branches: dict, data: YearData, year: int, rules: ComplianceRules, today: date,
                       cells_out: dict) -> list[BranchCompliance]:
    tallies: dict[int, list] = {branch_id: [0, 0, 0.0] for branch_id in branches}
    for _, branch_id, hours, required in data.standing:
        tally = tallies.setdefault(branch_id, [0, 0, 0.0])
        tally[0] += 1
        tally[1] += hours >= required
        tally[2] += hours
    year_periods = {r.frequency: periods(year, r.frequency) for r in rules.meeting_requirements}
    result = []
    for branch_id, (uuid, name) in branches.items():
        count, compliant, hours = tallies.get(branch_id, (0, 0, 0.0))
        cells = cells_out[uuid] = list(held_by_period(branch_meeting_days(data.held, branch_id), rules, year_periods))

        def rows(chosen, uuid=uuid, name=name, cells=cells):
            return tuple(MeetingShortfall(uuid, name, r.kind, p.label, p.start, p.end, r.min_count, held)
                         for r, p, held in cells if held < r.min_count and chosen(p))

        result.append(BranchCompliance(
            uuid, name, count, compliant, count - compliant, round(hours / count, 2) if count else 0.0,
            rows(lambda period: period.end < today), rows(lambda period: today in period),
        ))
    return result


def branch_meeting_days(held: dict, branch_id: int) -> dict[ActivityKind, list[date]]:
    """A branch's own held meetings plus the committee's joint 党课 and 主题党日."""
    days = {kind: list(dates) for kind, dates in held.get(branch_id, {}).items()}
    for kind, dates in held.get(None, {}).items():
        if kind in JOINT_KINDS:
            days.setdefault(kind, []).extend(dates)
    return days


def held_by_period(days: dict[ActivityKind, list[date]], rules: ComplianceRules, year_periods: dict):
    """(requirement, period, held count) for every period of every requirement.

    The same tally as domain.compliance.meeting_shortfalls (a shortfall is held < required in a
    period that ended before today; in progress while today is in it), with the year's periods
    computed once for all branches; tests check both agree on every branch.
    """
    for requirement in rules.meeting_requirements:
        dates = sorted(days.get(requirement.kind, ()))
        for period in year_periods[requirement.frequency]:
            yield requirement, period, bisect_right(dates, period.end) - bisect_left(dates, period.start)


def _member_hours(session, rows) -> list[MemberHours]:
    """Names and branches of the given standing rows, in their order (one query by id)."""
    ids = [row[0] for row in rows]
    if not ids:
        return []
    found = {
        r[0]: r[1:]
        for r in session.execute(
            select(Member.id, Member.uuid, Member.name, Branch.uuid, Branch.name, Member.status, Member.branch_role)
            .join(Branch, Branch.id == Member.branch_id).where(Member.id.in_(ids))
        )
    }
    return [MemberHours(*found[member_id], hours, required, hours_shortfall(hours, required))
            for member_id, _, hours, required in rows]


def _without_talk_select(columns, year: int, today: date, rules: ComplianceRules, scope):
    """Counted members with fewer talks in the year (up to today) than the rules ask for."""
    first, last = year_bounds(year)
    talks = (
        select(func.count()).where(Talk.member_id == Member.id, Talk.deleted_at.is_(None),
                                   Talk.on_date.between(first, min(last, today)))
        .scalar_subquery()
    )
    return (
        select(*columns).select_from(Member).join(Branch, Branch.id == Member.branch_id)
        .where(*counted_members(scope), talks < rules.talks_per_member_per_year)
    )


def _without_talk_count(session, year, today, rules, scope) -> int:
    return session.scalar(_without_talk_select([func.count()], year, today, rules, scope)) or 0


def _without_talk(session, year, today, rules, scope, offset: int, limit: int | None) -> list[MemberRef]:
    stmt = _without_talk_select([Member.uuid, Member.name, Branch.name], year, today, rules, scope)
    stmt = stmt.order_by(Branch.sort_order, Member.roster_order, Member.id).offset(offset).limit(limit)
    return [MemberRef(*row) for row in session.execute(stmt)]


def _overdue_select(columns, today: date, scope):
    return (
        select(*columns).select_from(Talk).join(Member, Member.id == Talk.member_id)
        .join(Branch, Branch.id == Member.branch_id)
        .where(Talk.deleted_at.is_(None), Member.deleted_at.is_(None), Talk.follow_up_done.is_(None),
               Talk.follow_up_due < today, *([Member.branch_id.in_(scope)] if scope is not None else []))
    )


def _overdue_count(session, today: date, scope) -> int:
    return session.scalar(_overdue_select([func.count()], today, scope)) or 0


def _overdue(session, today: date, scope, offset: int, limit: int | None) -> list[OverdueFollowUp]:
    stmt = _overdue_select([Talk.uuid, Member.uuid, Member.name, Branch.name, Talk.kind, Talk.on_date,
                            Talk.follow_up_due, Talk.follow_up_done], today, scope)
    stmt = stmt.order_by(Talk.follow_up_due, Talk.id).offset(offset).limit(limit)
    return [OverdueFollowUp(uuid, member, name, branch, kind.value, on, due, (today - due).days)
            for uuid, member, name, branch, kind, on, due, done in session.execute(stmt)
            if is_follow_up_overdue(due, done, today)]


def _probationary_due(session, today: date, scope) -> list[ProbationDue]:
    # Probation is a year, so nobody who joined after this can be due; the domain rule decides exactly.
    latest = today - timedelta(days=365 - DUE_WITHIN_DAYS - 2)
    stmt = (
        select(Member.uuid, Member.name, Branch.name, Member.joined_on)
        .join(Branch, Branch.id == Member.branch_id)
        .where(Member.deleted_at.is_(None), Member.status == MemberStatus.PROBATIONARY, Member.joined_on <= latest,
               *([Member.branch_id.in_(scope)] if scope is not None else []))
        .order_by(Member.joined_on, Member.id)
    )
    return [ProbationDue(uuid, name, branch, joined, probation_end(joined))
            for uuid, name, branch, joined in session.execute(stmt)
            if is_due_for_full_membership(joined, today, DUE_WITHIN_DAYS)]


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value
