"""`partydesk report minutes|sign-in|member-file|annual|roster|talk ... -o FILE.pdf`: printed documents.

Ids are the uuids `partydesk list ... --json` prints. The PDF is written whole or not at all.
"""

from __future__ import annotations

import sys
from datetime import date

from partydesk.cli.args import year_value
from partydesk.cli.output import add_json_flag, print_json
from partydesk.services import reports

DOCUMENTS = {
    "minutes": ("会议记录 (meeting minutes) of an activity", ("activity",)),
    "sign-in": ("签到表 (sign-in sheet) of an activity", ("activity",)),
    "member-file": ("党员教育培训档案 (education file) of a member for a year", ("member", "year")),
    "annual": ("年度党员教育培训情况统计 (annual summary) of the office or a branch", ("year", "branch?")),
    "roster": ("党员花名册 (roster) of the office or a branch, IDs masked", ("branch?",)),
    "talk": ("谈话记录表 (talk record form) of a talk", ("talk",)),
}
HELP = {
    "activity": "activity uuid (partydesk list activities --json)",
    "member": "member uuid (partydesk list members --json)",
    "talk": "talk uuid (partydesk list talks --json)",
    "branch": "branch uuid (default: the whole office)",
    "year": "calendar year, e.g. 2026",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("report", help="print a document to a PDF file")
    kinds = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, (help_text, options) in DOCUMENTS.items():
        sub = kinds.add_parser(name, help=help_text, description=help_text)
        for option in options:
            key = option.rstrip("?")
            sub.add_argument(f"--{key}", required=not option.endswith("?"), help=HELP[key],
                             type=year_value if key == "year" else str, metavar=key.upper())
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
        add_json_flag(sub)
        sub.set_defaults(handler=handle)


def build(args, db) -> bytes:
    """The requested document's PDF bytes (nothing is written yet)."""
    today = date.today()
    if args.document == "minutes":
        return reports.minutes_pdf(db, args.activity, today)
    if args.document == "sign-in":
        return reports.sign_in_pdf(db, args.activity, today)
    if args.document == "member-file":
        return reports.member_file_pdf(db, args.member, args.year, today)
    if args.document == "annual":
        return reports.annual_pdf(db, args.year, args.branch, today)
    if args.document == "roster":
        return reports.roster_pdf(db, args.branch, today)
    return reports.talk_form_pdf(db, args.talk, today)


def handle(args, db) -> int:
    data = build(args, db)
    path = reports.write_pdf(args.output, data)
    pages = reports.page_count(data)
    if args.json:
        print_json({"document": args.document, "path": str(path.resolve()), "pages": pages, "bytes": len(data)})
    else:
        sys.stdout.write(f"{path} ({pages} pages)\n")
    return 0
