"""`partydesk reminders [--today DATE] [--branch UUID] [--json]`: every member at risk (早提醒)."""

from __future__ import annotations

from partydesk.cli.args import date_value
from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import reminders

HEADERS = (QT_TRANSLATE_NOOP("RemindersCli", "Level"), QT_TRANSLATE_NOOP("RemindersCli", "Kind"),
           QT_TRANSLATE_NOOP("RemindersCli", "Name"), QT_TRANSLATE_NOOP("RemindersCli", "Branch"),
           QT_TRANSLATE_NOOP("RemindersCli", "Evidence"), QT_TRANSLATE_NOOP("RemindersCli", "Suggested"))


def register(subparsers) -> None:
    parser = subparsers.add_parser("reminders", help="early reminders: members drifting away, and why")
    parser.add_argument("--today", type=date_value, metavar="DATE", help="judge as of this day (default: today)")
    parser.add_argument("--branch", metavar="UUID", help="only this branch (and the branches under it)")
    add_json_flag(parser)
    parser.set_defaults(handler=handle)


def handle(args, db) -> int:
    found = reminders.reminders(db, args.today, args.branch)
    if args.json:
        print_json([r.to_dict() for r in found])
        return 0
    print_table([translate("RemindersCli", header) for header in HEADERS],
                [(r.level, r.kind, r.name, r.branch, r.evidence, r.suggested) for r in found])
    return 0
