"""The roster list: search, filter, sort, count and page members in SQL, rows masked for display."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select

from partydesk.domain.enums import BranchRole, Gender, MemberStatus
from partydesk.domain.masking import mask_phone, mask_resident_id
from partydesk.services.access import Permission, require
from partydesk.services.common import Page, like_pattern, live_or_deleted, page_of, sorted_by
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, PartyGroup
from partydesk.store.ordering import bytewise


@dataclass(frozen=True)
class MemberRow:
    uuid: str
    name: str
    gender: Gender | None
    birth_date: date | None
    resident_id_masked: str
    phone_masked: str
    branch_name: str
    group_name: str
    status: MemberStatus
    branch_role: BranchRole
    joined_on: date | None
    full_on: date | None
    post: str
    exemplar_post: str
    is_flowing: bool
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class MemberQuery:
    search: str = ""
    branch_uuid: str | None = None
    group_uuid: str | None = None
    statuses: tuple[MemberStatus, ...] = ()
    on_roster_only: bool = True
    deleted: bool = False
    sort: str = "roster"
    descending: bool = False
    offset: int = 0
    limit: int = 100
    uuids: tuple[str, ...] = field(default=())


# The list reads table columns (Core), not mapped attributes: the first roster page of a start then
# needs neither ORM objects nor the configuration of every mapper (tens of milliseconds).
_member, _branch, _group = Member.__table__.c, Branch.__table__.c, PartyGroup.__table__.c
ON_ROSTER = tuple(status for status in MemberStatus if status.is_on_roster)
OFF_ROSTER = tuple(status for status in MemberStatus if not status.is_on_roster)

ROW_COLUMNS = (
    _member.uuid,
    _member.name,
    _member.gender,
    _member.birth_date,
    _member.resident_id,
    _member.phone,
    _branch.name,
    _group.name,
    _member.status,
    _member.branch_role,
    _member.joined_on,
    _member.full_on,
    _member.post,
    _member.exemplar_post,
    _member.is_flowing,
    _member.deleted_at,
)

SORTS = {
    "roster": (_branch.sort_order, _member.roster_order, _member.id),
    "name": (bytewise(_member.name_initials), bytewise(_member.name), _member.id),
    "gender": (_member.gender, _member.id),
    "birth_date": (_member.birth_date, _member.id),
    "branch": (_branch.sort_order, bytewise(_branch.name), _member.id),
    "group": (_group.sort_order, bytewise(_group.name), _member.id),
    "status": (_member.status, _member.id),
    "joined_on": (_member.joined_on, _member.id),
    "full_on": (_member.full_on, _member.id),
    "post": (_member.post, _member.id),
}


def search_condition(text: str):
    """Name or pinyin initials contain it, phone contains it, or the resident ID ends with it."""
    text = text.strip()
    pattern = like_pattern(text)
    conditions = [_member.name.ilike(pattern, escape="\\")]
    if text.isascii() and text.isalpha():
        conditions.append(_member.name_initials.like(like_pattern(text.lower())[1:], escape="\\"))
    if text.replace("x", "").replace("X", "").isdigit():
        conditions.append(_member.phone.like(pattern, escape="\\"))
        conditions.append(_member.resident_id.like("%" + text.upper(), escape="\\"))
    return or_(*conditions)


def member_select(query: MemberQuery) -> Select:
    stmt = (
        select(*ROW_COLUMNS)
        .join_from(Member.__table__, Branch.__table__, _branch.id == _member.branch_id)
        .outerjoin(PartyGroup.__table__, _group.id == _member.party_group_id)
    )
    stmt = live_or_deleted(stmt, _member, query.deleted)
    if query.search.strip():
        stmt = stmt.where(search_condition(query.search))
    if query.branch_uuid:
        stmt = stmt.where(_branch.uuid == query.branch_uuid)
    if query.group_uuid:
        stmt = stmt.where(_group.uuid == query.group_uuid)
    if query.statuses:
        stmt = stmt.where(_member.status.in_(query.statuses))
    elif query.on_roster_only and not query.deleted:
        stmt = stmt.where(_member.status.in_(ON_ROSTER))
    if query.uuids:
        stmt = stmt.where(_member.uuid.in_(query.uuids))
    return sorted_by(stmt, SORTS, query.sort, "roster", query.descending)


def _is_whole_roster(query: MemberQuery) -> bool:
    return (query.on_roster_only and not (query.deleted or query.search.strip() or query.branch_uuid
                                          or query.group_uuid or query.statuses or query.uuids))


def _whole_roster_total(session) -> int:
    """Live members less those transferred out, deceased or left: both counted from indexes, not rows.

    (A member always has a branch, so the joins of the list change nothing here.)
    """
    live = select(func.count()).select_from(Member.__table__).where(_member.deleted_at.is_(None))
    gone = live.where(_member.status.in_(OFF_ROSTER))
    return int(session.scalar(live) or 0) - int(session.scalar(gone) or 0)


def query_members(db: Database, query: MemberQuery = MemberQuery()) -> Page[MemberRow]:
    """One page of the roster, filtered, sorted and counted in SQL."""
    require(db, Permission.READ)
    stmt = member_select(query)
    with db.read() as session:
        if _is_whole_roster(query):
            total = _whole_roster_total(session)
            rows = session.execute(stmt.offset(query.offset).limit(query.limit)).all() if query.limit else []
        else:
            rows, total = page_of(session, stmt, query.offset, query.limit)
    return Page([_row(r) for r in rows], total)


def _row(r) -> MemberRow:
    return MemberRow(
        r[0], r[1], r[2], r[3], mask_resident_id(r[4] or ""), mask_phone(r[5] or ""), r[6], r[7] or "", *r[8:]
    )
