"""民主评议党员: the branch's grade sheet with the evidence beside each name, grades, the ⌊n/3⌋ warning, 限期改正."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from partydesk.domain.compliance import required_hours
from partydesk.domain.enums import ActivityState, AttendanceStatus, BranchRole, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.vanguard import (
    DEFAULT_CORRECTION_MONTHS,
    Grade,
    check_appraisal_year,
    check_correction_end,
    correction_due,
    excellent_limit,
    excellent_over_limit,
    grade_refusal,
)
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, id_of, limit_text
from partydesk.services.settings import compliance_rules
from partydesk.services.vanguard.points import PARTY_MEMBERS, PointsQuery, points_summary
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.models import (
    Activity,
    Appraisal,
    Attendance,
    Branch,
    Correction,
    Member,
    Recognition,
    Talk,
)


@dataclass(frozen=True)
class GradeMark:
    member_uuid: str
    grade: Grade | None
    basis: str = ""


@dataclass(frozen=True)
class BranchWarning:
    """A branch whose 优秀 exceed one third of its graded members (a warning: it does not block)."""

    branch_uuid: str
    branch_name: str
    graded: int
    excellent: int
    limit: int


@dataclass(frozen=True)
class GradeOutcome:
    saved: int
    corrections: tuple[tuple[str, date], ...]
    reminder_talks: tuple[str, ...]
    warnings: tuple[BranchWarning, ...]


@dataclass(frozen=True)
class AppraisalLine:
    """One member on the grade sheet, with the facts the branch decides on."""

    member_uuid: str
    name: str
    branch_name: str
    status: MemberStatus
    refusal: str | None
    grade: Grade | None
    basis: str
    hours: float
    required: float
    absent: int
    points: int
    stars: int
    honours: int
    talks: int


@dataclass(frozen=True)
class CorrectionRow:
    uuid: str
    member_uuid: str
    member_name: str
    branch_name: str
    starts_on: date
    due_on: date
    closed_on: date | None
    outcome: str


def save_grades(db: Database, year: int, marks: list[GradeMark], decided_on: date,
                months: int = DEFAULT_CORRECTION_MONTHS) -> GradeOutcome:
    """Grades for a year in one transaction; a 不合格 opens its 限期改正, a cleared grade removes it."""
    require(db, Permission.SET_GRADES)
    check_appraisal_year(year)
    corrections: list[tuple[str, date]] = []
    talks: list[str] = []
    with db.write() as session:
        branch_ids = set()
        for row, mark in enumerate(marks, start=1):
            member = get_live(session, Member, mark.member_uuid, "member")
            branch_ids.add(member.branch_id)
            due = save_grade_in(session, db, member, year, mark, decided_on, months, row if len(marks) > 1 else None)
            if due:
                corrections.append((member.uuid, due))
            if mark.grade and mark.grade.suggests_reminder_talk:
                talks.append(member.uuid)
        session.flush()
        warnings = _warnings(session, year, branch_ids)
    return GradeOutcome(len(marks), tuple(corrections), tuple(talks), tuple(warnings))


def set_grade(db: Database, member_uuid: str, year: int, grade: Grade | None, basis: str = "",
              decided_on: date | None = None, months: int = DEFAULT_CORRECTION_MONTHS) -> GradeOutcome:
    return save_grades(db, year, [GradeMark(member_uuid, grade, basis)], decided_on or date.today(), months)


def save_grade_in(session, db: Database, member: Member, year: int, mark: GradeMark, decided_on: date,
                  months: int, row: int | None) -> date | None:
    """One member's grade in the caller's transaction; the due date of a correction it opens."""
    appraisal = session.scalar(select(Appraisal).where(Appraisal.member_id == member.id, Appraisal.year == year))
    if mark.grade is None:
        if appraisal is not None and appraisal.deleted_at is None:
            appraisal.deleted_at = utcnow()
            _withdraw_open_correction(session, appraisal)
            audit.record(session, db.actor, "appraisal.clear", "appraisal", appraisal.uuid)
        return None
    refusal = grade_refusal(member.status)
    if refusal:
        raise ValidationError("grade", refusal, row=row)
    grade = mark.grade
    if appraisal is None:
        appraisal = Appraisal(member_id=member.id, year=year, origin=db.office_uuid)
        session.add(appraisal)
    previous = None if appraisal.deleted_at else appraisal.grade
    appraisal.deleted_at = None
    appraisal.branch_id = member.branch_id
    appraisal.grade = grade
    appraisal.basis = limit_text(mark.basis, "basis", TEXT_LIMITS["appraisal"]["basis"])
    appraisal.decided_on = decided_on
    session.flush()
    audit.record(session, db.actor, "appraisal.set", "appraisal", appraisal.uuid,
                 {"member": member.uuid, "year": year, "grade": grade.value})
    if previous is Grade.UNQUALIFIED and grade is not Grade.UNQUALIFIED:
        _withdraw_open_correction(session, appraisal)
    if grade is Grade.UNQUALIFIED and previous is not Grade.UNQUALIFIED:
        due = correction_due(decided_on, months)
        correction = Correction(member_id=member.id, appraisal_id=appraisal.id, starts_on=decided_on, due_on=due,
                                origin=db.office_uuid, outcome="")
        session.add(correction)
        session.flush()
        audit.record(session, db.actor, "correction.open", "correction", correction.uuid, {"due": due.isoformat()})
        return due
    return None


def _withdraw_open_correction(session, appraisal: Appraisal) -> None:
    """The grade is no longer 不合格: its open correction period goes to the recycle bin."""
    for correction in session.scalars(select(Correction).where(
            Correction.appraisal_id == appraisal.id, Correction.closed_on.is_(None),
            Correction.deleted_at.is_(None))):
        correction.deleted_at = utcnow()


def _warnings(session, year: int, branch_ids) -> list[BranchWarning]:
    stmt = (
        select(Branch.uuid, Branch.name, func.count(),
               func.sum(case((Appraisal.grade == Grade.EXCELLENT, 1), else_=0)))
        .join(Branch, Branch.id == Appraisal.branch_id)
        .where(Appraisal.year == year, Appraisal.deleted_at.is_(None))
        .group_by(Branch.id, Branch.uuid, Branch.name)
        .order_by(Branch.sort_order, Branch.id)
    )
    if branch_ids is not None:
        stmt = stmt.where(Appraisal.branch_id.in_(sorted(branch_ids)))
    return [BranchWarning(uuid, name, graded, int(excellent or 0), excellent_limit(graded))
            for uuid, name, graded, excellent in session.execute(stmt).all()
            if excellent_over_limit(int(excellent or 0), graded)]


def grade_warnings(db: Database, year: int, branch_uuid: str | None = None) -> list[BranchWarning]:
    require(db, Permission.READ)
    with db.read() as session:
        scope = None if not branch_uuid else {id_of(session, Branch, branch_uuid, "branch")}
        return _warnings(session, year, scope)


def appraisal_sheet(db: Database, year: int, branch_uuid: str | None = None) -> list[AppraisalLine]:
    """Full and probationary members of the branch (or office), roster order, grade and evidence."""
    require(db, Permission.READ)
    rules = compliance_rules(db)
    points = {p.member_uuid: p for p in points_summary(db, PointsQuery(year, branch_uuid)).rows}
    first, last = date(year, 1, 1), date(year, 12, 31)
    with db.read() as session:
        stmt = (
            select(Member.id, Member.uuid, Member.name, Branch.name, Member.status, Member.branch_role,
                   Appraisal.grade, Appraisal.basis)
            .join(Branch, Branch.id == Member.branch_id)
            .outerjoin(Appraisal, (Appraisal.member_id == Member.id) & (Appraisal.year == year)
                       & Appraisal.deleted_at.is_(None))
            .where(Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS))
            .order_by(Branch.sort_order, Branch.id, Member.roster_order, Member.id)
        )
        if branch_uuid:
            stmt = stmt.where(Member.branch_id == id_of(session, Branch, branch_uuid, "branch"))
        members = session.execute(stmt).all()
        ids = [m[0] for m in members]
        hours, absent = _attendance(session, ids, first, last)
        honours = _counts(session, Recognition, ids, first, last, Recognition.revoked_on.is_(None))
        talks = _counts(session, Talk, ids, first, last)
    lines = []
    for member_id, uuid, name, branch, status, role, grade, basis in members:
        p = points.get(uuid)
        lines.append(AppraisalLine(
            uuid, name, branch, status, grade_refusal(status), grade, basis or "", hours.get(member_id, 0.0),
            required_hours(role or BranchRole.NONE, rules), absent.get(member_id, 0), p.total if p else 0,
            p.stars if p else 0, honours.get(member_id, 0), talks.get(member_id, 0)))
    return lines


def _attendance(session, ids: list[int], first: date, last: date) -> tuple[dict[int, float], dict[int, int]]:
    hours: dict[int, float] = {}
    absent: dict[int, int] = {}
    for part in range(0, len(ids), 500):
        rows = session.execute(
            select(Attendance.member_id,
                   func.sum(case((Attendance.status == AttendanceStatus.PRESENT, Attendance.hours), else_=0)),
                   func.sum(case((Attendance.status == AttendanceStatus.ABSENT, 1), else_=0)))
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(Attendance.member_id.in_(ids[part:part + 500]), Attendance.deleted_at.is_(None),
                   Activity.deleted_at.is_(None), Activity.state != ActivityState.CANCELLED,
                   Activity.on_date.between(first, last))
            .group_by(Attendance.member_id)
        ).all()
        for member_id, credited, missed in rows:
            hours[member_id] = float(credited or 0.0)
            absent[member_id] = int(missed or 0)
    return hours, absent


def _counts(session, model, ids: list[int], first: date, last: date, *extra) -> dict[int, int]:
    found: dict[int, int] = {}
    for part in range(0, len(ids), 500):
        found.update(session.execute(
            select(model.member_id, func.count())
            .where(model.member_id.in_(ids[part:part + 500]), model.deleted_at.is_(None),
                   model.on_date.between(first, last), *extra)
            .group_by(model.member_id)
        ).all())
    return found


def open_corrections(db: Database, due_by: date | None = None) -> list[CorrectionRow]:
    """限期改正 periods not yet closed (due by a date when given), soonest first: for the reminders."""
    require(db, Permission.READ)
    with db.read() as session:
        stmt = (
            select(Correction.uuid, Member.uuid, Member.name, Branch.name, Correction.starts_on, Correction.due_on,
                   Correction.closed_on, Correction.outcome)
            .join(Member, Member.id == Correction.member_id).join(Branch, Branch.id == Member.branch_id)
            .where(Correction.deleted_at.is_(None), Correction.closed_on.is_(None), Member.deleted_at.is_(None))
            .order_by(Correction.due_on, Member.name)
        )
        if due_by is not None:
            stmt = stmt.where(Correction.due_on <= due_by)
        return [CorrectionRow(*row) for row in session.execute(stmt).all()]


def close_correction(db: Database, uuid: str, on_date: date, outcome: str) -> None:
    """End a 限期改正 with what came of it (improved, or the branch's further decision)."""
    require(db, Permission.SET_GRADES)
    with db.write() as session:
        correction = get_live(session, Correction, uuid, "correction")
        check_correction_end(correction.starts_on, on_date)
        correction.closed_on = on_date
        correction.outcome = limit_text(outcome, "outcome", TEXT_LIMITS["correction"]["outcome"])
        audit.record(session, db.actor, "correction.close", "correction", uuid)


@dataclass(frozen=True)
class MemberGrade:
    year: int
    grade: Grade
    basis: str
    decided_on: date | None


def member_grades(db: Database, member_uuid: str) -> list[MemberGrade]:
    """A member's grades, newest year first (the member page and the education file)."""
    require(db, Permission.READ)
    with db.read() as session:
        member_id = get_live(session, Member, member_uuid, "member").id
        rows = session.execute(
            select(Appraisal.year, Appraisal.grade, Appraisal.basis, Appraisal.decided_on)
            .where(Appraisal.member_id == member_id, Appraisal.deleted_at.is_(None))
            .order_by(Appraisal.year.desc())
        ).all()
    return [MemberGrade(*row) for row in rows]
