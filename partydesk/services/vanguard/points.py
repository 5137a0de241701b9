"""积分制: the office's items, manual entries, and each member's points computed from their sources in SQL.

Automatic points are never stored: attendance marks, service participants and honours are counted
when asked, so deleting or changing a source record changes the points at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import CompoundSelect, Integer, Select, and_, case, func, literal, select, union_all

from partydesk.domain.dates import parse_date
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.vanguard import (
    HonourLevel,
    ItemRule,
    PointKind,
    PointRules,
    PointSource,
    PointTotals,
    check_cap,
    check_item_points,
    check_quarter,
    quarter_end,
    quarter_totals,
    stars_for,
    year_totals,
)
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit, settings
from partydesk.services.access import Permission, require
from partydesk.services.common import Page, get_live, id_of, limit_text, require_text, soft_delete, stamp_new
from partydesk.store.db import Database
from partydesk.store.models import (
    Activity,
    Attendance,
    Branch,
    Member,
    PointEntry,
    PointItem,
    Recognition,
    ServiceEntry,
    ServiceParticipant,
)

POINT_RULES = "point_rules"
COUNTED_KINDS = (
    ActivityKind.BRANCH_MEETING, ActivityKind.BRANCH_COMMITTEE, ActivityKind.GROUP_MEETING,
    ActivityKind.PARTY_LECTURE, ActivityKind.THEME_DAY,
)
PARTY_MEMBERS = (MemberStatus.PROBATIONARY, MemberStatus.FULL)
LOCAL_LEVELS = tuple(level for level in HonourLevel if not level.is_county_or_above)
UNKNOWN_ITEM = QT_TRANSLATE_NOOP("ValidationError", "No points item with code {code}")
AUTOMATIC_ITEM = QT_TRANSLATE_NOOP(
    "ValidationError", "The item {code} is counted from its records automatically; it cannot be entered by hand"
)


@dataclass(frozen=True)
class PointItemRow:
    uuid: str
    code: str
    name: str
    points: int
    kind: PointKind
    yearly_cap: int | None
    source: PointSource


@dataclass(frozen=True)
class MemberPoints:
    """One member's year (to the end of `quarter` when asked): base, capped additions, deductions."""

    member_uuid: str
    name: str
    branch_name: str
    status: MemberStatus
    base: int
    added: int
    deducted: int
    total: int
    stars: int
    quarters: tuple[int, ...] = ()


@dataclass(frozen=True)
class PointLine:
    """One entry behind a number: a manual entry, or the attendance, service or honour it comes from."""

    on_date: date
    item_code: str
    item_name: str
    kind: PointKind
    points: int
    source: PointSource
    note: str
    record_uuid: str


@dataclass(frozen=True)
class PointsQuery:
    year: int
    branch_uuid: str | None = None
    quarter: int | None = None
    search: str = ""
    by_quarter: bool = False
    offset: int = 0
    limit: int | None = None


def point_rules(db: Database) -> PointRules:
    stored = settings.get(db, POINT_RULES) or {}
    return PointRules(base=int(stored.get("base", 60)), addition_cap=int(stored.get("addition_cap", 40)))


def save_point_rules(db: Database, rules: PointRules) -> None:
    for field, value, high in (("base", rules.base, 1000), ("addition_cap", rules.addition_cap, 1000)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
            raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "A whole number from 0 to {high}"),
                                  high=high)
    settings.put(db, POINT_RULES, {"base": rules.base, "addition_cap": rules.addition_cap})


def list_items(db: Database) -> list[PointItemRow]:
    require(db, Permission.READ)
    with db.read() as session:
        items = session.scalars(
            select(PointItem).where(PointItem.deleted_at.is_(None)).order_by(PointItem.sort_order, PointItem.code)
        ).all()
        return [PointItemRow(i.uuid, i.code, i.name, i.points, i.kind, i.yearly_cap, i.source) for i in items]


