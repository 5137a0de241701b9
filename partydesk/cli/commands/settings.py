"""`partydesk settings show [--json]` and `partydesk settings set NAME=VALUE [NAME=VALUE ...]`."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.services import office_rules

MEANINGS = {
    "required_hours_member": "study hours a year a member needs",
    "required_hours_cadre": "study hours a year a cadre needs",
    "talks_per_member_per_year": "talks a year with each member",
    "usb_backup_max_age_days": "days before the USB backup reminder",
    "probation_due_soon_days": "days ahead a probation's end is listed as due soon",
    "max_failures": "wrong passwords before an account locks",
    "lock_minutes": "minutes an account stays locked",
    "idle_minutes": "idle minutes before the window locks",
    "farmer_amount": "yuan a month a farmer pays in dues (0.20 to 1.00)",
    "rounding_step": "dues rounded to 0.01, 0.1 or 1 yuan",
    "level1_months": "months missed in a row before a level 1 reminder (提醒谈话)",
    "level2_months": "months missed in a row before a level 2 reminder (the secretary talks)",
    "level3_months": "months missed in a row before a level 3 reminder (Article 9)",
    "hours_from_month": "month from which study hours are checked against the pace",
    "hours_margin": "study hours behind the pace that make a reminder",
    "correction_notice_days": "days before a 限期改正 ends that it is reminded",
}


def assignment(text: str) -> tuple[str, int | float | Decimal]:
    """NAME=VALUE with a known name and a number (argparse turns the error into a usage message)."""
    name, _, value = text.partition("=")
    if name not in office_rules.NAMES:
        raise argparse.ArgumentTypeError(f"unknown setting {name!r} (known: {', '.join(office_rules.NAMES)})")
    if name in office_rules.DUES:  # money: exact, never through a float
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise argparse.ArgumentTypeError(f"{name} needs a number, not {value!r}") from None
        if amount.is_finite():
            return name, amount
        raise argparse.ArgumentTypeError(f"{name} needs a number, not {value!r}")
    for kind in (int, float):
        try:
            return name, kind(value)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"{name} needs a number, not {value!r}")


def register(subparsers) -> None:
    parser = subparsers.add_parser("settings", help="the office's requirements, dues, reminder and sign-in rules")
    commands = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = commands.add_parser("show", help="every setting with its value")
    add_json_flag(show)
    show.set_defaults(handler=handle_show)
    change = commands.add_parser("set", help="change settings, all or none (see `settings show` for the names)")
    change.add_argument("changes", nargs="+", type=assignment, metavar="NAME=VALUE")
    change.set_defaults(handler=handle_set)


def handle_show(args, db) -> int:
    values = office_rules.current(db)
    if wants_json(args):
        print_json(values)
        return 0
    print_table(["Setting", "Value", "Meaning"], [(name, values[name], MEANINGS[name]) for name in office_rules.NAMES],
                max_width=80)
    return 0


def handle_set(args, db) -> int:
    office_rules.update(db, dict(args.changes))
    return 0
