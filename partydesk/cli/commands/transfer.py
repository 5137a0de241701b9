"""`partydesk transfer export|import|conflicts|resolve`: records between offices on a stick."""

from __future__ import annotations

from pathlib import Path

from partydesk.cli.commands.backup import progress_printer, read_passphrase
from partydesk.cli.output import add_json_flag, print_json, print_pairs, print_table, wants_json
from partydesk.services import transfer


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

    conflicts = commands.add_parser("conflicts", help="records changed on both sides, waiting for a decision")
    add_json_flag(conflicts)
    conflicts.set_defaults(handler=handle_conflicts)

    resolve = commands.add_parser("resolve", help="decide one conflict")
    resolve.add_argument("conflict", metavar="UUID")
    resolve.add_argument("choice", choices=[transfer.KEEP_LOCAL, transfer.TAKE_INCOMING])
    resolve.set_defaults(handler=handle_resolve)


def _passphrase(parser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", help="file holding the passphrase, or - for standard input")
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
    if result.own_office:
        print("This package was made by this office: nothing to import.")
        return 0
    if result.already_imported:
        print("This package was already imported: nothing changed.")
        return 0
    print(f"Imported the package of {result.origin_name} made {result.created_at:%Y-%m-%d %H:%M} (UTC).")
    names = sorted(set(result.inserted) | set(result.updated) | set(result.skipped))
    print_table(
        ["Table", "New", "Updated", "Skipped"],
        [(n, result.inserted.get(n, 0), result.updated.get(n, 0), result.skipped.get(n, 0)) for n in names],
    )
    if result.conflicts:
        print(f"{result.conflicts} record(s) changed on both sides: see `partydesk transfer conflicts`.")
    return 0


def handle_conflicts(args, db) -> int:
    conflicts = transfer.list_conflicts(db)
    if wants_json(args):
        print_json(conflicts)
        return 0
    rows = []
    for c in conflicts:
        changed = sorted(k for k in set(c.local) | set(c.incoming) if c.local.get(k) != c.incoming.get(k) and k != "updated_at")
        label = c.incoming.get("name") or c.incoming.get("title") or c.entity_uuid
        rows.append((c.uuid, c.entity_type, label, ", ".join(changed)))
    print_table(["Conflict", "Kind", "Record", "Differs in"], rows)
    return 0


def handle_resolve(args, db) -> int:
    transfer.resolve_conflict(db, args.conflict, args.choice)
    print("Resolved.")
    return 0