def save_item(db: Database, code: str, name: str, points: int, kind: PointKind, yearly_cap: int | None = None) -> str:
    """Add a manual item, or change the name, points and cap of an existing one (automatic ones too)."""
    require(db, Permission.SETTINGS)
    code = require_text(code, "code", TEXT_LIMITS["point_item"]["code"]).upper()
    with db.write() as session:
        item = session.scalar(select(PointItem).where(PointItem.code == code, PointItem.deleted_at.is_(None)))
        if item is None:
            item = PointItem(code=code, source=PointSource.MANUAL, sort_order=1000)
            stamp_new(item, db)
            session.add(item)
        item.name = require_text(name, "name", TEXT_LIMITS["point_item"]["name"])
        item.points = check_item_points(points)
        item.kind = item.kind if item.source.is_automatic else PointKind.from_text(str(kind))
        item.yearly_cap = check_cap(yearly_cap)
        session.flush()
        audit.record(session, db.actor, "point_item.save", "point_item", item.uuid, {"code": code})
        return item.uuid


def add_entry(db: Database, member_uuid: str, item_code: str, on_date: date | str, note: str = "",
              points: int | None = None) -> str:
    """A manual entry; its points are the item's unless given (e.g. a scheme's 1–5 range)."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        return insert_entry(session, db, member_uuid, item_code, on_date, note, points)


def insert_entry(session, db: Database, member_uuid: str, item_code: str, on_date, note: str,
                 points: int | None) -> str:
    """A manual entry in the caller's transaction (imports add many in one)."""
    member_id = id_of(session, Member, member_uuid, "member")
    if member_id is None:
        raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "This field is required"))
    code = (item_code or "").strip().upper()
    item = session.scalar(select(PointItem).where(PointItem.code == code, PointItem.deleted_at.is_(None)))
    if item is None:
        raise ValidationError("item", UNKNOWN_ITEM, code=code)
    if item.source.is_automatic:
        raise ValidationError("item", AUTOMATIC_ITEM, code=code)
    entry = PointEntry(member_id=member_id, item_id=item.id, on_date=parse_date(on_date, "on_date"),
                       points=check_item_points(item.points if points is None else points),
                       note=limit_text(note, "note", TEXT_LIMITS["point_entry"]["note"]))
    stamp_new(entry, db)
    session.add(entry)
    session.flush()
    audit.record(session, db.actor, "point_entry.create", "point_entry", entry.uuid,
                 {"member": member_uuid, "item": code, "points": entry.points})
    return entry.uuid


