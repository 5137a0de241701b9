"""What every export shares: the result, the target's format, the title row, atomic writes, the audit."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partydesk.domain.dates import year_bounds
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.common import Cancelled, Progress
from partydesk.services.exporting.sheets import SheetSpec, write_csv, write_xlsx
from partydesk.store.db import Database
from partydesk.store.private import create_private


@dataclass(frozen=True)
class ExportResult:
    """The file written, its rows, and what was left out of it and why."""

    path: Path
    rows: int
    full_ids: bool = False
    withheld: int = 0  # confidential talks counted but not written
    extra_paths: tuple[Path, ...] = ()  # e.g. the attendance CSV beside the activities CSV


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "ValidationError", "Export to a file ending in .xlsx or .csv, not “{name}”"), name=path.name)
    return suffix[1:]


def heading(db: Database, what: str, today: date) -> str:
    """某某社区党委 党员花名册 2026年12月6日: the title row of a printed export (built from parts)."""
    from partydesk.services.offices import local_office

    office = local_office(db)
    made = f"{today.year}年{today.month}月{today.day}日"
    return "  ".join(part for part in (office.name if office else "", what, made) if part)


def date_for(fmt: str) -> Callable[[date | None], object]:
    """Dates as real date cells in .xlsx, as 2026-03-05 text in CSV."""
    if fmt == "csv":
        return lambda d: d.isoformat() if d else ""
    return lambda d: d


def by_year(stmt, column, year: int | None):
    if year is None:
        return stmt
    return stmt.where(column.between(*year_bounds(year)))


def write_sheets(path: Path, fmt: str, specs: list[SheetSpec], progress: Progress, cancelled: Cancelled) -> int:
    """The specs as one workbook, or the first as a CSV file; atomically; the first sheet's row count."""
    writer = write_csv if fmt == "csv" else write_xlsx
    counted: list[int] = []

    def write(target: Path) -> None:
        counted.append(writer(target, specs, progress, cancelled))

    atomic(path, write)
    return counted[0]


def atomic(path: Path, write: Callable[[Path], object]) -> Path:
    """Write next to the target and rename when complete: no half-written file on cancel or error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        create_private(partial)  # the writers open it by name again and keep its owner-only mode
        write(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def audit_export(db: Database, action: str, path: Path, rows: int, full_ids: bool, **extra: object) -> None:
    with db.write() as session:
        audit.record(session, db.actor, action, "", "", {"file": path.name, "rows": rows, "full_ids": full_ids,
                                                         **extra})
