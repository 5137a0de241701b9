"""One member's year: activities and credited hours, service practice, talks and status history.

Feeds the GUI member page and the member education file (PDF). Hours follow the compliance
report's rule exactly (PRESENT marks in live, not cancelled activities of the year); talks come
from talks.query_talks, so confidential content stays hidden from roles that may not read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from partydesk.domain.compliance import hours_shortfall, required_hours
from partydesk.domain.dates import year_bounds
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus
from partydesk.services.access import Permission, require
from partydesk.services.roster import HistoryEntry, MemberDetail, get_member, member_history
from partydesk.services.service_log import ServiceQuery, ServiceRow, query_entries
from partydesk.services.settings import compliance_rules
from partydesk.services.talks import TalkQuery, TalkRow, query_talks
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member, ServiceEntry, ServiceParticipant

MAX_ROWS = 1000


@dataclass(frozen=True)
class AttendedActivity:
    """One activity the member was marked for, and what it earned."""

    activity_uuid: str
    on_date: date
    kind: ActivityKind
    title: str
    branch_name: str
    activity_state: ActivityState
    status: AttendanceStatus
    leave_reason: str
    hours: float
    credited: bool


@dataclass(frozen=True)
class MemberYear:
    member: MemberDetail
    year: int
    today: date
    counted: bool
    activities: tuple[AttendedActivity, ...]
    hours: float
    required: float
    shortfall: float
    present: int
    leave: int
    absent: int
    services: tuple[ServiceRow, ...]
    service_hours: float
    talks: tuple[TalkRow, ...]
    history: tuple[HistoryEntry, ...]


def member_year(db: Database, member_uuid: str, year: int, today: date | None = None) -> MemberYear:
    """Everything about one member in `year` (hours as of `today`)."""
    require(db, Permission.READ)
    today = today or date.today()
    member = get_member(db, member_uuid)
    rules = compliance_rules(db)
    activities = _activities(db, member_uuid, year)
    hours = sum(a.hours for a in activities if a.credited)
    required = required_hours(member.branch_role, rules)
    counted = member.status.is_party_member
    statuses = [a.status for a in activities]
    services = query_entries(db, ServiceQuery(year=year, member_uuid=member_uuid, limit=MAX_ROWS, descending=False))
    talks = query_talks(db, TalkQuery(year=year, member_uuid=member_uuid, limit=MAX_ROWS, descending=False), today)
    return MemberYear(
        member=member, year=year, today=today, counted=counted, activities=tuple(activities), hours=hours,
        required=required, shortfall=hours_shortfall(hours, required) if counted else 0.0,
        present=statuses.count(AttendanceStatus.PRESENT), leave=statuses.count(AttendanceStatus.LEAVE),
        absent=statuses.count(AttendanceStatus.ABSENT), services=tuple(services.rows),
        service_hours=_service_hours(db, member_uuid, year), talks=tuple(talks.rows),
        history=tuple(member_history(db, member_uuid)),
    )


def _activities(db: Database, member_uuid: str, year: int) -> list[AttendedActivity]:
    first, last = year_bounds(year)
    with db.read() as session:
        rows = session.execute(
            select(Activity.uuid, Activity.on_date, Activity.kind, Activity.title, func.coalesce(Branch.name, ""),
                   Activity.state, Attendance.status, Attendance.leave_reason, Attendance.hours)
            .join(Attendance, Attendance.activity_id == Activity.id)
            .join(Member, Member.id == Attendance.member_id)
            .outerjoin(Branch, Branch.id == Activity.branch_id)
            .where(Member.uuid == member_uuid, Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None),
                   Activity.on_date.between(first, last))
            .order_by(Activity.on_date, Activity.start_time, Activity.id)
        ).all()
    return [
        AttendedActivity(uuid, on, kind, title, branch, state, status, reason, hours,
                         status is AttendanceStatus.PRESENT and state is not ActivityState.CANCELLED)
        for uuid, on, kind, title, branch, state, status, reason, hours in rows
    ]


def _service_hours(db: Database, member_uuid: str, year: int) -> float:
    first, last = year_bounds(year)
    with db.read() as session:
        total = session.scalar(
            select(func.sum(ServiceParticipant.hours))
            .join(ServiceEntry, ServiceEntry.id == ServiceParticipant.service_entry_id)
            .join(Member, Member.id == ServiceParticipant.member_id)
            .where(Member.uuid == member_uuid, ServiceParticipant.deleted_at.is_(None),
                   ServiceEntry.deleted_at.is_(None), ServiceEntry.on_date.between(first, last))
        )
    return float(total or 0.0)