def delete_entry(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        soft_delete(get_live(session, PointEntry, uuid, "point_entry"))
        audit.record(session, db.actor, "point_entry.delete", "point_entry", uuid)


def _quarter_column(on_date, year: int, by_quarter: bool = True):
    """1–4 by comparing with the quarters' last days: portable SQL (no strftime)."""
    if not by_quarter:
        return literal(1)
    return case(
        (on_date <= quarter_end(year, 1), 1), (on_date <= quarter_end(year, 2), 2),
        (on_date <= quarter_end(year, 3), 3), else_=4,
    )


def _source_counts(year: int, last: date, member_ids: Select | list[int] | None,
                   by_quarter: bool = True) -> CompoundSelect:
    """(member_id, quarter, source, item_id, points) aggregated per source for the year up to `last`.

    Without `by_quarter` every row counts as quarter 1: one group a member and source, half the work.
    """
    first = date(year, 1, 1)

    def scoped(column):
        return column.in_(member_ids) if member_ids is not None else column.is_not(None)

    quarter = _quarter_column(Activity.on_date, year, by_quarter)
    marks = (
        select(Attendance.member_id, quarter.label("q"),
               case((Attendance.status == AttendanceStatus.PRESENT, PointSource.ATTENDANCE.value),
                    else_=PointSource.ABSENCE.value).label("source"),
               literal(None, Integer).label("item_id"), func.count().label("n"))
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None),
               Activity.state != ActivityState.CANCELLED, Activity.kind.in_(COUNTED_KINDS),
               Activity.on_date.between(first, last),
               Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.ABSENT)),
               scoped(Attendance.member_id))
        .group_by(Attendance.member_id, "q", "source")
    )
    served = (
        select(ServiceParticipant.member_id, _quarter_column(ServiceEntry.on_date, year, by_quarter).label("q"),
               literal(PointSource.SERVICE.value).label("source"), literal(None, Integer).label("item_id"),
               func.count().label("n"))
        .join(ServiceEntry, ServiceEntry.id == ServiceParticipant.service_entry_id)
        .where(ServiceParticipant.deleted_at.is_(None), ServiceEntry.deleted_at.is_(None),
               ServiceEntry.on_date.between(first, last), scoped(ServiceParticipant.member_id))
        .group_by(ServiceParticipant.member_id, "q")
    )
    honours = (
        select(Recognition.member_id, _quarter_column(Recognition.on_date, year, by_quarter).label("q"),
               case((Recognition.level.in_(LOCAL_LEVELS), PointSource.HONOUR_LOCAL.value),
                    else_=PointSource.HONOUR_HIGH.value).label("source"),
               literal(None, Integer).label("item_id"), func.count().label("n"))
        .where(Recognition.deleted_at.is_(None), Recognition.revoked_on.is_(None), Recognition.member_id.is_not(None),
               Recognition.on_date.between(first, last), scoped(Recognition.member_id))
        .group_by(Recognition.member_id, "q", "source")
    )
    manual = (
        select(PointEntry.member_id, _quarter_column(PointEntry.on_date, year, by_quarter).label("q"),
               literal(PointSource.MANUAL.value).label("source"), PointEntry.item_id, func.sum(PointEntry.points))
        .where(PointEntry.deleted_at.is_(None), PointEntry.on_date.between(first, last),
               scoped(PointEntry.member_id))
        .group_by(PointEntry.member_id, "q", PointEntry.item_id)
    )
    return union_all(marks, served, honours, manual)


@dataclass(frozen=True)
class _Scheme:
    rules: PointRules
    items: dict[str, ItemRule]
    by_source: dict[str, tuple[str, int]]
    by_id: dict[int, str]


def _scheme(db: Database, session) -> _Scheme:
    items = session.execute(
        select(PointItem.id, PointItem.code, PointItem.points, PointItem.kind, PointItem.yearly_cap, PointItem.source)
        .where(PointItem.deleted_at.is_(None))
    ).all()
    by_source: dict[str, tuple[str, int]] = {}
    for _id, code, points, _kind, _cap, source in items:
        if source.is_automatic:
            by_source.setdefault(source.value, (code, points))
    return _Scheme(
        rules=point_rules(db),
        items={code: ItemRule(code, kind, cap) for _id, code, _points, kind, cap, _source in items},
        by_source=by_source,
        by_id={item_id: code for item_id, code, *_rest in items},
    )


def _earned(rows, scheme: _Scheme, quarters: int = 4) -> dict[int, list[dict[str, int]]]:
    """member_id -> a dict a quarter (or one for the year) of points earned per item code, before caps."""
    earned: dict[int, list[dict[str, int]]] = {}
    manual, by_id, by_source = PointSource.MANUAL.value, scheme.by_id, scheme.by_source
    for member_id, quarter, source, item_id, number in rows:
        if source == manual:
            code = by_id.get(item_id)
            if code is None:
                continue
            points = int(number)
        else:
            found = by_source.get(source)
            if found is None:
                continue
            code, points = found[0], found[1] * int(number)
        buckets = earned.get(member_id)
        if buckets is None:
            buckets = earned[member_id] = [{} for _ in range(quarters)]
        bucket = buckets[quarter - 1]
        bucket[code] = bucket.get(code, 0) + points
    return earned


