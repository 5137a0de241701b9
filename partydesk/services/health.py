"""Is the store sound, current and safely configured? (what `partydesk doctor` reports)."""

from __future__ import annotations

import platform
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from partydesk import __version__
from partydesk.resources import cjk_font_path
from partydesk.services.backup import backup_status
from partydesk.services.offices import local_office
from partydesk.store.base import Base
from partydesk.store.db import EXPECTED_PRAGMAS, Database, sqlite_health
from partydesk.store.migrate import current_revision, head_revision
from partydesk.store.rules import unreadable_rows

LOW_DISK_BYTES = 200 * 1024 * 1024


@dataclass
class Diagnosis:
    version: str
    python: str
    platform: str
    data_dir: str
    database: str
    office: str | None
    schema_revision: str | None
    schema_head: str
    integrity: str
    pragmas: dict[str, str]
    free_disk_bytes: int | None
    font_file: str
    font_present: bool
    row_counts: dict[str, dict[str, int]]
    last_local_backup: datetime | None = None
    last_usb_backup: datetime | None = None
    unreadable: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def row_counts(db: Database) -> dict[str, dict[str, int]]:
    """Rows of every table: all, and how many sit in the recycle bin."""
    counts: dict[str, dict[str, int]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            total = conn.scalar(select(func.count()).select_from(table)) or 0
            entry = {"rows": int(total)}
            if "deleted_at" in table.c:
                deleted = conn.scalar(select(func.count()).select_from(table).where(table.c.deleted_at.is_not(None)))
                entry["deleted"] = int(deleted or 0)
            counts[table.name] = entry
    return counts


def free_disk(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def diagnose(db: Database, location) -> Diagnosis:
    integrity, pragmas = sqlite_health(db)
    office = local_office(db)
    font = cjk_font_path()
    found = Diagnosis(
        version=__version__,
        python=platform.python_version(),
        platform=platform.platform(),
        data_dir=str(location.data_dir),
        database=str(location.db_path) if location.db_path else _hide_password(location.db_url),
        office=office.name if office else None,
        schema_revision=current_revision(db),
        schema_head=head_revision(),
        integrity=integrity,
        pragmas=pragmas,
        free_disk_bytes=free_disk(location.data_dir) if location.db_path else None,
        font_file=str(font),
        font_present=font.is_file(),
        row_counts=row_counts(db),
    )
    if db.is_sqlite:
        status = backup_status(db)
        found.last_local_backup, found.last_usb_backup = status.last_local_at, status.last_usb_at
        if office is not None and status.usb_overdue:
            found.warnings.append("no recent backup on a USB stick: partydesk backup create --to <stick>")
    found.unreadable = unreadable(db)
    found.problems = problems_of(found)
    return found


def unreadable(db: Database) -> dict[str, int]:
    """Rows the program cannot read ("table.column" -> count); empty on a server database."""
    if not db.is_sqlite:
        return {}
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None  # an open pool connection always has its sqlite3 one
        return unreadable_rows(connection)
    finally:
        raw.close()


def problems_of(d: Diagnosis) -> list[str]:
    problems = []
    if d.integrity not in ("ok", "not applicable"):
        problems.append(f"integrity check failed: {d.integrity}")
    for where, count in d.unreadable.items():
        problems.append(f"{count} row(s) of {where} hold a value this program cannot read")
    if d.schema_revision != d.schema_head:
        problems.append(f"schema revision {d.schema_revision} is not the program's {d.schema_head}")
    for name, expected in EXPECTED_PRAGMAS.items():
        if d.pragmas and d.pragmas.get(name) != expected:
            problems.append(f"PRAGMA {name} is {d.pragmas.get(name)}, expected {expected}")
    if d.free_disk_bytes is not None and d.free_disk_bytes < LOW_DISK_BYTES:
        problems.append(f"only {d.free_disk_bytes // (1024 * 1024)} MB free on the data disk")
    if not d.font_present:
        problems.append(f"CJK font missing: {d.font_file}")
    return problems


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
