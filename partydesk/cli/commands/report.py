"""`partydesk report DOCUMENT ... -o FILE.pdf`: the printed documents of services/reports' catalogue,
and the dues paper (`report dues`) and the 提醒清单 (`report reminders`), which take a month or a day.

Ids are the uuids `partydesk list ... --json` prints. The PDF is written whole or not at all.
"""

from __future__ import annotations

import sys
from datetime import date

from partydesk.cli.args import date_value, quarter_value, year_value
from partydesk.cli.output import add_json_flag, print_json
from partydesk.domain.dues import parse_month
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import reports

ONE_PAGE = QT_TRANSLATE_NOOP("Cli", "{path} ({pages} page)")
MANY_PAGES = QT_TRANSLATE_NOOP("Cli", "{path} ({pages} pages)")
SUBJECT_HELP = {
    reports.ACTIVITY: "activity uuid (partydesk list activities --json)",
    reports.MEMBER: "member uuid (partydesk list members --json)",
    reports.TALK: "talk uuid (partydesk list talks --json)",
}


def _help(kind: reports.ReportKind) -> str:
    scope = (
        f"of a {kind.subject}" if kind.subject else "of the office or a branch" if kind.by_branch else "of the office"
    )
    return f"{kind.title} {scope}" + (" for a year" if kind.needs_year else "")


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="print a document to a PDF file")
    kinds = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for kind in reports.CATALOGUE:
        sub = kinds.add_parser(kind.code, help=_help(kind), description=_help(kind))
        if kind.subject:
            sub.add_argument(
                f"--{kind.subject}",
                dest="subject",
                required=True,
                metavar=kind.subject.upper(),
                help=SUBJECT_HELP[kind.subject],
            )
        if kind.needs_year:
            sub.add_argument("--year", required=True, type=year_value, metavar="YEAR", help="calendar year, e.g. 2026")
        if kind.by_branch:
            sub.add_argument("--branch", metavar="BRANCH", help="branch name or uuid (default: the whole office)")
        if kind.by_quarter:
            sub.add_argument(
                "--quarter",
                type=quarter_value,
                metavar="Q",
                help="1, 2, 3 or 4: the year to the end of that quarter (default: the whole year)",
            )
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
        add_json_flag(sub)
        sub.set_defaults(handler=handle)
    _register_dues(kinds)


def _register_dues(kinds) -> None:
    dues = kinds.add_parser(
        "dues", help="党费收缴登记表 of a branch's month (--month), or the year's 党费收缴情况公示 (--year)"
    )
    dues.add_argument("--month", metavar="YYYY-MM", help="the register of this month")
    dues.add_argument("--year", type=year_value, metavar="YEAR", help="the public notice of this year")
    reminders = kinds.add_parser("reminders", help="提醒清单: early reminders of the office or a branch")
    reminders.add_argument("--today", type=date_value, metavar="DATE", help="judge as of this day (default: today)")
    for sub in (dues, reminders):
        sub.add_argument("--branch", metavar="BRANCH", help="branch uuid (default: the whole office)")
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
        add_json_flag(sub)
        sub.set_defaults(handler=handle)


def _dues_paper(args, db, today: date) -> bytes:
    if args.document == "reminders":
        return reports.reminders_pdf(db, args.branch, args.today, today)
    if args.month:
        return reports.dues_register_pdf(db, args.branch, parse_month(args.month), today)
    if args.year:
        return reports.dues_publicity_pdf(db, args.year, args.branch, today)
    raise ValidationError("year", QT_TRANSLATE_NOOP("ValidationError", "Give --month for the register or --year"))


def handle(args, db) -> int:
    if args.document in ("dues", "reminders"):
        data = _dues_paper(args, db, date.today())
    else:
        request = reports.Request(
            getattr(args, "subject", None),
            getattr(args, "year", None),
            getattr(args, "branch", None),
            date.today(),
            getattr(args, "quarter", None),
        )
        data = reports.make_report(db, args.document, request)
    path = reports.write_pdf(args.output, data)
    pages = reports.page_count(data)
    if args.json:
        print_json({"document": args.document, "path": str(path.resolve()), "pages": pages, "bytes": len(data)})
    else:
        sys.stdout.write(translate("Cli", ONE_PAGE if pages == 1 else MANY_PAGES, path=path, pages=pages) + "\n")
    return 0
