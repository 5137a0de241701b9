"""Service-practice log: front-line service entries with their participating members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select

from partydesk.domain.compliance import check_hours
from partydesk.domain.dates import parse_date
from partydesk.domain.enums import ServiceCategory
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import (
    Page,
    get_live,
    id_of,
    like_pattern,
    limit_text,
    live_or_deleted,
    page_of,
    require_text,
    soft_delete,
    sorted_by,
    stamp_new,
)
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, ServiceEntry, ServiceParticipant

ENTRY = TEXT_LIMITS["service_entry"]


@dataclass(frozen=True)
class Participant:
    member_uuid: str
    hours: float | None = None


@dataclass
class ServiceInput:
    category: ServiceCategory
    title: str
    on_date: date | str
    branch_uuid: str | None = None
    place: str = ""
    hours: float = 0
    people_served: int = 0
    description: str = ""
    outcome: str = ""
    follow_up: str = ""
    participants: list[Participant] = field(default_factory=list)


@dataclass(frozen=True)
class ServiceRow:
    uuid: str
    on_date: date
    category: ServiceCategory
    title: str
    branch_name: str
    place: str
    hours: float
    people_served: int
    participant_count: int
    participant_names: str
    outcome: str
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ParticipantLine:
    member_uuid: str
    name: str
    hours: float


@dataclass(frozen=True)
class ServiceDetail:
    uuid: str
    category: ServiceCategory
    title: str
    on_date: date
    branch_uuid: str | None
    place: str
    hours: float
    people_served: int
    description: str
    outcome: str
    follow_up: str
    participants: tuple[ParticipantLine, ...]

    def as_input(self) -> ServiceInput:
        return ServiceInput(
            category=self.category, title=self.title, on_date=self.on_date, branch_uuid=self.branch_uuid,
            place=self.place, hours=self.hours, people_served=self.people_served, description=self.description,
            outcome=self.outcome, follow_up=self.follow_up,
            participants=[Participant(p.member_uuid, p.hours) for p in self.participants],
        )


@dataclass(frozen=True)
class ServiceQuery:
    search: str = ""
    year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    branch_uuid: str | None = None
    categories: tuple[ServiceCategory, ...] = ()
    member_uuid: str | None = None
    deleted: bool = False
    sort: str = "date"
    descending: bool = True
    offset: int = 0
    limit: int = 100


def _people(value) -> int:
    try:
        people = int(value or 0)
    except (TypeError, ValueError):
        raise ValidationError("people_served", QT_TRANSLATE_NOOP("ValidationError", "Must be a whole number")) from None
    if people < 0:
        raise ValidationError("people_served", QT_TRANSLATE_NOOP("ValidationError", "Cannot be negative"))
    return people


def _apply(entry: ServiceEntry, data: ServiceInput, session) -> None:
    entry.category = ServiceCategory(data.category)
    entry.title = require_text(data.title, "title", ENTRY["title"])
    entry.on_date = parse_date(data.on_date, "on_date")
    entry.branch_id = id_of(session, Branch, data.branch_uuid, "branch")
    entry.place = limit_text(data.place, "place", 200)
    entry.hours = check_hours(data.hours)
    entry.people_served = _people(data.people_served)
    entry.description = limit_text(data.description, "description", ENTRY["description"])
    entry.outcome = limit_text(data.outcome, "outcome", ENTRY["outcome"])
    entry.follow_up = limit_text(data.follow_up, "follow_up", ENTRY["follow_up"])


def _set_participants(session, db: Database, entry: ServiceEntry, participants: list[Participant]) -> None:
    if not participants:
        raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "Add at least one participating member"))
    current = {p.member_id: p for p in session.scalars(
        select(ServiceParticipant).where(ServiceParticipant.service_entry_id == entry.id))}
    wanted = set()
    for participant in participants:
        member_id = id_of(session, Member, participant.member_uuid, "member")
        wanted.add(member_id)
        row = current.get(member_id)
        if row is None:
            row = ServiceParticipant(service_entry_id=entry.id, member_id=member_id)
            stamp_new(row, db)
            session.add(row)
        row.hours = entry.hours if participant.hours is None else check_hours(participant.hours)
        row.deleted_at = None
    for member_id, row in current.items():
        if member_id not in wanted:
            soft_delete(row)


def create_entry(db: Database, data: ServiceInput) -> str:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        entry = ServiceEntry()
        stamp_new(entry, db)
        _apply(entry, data, session)
        session.add(entry)
        session.flush()
        _set_participants(session, db, entry, data.participants)
        audit.record(session, db.actor, "service.create", "service_entry", entry.uuid)
        return entry.uuid


def update_entry(db: Database, uuid: str, data: ServiceInput) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        entry = get_live(session, ServiceEntry, uuid, "service_entry")
        _apply(entry, data, session)
        _set_participants(session, db, entry, data.participants)
        audit.record(session, db.actor, "service.update", "service_entry", uuid)


def delete_entry(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        soft_delete(get_live(session, ServiceEntry, uuid, "service_entry"))
        audit.record(session, db.actor, "service.delete", "service_entry", uuid)


def restore_entry(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        get_live(session, ServiceEntry, uuid, "service_entry", deleted=True).deleted_at = None
        audit.record(session, db.actor, "service.restore", "service_entry", uuid)


def get_entry(db: Database, uuid: str, *, deleted: bool = False) -> ServiceDetail:
    require(db, Permission.READ)
    with db.read() as session:
        e = get_live(session, ServiceEntry, uuid, "service_entry", deleted=deleted)
        branch_uuid = session.scalar(select(Branch.uuid).where(Branch.id == e.branch_id))
        people = session.execute(
            select(Member.uuid, Member.name, ServiceParticipant.hours)
            .join(Member, Member.id == ServiceParticipant.member_id)
            .where(ServiceParticipant.service_entry_id == e.id, ServiceParticipant.deleted_at.is_(None))
            .order_by(ServiceParticipant.id)
        ).all()
        return ServiceDetail(e.uuid, e.category, e.title, e.on_date, branch_uuid, e.place, e.hours, e.people_served,
                             e.description, e.outcome, e.follow_up, tuple(ParticipantLine(*p) for p in people))


def _participants_of_entry():
    live = (ServiceParticipant.service_entry_id == ServiceEntry.id) & ServiceParticipant.deleted_at.is_(None)
    count = select(func.count()).where(live).scalar_subquery()
    names = (
        select(func.aggregate_strings(Member.name, "、"))
        .select_from(ServiceParticipant)
        .join(Member, Member.id == ServiceParticipant.member_id)
        .where(live)
        .scalar_subquery()
    )
    return count, names


SERVICE_SORTS = {
    "date": (ServiceEntry.on_date, ServiceEntry.id),
    "category": (ServiceEntry.category, ServiceEntry.on_date),
    "title": (ServiceEntry.title, ServiceEntry.on_date),
    "hours": (ServiceEntry.hours, ServiceEntry.on_date),
    "people_served": (ServiceEntry.people_served, ServiceEntry.on_date),
    "branch": (Branch.sort_order, ServiceEntry.on_date),
}


def entry_select(query: ServiceQuery) -> Select:
    count, names = _participants_of_entry()
    stmt = select(
        ServiceEntry.uuid, ServiceEntry.on_date, ServiceEntry.category, ServiceEntry.title,
        func.coalesce(Branch.name, ""), ServiceEntry.place, ServiceEntry.hours, ServiceEntry.people_served, count,
        func.coalesce(names, ""), ServiceEntry.outcome, ServiceEntry.deleted_at,
    ).outerjoin(Branch, Branch.id == ServiceEntry.branch_id)
    stmt = live_or_deleted(stmt, ServiceEntry, query.deleted)
    if query.search.strip():
        pattern = like_pattern(query.search.strip())
        stmt = stmt.where(or_(ServiceEntry.title.ilike(pattern, escape="\\"),
                              ServiceEntry.place.ilike(pattern, escape="\\"),
                              ServiceEntry.description.ilike(pattern, escape="\\")))
    if query.year:
        stmt = stmt.where(ServiceEntry.on_date.between(date(query.year, 1, 1), date(query.year, 12, 31)))
    if query.date_from:
        stmt = stmt.where(ServiceEntry.on_date >= query.date_from)
    if query.date_to:
        stmt = stmt.where(ServiceEntry.on_date <= query.date_to)
    if query.branch_uuid:
        stmt = stmt.where(Branch.uuid == query.branch_uuid)
    if query.categories:
        stmt = stmt.where(ServiceEntry.category.in_(query.categories))
    if query.member_uuid:
        stmt = stmt.where(ServiceEntry.id.in_(
            select(ServiceParticipant.service_entry_id).join(Member, Member.id == ServiceParticipant.member_id)
            .where(Member.uuid == query.member_uuid, ServiceParticipant.deleted_at.is_(None))))
    return sorted_by(stmt, SERVICE_SORTS, query.sort, "date", query.descending)


def query_entries(db: Database, query: ServiceQuery = ServiceQuery()) -> Page[ServiceRow]:
    """One page of the service log, filtered, sorted and counted in SQL."""
    require(db, Permission.READ)
    with db.read() as session:
        rows, total = page_of(session, entry_select(query), query.offset, query.limit)
    return Page([ServiceRow(*row) for row in rows], total)
