"""Attendance of an activity: the checklist of expected members and the credited study hours."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, exists, or_, select

from partydesk.domain.compliance import credited_hours
from partydesk.domain.enums import (
    ActivityKind,
    ActivityLevel,
    ActivityState,
    AttendanceStatus,
    BranchRole,
    MemberEventKind,
    MemberStatus,
)
from partydesk.domain.errors import ValidationError
from partydesk.domain.members import PARTY_MEMBERS
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, limit_text, stamp_new
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member, MemberEvent, PartyGroup

GONE = (MemberStatus.TRANSFERRED_OUT, MemberStatus.DECEASED, MemberStatus.LEFT)
EXITS = (MemberEventKind.TRANSFERRED_OUT, MemberEventKind.DIED, MemberEventKind.LEFT)


@dataclass(frozen=True)
class Mark:
    member_uuid: str
    status: AttendanceStatus = AttendanceStatus.PRESENT
    leave_reason: str = ""
    hours: float | None = None


@dataclass(frozen=True)
class AttendanceLine:
    member_uuid: str
    name: str
    group_name: str
    status: AttendanceStatus
    leave_reason: str
    hours: float
    recorded: bool
    expected: bool = True  # one of 应到 (the body's members on the activity's date), not a guest
    branch_name: str = ""


@dataclass(frozen=True)
class AttendanceSummary:
    expected: int
    present: int
    leave: int
    absent: int
    hours_credited: float


def party_members_on(on_date):
    """SQL condition: the member belonged to the Party here on `on_date`.

    Joined (as probationary member) on or before that day, not transferred in after it, and
    either still a member or gone (transferred out, died, left) only after it.
    """
    def event_after(kinds):
        return exists().where(MemberEvent.member_id == Member.id, MemberEvent.deleted_at.is_(None),
                              MemberEvent.kind.in_(kinds), MemberEvent.on_date > on_date)

    return and_(
        Member.deleted_at.is_(None),
        or_(Member.joined_on.is_(None), Member.joined_on <= on_date),
        or_(Member.status.in_(PARTY_MEMBERS), and_(Member.status.in_(GONE), event_after(EXITS))),
        ~event_after((MemberEventKind.TRANSFERRED_IN,)),
    )


def expected_members(session, activity: Activity):
    """应到: the members of the activity's body (group, branch or office) on the activity's date.

    The one rule behind the attendance checklist, the sign-in sheet and the minutes.
    A 支委会 is for the branch committee only (secretary, deputy, committee members).
    Rows: (id, uuid, name, group name, branch name) in roster order.
    """
    stmt = (
        select(Member.id, Member.uuid, Member.name, PartyGroup.name, Branch.name)
        .join(Branch, Branch.id == Member.branch_id)
        .outerjoin(PartyGroup, PartyGroup.id == Member.party_group_id)
        .where(party_members_on(activity.on_date))
        .order_by(Branch.sort_order, Member.roster_order, Member.id)
    )
    if activity.kind is ActivityKind.BRANCH_COMMITTEE:
        stmt = stmt.where(Member.branch_role.in_([role for role in BranchRole if role.is_cadre]))
    if activity.level is ActivityLevel.GROUP and activity.party_group_id:
        stmt = stmt.where(Member.party_group_id == activity.party_group_id)
    elif activity.branch_id is not None:
        stmt = stmt.where(or_(Member.branch_id == activity.branch_id, Branch.parent_id == activity.branch_id))
    return session.execute(stmt).all()


def attendance_sheet(db: Database, activity_uuid: str) -> list[AttendanceLine]:
    """One line per expected member (present by default), then anyone else already marked."""
    require(db, Permission.READ)
    with db.read() as session:
        activity = get_live(session, Activity, activity_uuid, "activity")
        marks = {
            row.member_id: row
            for row in session.scalars(
                select(Attendance).where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None))
            )
        }
        lines, seen = [], set()
        for member_id, uuid, name, group, branch in expected_members(session, activity):
            seen.add(member_id)
            lines.append(_line(uuid, name, group, marks.get(member_id), activity.planned_hours, True, branch))
        for member_id, mark in marks.items():
            if member_id not in seen:
                member = session.get(Member, member_id)
                if member is None:  # the foreign key makes this impossible; for the type checker
                    continue
                group = member.party_group.name if member.party_group else ""
                lines.append(_line(member.uuid, member.name, group, mark, activity.planned_hours, False,
                                   member.branch.name))
        return lines


def _line(uuid: str, name: str, group: str | None, mark: Attendance | None, default_hours: float,
          expected: bool, branch: str) -> AttendanceLine:
    if mark is None:
        return AttendanceLine(uuid, name, group or "", AttendanceStatus.PRESENT, "", default_hours, False,
                              expected, branch)
    return AttendanceLine(uuid, name, group or "", mark.status, mark.leave_reason, mark.hours, True, expected, branch)


def record_attendance(db: Database, activity_uuid: str, marks: list[Mark]) -> AttendanceSummary:
    """Save the checklist in one transaction; the activity becomes held."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        activity = get_live(session, Activity, activity_uuid, "activity")
        existing = {
            row.member_id: row
            for row in session.scalars(select(Attendance).where(Attendance.activity_id == activity.id))
        }
        for index, mark in enumerate(marks, start=1):
            _save_mark(session, db, activity, existing, mark, index)
        if activity.state is ActivityState.PLANNED:
            activity.state = ActivityState.HELD
        session.flush()
        summary = _summary(session, activity)
        audit.record(session, db.actor, "activity.attendance", "activity", activity_uuid,
                     {"present": summary.present, "leave": summary.leave, "absent": summary.absent})
        return summary


def _save_mark(session, db: Database, activity: Activity, existing: dict, mark: Mark, row: int) -> None:
    member = session.scalar(select(Member).where(Member.uuid == mark.member_uuid, Member.deleted_at.is_(None)))
    if member is None:
        raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "Unknown member"), row=row)
    status = AttendanceStatus(mark.status)
    try:
        hours = credited_hours(status, mark.hours, activity.planned_hours)
        reason = limit_text(mark.leave_reason, "leave_reason", 200) if status is AttendanceStatus.LEAVE else ""
    except ValidationError as error:
        raise error.with_row(row) from None
    record = existing.get(member.id)
    if record is None:
        record = Attendance(activity_id=activity.id, member_id=member.id)
        stamp_new(record, db)
        session.add(record)
        existing[member.id] = record
    record.status, record.hours, record.leave_reason, record.deleted_at = status, hours, reason, None


def _summary(session, activity: Activity) -> AttendanceSummary:
    rows = session.execute(
        select(Attendance.status, Attendance.hours)
        .where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None))
    ).all()
    count = {status: sum(1 for s, _ in rows if s is status) for status in AttendanceStatus}
    return AttendanceSummary(
        expected=len(expected_members(session, activity)),
        present=count[AttendanceStatus.PRESENT],
        leave=count[AttendanceStatus.LEAVE],
        absent=count[AttendanceStatus.ABSENT],
        hours_credited=sum(hours for _, hours in rows),
    )


def attendance_summary(db: Database, activity_uuid: str) -> AttendanceSummary:
    with db.read() as session:
        return _summary(session, get_live(session, Activity, activity_uuid, "activity"))
