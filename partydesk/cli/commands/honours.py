"""`partydesk honours add|list`: 表彰 of members and branches."""

from __future__ import annotations

from pathlib import Path

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.vanguard import HonourLevel
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import vanguard

LEVELS = ", ".join(f"{level.value} ({level.zh})" for level in HonourLevel)
HEADERS = (QT_TRANSLATE_NOOP("VanguardCli", "Date"), QT_TRANSLATE_NOOP("VanguardCli", "Holder"),
           QT_TRANSLATE_NOOP("VanguardCli", "Branch"), QT_TRANSLATE_NOOP("VanguardCli", "Title"),
           QT_TRANSLATE_NOOP("VanguardCli", "Level"), QT_TRANSLATE_NOOP("VanguardCli", "Issuer"),
           QT_TRANSLATE_NOOP("VanguardCli", "Doc no."), QT_TRANSLATE_NOOP("VanguardCli", "Revoked"))


def register(subparsers) -> None:
    parser = subparsers.add_parser("honours", help="honours (表彰) of members and branches")
    commands = parser.add_subparsers(dest="honours_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="record an honour of one member or one branch")
    holder = add.add_mutually_exclusive_group(required=True)
    holder.add_argument("--member", metavar="UUID")
    holder.add_argument("--branch", metavar="UUID")
    add.add_argument("--title", required=True)
    add.add_argument("--level", required=True, metavar="L", help=LEVELS)
    add.add_argument("--on", required=True, metavar="DATE")
    add.add_argument("--issuer", default="", metavar="X", help="颁发单位")
    add.add_argument("--doc-no", default="", metavar="N", help="文号")
    add.add_argument("--citation-file", type=Path, metavar="F", help="the citation (事迹), UTF-8 text")
    add_json_flag(add)
    add.set_defaults(handler=handle_add)
    listing = commands.add_parser("list", help="honours, newest first")
    listing.add_argument("--year", type=int, metavar="Y")
    listing.add_argument("--branch", metavar="UUID")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list)


def handle_add(args, db) -> int:
    citation = args.citation_file.read_text(encoding="utf-8-sig") if args.citation_file else ""
    uuid = vanguard.add_honour(db, vanguard.HonourInput(
        title=args.title, level=args.level, on_date=args.on, member_uuid=args.member, branch_uuid=args.branch,
        issuer=args.issuer, doc_no=args.doc_no, citation=citation))
    if wants_json(args):
        print_json({"uuid": uuid})
    else:
        print(uuid)
    return 0


def handle_list(args, db) -> int:
    rows = vanguard.query_honours(db, vanguard.HonourQuery(year=args.year, branch_uuid=args.branch, limit=100_000))
    if wants_json(args):
        print_json(rows.rows)
        return 0
    print_table([translate("VanguardCli", header) for header in HEADERS],
                [(r.on_date, r.holder_name, r.branch_name, r.title, r.level, r.issuer, r.doc_no, r.revoked_on)
                 for r in rows.rows])
    return 0
