"""`partydesk import roster|attendance|honours|points|grades FILE`: check a spreadsheet row by row, then import it."""

from __future__ import annotations

import sys

from partydesk.cli.args import year_value
from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.domain.fields import field_label
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.importing import (
    VANGUARD_KINDS,
    ImportRejected,
    ImportResult,
    preview_attendance_import,
    preview_roster_import,
    preview_vanguard_import,
    run_attendance_import,
    run_roster_import,
    run_vanguard_import,
)

IMPORTED = QT_TRANSLATE_NOOP("Cli", "imported: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected")
WOULD_IMPORT = QT_TRANSLATE_NOOP(
    "Cli", "would import: {new} new, {updated} updated; {skipped} skipped, {rejected} rejected")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="import a roster or a sign-in sheet from .xlsx, .xls, .et, .ods or .csv")
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    roster = kinds.add_parser("roster", help="members from a roster (花名册) spreadsheet")
    roster.add_argument("file", metavar="FILE", help=".xlsx, .xls, .et, .ods, or .csv (UTF-8, GBK or UTF-16)")
    roster.add_argument("--branch", metavar="UUID", help="branch (uuid or name) for rows without a 所在党支部 column")
    attendance = kinds.add_parser("attendance", help="attendance of one activity from a sign-in sheet (签到表)")
    attendance.add_argument("file", metavar="FILE", help=".xlsx, .xls, .et, .ods, or .csv (UTF-8, GBK or UTF-16)")
    attendance.add_argument("--activity", metavar="UUID", required=True, help="the activity the sheet is for")
    vanguard = []
    for kind, text in zip(VANGUARD_KINDS, ("honours (表彰) of members or branches", "manual points entries (积分)",
                                           "appraisal grades (民主评议) for --year"), strict=True):
        sub = kinds.add_parser(kind, help=text)
        sub.add_argument("file", metavar="FILE", help=".xlsx or .csv (UTF-8 or GBK)")
        sub.add_argument("--year", type=year_value, required=kind == "grades", metavar="Y", help="the grades' year")
        sub.set_defaults(handler=handle_vanguard)
        vanguard.append(sub)
    for sub in (roster, attendance, *vanguard):
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


def handle_vanguard(args, db) -> int:
    year = getattr(args, "year", None)
    if args.dry_run:
        return _report(args, preview_vanguard_import(db, args.import_kind, args.file, year).result)
    return _run(args, lambda: run_vanguard_import(db, args.import_kind, args.file, year,
                                                  skip_invalid=args.skip_invalid))


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
