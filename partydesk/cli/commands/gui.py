"""`partydesk gui` (also a bare `partydesk`): open the window on the chosen data folder."""

from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("gui", help="open the window (the default command)")
    parser.set_defaults(handler=handle, needs_db=False)


def handle(args, db) -> int:
    # Imported here so console commands never load Qt.
    from partydesk.gui.app import run

    return int(run(args.location, [sys.argv[0]]) or 0)
