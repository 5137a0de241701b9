"""`partydesk points items|add|summary`: 积分制 items, manual entries, the year's points and stars."""

from __future__ import annotations

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.vanguard import star_text
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import vanguard

ITEM_HEADERS = (QT_TRANSLATE_NOOP("VanguardCli", "Code"), QT_TRANSLATE_NOOP("VanguardCli", "Item"),
                QT_TRANSLATE_NOOP("VanguardCli", "Points"), QT_TRANSLATE_NOOP("VanguardCli", "Kind"),
                QT_TRANSLATE_NOOP("VanguardCli", "Yearly cap"), QT_TRANSLATE_NOOP("VanguardCli", "Source"))
SUMMARY_HEADERS = (QT_TRANSLATE_NOOP("VanguardCli", "Name"), QT_TRANSLATE_NOOP("VanguardCli", "Branch"),
                   QT_TRANSLATE_NOOP("VanguardCli", "Base"), QT_TRANSLATE_NOOP("VanguardCli", "Added"),
                   QT_TRANSLATE_NOOP("VanguardCli", "Deducted"), QT_TRANSLATE_NOOP("VanguardCli", "Total"),
                   QT_TRANSLATE_NOOP("VanguardCli", "Stars"))
ENTRY_HEADERS = (QT_TRANSLATE_NOOP("VanguardCli", "Date"), QT_TRANSLATE_NOOP("VanguardCli", "Item"),
                 QT_TRANSLATE_NOOP("VanguardCli", "Points"), QT_TRANSLATE_NOOP("VanguardCli", "Note"))


def _headers(headers: tuple[str, ...]) -> list[str]:
    return [translate("VanguardCli", header) for header in headers]


def register(subparsers) -> None:
    parser = subparsers.add_parser("points", help="points-based management (积分制)")
    commands = parser.add_subparsers(dest="points_command", metavar="ACTION", required=True)
    items = commands.add_parser("items", help="the office's points items")
    add_json_flag(items)
    items.set_defaults(handler=handle_items)
    add = commands.add_parser("add", help="a manual entry of an item for a member")
    add.add_argument("--member", required=True, metavar="UUID")
    add.add_argument("--item", required=True, metavar="CODE")
    add.add_argument("--on", required=True, metavar="DATE")
    add.add_argument("--note", default="", metavar="T")
    add_json_flag(add)
    add.set_defaults(handler=handle_add)
    summary = commands.add_parser("summary", help="each member's base, additions, deductions, total and stars")
    summary.add_argument("--year", type=int, required=True, metavar="Y")
    summary.add_argument("--branch", metavar="UUID")
    summary.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), metavar="Q",
                         help="the year to the end of this quarter (季度公示)")
    summary.add_argument("--detail", action="store_true", help="with the entries behind each number")
    add_json_flag(summary)
    summary.set_defaults(handler=handle_summary)


def handle_items(args, db) -> int:
    items = vanguard.list_items(db)
    if wants_json(args):
        print_json(items)
        return 0
    print_table(_headers(ITEM_HEADERS),
                [(i.code, i.name, i.points, i.kind, i.yearly_cap, i.source) for i in items])
    return 0


def handle_add(args, db) -> int:
    uuid = vanguard.add_entry(db, args.member, args.item, args.on, args.note)
    if wants_json(args):
        print_json({"uuid": uuid})
    else:
        print(uuid)
    return 0


def handle_summary(args, db) -> int:
    page = vanguard.points_summary(db, vanguard.PointsQuery(args.year, args.branch, args.quarter))
    rows = [_summary_row(db, p, args) for p in page.rows]
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(_headers(SUMMARY_HEADERS),
                [(r["name"], r["branch"], r["base"], r["added"], r["deducted"], r["total"], star_text(r["stars"]))
                 for r in rows])
    if args.detail:
        for row in rows:
            print(f"\n{row['name']}")
            print_table(_headers(ENTRY_HEADERS), [
                (e.on_date, e.item_name, -e.points if e.kind.value == "DEDUCT" else e.points, e.note)
                for e in row["entries"]])
    return 0


def _summary_row(db, points: vanguard.MemberPoints, args) -> dict:
    row = {"member": points.member_uuid, "name": points.name, "branch": points.branch_name,
           "status": points.status, "base": points.base, "added": points.added, "deducted": points.deducted,
           "total": points.total, "stars": points.stars}
    if args.detail:
        last_month = (args.quarter or 4) * 3
        row["entries"] = [entry for entry in vanguard.point_lines(db, points.member_uuid, args.year)
                          if entry.on_date.month <= last_month]
    return row
