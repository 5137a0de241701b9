"""`partydesk dues base set|import|export`, `dues pay`, `dues list`: the 党费 ledger from the console."""

from __future__ import annotations

import sys

from partydesk.cli.args import date_value, year_value
from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import dues

LEDGER_HEADERS = (QT_TRANSLATE_NOOP("DuesCli", "Name"), QT_TRANSLATE_NOOP("DuesCli", "Branch"),
                  QT_TRANSLATE_NOOP("DuesCli", "Monthly"), QT_TRANSLATE_NOOP("DuesCli", "Due"),
                  QT_TRANSLATE_NOOP("DuesCli", "Paid"), QT_TRANSLATE_NOOP("DuesCli", "Unpaid months"))
IMPORT_HEADERS = (QT_TRANSLATE_NOOP("DuesCli", "Row"), QT_TRANSLATE_NOOP("DuesCli", "Name"),
                  QT_TRANSLATE_NOOP("DuesCli", "OK"), QT_TRANSLATE_NOOP("DuesCli", "Message"))
MONTHLY = QT_TRANSLATE_NOOP("DuesCli", "{year}: {due} yuan a month")
PAID = QT_TRANSLATE_NOOP("DuesCli", "{month}: {amount} yuan ({uuid})")
WARNING = QT_TRANSLATE_NOOP("DuesCli", "warning: {warning}")
IMPORTED = QT_TRANSLATE_NOOP("DuesCli", "{saved} saved, {rejected} rejected")
CHECKED = QT_TRANSLATE_NOOP("DuesCli", "{saved} saved, {rejected} rejected (dry run)")
EXPORTED = QT_TRANSLATE_NOOP("DuesCli", "{path} ({count} rows)")


def _words(text: str, **params: object) -> str:
    return translate("DuesCli", text, **params)


def _headers(headers: tuple[str, ...]) -> list[str]:
    return [_words(header) for header in headers]


def register(subparsers) -> None:
    parser = subparsers.add_parser("dues", help="党费 ledger: bases, payments, who owes what")
    actions = parser.add_subparsers(dest="dues_action", metavar="ACTION", required=True)
    base = actions.add_parser("base", help="the yearly base (核定) of a member")
    base_actions = base.add_subparsers(dest="base_action", metavar="ACTION", required=True)
    setter = base_actions.add_parser("set", help="set a member's category and base for a year")
    setter.add_argument("--member", required=True, metavar="UUID")
    setter.add_argument("--year", required=True, type=year_value, metavar="Y")
    setter.add_argument("--category", required=True, metavar="C",
                        help="in_service, retired, farmer, student, unemployed or relief")
    setter.add_argument("--base", default="0", metavar="AMOUNT", help="monthly wage after tax or pension, in yuan")
    add_json_flag(setter)
    setter.set_defaults(handler=handle_base)
    importer = base_actions.add_parser(
        "import", help="set the year's bases from a spreadsheet (成员编号 or 姓名, 人员类别, 缴费基数)")
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--year", required=True, type=year_value, metavar="Y")
    importer.add_argument("--dry-run", action="store_true", help="check every row, save nothing")
    add_json_flag(importer)
    importer.set_defaults(handler=handle_import)
    exporter = base_actions.add_parser("export", help="the year's members, categories and bases to .xlsx")
    exporter.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    exporter.add_argument("--year", required=True, type=year_value, metavar="Y")
    exporter.add_argument("--branch", metavar="UUID")
    add_json_flag(exporter)
    exporter.set_defaults(handler=handle_export)
    pay = actions.add_parser("pay", help="record one month paid by a member")
    pay.add_argument("--member", required=True, metavar="UUID")
    pay.add_argument("--month", required=True, metavar="YYYY-MM")
    pay.add_argument("--amount", metavar="A", help="default: the computed due")
    pay.add_argument("--on", type=date_value, metavar="DATE", help="day paid (default: today)")
    pay.add_argument("--receipt", default="", metavar="NO")
    pay.add_argument("--proxy", default="", metavar="NAME", help="who paid on the member's behalf")
    pay.add_argument("--note", default="")
    pay.add_argument("--approval", default="", help="the higher committee's approval of a reduction")
    add_json_flag(pay)
    pay.set_defaults(handler=handle_pay)
    listing = actions.add_parser("list", help="per member: due, paid and unpaid months of a year")
    listing.add_argument("--year", required=True, type=year_value, metavar="Y")
    listing.add_argument("--branch", metavar="UUID")
    listing.add_argument("--today", type=date_value, metavar="DATE", help="judge as of this day (default: today)")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list)


def handle_base(args, db) -> int:
    due = dues.set_base(db, args.member, args.year, args.category, args.base)
    if args.json:
        print_json({"member_uuid": args.member, "year": args.year, "monthly": due})
    else:
        sys.stdout.write(_words(MONTHLY, year=args.year, due=due) + "\n")
    return 0


def handle_pay(args, db) -> int:
    result = dues.record_payment(db, dues.PaymentInput(args.member, args.month, args.amount, args.on, args.receipt,
                                                       args.proxy, args.note, args.approval))
    for warning in result.warnings:
        sys.stderr.write(_words(WARNING, warning=warning) + "\n")
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(_words(PAID, month=args.month, amount=result.amount, uuid=result.uuid) + "\n")
    return 0


def handle_list(args, db) -> int:
    rows = dues.ledger(db, args.year, args.branch, args.today)
    if args.json:
        print_json([{"member_uuid": r.member_uuid, "name": r.name, "branch": r.branch_name,
                     "category": r.category, "monthly": r.monthly, "due": r.due, "paid": r.paid,
                     "unpaid_months": list(r.unpaid_months)} for r in rows])
        return 0
    print_table(_headers(LEDGER_HEADERS),
                [(r.name, r.branch_name, r.monthly, r.due, r.paid, " ".join(r.unpaid_months)) for r in rows])
    return 0


def handle_import(args, db) -> int:
    result = dues.import_bases(db, args.year, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(result)
    else:
        print_table(_headers(IMPORT_HEADERS), [(r.row, r.name, r.ok, r.message) for r in result.rows])
        summary = CHECKED if args.dry_run else IMPORTED
        sys.stdout.write(_words(summary, saved=result.saved, rejected=result.rejected) + "\n")
    return 0


def handle_export(args, db) -> int:
    count = dues.export_bases(db, args.year, args.output, args.branch)
    if args.json:
        print_json({"path": args.output, "rows": count})
    else:
        sys.stdout.write(_words(EXPORTED, path=args.output, count=count) + "\n")
    return 0
