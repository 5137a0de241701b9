"""党费 payments (党费收缴记录): one row a member and month paid, names only (never an ID or a phone)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.dues import month_index, month_label
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.dues.records import BACK_PAYMENT_MONTHS, from_fen
from partydesk.services.exporting.files import ExportResult, audit_export, date_for, format_of, heading, write_sheets
from partydesk.services.exporting.sheets import Column, SheetSpec
from partydesk.store.db import Database
from partydesk.store.models import Branch, DuesPayment, Member

PAYMENT_COLUMNS = [
    Column("姓名", 10), Column("所在党支部", 18), Column("所属月份", 10), Column("金额（元）", 10, "number"),
    Column("缴纳日期", 12, "date"), Column("收据编号", 14), Column("代交人", 10), Column("补交", 6),
    Column("减免审批", 24), Column("备注", 30),
]


def export_dues(db: Database, path: str | Path, *, year: int | None = None, branch_uuid: str | None = None,
                today: date | None = None, progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> ExportResult:
    """The payments of `year` (by the month they pay for), of one branch when given, in branch and roster order."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    as_date = date_for(fmt)
    stmt = (
        select(Member.name, Branch.name, DuesPayment.year, DuesPayment.month, DuesPayment.amount_fen,
               DuesPayment.paid_on, DuesPayment.receipt_no, DuesPayment.proxy_name, DuesPayment.approval,
               DuesPayment.note)
        .join(Member, Member.id == DuesPayment.member_id).join(Branch, Branch.id == Member.branch_id)
        .where(DuesPayment.deleted_at.is_(None), Member.deleted_at.is_(None))
        .order_by(DuesPayment.year, Branch.sort_order, Branch.id, Member.roster_order, Member.id, DuesPayment.month)
    )
    if year is not None:
        stmt = stmt.where(DuesPayment.year == year)
    if branch_uuid:
        stmt = stmt.where(Branch.uuid == branch_uuid)
    with db.read() as session:
        found = session.execute(stmt).all()
    rows = [_row(found_row, as_date, fmt) for found_row in found]
    what = f"{year}年党费收缴记录" if year is not None else "党费收缴记录"
    spec = SheetSpec("党费收缴", PAYMENT_COLUMNS, rows, len(rows), heading(db, what, today or date.today()))
    count = write_sheets(path, fmt, [spec], progress, cancelled)
    audit_export(db, "export.dues", path, count, False)
    return ExportResult(path, count)


def _row(found, as_date, fmt: str) -> tuple:
    name, branch, year, month, fen, paid_on, receipt, proxy, approval, note = found
    index = month_index(year, month)
    back = month_index(paid_on.year, paid_on.month) - index > BACK_PAYMENT_MONTHS
    amount = from_fen(fen)
    return (name, branch, month_label(index), str(amount) if fmt == "csv" else amount, as_date(paid_on), receipt,
            proxy, "是" if back else "", approval, note)
