"""Export the roster, service entries and the blank template; EXPORTS names every export.

.xlsx: a title row (office, what, date) above the header, set up to print (landscape A4, fitted
to the page width, header repeated, borders); resident IDs and phones are text cells ('@'), dates
real dates shown yyyy-mm-dd, the header frozen. CSV: UTF-8 with BOM so Chinese Excel opens it;
an ID or phone is written as the formula ="530112…", which Excel, WPS and LibreOffice show as
that text (never a number losing its last digits) and import reads back as the bare value.
Resident IDs and phones are masked unless `full_ids=True`, which needs EXPORT_FULL_ID.
Every export is written to a temporary file, renamed when complete, and audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from partydesk.domain.enums import MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.masking import mask_phone, mask_resident_id
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.exporting.activities import export_activities
from partydesk.services.exporting.dues import export_dues
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
from partydesk.services.exporting.sheets import Column, SheetSpec, csv_text_formula, roster_columns, write_template
from partydesk.services.exporting.talks import export_talks
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, PartyGroup, ServiceEntry, ServiceParticipant

__all__ = ["ExportResult", "EXPORTS", "export_roster", "export_activities", "export_services", "export_talks",
           "export_template"]

_BATCH = 2000

SERVICE_COLUMNS = [
    Column("日期", 12, "date"), Column("类别", 16), Column("标题", 30), Column("党支部", 20), Column("地点", 20),
    Column("时长（小时）", 10, "number"), Column("服务人数", 9, "number"), Column("参与党员", 30),
    Column("服务内容", 40), Column("成效", 30), Column("后续跟进", 30),
]


def export_roster(db: Database, path: str | Path, *, full_ids: bool = False, include_former: bool = False,
                  branch_uuid: str | None = None, today: date | None = None, progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> ExportResult:
    """The roster (花名册) in the import layout, so a full-ID export imports back unchanged."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    if full_ids:
        require(db, Permission.EXPORT_FULL_ID)
    with db.read() as session:
        stmt = _roster_select(include_former, branch_uuid)
        total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        rows = _roster_rows(session.execute(stmt).yield_per(_BATCH), full_ids, fmt)
        spec = SheetSpec("花名册", roster_columns(), rows, total, heading(db, "党员花名册", today or date.today()))
        count = write_sheets(path, fmt, [spec], progress, cancelled)
    audit_export(db, "export.roster", path, count, full_ids)
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
    as_date = date_for(fmt)
    secret = (lambda v: csv_text_formula(v) if v else "") if fmt == "csv" else (lambda v: v or None)
    for number, r in enumerate(result, start=1):
        (name, gender, ethnicity, rid, birth, education, status, branch, group, role,
         applied, activist, candidate, joined, full, phone, address, post, exemplar, flowing, notes) = r
        rid = (rid or "") if full_ids else mask_resident_id(rid or "")
        phone = (phone or "") if full_ids else mask_phone(phone or "")
        yield (number, name, gender.zh if gender else "", ethnicity, secret(rid), as_date(birth), education,
               status.zh, branch, group or "", role.zh, as_date(applied), as_date(activist), as_date(candidate),
               as_date(joined), as_date(full), secret(phone), address, post, exemplar, "是" if flowing else "", notes)


def export_services(db: Database, path: str | Path, *, year: int | None = None, today: date | None = None,
                    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Service practice entries (服务实践) with their participants' names."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    as_date = date_for(fmt)
    with db.read() as session:
        entries = session.execute(by_year(
            select(ServiceEntry.id, ServiceEntry.on_date, ServiceEntry.category, ServiceEntry.title, Branch.name,
                   ServiceEntry.place, ServiceEntry.hours, ServiceEntry.people_served, ServiceEntry.description,
                   ServiceEntry.outcome, ServiceEntry.follow_up)
            .outerjoin(Branch, Branch.id == ServiceEntry.branch_id)
            .where(ServiceEntry.deleted_at.is_(None)).order_by(ServiceEntry.on_date, ServiceEntry.id),
            ServiceEntry.on_date, year)).all()
        names: dict[int, list[str]] = {}
        for entry_id, name in session.execute(
            select(ServiceParticipant.service_entry_id, Member.name)
            .join(Member, Member.id == ServiceParticipant.member_id)
            .where(ServiceParticipant.deleted_at.is_(None))
            .order_by(ServiceParticipant.id)
        ):
            names.setdefault(entry_id, []).append(name)
    rows = [
        (as_date(e[1]), e[2].zh, e[3], e[4] or "", e[5], e[6], e[7], "、".join(names.get(e[0], [])), *e[8:])
        for e in entries
    ]
    spec = SheetSpec("服务实践", SERVICE_COLUMNS, rows, len(rows), heading(db, "服务实践", today or date.today()))
    count = write_sheets(path, fmt, [spec], progress, cancelled)
    audit_export(db, "export.services", path, count, False)
    return ExportResult(path, count)


def export_template(path: str | Path) -> Path:
    """A blank roster workbook with the headers import expects and a 填写说明 sheet."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("ValidationError", "The template is an .xlsx file; choose a name ending in .xlsx")
        )
    return atomic(path, write_template)


EXPORTS: dict[str, Callable[..., ExportResult]] = {
    "roster": export_roster,
    "activities": export_activities,
    "services": export_services,
    "talks": export_talks,
    "dues": export_dues,
}
