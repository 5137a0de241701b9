"""`partydesk demo [--members N] [--year Y] [--seed S] [--office NAME]`: fill an empty database."""

from __future__ import annotations

import sys

from partydesk.cli.args import count_value, date_value, year_value
from partydesk.cli.output import add_json_flag, print_json, print_table
from partydesk.services import demo
from partydesk.services.common import no_progress


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty database with a realistic demo office")
    parser.add_argument("--members", type=count_value, default=300, metavar="N", help="number of people (default 300)")
    parser.add_argument("--year", type=year_value, metavar="Y", help="year of activities (default: this year)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed: same seed, same office")
    parser.add_argument("--office", metavar="NAME", help="name of the Party committee (default: 某某社区党委)")
    parser.add_argument("--today", type=date_value, metavar="DATE", help="activities up to this day are held")
    add_json_flag(parser)
    parser.set_defaults(handler=handle, needs_office=False)


def handle(args, db) -> int:
    show = _progress_printer() if sys.stderr.isatty() and not args.json else no_progress
    summary = demo.populate(db, members=args.members, year=args.year, seed=args.seed, today=args.today,
                            office_name=args.office, progress=show)
    if sys.stderr.isatty() and not args.json:
        sys.stderr.write("\n")
    if args.json:
        print_json({"office": {"uuid": summary.office_uuid, "name": summary.office_name}, "year": summary.year,
                    "today": summary.today, "seed": args.seed, "counts": summary.counts,
                    "data_dir": args.location.data_dir})
        return 0
    print(f"Demo office {summary.office_name} ({summary.office_uuid}), year {summary.year}, seed {args.seed}")
    print_table(["Table", "Rows"], sorted(summary.counts.items()))
    return 0


def _progress_printer():
    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rdemo: {done * 100 // max(total, 1)}%")
        sys.stderr.flush()

    return show
