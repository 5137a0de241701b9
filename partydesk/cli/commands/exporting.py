"""`partydesk export KIND -o FILE`: roster, activities, services, talks, dues, honours, points, grades, template."""

from __future__ import annotations

from partydesk.cli.output import add_json_flag, print_json
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import exporting

WROTE = QT_TRANSLATE_NOOP("Cli", "wrote {rows} rows to {file}")
FULL_IDS = QT_TRANSLATE_NOOP("Cli", " (full IDs)")
WROTE_MARKS = QT_TRANSLATE_NOOP("Cli", "wrote the attendance marks to {file}")
WITHHELD = QT_TRANSLATE_NOOP(
    "Cli", "withheld: {count} confidential talks (诫勉谈话 or marked 保密) are not exported; the file ends with a "
    "note saying so")

KINDS = ("roster", "activities", "services", "talks", "dues", "honours", "points", "grades", "template")
VANGUARD = ("honours", "points", "grades")


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help="export records to .xlsx or .csv, or write the import template")
    parser.add_argument("kind", choices=KINDS, help="what to export")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="target file ending in .xlsx or .csv")
    parser.add_argument("--year", type=int, metavar="Y", help="only this year (all but the roster)")
    parser.add_argument("--full-ids", action="store_true",
                        help="roster with full resident IDs and phones (needs the right; logged)")
    parser.add_argument("--include-former", action="store_true",
                        help="roster: also members transferred out, deceased or left")
    parser.add_argument("--branch", metavar="BRANCH", help="dues: only this branch (name or uuid)")
    add_json_flag(parser)
    parser.set_defaults(handler=handle)


def handle(args, db) -> int:
    if args.kind == "template":
        path = exporting.export_template(args.output)
        _print(args, {"file": str(path), "rows": 0, "full_ids": False})
        return 0
    if args.kind == "roster":
        result = exporting.export_roster(db, args.output, full_ids=args.full_ids, include_former=args.include_former)
    elif args.kind == "dues":
        result = exporting.export_dues(db, args.output, year=args.year, branch_uuid=args.branch)
    elif args.kind in VANGUARD:
        result = exporting.export_vanguard(db, args.kind, args.output, year=args.year)
    else:
        result = exporting.EXPORTS[args.kind](db, args.output, year=args.year)
    _print(args, {"file": str(result.path), "rows": result.rows, "full_ids": result.full_ids,
                  "withheld": result.withheld, "also": [str(p) for p in result.extra_paths]})
    return 0


def _print(args, data: dict) -> None:
    if args.json:
        print_json(data)
        return
    print(translate("Cli", WROTE, rows=data["rows"], file=data["file"])
          + (translate("Cli", FULL_IDS) if data["full_ids"] else ""))
    for also in data.get("also", []):
        print(translate("Cli", WROTE_MARKS, file=also))
    if data.get("withheld"):
        print(translate("Cli", WITHHELD, count=data["withheld"]))
