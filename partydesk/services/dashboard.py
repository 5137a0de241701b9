"""The dashboard: this year's compliance at a glance, each item with the query its list opens.

Built on compliance.compliance_report (its numbers are the report's), plus the meeting grid,
this week's activities and the backup age. Click-through targets are the list services' own
query objects: MemberQuery(uuids=...), TalkQuery(overdue_on=today), ActivityQuery(...).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import select

from partydesk.domain.enums import ActivityKind, ActivityState
from partydesk.services import compliance
from partydesk.services.access import Permission, require
from partydesk.services.backup import BackupStatus, backup_status
from partydesk.services.calendar import ActivityQuery, ActivityRow, query_activities
from partydesk.services.compliance import BranchCompliance, MemberHours, MemberRef, OverdueFollowUp, ProbationDue
from partydesk.services.roster import MemberQuery
from partydesk.services.talks import TalkQuery
from partydesk.store.db import Database
from partydesk.store.models import Member

FIRST_N = 10
# A click-through list by uuids stays well inside SQLite's limit of bound parameters.
MAX_LINK_UUIDS = 30_000
UUID_CHUNK = 5_000

MET, MISSED, OPEN, FUTURE = "met", "missed", "open", "future"


@dataclass(frozen=True)
class BranchHours:
    """Study-hours completion of one branch; `member_query` opens its roster."""

    branch_uuid: str
    branch_name: str
    members: int
    compliant: int
    below: int
    average_hours: float
    completion: float
    member_query: MemberQuery


class MeetingCell(NamedTuple):
    """Held vs required for one kind in one period: met, missed (ended short), open or future.

    A named tuple: a 100,000-member office has some 90,000 cells, built on every refresh.
    """

    kind: ActivityKind
    period: str
    start: date
    end: date
    required: int
    held: int
    state: str


@dataclass(frozen=True)
class BranchMeetings:
    branch_uuid: str
    branch_name: str
    cells: tuple[MeetingCell, ...]
    missed: int
    activity_query: ActivityQuery


@dataclass(frozen=True)
class MemberList:
    """A count, the first rows to show, and the roster query listing them all (None if too many)."""

    count: int
    first: tuple
    member_query: MemberQuery | None


@dataclass(frozen=True)
class TalkList:
    count: int
    first: tuple[OverdueFollowUp, ...]
    talk_query: TalkQuery


@dataclass(frozen=True)
class ActivityList:
    count: int
    first: tuple[ActivityRow, ...]
    activity_query: ActivityQuery


@dataclass(frozen=True)
class Dashboard:
    year: int
    today: date
    members: int
    compliant: int
    below_count: int
    average_hours: float
    completion: float
    branches: tuple[BranchHours, ...]
    below: MemberList
    meetings: tuple[BranchMeetings, ...]
    missed_meetings: int
    without_talk: MemberList
    overdue_follow_ups: TalkList
    probationary_due: MemberList  # probation year over: the branch must decide
    probationary_due_soon: MemberList  # ending within due_soon_days
    due_soon_days: int
    this_week: ActivityList
    backup: BackupStatus


def dashboard(db: Database, year: int, today: date, first_n: int = FIRST_N) -> Dashboard:
    """Everything the dashboard tab shows, from one compliance pass and a few small queries."""
    require(db, Permission.READ)
    details = compliance.report_details(db, year, today, list_limit=first_n)
    report = details.report
    with db.read() as session:
        below_uuids = _uuids(session, [row[0] for row in compliance.below_rows(details.data)])
    meetings = tuple(_branch_meetings(b, details.cells[b.branch_uuid], year, today) for b in report.branches)
    return Dashboard(
        year=year, today=today, members=report.members, compliant=report.compliant, below_count=report.below,
        average_hours=report.average_hours, completion=report.compliant / report.members if report.members else 1.0,
        branches=tuple(_branch_hours(b) for b in report.branches),
        below=MemberList(report.below, report.members_below, _member_query(below_uuids)),
        meetings=meetings, missed_meetings=sum(m.missed for m in meetings),
        without_talk=MemberList(report.without_talk_count, report.without_talk,
                                _member_query(tuple(r.member_uuid for r in details.without_talk))),
        overdue_follow_ups=TalkList(report.overdue_count, report.overdue_follow_ups,
                                    TalkQuery(overdue_on=today, sort="follow_up_due", descending=False)),
        probationary_due=_probation_list(report.probationary_due, first_n),
        probationary_due_soon=_probation_list(report.probationary_due_soon, first_n),
        due_soon_days=report.rules.probation_due_soon_days,
        this_week=_this_week(db, today, first_n),
        backup=backup_status(db),
    )


def _probation_list(rows: tuple[ProbationDue, ...], first_n: int) -> MemberList:
    return MemberList(len(rows), rows[:first_n], _member_query(tuple(p.member_uuid for p in rows)))


def _branch_hours(branch: BranchCompliance) -> BranchHours:
    return BranchHours(branch.branch_uuid, branch.branch_name, branch.members, branch.compliant, branch.below,
                       branch.average_hours, branch.completion, MemberQuery(branch_uuid=branch.branch_uuid))


def _branch_meetings(branch: BranchCompliance, tallies: list, year: int, today: date) -> BranchMeetings:
    cells = tuple(
        MeetingCell(requirement.kind, period.label, period.start, period.end, requirement.min_count, held,
                    _state(held, requirement.min_count, period.start, period.end, today))
        for requirement, period, held in tallies
    )
    missed = sum(1 for cell in cells if cell.state == MISSED)
    query = ActivityQuery(year=year, branch_uuid=branch.branch_uuid, kinds=tuple({c.kind for c in cells}))
    return BranchMeetings(branch.branch_uuid, branch.branch_name, cells, missed, query)


def _state(held: int, required: int, start: date, end: date, today: date) -> str:
    if held >= required:
        return MET
    if end < today:
        return MISSED
    return OPEN if start <= today else FUTURE


def _this_week(db: Database, today: date, first_n: int) -> ActivityList:
    """Activities from today to Sunday that are not cancelled."""
    sunday = today + timedelta(days=6 - today.weekday())
    query = ActivityQuery(date_from=today, date_to=sunday, limit=first_n,
                          states=(ActivityState.PLANNED, ActivityState.HELD))
    page = query_activities(db, query)
    return ActivityList(page.total, tuple(page.rows), query)


def _member_query(uuids) -> MemberQuery | None:
    """The roster query listing exactly these members (None when too many to name)."""
    if uuids is None or len(uuids) > MAX_LINK_UUIDS:
        return None
    # An empty uuid filter means "no filter": name a uuid no member has so an empty list stays empty.
    return MemberQuery(uuids=tuple(uuids) or ("",), on_roster_only=False, limit=100)


def _uuids(session, ids: list[int]) -> tuple[str, ...] | None:
    if len(ids) > MAX_LINK_UUIDS:
        return None
    found: dict[int, str] = {}
    for start in range(0, len(ids), UUID_CHUNK):
        chunk = ids[start: start + UUID_CHUNK]
        found.update(session.execute(select(Member.id, Member.uuid).where(Member.id.in_(chunk))).all())
    return tuple(found[i] for i in ids)


__all__ = [
    "Dashboard", "BranchHours", "BranchMeetings", "MeetingCell", "MemberList", "TalkList", "ActivityList",
    "MemberHours", "MemberRef", "ProbationDue", "dashboard",
]
