"""Export roster, activities with attendance, service entries and talks to .xlsx or CSV.

.xlsx: resident IDs and phones are text cells ('@'), dates real dates shown yyyy-mm-dd, the
header row frozen. CSV: UTF-8 with BOM so Chinese Excel opens it; ID and phone cells carry a
leading tab, which keeps Excel from turning them into numbers (and import strips it).
Resident IDs and phones are masked unless `full_ids=True`, which needs EXPORT_FULL_ID.
Every export is written to a temporary file, renamed when complete, and audited.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from partydesk.domain.dates import year_bounds
from partydesk.domain.enums import AttendanceStatus, MemberStatus, TalkKind
from partydesk.domain.errors import ValidationError
from partydesk.domain.masking import mask_phone, mask_resident_id
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.exporting.sheets import (
    Column,
    SheetSpec,
    roster_columns,
    write_csv,
    write_template,
    write_xlsx,
)
from partydesk.store.db import Database
from partydesk.store.models import (
    Activity,
    Attendance,
    Branch,
    Member,
    PartyGroup,
    ServiceEntry,
    ServiceParticipant,
    Talk,
)

__all__ = ["ExportResult", "EXPORTS", "export_roster", "export_activities", "export_services", "export_talks",
           "export_template"]

_BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    full_ids: bool = False


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "ValidationError", "Export to a file ending in .xlsx or .csv, not “{name}”"), name=path.name)
    return suffix[1:]


def export_roster(db: Database, path: str | Path, *, full_ids: bool = False, include_former: bool = False,
                  branch_uuid: str | None = None, progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> ExportResult:
    """The roster (花名册) in the import layout, so a full-ID export imports back unchanged."""
    path = Path(path)
    fmt = _format_of(path)
    require(db, Permission.EXPORT)
    if full_ids:
        require(db, Permission.EXPORT_FULL_ID)
    with db.read() as session:
        stmt = _roster_select(include_former, branch_uuid)
        total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        rows = _roster_rows(session.execute(stmt).yield_per(_BATCH), full_ids, fmt)
        spec = SheetSpec("花名册", roster_columns(), rows, total)
        count = _write(path, fmt, [spec], progress, cancelled)
    _audit(db, "export.roster", path, count, full_ids)
    return ExportResult(path, count, full_ids)


def _roster_select(include_former: bool, branch_uuid: str | None):
    stmt = (
        select(Member.name, Member.gender, Member.ethnicity, Member.resident_id, Member.birth_date,
               Member.education, Member.status, Branch.name, PartyGroup.name, Member.branch_role,
               Member.applied_on, Member.activist_on, Member.candidate_on, Member.joined_on, Member.full_on,
               Member.phone, Member.address, Member.post, Member.exemplar_post, Member.is_flowing, Member.notes)
        .join(Branch, Branch.id == Member.branch_id)
        .outerjoin(PartyGroup, PartyGroup.id == Member.party_group_id)
        .where(Member.deleted_at.is_(None))
        .order_by(Branch.sort_order, Member.roster_order, Member.id)
    )
    if not include_former:
        stmt = stmt.where(Member.status.in_([s for s in MemberStatus if s.is_on_roster]))
    if branch_uuid:
        stmt = stmt.where(Branch.uuid == branch_uuid)
    return stmt


def _roster_rows(result, full_ids: bool, fmt: str) -> Iterator[tuple]:
    as_date = _date_for(fmt)
    secret = (lambda v: f"\t{v}" if v else "") if fmt == "csv" else (lambda v: v or None)
    for number, r in enumerate(result, start=1):
        (name, gender, ethnicity, rid, birth, education, status, branch, group, role,
         applied, activist, candidate, joined, full, phone, address, post, exemplar, flowing, notes) = r
        rid = (rid or "") if full_ids else mask_resident_id(rid or "")
        phone = (phone or "") if full_ids else mask_phone(phone or "")
        yield (number, name, gender.zh if gender else "", ethnicity, secret(rid), as_date(birth), education,
               status.zh, branch, group or "", role.zh, as_date(applied), as_date(activist), as_date(candidate),
               as_date(joined), as_date(full), secret(phone), address, post, exemplar, "是" if flowing else "", notes)


def _date_for(fmt: str) -> Callable[[date | None], object]:
    if fmt == "csv":
        return lambda d: d.isoformat() if d else ""
    return lambda d: d


def export_activities(db: Database, path: str | Path, *, year: int | None = None,
                      progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Activities of the study calendar and, per member, attendance (a second sheet in .xlsx)."""
    path = Path(path)
    fmt = _format_of(path)
    require(db, Permission.EXPORT)
    as_date = _date_for(fmt)
    with db.read() as session:
        activities = session.execute(_by_year(
            select(Activity.id, Activity.on_date, Activity.start_time, Activity.kind, Activity.title,
                   Activity.topic_area, Activity.level, Branch.name, Activity.place, Activity.host,
                   Activity.speaker, Activity.planned_hours, Activity.state)
            .outerjoin(Branch, Branch.id == Activity.branch_id)
            .where(Activity.deleted_at.is_(None)).order_by(Activity.on_date, Activity.id), Activity.on_date, year)
        ).all()
        marks = session.execute(_by_year(
            select(Attendance.activity_id, Member.name, Attendance.status, Attendance.leave_reason, Attendance.hours)
            .join(Member, Member.id == Attendance.member_id).join(Activity, Activity.id == Attendance.activity_id)
            .where(Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None))
            .order_by(Activity.on_date, Activity.id, Member.roster_order, Member.id), Activity.on_date, year)
        ).all()
    by_activity: dict[int, list] = {}
    for activity_id, *mark in marks:
        by_activity.setdefault(activity_id, []).append(mark)
    activity_rows = [
        (as_date(a[1]), a[2].strftime("%H:%M") if a[2] else "", a[3].zh, a[4], a[5].zh, a[6].zh, a[7] or "",
         a[8], a[9], a[10], a[11], a[12].zh, *_counts(by_activity.get(a[0], [])))
        for a in activities
    ]
    titles = {a[0]: (as_date(a[1]), a[4], a[3].zh) for a in activities}
    mark_rows = [(*titles[aid], name, status.zh, reason, hours)
                 for aid, name, status, reason, hours in ((m[0], *m[1:]) for m in marks)]
    specs = [SheetSpec("学习活动", ACTIVITY_COLUMNS, activity_rows, len(activity_rows)),
             SheetSpec("出勤记录", ATTENDANCE_COLUMNS, mark_rows, len(mark_rows))]
    if fmt == "csv":
        specs = [_flat_activities(activities, by_activity, as_date)]
    count = _write(path, fmt, specs, progress, cancelled)
    _audit(db, "export.activities", path, count, False)
    return ExportResult(path, count)