def _member_select(query: PointsQuery, session) -> Select:
    stmt = (
        select(Member.id, Member.uuid, Member.name, Branch.name, Member.status)
        .join(Branch, Branch.id == Member.branch_id)
        .where(Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS))
    )
    if query.branch_uuid:
        stmt = stmt.where(Member.branch_id == id_of(session, Branch, query.branch_uuid, "branch"))
    if query.search.strip():
        text = query.search.strip()
        stmt = stmt.where((Member.name.contains(text, autoescape=True)) | (Member.name_initials.startswith(
            text.lower(), autoescape=True)))
    return stmt.order_by(Branch.sort_order, Branch.id, Member.roster_order, Member.id)


def points_summary(db: Database, query: PointsQuery) -> Page[MemberPoints]:
    """Every full and probationary member in scope with the year's points (to the end of `quarter`)."""
    require(db, Permission.READ)
    if query.quarter is not None:
        check_quarter(query.quarter)
    last = quarter_end(query.year, query.quarter or 4)
    with db.read() as session:
        scheme = _scheme(db, session)
        members_stmt = _member_select(query, session)
        if query.limit is not None:
            total = session.scalar(select(func.count()).select_from(members_stmt.order_by(None).subquery())) or 0
            members = session.execute(members_stmt.offset(query.offset).limit(query.limit)).all()
            scope = [m[0] for m in members]
            source_rows = session.execute(
                _source_counts(query.year, last, scope, query.by_quarter)).all() if scope else []
        else:  # every member in scope: Core rows straight from the connection (the ORM layer costs ~15%)
            connection = session.connection()
            members = connection.execute(members_stmt).all()
            total = len(members)
            scope_stmt = None if not query.branch_uuid and not query.search.strip() else (
                members_stmt.with_only_columns(Member.id).order_by(None))
            source_rows = connection.execute(_source_counts(query.year, last, scope_stmt, query.by_quarter)).all()
    if query.by_quarter:
        earned, shown = _earned(source_rows, scheme), query.quarter or 4  # no columns for quarters not counted
        rows = [_member_points(m, (earned.get(m[0]) or EMPTY_YEAR)[:shown], scheme, True) for m in members]
    else:
        rows = _year_rows(members, _earned(source_rows, scheme, quarters=1), scheme)
    return Page(rows, int(total))


def _year_rows(members, earned: dict[int, list[dict[str, int]]], scheme: _Scheme) -> list[MemberPoints]:
    """The whole year's totals; members with nothing earned share one computation (most of a big office)."""
    rules, items = scheme.rules, scheme.items
    nothing = year_totals(rules, items, {})
    rows = []
    for member_id, uuid, name, branch_name, status in members:
        found = earned.get(member_id)
        totals = year_totals(rules, items, found[0]) if found else nothing
        total = totals.total
        rows.append(MemberPoints(uuid, name, branch_name, status, totals.base, totals.added, totals.deducted, total,
                                 stars_for(total)))
    return rows


EMPTY_YEAR: list[dict[str, int]] = [{}, {}, {}, {}]


def _member_points(member, quarters: list[dict[str, int]] | None, scheme: _Scheme, by_quarter: bool) -> MemberPoints:
    _id, uuid, name, branch_name, status = member
    if by_quarter:
        running = quarter_totals(scheme.rules, scheme.items, quarters or EMPTY_YEAR)
        totals = running[-1]
        steps = tuple(t.total - (running[i - 1].total if i else t.base) for i, t in enumerate(running))
    else:
        merged: dict[str, int] = {}
        for bucket in quarters or EMPTY_YEAR:
            for code, points in bucket.items():
                merged[code] = merged.get(code, 0) + points
        totals, steps = year_totals(scheme.rules, scheme.items, merged), ()
    return _row(uuid, name, branch_name, status, totals, steps)


def _row(uuid, name, branch_name, status, totals: PointTotals, steps: tuple[int, ...]) -> MemberPoints:
    return MemberPoints(uuid, name, branch_name, status, totals.base, totals.added, totals.deducted, totals.total,
                        totals.stars, steps)


