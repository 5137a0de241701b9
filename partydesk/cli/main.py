"""`partydesk` console script: global options, the command table, sign-in, errors as one line.

Every module named in partydesk.cli.commands.COMMANDS defines `register(subparsers)`, adding its subcommand
with `set_defaults(handler=fn)` where `fn(args, db) -> int`. Optional defaults a command may
set: `needs_db=False` (handler gets db=None and opens what it needs itself), `needs_office=False`
(runs before `init`), `needs_sign_in=False` (runs without an account, e.g. doctor).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from partydesk import __version__, config
from partydesk.cli.commands import COMMANDS
from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate

PROG = "partydesk"
DEFAULT_COMMAND = "gui"
GLOBAL_VALUE_OPTIONS = {"--data-dir", "--db-url", "--user", "--password-file"}

NO_OFFICE = QT_TRANSLATE_NOOP(
    "Cli", "No office in {path} yet: run `partydesk init --office NAME` (or `partydesk demo` for sample data)"
)
SIGN_IN_NEEDED = QT_TRANSLATE_NOOP(
    "Cli", "This database has accounts: sign in with --user NAME --password-file FILE (or - for standard input)"
)

NO_DRIVER = QT_TRANSLATE_NOOP("Cli", "No database driver for {scheme} URLs is installed ({detail})")
CHANGE_PASSWORD_FIRST = QT_TRANSLATE_NOOP(
    "Cli", "{user} signed in with a one-time or administrator-set password: choose your own first with "
    "`partydesk --user {user} account passwd {user}`"
)


class UserError(PartydeskError):
    """A mistake the CLI itself detects (e.g. a missing sign-in); printed as one line."""


def command_module_names() -> list[str]:
    return sorted(set(COMMANDS.values()))


def command_word(argv: Sequence[str]) -> str | None:
    """The command given in argv, None when there is none, "" when top-level help is asked for."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("-h", "--help", "--"):
            return ""
        if token.startswith("-"):
            if token in GLOBAL_VALUE_OPTIONS:
                next(tokens, None)
            continue
        return token
    return None


def command_modules(only: str | None = None) -> list[ModuleType]:
    """The command modules under partydesk.cli.commands (or just `only`), in name order."""
    modules = []
    for name in [only] if only else command_module_names():
        try:
            modules.append(importlib.import_module(f"partydesk.cli.commands.{name}"))
        except Exception as error:  # one broken command must not take doctor and the rest down
            if os.environ.get("PARTYDESK_DEBUG"):
                raise
            print(f"{PROG}: warning: command module {name!r} unavailable: {_short(error)}", file=sys.stderr)
    return modules


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline desk for grassroots Party organization offices. Without a command: the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir", metavar="DIR", help="data folder (default: PARTYDESK_DATA_DIR or the user data dir)"
    )
    where.add_argument("--db-url", metavar="URL", help="database URL, e.g. postgresql://host/partydesk")
    parser.add_argument("--json", dest="global_json", action="store_true", help="machine-readable output")
    parser.add_argument("--user", metavar="NAME", help="account to sign in as (when the database has accounts)")
    parser.add_argument("--password-file", metavar="FILE", help="file holding the password, or - for standard input")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(only):
        module.register(subparsers)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parsed arguments; a bare `partydesk` (or only global options) means the window."""
    argv = list(sys.argv[1:] if argv is None else argv)
    word = command_word(argv)
    # Importing every command costs seconds on an old PC (reportlab, openpyxl ...): load the one asked for.
    only = COMMANDS.get(word or DEFAULT_COMMAND) if word != "" else None
    parser = build_parser(only)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, DEFAULT_COMMAND])
    args.json = bool(getattr(args, "json", False) or args.global_json)
    return args


def sign_in(db, args: argparse.Namespace) -> None:
    """When the database has accounts, act as the account named by --user (password from a file)."""
    from partydesk.services import accounts

    if not accounts.accounts_exist(db):
        return
    if not args.user:
        raise UserError(translate("Cli", SIGN_IN_NEEDED))
    from partydesk.cli.commands.account import cli_password

    db.actor = accounts.sign_in(db, args.user, cli_password(args))
    user = db.actor.username
    changing_it = getattr(args, "changes_password", False) and args.name == user
    if not changing_it and accounts.needs_password_change(db, user):  # as the window asks before it opens
        raise UserError(translate("Cli", CHANGE_PASSWORD_FIRST, user=user))


def require_office(db) -> None:
    from partydesk.services.offices import local_office

    if local_office(db) is None:
        raise UserError(translate("Cli", NO_OFFICE, path=str(db.location.data_dir if db.location else "")))


def resolve_branch(db, args: argparse.Namespace) -> None:
    """`--branch` takes a branch's name as well as its uuid: commands get the uuid."""
    given = getattr(args, "branch", None)
    if isinstance(given, str) and given:
        from partydesk.services.offices import find_branch

        args.branch = find_branch(db, given).uuid


