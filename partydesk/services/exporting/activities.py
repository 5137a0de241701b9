"""Activities of the study calendar, one row each, and their attendance marks as a sheet (or file) of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.enums import AttendanceStatus
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.exporting.files import (
    ExportResult,
    atomic,
    audit_export,
    by_year,
    date_for,
    format_of,
    heading,
    write_sheets,
)
from partydesk.services.exporting.sheets import Column, SheetSpec, write_csv
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member

ACTIVITY_COLUMNS = [
    Column("日期", 12, "date"), Column("开始时间", 9), Column("类型", 14), Column("主题", 30),
    Column("专题类别", 10), Column("层级", 8), Column("党支部", 20), Column("地点", 20), Column("主持人", 10),
    Column("主讲人", 10), Column("计划学时", 8, "number"), Column("状态", 8), Column("出席", 6, "number"),
    Column("请假", 6, "number"), Column("缺席", 6, "number"), Column("活动编号", 36),
]
ATTENDANCE_COLUMNS = [
    Column("日期", 12, "date"), Column("党支部", 20), Column("主题", 30), Column("类型", 14), Column("姓名", 10),
    Column("出勤情况", 9), Column("请假原因", 20), Column("学时", 6, "number"), Column("活动编号", 36),
]
ATTENDANCE_TITLE = "出勤记录"


def export_activities(db: Database, path: str | Path, *, year: int | None = None, today: date | None = None,
                      progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """One row per activity; the marks (with 党支部 and the activity's 活动编号) in a second sheet or CSV file."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    today = today or date.today()
    as_date = date_for(fmt)
    with db.read() as session:
        activities = session.execute(by_year(
            select(Activity.id, Activity.on_date, Activity.start_time, Activity.kind, Activity.title,
                   Activity.topic_area, Activity.level, Branch.name, Activity.place, Activity.host,
                   Activity.speaker, Activity.planned_hours, Activity.state, Activity.uuid)
            .outerjoin(Branch, Branch.id == Activity.branch_id)
            .where(Activity.deleted_at.is_(None)).order_by(Activity.on_date, Activity.id), Activity.on_date, year)
        ).all()
        marks = session.execute(by_year(
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
         a[8], a[9], a[10], a[11], a[12].zh, *_counts(by_activity.get(a[0], [])), a[13])
        for a in activities
    ]
    about = {a[0]: (as_date(a[1]), a[7] or "", a[4], a[3].zh, a[13]) for a in activities}
    mark_rows = [(*about[aid][:4], name, status.zh, reason, hours, about[aid][4])
                 for aid, name, status, reason, hours in marks]
    specs = [
        SheetSpec("学习活动", ACTIVITY_COLUMNS, activity_rows, len(activity_rows), heading(db, "学习活动", today)),
        SheetSpec(ATTENDANCE_TITLE, ATTENDANCE_COLUMNS, mark_rows, len(mark_rows),
                  heading(db, ATTENDANCE_TITLE, today)),
    ]
    count = write_sheets(path, fmt, specs, progress, cancelled)
    extra: tuple[Path, ...] = ()
    if fmt == "csv":
        extra = (attendance_csv_path(path),)
        try:
            atomic(extra[0], lambda target: write_csv(target, specs[1:], no_progress, cancelled))
        except BaseException:
            path.unlink(missing_ok=True)  # both files or neither
            raise
    audit_export(db, "export.activities", path, count, False, attendance_rows=len(mark_rows))
    return ExportResult(path, count, extra_paths=extra)


def attendance_csv_path(path: Path) -> Path:
    """活动.csv -> 活动_出勤记录.csv beside it: a CSV file holds one table."""
    return path.with_name(f"{path.stem}_{ATTENDANCE_TITLE}{path.suffix}")


def _counts(marks: list) -> tuple[int, ...]:
    return tuple(sum(1 for m in marks if m[1] is s) for s in AttendanceStatus)
