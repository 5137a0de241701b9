"""Export honours, manual points entries and appraisal grades under the headers the importer reads back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from partydesk.domain.dates import year_bounds
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.exporting.files import ExportResult, audit_export, date_for, format_of, write_sheets
from partydesk.services.exporting.sheets import Column, SheetSpec
from partydesk.store.db import Database
from partydesk.store.models import Appraisal, Branch, Member, PointEntry, PointItem, Recognition

HONOUR_COLUMNS = [
    Column("姓名", 10), Column("获表彰集体", 16), Column("所在党支部", 16), Column("表彰名称", 20), Column("级别", 8),
    Column("颁发单位", 18), Column("文号", 18), Column("表彰时间", 12, "date"), Column("先进事迹", 40),
    Column("撤销日期", 12, "date"), Column("撤销原因", 20),
]
POINT_COLUMNS = [
    Column("姓名", 10), Column("所在党支部", 16), Column("积分项代码", 12), Column("项目名称", 20),
    Column("分值", 8, "number"), Column("日期", 12, "date"), Column("事由", 30),
]
GRADE_COLUMNS = [
    Column("姓名", 10), Column("所在党支部", 16), Column("年度", 8, "number"), Column("评议等次", 10),
    Column("评定依据", 40), Column("评定日期", 12, "date"),
]


def export_vanguard(db: Database, kind: str, path: str | Path, *, year: int | None = None,
                    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """`kind` is honours, points or grades; only `year` when given. Names only: never an ID or a phone."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    as_date = date_for(fmt)
    with db.read() as session:
        if kind == "honours":
            title, columns, rows = "表彰", HONOUR_COLUMNS, _honours(session, year, as_date)
        elif kind == "points":
            title, columns, rows = "积分", POINT_COLUMNS, _points(session, year, as_date)
        elif kind == "grades":
            title, columns, rows = "民主评议", GRADE_COLUMNS, _grades(session, year, as_date)
        else:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("ValidationError", "Unknown export {value}"), value=kind)
    count = write_sheets(path, fmt, [SheetSpec(title, columns, rows, len(rows))], progress, cancelled)
    audit_export(db, f"export.{kind}", path, count, False)
    return ExportResult(path, count)


def _in_year(stmt, column, year: int | None):
    return stmt if year is None else stmt.where(column.between(*year_bounds(year)))


def _honours(session, year: int | None, as_date) -> list[tuple]:
    holder = aliased(Branch)
    own = aliased(Branch)
    found = session.execute(_in_year(
        select(Member.name, holder.name, own.name, Recognition.title, Recognition.level, Recognition.issuer,
               Recognition.doc_no, Recognition.on_date, Recognition.citation, Recognition.revoked_on,
               Recognition.revoked_reason)
        .outerjoin(Member, Member.id == Recognition.member_id).outerjoin(own, own.id == Member.branch_id)
        .outerjoin(holder, holder.id == Recognition.branch_id)
        .where(Recognition.deleted_at.is_(None)).order_by(Recognition.on_date, Recognition.id),
        Recognition.on_date, year)).all()
    return [(r[0] or "", r[1] or "", r[2] or "", r[3], r[4].zh, r[5], r[6], as_date(r[7]), r[8], as_date(r[9]), r[10])
            for r in found]


def _points(session, year: int | None, as_date) -> list[tuple]:
    found = session.execute(_in_year(
        select(Member.name, Branch.name, PointItem.code, PointItem.name, PointItem.kind, PointEntry.points,
               PointEntry.on_date, PointEntry.note)
        .join(Member, Member.id == PointEntry.member_id).join(Branch, Branch.id == Member.branch_id)
        .join(PointItem, PointItem.id == PointEntry.item_id)
        .where(PointEntry.deleted_at.is_(None)).order_by(PointEntry.on_date, PointEntry.id),
        PointEntry.on_date, year)).all()
    return [(name, branch, code, item, points, as_date(on), note)
            for name, branch, code, item, _kind, points, on, note in found]


def _grades(session, year: int | None, as_date) -> list[tuple]:
    stmt = (select(Member.name, Branch.name, Appraisal.year, Appraisal.grade, Appraisal.basis, Appraisal.decided_on)
            .join(Member, Member.id == Appraisal.member_id).join(Branch, Branch.id == Appraisal.branch_id)
            .where(Appraisal.deleted_at.is_(None))
            .order_by(Appraisal.year, Branch.sort_order, Branch.id, Member.roster_order, Member.id))
    if year is not None:
        stmt = stmt.where(Appraisal.year == year)
    return [(name, branch, y, grade.zh, basis, as_date(on)) for name, branch, y, grade, basis, on in
            session.execute(stmt).all()]
