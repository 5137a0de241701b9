"""`partydesk import roster|attendance FILE`: check a spreadsheet row by row, then import it."""

from __future__ import annotations

import sys

from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.domain.fields import field_label
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.importing import (
    ImportRejected,
    ImportResult,
    preview_attendance_import,
    preview_roster_import,
    run_attendance_import,
    run_roster_import,
)

IMPORTED = QT_TRANSLATE_NOOP("Cli", "imported: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected")
WOULD_IMPORT = QT_TRANSLATE_NOOP(
    "Cli", "would import: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected")


def register(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import a roster or a sign-in sheet from .xlsx or .csv")
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    roster = kinds.add_parser("roster", help="members from a roster (花名册) spreadsheet")
    roster.add_argument("file", metavar="FILE", help=".xlsx or .csv (UTF-8 or GBK)")
    roster.add_argument("--branch", metavar="UUID", help="branch (uuid or name) for rows without a 所在党支部 column")
    attendance = kinds.add_parser("attendance", help="attendance of one activity from a sign-in sheet (签到表)")
    attendance.add_argument("file", metavar="FILE", help=".xlsx or .csv (UTF-8 or GBK)")
    attendance.add_argument("--activity", metavar="UUID", required=True, help="the activity the sheet is for")
    for sub in (roster, attendance):
        sub.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
        sub.add_argument("--skip-invalid", action="store_true",
                         help="import the valid rows even when others are rejected (default: all or nothing)")
        add_json_flag(sub)
    roster.set_defaults(handler=handle_roster)
    attendance.set_defaults(handler=handle_attendance)


def handle_roster(args, db) -> int:
    if args.dry_run:
        return _report(args, preview_roster_import(db, args.file, branch_uuid=args.branch).result)
    return _run(args, lambda: run_roster_import(db, args.file, skip_invalid=args.skip_invalid,
                                                branch_uuid=args.branch))


def handle_attendance(args, db) -> int:
    if args.dry_run:
        return _report(args, preview_attendance_import(db, args.file, args.activity).result)
    return _run(args, lambda: run_attendance_import(db, args.file, args.activity, skip_invalid=args.skip_invalid))


def _run(args, work) -> int:
    try:
        result = work()
    except ImportRejected as error:
        _report(args, error.result)
        print(f"partydesk: error: {error}", file=sys.stderr)
        return 1
    return _report(args, result)


def _report(args, result: ImportResult) -> int:
    failed = 1 if result.rejected and not args.skip_invalid else 0
    if args.json:
        print_json(result.as_json())
        return failed
    print(translate("Cli", IMPORTED if result.written else WOULD_IMPORT, new=result.imported, updated=result.updated,
                    skipped=len(result.skipped), rejected=len(result.rejected)))
    if result.rejected:
        print_table([translate("Cli", h) for h in ("Row", "Field", "Reason")],
                    [(r["row"], field_label(r["field"]), r["reason"]) for r in result.rejected], max_width=100)
    if result.skipped:
        print_table([translate("Cli", h) for h in ("Row", "Skipped because")],
                    [(r["row"], r["reason"]) for r in result.skipped], max_width=60)
    return failed
