"""`partydesk init --office NAME [--branch NAME ...]`: name this installation's office."""

from __future__ import annotations

from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.services import offices
from partydesk.services.common import require_text


def register(subparsers) -> None:
    parser = subparsers.add_parser("init", help="name the office of this database and create its branches")
    parser.add_argument("--office", required=True, metavar="NAME", help="Party committee name, e.g. 某某社区党委")
    parser.add_argument("--branch", action="append", default=[], metavar="NAME", help="a branch (repeatable)")
    add_json_flag(parser)
    parser.set_defaults(handler=handle, needs_office=False)


def handle(args, db) -> int:
    # Check every name first so a bad --branch leaves no half-initialised office behind.
    require_text(args.office, "office", 100)
    for name in args.branch:
        require_text(name, "branch", 100)
    office = offices.init_office(db, args.office)
    branches = [offices.create_branch(db, name) for name in args.branch]
    if args.json:
        print_json({"office": office, "branches": branches, "data_dir": args.location.data_dir})
        return 0
    print(f"Office {office.name} ({office.uuid}) in {args.location.data_dir}")
    if branches:
        print_table(["Branch", "uuid"], [(b.name, b.uuid) for b in branches])
    return 0
