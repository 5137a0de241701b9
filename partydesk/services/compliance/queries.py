"""The compliance picture's SQL: hours per member, held meetings, talks, follow-ups and probation, in aggregates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import case, exists, func, or_, select

from partydesk.domain.compliance import (
    ComplianceRules,
    hours_shortfall,
    is_follow_up_overdue,
    required_hours,
)
from partydesk.domain.dates import year_bounds
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, BranchRole, MemberStatus, OrgKind
from partydesk.domain.members import (
    PARTY_MEMBERS,
    is_due_for_full_membership,
    is_due_soon_for_full_membership,
    probation_end,
)
from partydesk.services.common import get_live
from partydesk.services.compliance.shapes import MemberHours, MemberRef, OverdueFollowUp, ProbationDue
from partydesk.store.models import Activity, Attendance, AuditEvent, Branch, Member, PartyGroup, Talk


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
    """Cheap fingerprint of what the year data depends on: newest audit event, newest change and row per table.

    Every service write appends to the audit log, whose ids come from the database, not from a PC's
    clock: on a server, a PC whose clock is behind stamps an updated_at below the newest one.
    Every service write also stamps updated_at (soft deletes and restores too) and new rows raise
    the largest id; purging the recycle bin removes only rows that no longer count.
    """
    # One aggregate a statement: SQLite answers a lone max() from the index, two together by a full scan.
    return (session.scalar(select(func.max(AuditEvent.id))), *(
        session.scalar(select(func.max(column)))
        for model in (Attendance, Activity, Member)
        for column in (model.updated_at, model.id)
    ))


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


def _probationary_due(session, today: date, soon_days: int, scope) -> dict[str, tuple[ProbationDue, ...]]:
    """probationary_due (year over) and probationary_due_soon (ending within soon_days), oldest first."""
    # Probation is a year, so nobody who joined after this can be either; the domain rules decide exactly.
    latest = today + timedelta(days=soon_days) - timedelta(days=365)
    stmt = (
        select(Member.uuid, Member.name, Branch.name, Member.joined_on)
        .join(Branch, Branch.id == Member.branch_id)
        .where(Member.deleted_at.is_(None), Member.status == MemberStatus.PROBATIONARY, Member.joined_on <= latest,
               *([Member.branch_id.in_(scope)] if scope is not None else []))
        .order_by(Member.joined_on, Member.id)
    )
    rows = [ProbationDue(uuid, name, branch, joined, probation_end(joined))
            for uuid, name, branch, joined in session.execute(stmt)]
    return {
        "probationary_due": tuple(r for r in rows if is_due_for_full_membership(r.joined_on, today)),
        "probationary_due_soon": tuple(r for r in rows
                                       if is_due_soon_for_full_membership(r.joined_on, today, soon_days)),
    }
