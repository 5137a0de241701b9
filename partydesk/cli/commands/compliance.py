"""`partydesk compliance --year Y [--branch NAME|UUID] [--limit N] [--json]`: the year's compliance picture."""

from __future__ import annotations

from partydesk.cli.args import count_value, date_value, year_value
from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table
from partydesk.i18n import translate
from partydesk.services.compliance import compliance_report


def register(subparsers) -> None:
    parser = subparsers.add_parser("compliance", help="study hours, meeting shortfalls, talks and follow-ups of a year")
    parser.add_argument("--year", type=year_value, required=True, metavar="Y", help="calendar year, e.g. 2026")
    parser.add_argument("--branch", metavar="NAME|UUID", help="only this branch (and the branches under it)")
    parser.add_argument("--limit", type=count_value, default=20, metavar="N",
                        help="rows of each long list (default 20; 0 = all)")
    parser.add_argument("--today", type=date_value, metavar="DATE", help="judge as of this day (default: today)")
    add_json_flag(parser)
    parser.set_defaults(handler=handle)


def handle(args, db) -> int:
    report = compliance_report(db, args.year, args.today, args.branch, list_limit=args.limit)
    if args.json:
        print_json(report.to_dict())
        return 0
    soon_days = report.rules.probation_due_soon_days
    print_pairs([(_t(label), value) for label, value in [
        ("Year", report.year), ("As of", report.today), ("Members counted", report.members),
        ("At or above required hours", report.compliant), ("Below required hours", report.below),
        ("Average hours", report.average_hours), ("Meeting shortfalls", len(report.shortfalls)),
        ("Members without a talk", report.without_talk_count), ("Overdue follow-ups", report.overdue_count),
        ("Probation year over: to decide", len(report.probationary_due)),
    ]] + [(_t("Probation ending within {days} days", days=soon_days), len(report.probationary_due_soon))])
    _section(_t("Branches"), ["Branch", "Members", "Compliant", "Below", "Completion", "Avg hours", "Shortfalls"],
             [(b.branch_name, b.members, b.compliant, b.below, f"{b.completion:.0%}", b.average_hours,
               len(b.shortfalls)) for b in report.branches])
    _section(_t("Below required hours ({count})", count=report.below),
             ["Name", "Branch", "Role", "Hours", "Required", "Missing"],
             [(m.name, m.branch_name, m.branch_role, m.hours, m.required, m.shortfall) for m in report.members_below])
    _section(_t("Meeting shortfalls"), ["Branch", "Kind", "Period", "Held", "Required"],
             [(s.branch_name, s.kind, s.period, s.held, s.required) for s in report.shortfalls[: args.limit or None]])
    _section(_t("Without a talk this year ({count})", count=report.without_talk_count), ["Name", "Branch"],
             [(m.name, m.branch_name) for m in report.without_talk])
    _section(_t("Overdue follow-ups ({count})", count=report.overdue_count),
             ["Member", "Branch", "Talk on", "Due", "Days over"],
             [(f.member_name, f.branch_name, f.on_date, f.follow_up_due, f.days_overdue)
              for f in report.overdue_follow_ups])
    probation_headers = ["Name", "Branch", "Joined", "Probation ends"]
    _section(_t("Probation year over: due for full membership"), probation_headers,
             [(p.name, p.branch_name, p.joined_on, p.probation_ends) for p in report.probationary_due])
    _section(_t("Probation ending within {days} days", days=soon_days), probation_headers,
             [(p.name, p.branch_name, p.joined_on, p.probation_ends) for p in report.probationary_due_soon])
    return 0


def _t(text: str, **params: object) -> str:
    """Console words are English source strings of context "Cli" (resources/i18n/paper_zh_CN.ts)."""
    return translate("Cli", text, **params)


def _section(title: str, headers: list[str], rows: list) -> None:
    if rows:
        print(f"\n{title}")
        print_table([_t(header) for header in headers], rows)
