"""Bases (核定) to and from a spreadsheet: the clerk fills the year's categories and bases in Excel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.errors import ValidationError
from partydesk.domain.members import PARTY_MEMBERS
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.dues.records import dues_rules, set_base_in
from partydesk.services.dues.views import ledger
from partydesk.services.exporting.files import atomic
from partydesk.services.exporting.sheets import Column, SheetSpec, write_xlsx
from partydesk.services.importing.sheets import cell_text, open_sheet
from partydesk.store.db import Database
from partydesk.store.models import Member

KEY, NAME, BRANCH, CATEGORY, BASE = "成员编号", "姓名", "党支部", "人员类别", "缴费基数"
HEADER_ROWS = 10


@dataclass(frozen=True)
class BaseRow:
    row: int
    name: str
    ok: bool
    message: str = ""


@dataclass(frozen=True)
class BaseImport:
    rows: tuple[BaseRow, ...]
    saved: int
    dry_run: bool

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if not r.ok)


def export_bases(db: Database, year: int, target: str | Path, branch_uuid: str | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> int:
    """The year's members with their category and base, ready to fill in and import again."""
    require(db, Permission.EXPORT)
    rows = ledger(db, year, branch_uuid)
    columns = [Column(KEY, 38), Column(NAME, 12), Column(BRANCH, 20), Column(CATEGORY, 14), Column(BASE, 12, "number")]
    body = [(r.member_uuid, r.name, r.branch_name, r.category.zh if r.category else "",
             float(r.base) if r.base is not None and r.category and r.category.uses_base else None) for r in rows]
    specs = [SheetSpec(f"{year}年党费基数", columns, body, len(body))]
    atomic(Path(target), lambda partial: write_xlsx(partial, specs, progress, cancelled))
    return len(body)


def _header(rows: list) -> tuple[int, dict[str, int]]:
    for number, values in rows:
        cells = [cell_text(v) for v in values]
        if NAME in cells and CATEGORY in cells:
            return number, {text: index for index, text in enumerate(cells) if text}
        if number >= HEADER_ROWS:
            break
    raise ValidationError("file", QT_TRANSLATE_NOOP(
        "ValidationError", "No header row with 姓名 and 人员类别 in the first 10 rows"))


def _members_by_name(session) -> dict[str, list[Member]]:
    found: dict[str, list[Member]] = {}
    for member in session.scalars(select(Member).where(Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS))):
        found.setdefault(member.name, []).append(member)
    return found


def _member_of(session, key: str, name: str, by_name: dict[str, list[Member]]) -> Member:
    if key:
        member = session.scalar(select(Member).where(Member.uuid == key, Member.deleted_at.is_(None)))
        if member is None:
            raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "Unknown record {uuid}"), uuid=key)
        return member
    matches = by_name.get(name, [])
    if len(matches) != 1:
        raise ValidationError("member", QT_TRANSLATE_NOOP(
            "ValidationError", "{count} party members are called {name}: give the 成员编号"),
            count=len(matches), name=name)
    return matches[0]


class _DryRun(Exception):
    """Leaves the transaction without saving: a dry run reports what an import would do."""


def _cell(cells: list[str], columns: dict[str, int], header: str) -> str:
    index = columns.get(header)
    return cells[index] if index is not None and index < len(cells) else ""


def import_bases(db: Database, year: int, path: str | Path, dry_run: bool = False) -> BaseImport:
    """Set the year's bases row by row; rejected rows are reported, the others saved in one transaction."""
    require(db, Permission.IMPORT)
    require(db, Permission.WRITE_RECORDS)
    sheet, rules = open_sheet(path), dues_rules(db)
    rows = list(sheet.rows())  # a sheet's rows can be walked once
    header_row, columns = _header(rows)
    outcomes: list[BaseRow] = []
    try:
        with db.write() as session:
            by_name = _members_by_name(session)
            for number, values in rows:
                cells = [cell_text(v) for v in values]
                if number <= header_row or not any(cells):
                    continue
                name = _cell(cells, columns, NAME)
                try:
                    member = _member_of(session, _cell(cells, columns, KEY), name, by_name)
                    with session.begin_nested():
                        set_base_in(session, db, member, year, _cell(cells, columns, CATEGORY),
                                    _cell(cells, columns, BASE) or "0", "", rules)
                    outcomes.append(BaseRow(number, member.name, True))
                except ValidationError as error:
                    outcomes.append(BaseRow(number, name, False, str(error.with_row(number))))
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    saved = 0 if dry_run else sum(1 for r in outcomes if r.ok)
    return BaseImport(tuple(outcomes), saved, dry_run)
