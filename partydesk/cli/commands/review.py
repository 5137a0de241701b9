"""`partydesk review set|list`: 民主评议党员 grades, with the warning when 优秀 exceed a third of a branch."""

from __future__ import annotations

from datetime import date

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.vanguard import GRADE_ARGUMENTS
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import vanguard

HEADERS = tuple(QT_TRANSLATE_NOOP("VanguardCli", header) for header in (
    "Name", "Branch", "Status", "Grade", "Hours", "Required", "Absent", "Year's points", "Honours", "Talks"))
CORRECTION = QT_TRANSLATE_NOOP("VanguardCli", "限期改正 until {due}")
REMINDER_TALK = QT_TRANSLATE_NOOP("VanguardCli", "基本合格: hold a 提醒谈话")
OVER_A_THIRD = QT_TRANSLATE_NOOP(
    "VanguardCli", "warning: {branch}: {excellent} 优秀 of {graded} graded, more than a third ({limit})")


def register(subparsers) -> None:
    parser = subparsers.add_parser("review", help="the yearly democratic appraisal (民主评议党员)")
    commands = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    change = commands.add_parser("set", help="a full member's grade for a year (secretary)")
    change.add_argument("--member", required=True, metavar="UUID")
    change.add_argument("--year", type=int, required=True, metavar="Y")
    change.add_argument("--grade", required=True, choices=sorted(GRADE_ARGUMENTS), metavar="GRADE",
                        help="excellent|qualified|basic|unqualified")
    change.add_argument("--basis", default="", metavar="T", help="what the branch based it on")
    change.add_argument("--on", type=date.fromisoformat, default=None, metavar="DATE",
                        help="the day the branch decided (default today)")
    add_json_flag(change)
    change.set_defaults(handler=handle_set)
    listing = commands.add_parser("list", help="the year's grade sheet and warnings")
    listing.add_argument("--year", type=int, required=True, metavar="Y")
    listing.add_argument("--branch", metavar="UUID")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list)


def handle_set(args, db) -> int:
    outcome = vanguard.set_grade(db, args.member, args.year, GRADE_ARGUMENTS[args.grade], args.basis,
                                 decided_on=args.on or date.today())
    if wants_json(args):
        print_json(outcome)
        return 0
    for _member, due in outcome.corrections:
        print(translate("VanguardCli", CORRECTION, due=due.isoformat()))
    if outcome.reminder_talks:
        print(translate("VanguardCli", REMINDER_TALK))
    _print_warnings(outcome.warnings)
    return 0


def handle_list(args, db) -> int:
    sheet = vanguard.appraisal_sheet(db, args.year, args.branch)
    warnings = vanguard.grade_warnings(db, args.year, args.branch)
    if wants_json(args):
        print_json({"rows": sheet, "warnings": warnings})
        return 0
    print_table([translate("VanguardCli", header) for header in HEADERS],
                [(r.name, r.branch_name, r.status, r.grade or ("—" if r.refusal else ""), r.hours, r.required,
                  r.absent, r.points, r.honours, r.talks) for r in sheet])
    _print_warnings(warnings)
    return 0


def _print_warnings(warnings) -> None:
    for w in warnings:
        print(translate("VanguardCli", OVER_A_THIRD, branch=w.branch_name, excellent=w.excellent, graded=w.graded,
                        limit=w.limit))


