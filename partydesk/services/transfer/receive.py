"""Import a transfer package in one transaction, and let a person settle the conflicts."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import bindparam, insert, select, update

from partydesk.domain.errors import NotFoundError, ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.backup.create import work_dir
from partydesk.services.backup.files import temp_path
from partydesk.services.backup.container import KIND_TRANSFER, MESSAGES, BackupError, Secret, open_container
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.transfer.package import IMPORT, _sync_row
from partydesk.services.transfer.merge import MergeContext, decode_rows, merge_table
from partydesk.services.transfer.rows import RAW, foreign_keys, ids_of_keys
from partydesk.services.transfer.validate import checked_meta, checked_tables
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.migrate import head_revision, known_revisions
from partydesk.store.models import Office, SyncState, TransferConflict

KEEP_LOCAL, TAKE_INCOMING = "keep_local", "take_incoming"



@dataclass(frozen=True)
class ImportResult:
    """What an import did, per table; nothing at all for our own or an already imported package."""

    package_uuid: str
    origin_uuid: str
    origin_name: str
    created_at: datetime
    own_office: bool = False
    already_imported: bool = False
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0


@dataclass(frozen=True)
class Conflict:
    uuid: str
    entity_type: str
    entity_uuid: str
    package_uuid: str
    created_at: datetime
    local: dict
    incoming: dict


def _decrypt(path: Path, passphrase: str, target: Path, cancelled: Cancelled) -> dict:
    try:
        with open(path, "rb") as stream, open(target, "wb") as out:
            opened = open_container(stream, path, Secret(passphrase=passphrase), KIND_TRANSFER)
            for chunk in opened.chunks(cancelled):
                out.write(chunk)
    except OSError as error:
        raise BackupError("read_error", path=path, detail=error.strerror or str(error)) from error
    if opened.payload_sha256() != opened.metadata.get("sha256"):
        raise BackupError("content_mismatch", path=path)
    return opened.metadata


def import_package(
    db: Database,
    path: str | os.PathLike,
    passphrase: str,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    now: datetime | None = None,
) -> ImportResult:
    """Merge a package from another office; all or nothing, safe to repeat."""
    require(db, Permission.TRANSFER)
    path, now = Path(path), now or utcnow()
    with temp_path(work_dir(db), ".jsonl.gz") as payload:
        meta = checked_meta(_decrypt(path, passphrase, payload, cancelled), path)
        office = meta.get("office") or {}
        base = dict(
            package_uuid=meta["package_uuid"], origin_uuid=office.get("uuid", ""),
            origin_name=office.get("name", ""), created_at=datetime.fromisoformat(meta["created_at"]),
        )
        revision = meta.get("schema_revision", "")
        if revision != head_revision() and revision not in known_revisions():
            raise BackupError("newer_package", path=path, revision=revision)
        if base["origin_uuid"] == db.office_uuid:
            return ImportResult(**base, own_office=True)
        with db.write() as session:
            state = _sync_row(session, base["origin_uuid"], IMPORT, "")
            if state is not None and state.last_package_uuid == base["package_uuid"]:
                return ImportResult(**base, already_imported=True)
            ctx = MergeContext(session.connection(), base["package_uuid"], base["origin_uuid"],
                               state.last_at if state else None, now)
            total = sum(meta.get("counts", {}).values()) or 1
            done = 0
            for name, cols, rows in checked_tables(payload, path):
                if cancelled():
                    raise OperationCancelled()
                if name in RAW and name != "transfer_conflict":
                    merge_table(ctx, name, cols, rows)
                done += len(rows)
                progress(done, total)
            _remember(session, base, state, max(now, ctx.newest or now))
            result = ImportResult(**base, inserted=dict(ctx.inserted), updated=dict(ctx.updated),
                                  unchanged=dict(ctx.unchanged), skipped=dict(ctx.skipped), conflicts=ctx.conflicts)
            audit.record(session, db.actor, "transfer.import", "package", base["package_uuid"], {
                "origin": base["origin_name"], "inserted": result.inserted, "updated": result.updated,
                "conflicts": result.conflicts,
            })
    return result


def _remember(session, base: dict, state: SyncState | None, watermark: datetime) -> None:
    """Record the sending office (not local) and how far we have imported from it."""
    office = session.scalar(select(Office).where(Office.uuid == base["origin_uuid"]))
    if office is None:
        office = Office(uuid=base["origin_uuid"], name=base["origin_name"], is_local=False, origin=base["origin_uuid"])
        session.add(office)
    elif not office.is_local and office.name != base["origin_name"]:
        office.name = base["origin_name"]
    state = state or SyncState(peer_office_uuid=base["origin_uuid"], direction=IMPORT, scope="")
    state.last_at = watermark
    state.last_package_uuid = base["package_uuid"]
    session.add(state)


def list_conflicts(db: Database, *, resolved: bool = False) -> list[Conflict]:
    """Records changed on both sides, waiting for a person to decide (oldest first)."""
    require(db, Permission.READ)
    with db.read() as session:
        rows = session.scalars(
            select(TransferConflict)
            .where(TransferConflict.resolved_at.is_not(None) if resolved else TransferConflict.resolved_at.is_(None))
            .order_by(TransferConflict.id)
        ).all()
        return [
            Conflict(c.uuid, c.entity_type, c.entity_uuid, c.package_uuid, c.created_at,
                     json.loads(c.local_json), json.loads(c.incoming_json))
            for c in rows
        ]


def resolve_conflict(db: Database, conflict_uuid: str, choice: str) -> None:
    """keep_local: our version stays (and wins next time); take_incoming: theirs replaces it."""
    require(db, Permission.TRANSFER)
    if choice not in (KEEP_LOCAL, TAKE_INCOMING):
        raise ValidationError("resolution", QT_TRANSLATE_NOOP("ValidationError", "Choose keep_local or take_incoming"))
    now = utcnow()
    with db.write() as session:
        conflict = session.scalar(select(TransferConflict).where(TransferConflict.uuid == conflict_uuid))
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("transfer_conflict", conflict_uuid)
        conn, name = session.connection(), conflict.entity_type
        table = RAW[name]
        local_uuid = json.loads(conflict.local_json).get("uuid")
        local_id = ids_of_keys(conn, name, [local_uuid]).get(local_uuid)
        if choice == KEEP_LOCAL:
            if local_id is not None:
                conn.execute(update(table).where(table.c.id == local_id).values(updated_at=now))
        else:
            incoming = json.loads(conflict.incoming_json)
            row = decode_rows(name, list(incoming), [list(incoming.values())])[0]
            for column, target in foreign_keys(name).items():
                if row[column]:
                    found = ids_of_keys(conn, target, [row[column]]).get(row[column])
                    if found is None:
                        raise NotFoundError(target, row[column])
                    row[column] = found
            if local_id is None:
                conn.execute(insert(table), row)
            else:
                conn.execute(update(table).where(table.c.id == bindparam("b_id")), [{**row, "b_id": local_id}])
        conflict.resolved_at = now
        conflict.resolution = choice
        audit.record(session, db.actor, "transfer.resolve", name, conflict.entity_uuid, {"choice": choice})