def member_points(db: Database, member_uuid: str, year: int) -> MemberPoints:
    """One member's year with its quarters (the member page and the drill-down's header)."""
    require(db, Permission.READ)
    with db.read() as session:
        get_live(session, Member, member_uuid, "member")
        scheme = _scheme(db, session)
        member = session.execute(
            select(Member.id, Member.uuid, Member.name, Branch.name, Member.status)
            .join(Branch, Branch.id == Member.branch_id).where(Member.uuid == member_uuid)
        ).one()
        rows = session.execute(_source_counts(year, date(year, 12, 31), [member[0]])).all()
    return _member_points(member, _earned(rows, scheme).get(member[0]), scheme, True)


def point_lines(db: Database, member_uuid: str, year: int, quarter: int | None = None) -> list[PointLine]:
    """The entries behind a member's number, oldest first: each as earned before the caps."""
    require(db, Permission.READ)
    if quarter is not None:
        check_quarter(quarter)
    first = date(year, 1, 1) if quarter is None else date(year, quarter * 3 - 2, 1)
    last = quarter_end(year, quarter or 4)
    with db.read() as session:
        member_id = get_live(session, Member, member_uuid, "member").id
        items = {
            i.source.value if i.source.is_automatic else i.id: PointItemRow(
                i.uuid, i.code, i.name, i.points, i.kind, i.yearly_cap, i.source)
            for i in session.scalars(
                select(PointItem).where(PointItem.deleted_at.is_(None)).order_by(PointItem.sort_order.desc()))
        }
        rows = session.execute(_lines_select(member_id, first, last)).all()
    lines = []
    for on_date, source, item_id, points, note, uuid in rows:
        item = items.get(item_id if source == PointSource.MANUAL.value else source)
        if item is None:
            continue
        lines.append(PointLine(on_date, item.code, item.name, item.kind, int(points or item.points),
                               PointSource.from_text(source), note or "", uuid))
    return sorted(lines, key=lambda line: (line.on_date, line.item_code))


def _lines_select(member_id: int, first: date, last: date):
    marks = (
        select(Activity.on_date, case((Attendance.status == AttendanceStatus.PRESENT, PointSource.ATTENDANCE.value),
                                      else_=PointSource.ABSENCE.value),
               literal(None, Integer), literal(None, Integer), Activity.title, Activity.uuid)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(Attendance.member_id == member_id, Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None),
               Activity.state != ActivityState.CANCELLED, Activity.kind.in_(COUNTED_KINDS),
               Activity.on_date.between(first, last),
               Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.ABSENT)))
    )
    served = (
        select(ServiceEntry.on_date, literal(PointSource.SERVICE.value), literal(None, Integer), literal(None, Integer),
               ServiceEntry.title, ServiceEntry.uuid)
        .join(ServiceParticipant, and_(ServiceParticipant.service_entry_id == ServiceEntry.id,
                                       ServiceParticipant.member_id == member_id))
        .where(ServiceParticipant.deleted_at.is_(None), ServiceEntry.deleted_at.is_(None),
               ServiceEntry.on_date.between(first, last))
    )
    honours = (
        select(Recognition.on_date, case((Recognition.level.in_(LOCAL_LEVELS),
                                          PointSource.HONOUR_LOCAL.value), else_=PointSource.HONOUR_HIGH.value),
               literal(None, Integer), literal(None, Integer), Recognition.title, Recognition.uuid)
        .where(Recognition.member_id == member_id, Recognition.deleted_at.is_(None),
               Recognition.revoked_on.is_(None), Recognition.on_date.between(first, last))
    )
    manual = (
        select(PointEntry.on_date, literal(PointSource.MANUAL.value), PointEntry.item_id, PointEntry.points,
               PointEntry.note, PointEntry.uuid)
        .where(PointEntry.member_id == member_id, PointEntry.deleted_at.is_(None),
               PointEntry.on_date.between(first, last))
    )
    return union_all(marks, served, honours, manual)