def run(args: argparse.Namespace) -> int:
    """Open the database the command needs, sign in, and call the command's handler."""
    location = config.resolve(args.data_dir, args.db_url)
    args.location = location
    if not getattr(args, "needs_db", True):
        return int(args.handler(args, None) or 0)
    from partydesk.store.migrate import open_database

    try:
        db = open_database(location, rescue=getattr(args, "rescue", False))
    except ImportError as error:
        if location.is_sqlite:
            raise
        scheme = location.db_url.split(":", 1)[0]
        raise UserError(translate("Cli", NO_DRIVER, scheme=scheme, detail=str(error))) from None
    for notice in db.notices:
        print(f"{PROG}: {notice}", file=sys.stderr)
    try:
        if getattr(args, "needs_sign_in", True):
            sign_in(db, args)
        if getattr(args, "needs_office", True):
            require_office(db)
            resolve_branch(db, args)
        return int(args.handler(args, db) or 0)
    finally:
        db.dispose()


def fail(message: str, json_output: bool = False, error: Exception | None = None) -> int:
    """One line on stderr; with --json a JSON object {"error", "field", "row"} on stdout instead."""
    first_line = (message.strip().splitlines() or [""])[0]
    if json_output:
        from partydesk.cli.output import print_json

        text = getattr(error, "message", None) or first_line  # a ValidationError's field and row go apart
        print_json({"error": text, "field": getattr(error, "field", None) or None, "row": getattr(error, "row", None)})
        sys.stdout.flush()
    else:
        print(f"{PROG}: error: {first_line}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of `python -m partydesk`."""
    args = parse(argv)  # usage errors exit 2 inside argparse
    _configure_stdout(args.json)
    from partydesk.cli.language import console_translation

    with console_translation():
        return _main(args)


def _main(args: argparse.Namespace) -> int:
    debug = bool(os.environ.get("PARTYDESK_DEBUG"))
    try:
        code = run(args)
        sys.stdout.flush()  # inside the try, so a reader that left is handled below, not at exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `partydesk list members | head`: the reader left; stop quietly like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except PartydeskError as error:
        if debug:
            raise
        return fail(str(error), args.json, error)
    except OSError as error:
        if debug:
            raise
        return fail(f"{error.strerror or error}: {error.filename}" if error.filename else str(error), args.json)
    except Exception as error:  # database driver errors (locked, corrupt file, bad URL)
        if debug or not _is_database_error(error):
            raise
        return fail(
            translate("Cli", QT_TRANSLATE_NOOP("Cli", "database error: {detail}"), detail=_short(error)), args.json
        )


def _configure_stdout(json_output: bool) -> None:
    """JSON is always UTF-8; a table never dies on a character the console cannot show."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8") if json_output else reconfigure(errors="replace")


def _is_database_error(error: Exception) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(error, SQLAlchemyError)


def _short(error: Exception) -> str:
    original = getattr(error, "orig", None)
    return str(original or error).splitlines()[0]


if __name__ == "__main__":
    sys.exit(main())
