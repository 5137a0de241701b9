"""`partydesk audit verify|list`: check the hash chain, read the log (admin)."""

from __future__ import annotations

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.dates import parse_date
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import audit


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="the tamper-evident log of writes, reveals, exports and sign-ins")
    commands = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    verify = commands.add_parser("verify", help="recompute the hash chain; exit 1 at the first broken event")
    add_json_flag(verify)
    verify.set_defaults(handler=handle_verify, needs_office=False)

    listing = commands.add_parser("list", help="events, newest first")
    listing.add_argument("--user", dest="filter_user", metavar="NAME", help="only this user's events")
    listing.add_argument("--since", metavar="DATE", help="from this day on (e.g. 2026-11-01)")
    listing.add_argument("--until", metavar="DATE", help="up to and including this day")
    listing.add_argument("--action", metavar="ACTION", help="e.g. login, login.failed, member")
    listing.add_argument("--limit", type=int, default=100, metavar="N", help="at most N events (default 100)")
    listing.add_argument("--offset", type=int, default=0, metavar="N", help="skip the newest N events")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list, needs_office=False)


def handle_verify(args, db) -> int:
    broken = audit.verify_chain(db)
    if wants_json(args):
        print_json({"ok": broken is None, "event_id": broken.event_id if broken else None,
                    "reason": broken.reason if broken else None, "message": broken.message if broken else None})
    elif broken is None:
        print("OK")
    else:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "BROKEN at event {event_id}: {message}"),
                        event_id=broken.event_id, message=broken.message))
    return 0 if broken is None else 1


def handle_list(args, db) -> int:
    since = parse_date(args.since, "since") if args.since else None
    until = parse_date(args.until, "until") if args.until else None
    page = audit.list_events(db, user=args.filter_user, since=since, until=until, action=args.action,
                             offset=max(0, args.offset), limit=max(1, args.limit))
    if wants_json(args):
        print_json({"total": page.total, "events": [event.as_dict() for event in page.rows]})
        return 0
    print_table(
        ["Id", "Time", "User", "Action", "Record", "Detail"],
        [
            (
                e.id,
                e.at_local,
                e.actor,
                e.action,
                e.entity_type + (" " + e.entity_uuid[:8] if e.entity_uuid else ""),
                "" if e.detail == "{}" else e.detail,
            )
            for e in page.rows
        ],
        max_width=60,
    )
    if page.total > len(page.rows):
        print(
            translate(
                "Cli",
                QT_TRANSLATE_NOOP("Cli", "{shown} of {total} events; use --offset/--limit for more"),
                shown=len(page.rows),
                total=page.total,
            )
        )
    return 0
