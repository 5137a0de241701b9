"""`partydesk list members|activities|services|talks|branches`: one page of a record list, filtered in SQL."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from partydesk.cli.args import count_value, enum_value, year_value
from partydesk.cli.output import add_json_flag, jsonable, print_json, print_table
from partydesk.domain.enums import ActivityKind, MemberStatus, OrgKind, ServiceCategory, TalkKind
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import calendar, offices, roster, service_log, talks

KIND_NAMES = {"members": QT_TRANSLATE_NOOP("Cli", "members"), "activities": QT_TRANSLATE_NOOP("Cli", "activities"),
              "services": QT_TRANSLATE_NOOP("Cli", "services"), "talks": QT_TRANSLATE_NOOP("Cli", "talks")}
SHOWN = QT_TRANSLATE_NOOP("Cli", "{kind}: {first}-{last} of {total}")
NONE_SHOWN = QT_TRANSLATE_NOOP("Cli", "{kind}: none of {total}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Cli", "(confidential)")
IN_BIN = QT_TRANSLATE_NOOP("Cli", " (recycle bin)")
BRANCH_HEADERS = ("Organisation", "Kind", "Parent", "Members", "uuid")
# Column headers of every listing, marked here for the catalogue and translated when printed.
HEADERS = tuple(QT_TRANSLATE_NOOP("Cli", h) for h in (
    "Name", "Gender", "Born", "Resident ID", "Branch", "Group", "Status", "Role", "Joined", "Phone", "Date", "Time",
    "Kind", "Title", "Hours", "State", "Present", "Category", "Served", "Members", "Member", "Talker", "Follow-up",
    "Summary", "Parent", "Organisation"))


@dataclass(frozen=True)
class Listing:
    """How one kind of record is queried and shown."""

    help: str
    sorts: tuple[str, ...]
    fetch: Callable  # (db, args, offset, limit) -> Page
    columns: tuple[tuple[str, Callable], ...]  # (header, row -> value)
    has_year: bool = True


def fetch_members(db, args, offset, limit):
    return roster.query_members(db, roster.MemberQuery(
        search=args.search, branch_uuid=args.branch, statuses=tuple(args.status or ()),
        on_roster_only=not args.all, deleted=args.deleted, sort=args.sort or "roster",
        descending=args.desc, offset=offset, limit=limit))


def fetch_activities(db, args, offset, limit):
    return calendar.query_activities(db, calendar.ActivityQuery(
        search=args.search, year=args.year, branch_uuid=args.branch, kinds=tuple(args.kind or ()),
        deleted=args.deleted, sort=args.sort or "date", descending=args.desc, offset=offset, limit=limit))


def fetch_services(db, args, offset, limit):
    return service_log.query_entries(db, service_log.ServiceQuery(
        search=args.search, year=args.year, branch_uuid=args.branch, categories=tuple(args.category or ()),
        deleted=args.deleted, sort=args.sort or "date", descending=args.desc, offset=offset, limit=limit))


def fetch_talks(db, args, offset, limit):
    return talks.query_talks(db, talks.TalkQuery(
        search=args.search, year=args.year, branch_uuid=args.branch, kinds=tuple(args.kind or ()),
        open_follow_ups=args.open_follow_ups, deleted=args.deleted, sort=args.sort or "date",
        descending=args.desc, offset=offset, limit=limit))


def attended(row) -> str:
    return f"{row.present}/{row.marked}" if row.marked else ""


def follow_up(row) -> str:
    if row.follow_up_due is None:
        return ""
    if row.follow_up_done is not None:
        return f"{row.follow_up_due} done {row.follow_up_done}"
    return f"{row.follow_up_due} OVERDUE" if row.overdue else str(row.follow_up_due)


LISTINGS: dict[str, Listing] = {
    "members": Listing(
        "the roster (花名册)", tuple(roster.SORTS), fetch_members,
        (("Name", lambda r: r.name), ("Gender", lambda r: r.gender), ("Born", lambda r: r.birth_date),
         ("Resident ID", lambda r: r.resident_id_masked), ("Branch", lambda r: r.branch_name),
         ("Group", lambda r: r.group_name), ("Status", lambda r: r.status), ("Role", lambda r: r.branch_role),
         ("Joined", lambda r: r.joined_on), ("Phone", lambda r: r.phone_masked), ("uuid", lambda r: r.uuid)),
        has_year=False,
    ),
    "activities": Listing(
        "the study calendar (学习日历)", tuple(calendar.ACTIVITY_SORTS), fetch_activities,
        (("Date", lambda r: r.on_date), ("Time", lambda r: r.start_time), ("Kind", lambda r: r.kind),
         ("Title", lambda r: r.title), ("Branch", lambda r: r.branch_name), ("Hours", lambda r: r.planned_hours),
         ("State", lambda r: r.state), ("Present", attended), ("uuid", lambda r: r.uuid)),
    ),
    "services": Listing(
        "the service-practice log (服务实践)", tuple(service_log.SERVICE_SORTS), fetch_services,
        (("Date", lambda r: r.on_date), ("Category", lambda r: r.category), ("Title", lambda r: r.title),
         ("Branch", lambda r: r.branch_name), ("Hours", lambda r: r.hours), ("Served", lambda r: r.people_served),
         ("Members", lambda r: r.participant_count), ("uuid", lambda r: r.uuid)),
    ),
    "talks": Listing(
        "talk records (谈话记录)", tuple(talks.TALK_SORTS), fetch_talks,
        (("Date", lambda r: r.on_date), ("Kind", lambda r: r.kind), ("Member", lambda r: r.member_name),
         ("Branch", lambda r: r.branch_name), ("Talker", lambda r: r.talker), ("Follow-up", follow_up),
         ("Summary", lambda r: translate("Cli", CONFIDENTIAL) if r.content_hidden else r.summary),
         ("uuid", lambda r: r.uuid)),
    ),
}


def codes(enum) -> list[str]:
    return [item.value for item in enum]


def register(subparsers) -> None:
    parser = subparsers.add_parser("list", help="list members, activities, services, talks or branches")
    kinds = parser.add_subparsers(dest="listing", metavar="WHAT", required=True)
    branches = kinds.add_parser("branches", help="list the office's 党委, 党总支 and 党支部 with their uuids")
    add_json_flag(branches)
    branches.set_defaults(handler=handle_branches)
    for name, listing in LISTINGS.items():
        sub = kinds.add_parser(name, help=f"list {listing.help}")
        sub.add_argument("--search", default="", metavar="TEXT", help="substring of names, titles, places")
        if listing.has_year:
            sub.add_argument("--year", type=year_value, metavar="Y", help="only this calendar year")
        sub.add_argument("--branch", metavar="NAME|UUID", help="only this branch (see `list branches`)")
        sub.add_argument("--sort", choices=listing.sorts, help="sort column")
        sub.add_argument("--desc", action="store_true", help="sort descending")
        sub.add_argument("--offset", type=count_value, default=0, metavar="N", help="skip the first N rows")
        sub.add_argument("--limit", type=count_value, default=50, metavar="N", help="rows to show (0: all)")
        sub.add_argument("--deleted", action="store_true", help="list the recycle bin instead")
        add_json_flag(sub)
        add_filters(name, sub)
        sub.set_defaults(handler=handle)


def add_filters(name: str, sub: argparse.ArgumentParser) -> None:
    """Options only one listing has."""
    if name == "members":
        sub.add_argument("--status", action="append", type=enum_value(MemberStatus),
                         metavar="CODE", help=f"member status, repeatable: {', '.join(codes(MemberStatus))}")
        sub.add_argument("--all", action="store_true", help="include members no longer on the roster")
    elif name == "activities":
        sub.add_argument("--kind", action="append", type=enum_value(ActivityKind),
                         metavar="CODE", help=f"activity kind, repeatable: {', '.join(codes(ActivityKind))}")
    elif name == "services":
        sub.add_argument("--category", action="append", type=enum_value(ServiceCategory),
                         metavar="CODE", help=f"category, repeatable: {', '.join(codes(ServiceCategory))}")
    elif name == "talks":
        sub.add_argument("--kind", action="append", type=enum_value(TalkKind),
                         metavar="CODE", help=f"talk kind, repeatable: {', '.join(codes(TalkKind))}")
        sub.add_argument("--open-follow-ups", action="store_true", help="only talks with a follow-up not done")


def handle_branches(args, db) -> int:
    """Every branch with its kind, parent and members: the names and uuids `--branch` takes."""
    branches = offices.list_branches(db, kinds=tuple(OrgKind))
    names = {branch.uuid: branch.name for branch in branches}
    rows = [{"uuid": b.uuid, "name": b.name, "kind": b.kind, "parent_uuid": b.parent_uuid,
             "parent": names.get(b.parent_uuid or "", ""), "members": b.member_count} for b in branches]
    if args.json:
        print_json({"kind": "branches", "total": len(rows), "rows": rows})
        return 0
    print_table([translate("Cli", h) for h in BRANCH_HEADERS],
                [[r["name"], r["kind"], r["parent"], r["members"], r["uuid"]] for r in rows], max_width=64)
    return 0


def handle(args, db) -> int:
    listing = LISTINGS[args.listing]
    page = listing.fetch(db, args, args.offset, args.limit or None)
    if args.json:
        print_json({"kind": args.listing, "total": page.total, "offset": args.offset,
                    "rows": [jsonable(row) for row in page.rows]})
        return 0
    print_table([translate("Cli", header) for header, _ in listing.columns],
                [[get(r) for _, get in listing.columns] for r in page.rows])
    kind = translate("Cli", KIND_NAMES[args.listing])
    if page.rows:
        shown = translate("Cli", SHOWN, kind=kind, first=args.offset + 1, last=args.offset + len(page.rows),
                          total=f"{page.total:,}")
    else:
        shown = translate("Cli", NONE_SHOWN, kind=kind, total=f"{page.total:,}")
    print("\n" + shown + (translate("Cli", IN_BIN) if args.deleted else ""))
    return 0
