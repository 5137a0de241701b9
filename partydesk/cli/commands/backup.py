"""`partydesk backup create|verify|restore|list|auto|status`: encrypted, verified backups."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table, wants_json
from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import backup

PASSPHRASE_ENV = "PARTYDESK_PASSPHRASE"
NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli", "A passphrase is needed: give --passphrase-file FILE, set PARTYDESK_PASSPHRASE, or run on a terminal"
)
MISMATCH = QT_TRANSLATE_NOOP("Cli", "The two passphrases differ")
NEED_YES = QT_TRANSLATE_NOOP("Cli", "Restoring replaces the database: confirm on a terminal or pass --yes")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("Cli", "Not restored.")


class CliError(PartydeskError):
    """A usage problem of the backup commands, shown as one line."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("backup", help="encrypted backups on a USB stick, restore, local generations")
    commands = parser.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    create = commands.add_parser("create", help="write an encrypted, verified backup")
    create.add_argument("--to", required=True, metavar="PATH", help="file name or folder (e.g. the USB stick)")
    _passphrase_option(create)
    create.set_defaults(handler=handle_create)

    verify = commands.add_parser("verify", help="check a backup file completely (decrypt, checksum, integrity)")
    verify.add_argument("file", metavar="FILE")
    _passphrase_option(verify)
    verify.set_defaults(handler=handle_verify, needs_office=False)

    restore = commands.add_parser("restore", help="replace the database with a backup (verified first)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _passphrase_option(restore)
    restore.set_defaults(handler=handle_restore, needs_office=False, rescue=True)  # also over an empty file

    listing = commands.add_parser("list", help="automatic local backups and what they hold")
    add_json_flag(listing)
    listing.set_defaults(handler=handle_list)

    auto = commands.add_parser("auto", help="make an automatic local backup now (for a scheduled task)")
    auto.add_argument("--force", action="store_true", help="even if one was made in the last hours")
    add_json_flag(auto)
    auto.set_defaults(handler=handle_auto)

    status = commands.add_parser("status", help="when the last local and USB backups were made")
    add_json_flag(status)
    status.set_defaults(handler=handle_status)


def _passphrase_option(parser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="file holding the passphrase, or - for standard input"
    )
    add_json_flag(parser)


def read_passphrase(args, *, confirm: bool, required: bool = True) -> str | None:
    """From --passphrase-file, PARTYDESK_PASSPHRASE, or asked on the terminal."""
    if args.passphrase_file == "-":
        return sys.stdin.readline().rstrip("\r\n")
    if args.passphrase_file:
        lines = Path(args.passphrase_file).read_text(encoding="utf-8-sig").splitlines()
        return lines[0] if lines else ""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        if required:
            raise CliError(translate("Cli", NO_PASSPHRASE))
        return None
    first = getpass.getpass(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Passphrase: ")))
    if confirm and getpass.getpass(translate("Cli", QT_TRANSLATE_NOOP("Cli", "Again: "))) != first:
        raise CliError(translate("Cli", MISMATCH))
    return first


def progress_printer():
    """A percentage on stderr when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return lambda done, total: None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = int(100 * done / total) if total else 100
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\r{percent:3d}%")
            sys.stderr.flush()
            if percent >= 100:
                sys.stderr.write("\r    \r")

    return show


def _info_pairs(info: backup.BackupInfo) -> list[tuple[str, object]]:
    counts = info.counts
    return [
        ("File", info.path),
        ("Office", f"{info.office_name} ({info.office_uuid})"),
        ("Made at (UTC)", info.created_at),
        ("Program / schema", f"{info.program_version} / {info.schema_revision}"),
        ("Members", counts.get("member", 0)),
        ("Activities", counts.get("activity", 0)),
        ("Service entries", counts.get("service_entry", 0)),
        ("Talks", counts.get("talk", 0)),
        ("Attachments", counts.get("attachment", 0)),
        ("Size (bytes)", info.size),
        ("SHA-256", info.sha256),
    ]


def _show(args, info: backup.BackupInfo, title: str, extra: list[tuple[str, str, object]] = ()) -> None:
    """The header as JSON or as labelled lines; `extra` is (JSON key, label, value), shown when set."""
    if wants_json(args):
        print_json({"backup": info, **{key: value for key, _, value in extra}})
        return
    print(title)
    print_pairs(_info_pairs(info) + [(label, value) for _, label, value in extra if value])


def handle_create(args, db) -> int:
    passphrase = read_passphrase(args, confirm=True)
    info = backup.create_backup(db, Path(args.to), passphrase, progress=progress_printer())
    _show(args, info, "Backup written and verified.")
    return 0


def handle_verify(args, db) -> int:
    passphrase = read_passphrase(args, confirm=False, required=False)
    info = backup.verify_backup(Path(args.file), passphrase, db, progress=progress_printer())
    _show(args, info, "The backup is complete and readable.")
    return 0


def handle_restore(args, db) -> int:
    path = Path(args.file)
    passphrase = read_passphrase(args, confirm=False, required=False)
    if not args.yes and not sys.stdin.isatty():
        raise CliError(translate("Cli", NEED_YES))
    unlocked = backup.unlock_backup(path, passphrase, db)
    info = unlocked.info
    if not args.yes:
        print_pairs(_info_pairs(info))
        answer = input(
            translate("Cli", QT_TRANSLATE_NOOP("Cli", "Replace the current database with this backup? [y/N] "))
        )
        if answer.strip().lower() not in ("y", "yes", "是"):
            print(translate("Cli", NOT_CONFIRMED))
            return 1
    result = backup.restore_backup(db, path, passphrase, unlocked=unlocked, progress=progress_printer())
    extra = [
        ("kept_copy", "Previous database kept as", result.kept_copy),
        ("migrated_from", "Migrated from schema", result.migrated_from),
    ]
    _show(args, result.info, "Restored. The previous database was kept.", extra)
    return 0


def handle_list(args, db) -> int:
    listed = backup.list_backups(db)
    if wants_json(args):
        print_json([{"path": b.path, "info": b.info, "problem": b.problem} for b in listed])
        return 0
    rows = [
        (
            b.path.name,
            b.info.created_at if b.info else "",
            b.info.office_name if b.info else "",
            b.info.counts.get("member", 0) if b.info else "",
            b.info.size if b.info else "",
            b.problem,
        )
        for b in listed
    ]
    print_table(["File", "Made at (UTC)", "Office", "Members", "Bytes", "Problem"], rows)
    return 0


def handle_auto(args, db) -> int:
    from datetime import timedelta

    interval = timedelta(0) if args.force else backup.AUTO_INTERVAL
    info = backup.auto_backup(db, interval=interval)
    if wants_json(args):
        print_json({"backup": info})
    elif info is None:
        print("A recent automatic backup exists; nothing to do (use --force).")
    else:
        print(f"Automatic backup {info.path}")
    return 0


def handle_status(args, db) -> int:
    status = backup.backup_status(db)
    if wants_json(args):
        print_json(status)
        return 0
    print_pairs(
        [
            ("Last local backup (UTC)", status.last_local_at),
            ("Last USB backup (UTC)", status.last_usb_at),
            ("USB backup overdue", "yes" if status.usb_overdue else "no"),
        ]
    )
    return 0
