"""`partydesk doctor [--json]`: is the database sound, current and safely configured?

Exit 0 when every check passes, 1 when one fails (each failure is listed).
"""

from __future__ import annotations

import sys
from datetime import datetime

from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table
from partydesk.services.common import local_time
from partydesk.services.health import diagnose


def register(subparsers) -> None:
    parser = subparsers.add_parser("doctor", help="check the database, schema, pragmas, disk and font")
    add_json_flag(parser)
    parser.set_defaults(handler=handle, needs_office=False, needs_sign_in=False)


def _local_time(utc: datetime | None) -> str:
    """Stored times are naive UTC; people read their own clock."""
    return local_time(utc).strftime("%Y-%m-%d %H:%M") if utc else "never"


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
