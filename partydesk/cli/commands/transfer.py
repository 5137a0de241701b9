"""`partydesk transfer export|import|conflicts|resolve`: records between offices on a stick."""

from __future__ import annotations

from pathlib import Path

from partydesk.cli.commands.backup import progress_printer, read_passphrase
from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table, wants_json
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import transfer
from partydesk.services.transfer import RAW, TABLES

IMPORTED = QT_TRANSLATE_NOOP("Cli", "Imported the package of {office} made {made} (UTC).")
OWN = QT_TRANSLATE_NOOP("Cli", "This package was made by this office: nothing to import.")
AGAIN = QT_TRANSLATE_NOOP("Cli", "This package was already imported: nothing changed.")
HEADERS = (QT_TRANSLATE_NOOP("Cli", "Records"), QT_TRANSLATE_NOOP("Cli", "New"),
           QT_TRANSLATE_NOOP("Cli", "Already here (linked)"), QT_TRANSLATE_NOOP("Cli", "Updated"),
           QT_TRANSLATE_NOOP("Cli", "Skipped"))
SKIPPED = QT_TRANSLATE_NOOP("Cli", "{table}: {count} skipped because {reason}")
WAITING = QT_TRANSLATE_NOOP("Cli", "{count} record(s) differ here and there: see `partydesk transfer conflicts`.")
NONE_WAITING = QT_TRANSLATE_NOOP("Cli", "No conflicts are waiting.")
RESOLVED = QT_TRANSLATE_NOOP("Cli", "Resolved {count} conflict(s).")
NAME_ONE = QT_TRANSLATE_NOOP("ValidationError", "Name a conflict, or choose --all-theirs or --all-ours")
CHOOSE = QT_TRANSLATE_NOOP("ValidationError", "Choose keep_local or take_incoming")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("ValidationError", "No field called “{name}”")


def register(subparsers) -> None:
    parser = subparsers.add_parser("transfer", help="carry changed records to another office (encrypted package)")
    commands = parser.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write a package of records changed since the last export")
    export.add_argument("--to", required=True, metavar="PATH", help="file name or folder (e.g. the USB stick)")
    export.add_argument("--branch", metavar="NAME|UUID", help="only this branch (and the branches below it)")
    export.add_argument("--all-history", action="store_true", help="every record, not only the changed ones")
    _passphrase(export)
    export.set_defaults(handler=handle_export)

    imp = commands.add_parser("import", help="merge a package from another office")
    imp.add_argument("file", metavar="FILE")
    _passphrase(imp)
    imp.set_defaults(handler=handle_import)

    conflicts = commands.add_parser("conflicts", help="records that differ here and there, waiting for a decision")
    add_json_flag(conflicts)
    conflicts.set_defaults(handler=handle_conflicts)

    resolve = commands.add_parser(
        "resolve", help="decide one conflict, or all at once",
        description="Examples: resolve --all-theirs; resolve --all-ours; resolve --all-theirs --field 联系电话 "
                    "(their phone numbers, ours for the rest); resolve UUID take_incoming [--field phone]")
    resolve.add_argument("conflict", metavar="UUID", nargs="?")
    resolve.add_argument("choice", nargs="?", choices=[transfer.KEEP_LOCAL, transfer.TAKE_INCOMING])
    every = resolve.add_mutually_exclusive_group()
    every.add_argument("--all-theirs", action="store_true", help="take the other office's version of every conflict")
    every.add_argument("--all-ours", action="store_true", help="keep this office's version of every conflict")
    resolve.add_argument("--field", action="append", metavar="FIELD",
                         help="take theirs only for this field (name or label, e.g. phone or 联系电话), "
                              "ours for the rest; may be repeated")
    resolve.set_defaults(handler=handle_resolve)


def _passphrase(parser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="file holding the passphrase, or - for standard input")
    add_json_flag(parser)


def handle_export(args, db) -> int:
    passphrase = read_passphrase(args, confirm=True)
    result = transfer.export_package(
        db, Path(args.to), passphrase, branch_uuid=args.branch, full=args.all_history, progress=progress_printer()
    )
    if wants_json(args):
        print_json(result)
        return 0
    print(f"Package written and verified: {result.path}")
    since = result.since.isoformat(sep=" ", timespec="minutes") if result.since else "(everything)"
    print_pairs([("Office", result.office_name), ("Changed since (UTC)", since), ("Package", result.package_uuid)])
    print_table(["Table", "Records"], [(name, n) for name, n in result.counts.items() if n])
    return 0


def handle_import(args, db) -> int:
    passphrase = read_passphrase(args, confirm=False)
    result = transfer.import_package(db, Path(args.file), passphrase, progress=progress_printer())
    if wants_json(args):
        print_json(result)
        return 0
    if result.own_office or result.already_imported:
        print(translate("Cli", OWN if result.own_office else AGAIN))
        return 0
    made = result.created_at.isoformat(sep=" ", timespec="minutes")
    print(translate("Cli", IMPORTED, office=result.origin_name, made=made))
    counted = (result.inserted, result.linked, result.updated, result.skipped)
    names = [n for n in (*TABLES, *sorted(result.skipped)) if any(n in c for c in counted)]
    print_table([translate("Cli", h) for h in HEADERS],
                [(transfer.table_label(n), *(c.get(n, 0) for c in counted)) for n in dict.fromkeys(names)])
    for name, reasons in result.skip_reasons.items():
        for code, count in reasons.items():
            print(translate("Cli", SKIPPED, table=transfer.table_label(name), count=count,
                            reason=transfer.skip_reason(code)))
    if result.conflicts:
        print(translate("Cli", WAITING, count=result.conflicts))
    return 0


def handle_conflicts(args, db) -> int:
    conflicts = transfer.list_conflicts(db)
    if wants_json(args):
        print_json(conflicts)
        return 0
    if not conflicts:
        print(translate("Cli", NONE_WAITING))
    for number, c in enumerate(conflicts, 1):
        print(f"{number}. {transfer.table_label(c.entity_type)} {c.record}  [{c.uuid}]")
        for difference in c.differences:
            print(f"   {difference.sentence()}")
    return 0


def handle_resolve(args, db) -> int:
    fields = _columns(args.field) if args.field else None
    if args.all_theirs or args.all_ours:
        choice = transfer.KEEP_LOCAL if args.all_ours and not fields else transfer.TAKE_INCOMING
        count = transfer.resolve_conflicts(db, choice, fields=fields)
    elif args.conflict:
        picked: str | None = args.choice or (transfer.TAKE_INCOMING if fields else None)
        if picked is None:
            raise ValidationError("resolution", CHOOSE)
        transfer.resolve_conflict(db, args.conflict, picked, fields=fields)
        count = 1
    else:
        raise ValidationError("conflict", NAME_ONE)
    print(translate("Cli", RESOLVED, count=count))
    return 0


def _columns(given: list[str]) -> tuple[str, ...]:
    """phone, branch or 联系电话 -> the column names the tables use."""
    known = {column.name for name in TABLES for column in RAW[name].columns}
    words = {transfer.field_words(c): c for c in sorted(known)}
    out = []
    for text in given:
        text = text.strip()
        column = text if text in known else f"{text}_id" if f"{text}_id" in known else words.get(text)
        if column is None:
            raise ValidationError("field", UNKNOWN_FIELD, name=text)
        out.append(column)
    return tuple(out)