def _counts(marks: list) -> tuple[int, int, int]:
    return tuple(sum(1 for m in marks if m[1] is s) for s in AttendanceStatus)


def _flat_activities(activities, by_activity, as_date) -> SheetSpec:
    rows = []
    for a in activities:
        head = (as_date(a[1]), a[3].zh, a[4], a[7] or "", a[11])
        for name, status, reason, hours in by_activity.get(a[0], []) or [("", None, "", "")]:
            rows.append((*head, name, status.zh if status else "", reason, hours))
    columns = [ACTIVITY_COLUMNS[0], ACTIVITY_COLUMNS[2], ACTIVITY_COLUMNS[3], ACTIVITY_COLUMNS[6],
               ACTIVITY_COLUMNS[10], *ATTENDANCE_COLUMNS[3:]]
    return SheetSpec("学习活动", columns, rows, len(rows))


ACTIVITY_COLUMNS = [
    Column("日期", 12, "date"), Column("开始时间", 9), Column("类型", 14), Column("主题", 30),
    Column("专题类别", 10), Column("层级", 8), Column("党支部", 20), Column("地点", 20), Column("主持人", 10),
    Column("主讲人", 10), Column("学时", 6, "number"), Column("状态", 8), Column("出席", 6, "number"),
    Column("请假", 6, "number"), Column("缺席", 6, "number"),
]
ATTENDANCE_COLUMNS = [
    Column("日期", 12, "date"), Column("主题", 30), Column("类型", 14), Column("姓名", 10), Column("出勤情况", 9),
    Column("请假原因", 20), Column("学时", 6, "number"),
]
SERVICE_COLUMNS = [
    Column("日期", 12, "date"), Column("类别", 16), Column("标题", 30), Column("党支部", 20), Column("地点", 20),
    Column("时长（小时）", 10, "number"), Column("服务人数", 9, "number"), Column("参与党员", 30),
    Column("服务内容", 40), Column("成效", 30), Column("后续跟进", 30),
]
TALK_COLUMNS = [
    Column("日期", 12, "date"), Column("谈话类型", 12), Column("谈话对象", 10), Column("谈话人", 10),
    Column("地点", 16), Column("谈话内容", 40), Column("本人表态", 30), Column("后续措施", 30),
    Column("跟进期限", 12, "date"), Column("完成日期", 12, "date"),
]


