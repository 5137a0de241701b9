"""`partydesk doctor [--json]`: is the database sound, current and safely configured?

Exit 0 when every check passes, 1 when one fails (each failure is listed).
"""

from __future__ import annotations

import platform
import shutil
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from partydesk import __version__
from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table
from partydesk.resources import cjk_font_path
from partydesk.services.backup_generations import backup_status
from partydesk.services.offices import local_office
from partydesk.store.base import Base
from partydesk.store.db import Database
from partydesk.store.migrate import current_revision, head_revision

LOW_DISK_BYTES = 200 * 1024 * 1024
EXPECTED_PRAGMAS = {"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2"}


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
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help="check the database, schema, pragmas, disk and font")
    add_json_flag(parser)
    parser.set_defaults(handler=handle, needs_office=False, needs_sign_in=False)


def sqlite_checks(db: Database) -> tuple[str, dict[str, str]]:
    """integrity_check result and the connection pragmas that keep data safe on power cuts."""
    if not db.is_sqlite:
        return "not applicable", {}
    with db.engine.connect() as conn:
        integrity = "; ".join(str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").all())
        pragmas = {name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()).lower() for name in EXPECTED_PRAGMAS}
    return integrity, pragmas


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
    integrity, pragmas = sqlite_checks(db)
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
    found.problems = problems_of(found)
    return found


def problems_of(d: Diagnosis) -> list[str]:
    problems = []
    if d.integrity not in ("ok", "not applicable"):
        problems.append(f"integrity check failed: {d.integrity}")
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


def _local_time(utc: datetime | None) -> str:
    """Stored times are naive UTC; people read their own clock."""
    if utc is None:
        return "never"
    aware = utc if utc.tzinfo else utc.replace(tzinfo=timezone.utc)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def _megabytes(n: int | None) -> str:
    return "" if n is None else f"{n / (1024 * 1024):,.0f} MB"


def handle(args, db) -> int:
    d = diagnose(db, args.location)
    if args.json:
        print_json({**d.__dict__, "ok": not d.problems})
        return 1 if d.problems else 0
    print_pairs(
        [
            ("partydesk", d.version),
            ("Python", f"{d.python} ({sys.platform})"),
            ("Data folder", d.data_dir),
            ("Database", d.database),
            ("Office", d.office or "- (none yet: partydesk init --office NAME, or partydesk demo)"),
            ("Schema", f"{d.schema_revision} (program: {d.schema_head})"),
            ("Integrity", d.integrity),
            ("Pragmas", ", ".join(f"{k}={v}" for k, v in d.pragmas.items()) or "-"),
            ("Free disk", _megabytes(d.free_disk_bytes)),
            ("Font", f"{d.font_file} ({'present' if d.font_present else 'MISSING'})"),
            ("Last local backup", _local_time(d.last_local_backup)),
            ("Last USB backup", _local_time(d.last_usb_backup)),
        ]
    )
    print()
    print_table(
        ["Table", "Rows", "In recycle bin"],
        [(name, c["rows"], c.get("deleted", "")) for name, c in d.row_counts.items()],
    )
    print()
    for warning in d.warnings:
        print(f"WARNING: {warning}")
    if d.problems:
        for problem in d.problems:
            print(f"PROBLEM: {problem}")
        return 1
    print("All checks passed.")
    return 0
