"""`partydesk account add|list|disable|enable|role|passwd|reset-admin`, and the sign-in password."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from partydesk.cli.output import add_json_flag, print_json, print_table, wants_json
from partydesk.domain.enums import Role
from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import accounts

PASSWORD_ENV = "PARTYDESK_PASSWORD"
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli", "A password is needed: give --password-file FILE (or - for standard input), set PARTYDESK_PASSWORD, "
    "or run on a terminal"
)
NO_NEW_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli", "Give the new password with --password-file FILE (or - for standard input), or run on a terminal"
)
MISMATCH = QT_TRANSLATE_NOOP("Cli", "The two passwords differ")
ROLES = [role.value.lower() for role in Role]


class CliError(PartydeskError):
    """A usage problem of the account commands, shown as one line."""


def _read_secret_file(path: str) -> str:
    """First line of the file (a Notepad BOM dropped), or of standard input for "-"."""
    if path == "-":
        return sys.stdin.readline().rstrip("\r\n")
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return lines[0] if lines else ""


def cli_password(args) -> str:
    """The signing-in password: --password-file, else PARTYDESK_PASSWORD, else a terminal prompt.

    Remembered on args, so a command that needs it again (passwd) does not read stdin twice.
    """
    cached = getattr(args, "cached_password", None)
    if cached is not None:
        return cached
    if getattr(args, "password_file", None):
        password = _read_secret_file(args.password_file)
    elif os.environ.get(PASSWORD_ENV) is not None:
        password = os.environ[PASSWORD_ENV]
    elif sys.stdin.isatty():
        user = getattr(args, "user", "") or ""
        password = getpass.getpass(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Password for {user}: "), user=user))
    else:
        raise CliError(translate("Cli", NO_PASSWORD))
    args.cached_password = password
    return password


def _new_password(args) -> str | None:
    """The new password from the command's own --password-file, or typed twice; None if neither."""
    if args.new_password_file:
        return _read_secret_file(args.new_password_file)
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("Cli", QT_TRANSLATE_NOOP("Cli", "New password: ")))
    if getpass.getpass(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Again: "))) != first:
        raise CliError(translate("Cli", MISMATCH))
    return first


def register(subparsers) -> None:
    parser = subparsers.add_parser("account", help="accounts and roles (admin), own password, admin recovery")
    commands = parser.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="create an account; without --password-file a one-time password is printed")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", default="", metavar="TEXT", help="the person's name as shown")
    add.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                     help="file holding the initial password, or - for standard input")
    add_json_flag(add)
    add.set_defaults(handler=handle_add)

    listing = commands.add_parser("list", help="accounts, roles and lock state")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list)

    for name, disabled, text in (("disable", True, "stop an account from signing in"),
                                 ("enable", False, "let a disabled account sign in again")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(handler=handle_disable, disable=disabled)

    role = commands.add_parser("role", help="change an account's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=handle_role)

    passwd = commands.add_parser("passwd", help="change your password, or (admin) set someone's")
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--password-file", dest="new_password_file", metavar="FILE",
                        help="file holding the new password, or - for standard input")
    passwd.set_defaults(handler=handle_passwd, changes_password=True)

    reset = commands.add_parser("reset-admin", help="on the office PC: give an admin a new one-time password")
    reset.add_argument("--name", default=accounts.ADMIN_USERNAME, metavar="NAME", help="admin account (default admin)")
    add_json_flag(reset)
    reset.set_defaults(handler=handle_reset_admin, needs_sign_in=False, needs_office=False)


def handle_add(args, db) -> int:
    given = _read_secret_file(args.new_password_file) if args.new_password_file else None
    password = given if given is not None else accounts.new_one_time_password()
    chosen_by_the_first_admin = given is not None and not accounts.accounts_exist(db)  # as the window's first run
    row = accounts.add(db, args.name, args.role, password, display_name=args.display_name,
                       must_change=not chosen_by_the_first_admin)
    one_time = None if given is not None else password
    if wants_json(args):
        print_json({"account": row.as_dict(), "one_time_password": one_time})
        return 0
    print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Account {name} created ({role})."),
                    name=row.username, role=row.role.label()))
    if one_time:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "One-time password: {password}"), password=one_time))
    if row.must_change_password:
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "The password must be changed at the first sign-in.")))
    return 0


def handle_list(args, db) -> int:
    rows = accounts.list_accounts(db)
    if wants_json(args):
        print_json([row.as_dict() for row in rows])
        return 0
    print_table(
        ["User", "Name", "Role", "Disabled", "Must change password", "Locked until", "Last sign-in"],
        [(r.username, r.display_name, r.role, r.disabled, r.must_change_password,
          accounts.local_time(r.locked_until) if r.is_locked() else None, accounts.local_time(r.last_login_at))
         for r in rows],
    )
    return 0


def handle_disable(args, db) -> int:
    accounts.set_disabled(db, args.name, args.disable)
    return 0


def handle_role(args, db) -> int:
    accounts.set_role(db, args.name, args.role)
    return 0


def handle_passwd(args, db) -> int:
    new = _new_password(args)
    if new is None:
        raise CliError(translate("Cli", NO_NEW_PASSWORD))
    if args.name == db.actor.username:
        accounts.change_password(db, cli_password(args), new)
    else:
        accounts.set_password(db, args.name, new)
        print(translate("Cli", QT_TRANSLATE_NOOP("Cli", "{name} must change this password at the next sign-in."),
                        name=args.name))
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some service accounts)
        return ""


def handle_reset_admin(args, db) -> int:
    password = accounts.reset_admin(db, args.name, os_user=_os_user())
    if wants_json(args):
        print_json({"username": args.name, "one_time_password": password})
        return 0
    print(translate("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Administrator {name} is enabled and unlocked. One-time password: {password}"),
        name=args.name, password=password))
    print(translate("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Sign in with it now and choose a new password; this reset is in the audit log.")))
    return 0