def _by_year(stmt, column, year: int | None):
    if year is None:
        return stmt
    return stmt.where(column.between(*year_bounds(year)))


def export_services(db: Database, path: str | Path, *, year: int | None = None,
                    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Service practice entries (服务实践) with their participants' names."""
    path = Path(path)
    fmt = _format_of(path)
    require(db, Permission.EXPORT)
    as_date = _date_for(fmt)
    with db.read() as session:
        entries = session.execute(_by_year(
            select(ServiceEntry.id, ServiceEntry.on_date, ServiceEntry.category, ServiceEntry.title, Branch.name,
                   ServiceEntry.place, ServiceEntry.hours, ServiceEntry.people_served, ServiceEntry.description,
                   ServiceEntry.outcome, ServiceEntry.follow_up)
            .outerjoin(Branch, Branch.id == ServiceEntry.branch_id)
            .where(ServiceEntry.deleted_at.is_(None)).order_by(ServiceEntry.on_date, ServiceEntry.id),
            ServiceEntry.on_date, year)).all()
        names: dict[int, list[str]] = {}
        for entry_id, name in session.execute(
            select(ServiceParticipant.service_entry_id, Member.name).join(Member, Member.id == ServiceParticipant.member_id)
            .where(ServiceParticipant.deleted_at.is_(None)).order_by(ServiceParticipant.id)
        ):
            names.setdefault(entry_id, []).append(name)
    rows = [(as_date(e[1]), e[2].zh, e[3], e[4] or "", e[5], e[6], e[7], "、".join(names.get(e[0], [])), *e[8:])
            for e in entries]
    count = _write(path, fmt, [SheetSpec("服务实践", SERVICE_COLUMNS, rows, len(rows))], progress, cancelled)
    _audit(db, "export.services", path, count, False)
    return ExportResult(path, count)


def export_talks(db: Database, path: str | Path, *, year: int | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Talk records that are not confidential (诫勉谈话 and flagged talks never leave the program)."""
    path = Path(path)
    fmt = _format_of(path)
    require(db, Permission.EXPORT)
    as_date = _date_for(fmt)
    talker = aliased(Member)
    with db.read() as session:
        talks = session.execute(_by_year(
            select(Talk.on_date, Talk.kind, Member.name, Talk.talker_name, talker.name, Talk.place, Talk.summary,
                   Talk.response, Talk.follow_up, Talk.follow_up_due, Talk.follow_up_done)
            .join(Member, Member.id == Talk.member_id)
            .outerjoin(talker, talker.id == Talk.talker_member_id)
            .where(Talk.deleted_at.is_(None), Talk.confidential.is_(False), Talk.kind != TalkKind.ADMONISHMENT)
            .order_by(Talk.on_date, Talk.id), Talk.on_date, year)).all()
    rows = [(as_date(t[0]), t[1].zh, t[2], t[4] or t[3], t[5], t[6], t[7], t[8], as_date(t[9]), as_date(t[10]))
            for t in talks]
    count = _write(path, fmt, [SheetSpec("谈话记录", TALK_COLUMNS, rows, len(rows))], progress, cancelled)
    _audit(db, "export.talks", path, count, False)
    return ExportResult(path, count)


def export_template(path: str | Path) -> Path:
    """A blank roster workbook with the headers import expects and a 填写说明 sheet."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "ValidationError", "The template is an .xlsx file; choose a name ending in .xlsx"))
    return _atomic(path, write_template)


EXPORTS: dict[str, Callable[..., ExportResult]] = {
    "roster": export_roster, "activities": export_activities, "services": export_services, "talks": export_talks,
}


def _write(path: Path, fmt: str, specs: list[SheetSpec], progress: Progress, cancelled: Cancelled) -> int:
    writer = write_csv if fmt == "csv" else write_xlsx
    counted: list[int] = []

    def write(target: Path) -> None:
        counted.append(writer(target, specs, progress, cancelled))

    _atomic(path, write)
    return counted[0]


def _atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """Write next to the target and rename when complete: no half-written file on cancel or error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        write(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def _audit(db: Database, action: str, path: Path, rows: int, full_ids: bool) -> None:
    with db.write() as session:
        audit.record(session, db.actor, action, "", "", {"file": path.name, "rows": rows, "full_ids": full_ids})

