"""Counts of a year's activities, service practice and talks, grouped in SQL for the annual summary.

The list queries (`query_activities` ...) compute per-row attendance counts for a screen page;
over a 10,000-member office's year that is seconds, so the summary groups in the database.
Scopes match those queries: a branch's activities include the office-wide ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, case, func, or_, select

from partydesk.domain.dates import year_bounds
from partydesk.domain.enums import (
    ActivityKind,
    ActivityState,
    AttendanceStatus,
    MemberStatus,
    ServiceCategory,
    TalkKind,
    TopicArea,
)
from partydesk.services.access import Permission, require
from partydesk.services.publicity import count_in_year
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member, ServiceEntry, ServiceParticipant, Talk


@dataclass(frozen=True)
class KindCount:
    held: int = 0
    present: int = 0
    hours: float = 0.0


@dataclass(frozen=True)
class ServiceCount:
    entries: int = 0
    participants: int = 0
    hours: float = 0.0
    people_served: int = 0


@dataclass(frozen=True)
class TalkCount:
    talks: int = 0
    followed_up: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class YearCounts:
    members: Counter = field(default_factory=Counter)
    activity_states: Counter = field(default_factory=Counter)
    activity_kinds: dict[ActivityKind, KindCount] = field(default_factory=dict)
    topics: Counter = field(default_factory=Counter)
    services: dict[ServiceCategory, ServiceCount] = field(default_factory=dict)
    talks: dict[TalkKind, TalkCount] = field(default_factory=dict)
    publicity: int = 0

    @property
    def held(self) -> int:
        return self.activity_states[ActivityState.HELD]

    @property
    def present(self) -> int:
        return sum(count.present for count in self.activity_kinds.values())

    def service_total(self) -> ServiceCount:
        values = self.services.values()
        return ServiceCount(sum(v.entries for v in values), sum(v.participants for v in values),
                            sum(v.hours for v in values), sum(v.people_served for v in values))

    def talk_total(self) -> TalkCount:
        values = self.talks.values()
        return TalkCount(sum(v.talks for v in values), sum(v.followed_up for v in values),
                         sum(v.overdue for v in values))


def _activity_scope(year: int, branch_uuid: str | None):
    conditions = [Activity.deleted_at.is_(None), Activity.on_date.between(*year_bounds(year))]
    if branch_uuid:
        conditions.append(or_(Activity.branch_id.is_(None), Activity.branch_id.in_(
            select(Branch.id).where(Branch.uuid == branch_uuid))))
    return and_(*conditions)


def _members(session, branch_uuid: str | None) -> Counter:
    stmt = (select(Member.status, func.count()).join(Branch, Branch.id == Member.branch_id)
            .where(Member.deleted_at.is_(None), Member.status.in_((MemberStatus.FULL, MemberStatus.PROBATIONARY)))
            .group_by(Member.status))
    if branch_uuid:
        stmt = stmt.where(Branch.uuid == branch_uuid)
    return Counter(dict(session.connection().execute(stmt).all()))


def _activities(session, year: int, branch_uuid: str | None):
    scope = _activity_scope(year, branch_uuid)
    states: Counter = Counter()
    hours: dict[ActivityKind, list] = {}
    topics: Counter = Counter()
    for kind, topic, state, count, total in session.connection().execute(
        select(Activity.kind, Activity.topic_area, Activity.state, func.count(), func.sum(Activity.planned_hours))
        .where(scope).group_by(Activity.kind, Activity.topic_area, Activity.state)
    ).all():
        states[state] += count
        if state is ActivityState.HELD:
            topics[TopicArea(topic)] += count
            held, length = hours.get(kind, (0, 0.0))
            hours[kind] = (held + count, length + float(total or 0))
    present = dict(session.connection().execute(
        select(Activity.kind, func.count())
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(scope, Activity.state == ActivityState.HELD, Attendance.deleted_at.is_(None),
               Attendance.status == AttendanceStatus.PRESENT)
        .group_by(Activity.kind)
    ).all())
    kinds = {kind: KindCount(held, present.get(kind, 0), length) for kind, (held, length) in hours.items()}
    return states, kinds, topics


def _services(session, year: int, branch_uuid: str | None) -> dict[ServiceCategory, ServiceCount]:
    scope = [ServiceEntry.deleted_at.is_(None), ServiceEntry.on_date.between(*year_bounds(year))]
    if branch_uuid:
        scope.append(ServiceEntry.branch_id.in_(select(Branch.id).where(Branch.uuid == branch_uuid)))
    participants = dict(session.connection().execute(
        select(ServiceEntry.category, func.count())
        .join(ServiceParticipant, ServiceParticipant.service_entry_id == ServiceEntry.id)
        .where(*scope, ServiceParticipant.deleted_at.is_(None)).group_by(ServiceEntry.category)
    ).all())
    return {
        category: ServiceCount(count, participants.get(category, 0), float(hours or 0), int(people or 0))
        for category, count, hours, people in session.connection().execute(
            select(ServiceEntry.category, func.count(), func.sum(ServiceEntry.hours),
                   func.sum(ServiceEntry.people_served))
            .where(*scope).group_by(ServiceEntry.category)
        ).all()
    }


def _talks(session, year: int, branch_uuid: str | None, today: date) -> dict[TalkKind, TalkCount]:
    stmt = (
        select(Talk.kind, func.count(), func.sum(case((Talk.follow_up_done.is_not(None), 1), else_=0)),
               func.sum(case((and_(Talk.follow_up_due < today, Talk.follow_up_done.is_(None)), 1), else_=0)))
        .join(Member, Member.id == Talk.member_id).join(Branch, Branch.id == Member.branch_id)
        .where(Talk.deleted_at.is_(None), Talk.on_date.between(*year_bounds(year))).group_by(Talk.kind)
    )
    if branch_uuid:
        stmt = stmt.where(Branch.uuid == branch_uuid)
    rows = session.connection().execute(stmt).all()
    return {kind: TalkCount(count, int(done or 0), int(late or 0)) for kind, count, done, late in rows}


def year_counts(db: Database, year: int, branch_uuid: str | None, today: date) -> YearCounts:
    """Members, activities, service practice and talks of one year, for a branch or the office."""
    require(db, Permission.READ)
    with db.read() as session:
        states, kinds, topics = _activities(session, year, branch_uuid)
        return YearCounts(_members(session, branch_uuid), states, kinds, topics, _services(session, year, branch_uuid),
                          _talks(session, year, branch_uuid, today), count_in_year(session, year, branch_uuid))
