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
from partydesk.services.backup.container import KIND_TRANSFER, BackupError, Secret, open_container
from partydesk.services.backup.create import work_dir
from partydesk.services.backup.files import temp_path
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.transfer.describe import FieldDifference, describe_differences, record_label
from partydesk.services.transfer.link import DERIVED
from partydesk.services.transfer.merge import MergeContext, decode_rows, merge_table
from partydesk.services.transfer.package import IMPORT, _sync_row
from partydesk.services.transfer.references import References
from partydesk.services.transfer.rows import RAW, foreign_keys, ids_of_keys
from partydesk.services.transfer.validate import checked_meta, checked_tables
from partydesk.store import guard
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
    linked: dict[str, int] = field(default_factory=dict)
    skip_reasons: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> reason code -> rows


@dataclass(frozen=True)
class Conflict:
    uuid: str
    entity_type: str
    entity_uuid: str
    package_uuid: str
    created_at: datetime
    local: dict
    incoming: dict
    record: str = ""  # the record in words: a member's or branch's name, an activity's title
    differences: tuple[FieldDifference, ...] = ()


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
                               state.last_at if state else None, now, local_office=db.office_uuid)
            total = sum(meta.get("counts", {}).values()) or 1
            done = 0
            today = max(now.date(), base["created_at"].date())  # the sender's clock may run ahead of ours
            references = References(session.connection(), path)
            for name, cols, rows in checked_tables(payload, path, today):
                if cancelled():
                    raise OperationCancelled()
                references.check(name, cols, rows)
                if name in RAW and name != "transfer_conflict":
                    merge_table(ctx, name, cols, rows)
                elif rows:
                    ctx.skip(name, "unknown_table", len(rows))
                done += len(rows)
                progress(done, total)
            _remember(session, base, state, max(now, ctx.newest or now))
            guard.stage_hook("transfer.merged")  # every row written, the transaction not yet committed
            result = ImportResult(**base, inserted=dict(ctx.inserted), updated=dict(ctx.updated),
                                  unchanged=dict(ctx.unchanged), skipped=dict(ctx.skipped), conflicts=ctx.conflicts,
                                  linked=dict(ctx.linked), skip_reasons=_reasons(ctx))
            audit.record(session, db.actor, "transfer.import", "package", base["package_uuid"], {
                "origin": base["origin_name"], "inserted": result.inserted, "updated": result.updated,
                "conflicts": result.conflicts, "linked": result.linked, "skipped": result.skip_reasons,
            })
    guard.stage_hook("transfer.committed")
    return result


def _reasons(ctx: MergeContext) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (name, reason), count in sorted(ctx.reasons.items()):
        out.setdefault(name, {})[reason] = count
    return out


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
    """Records changed on both sides, waiting for a person to decide (oldest first), described in words."""
    require(db, Permission.READ)
    with db.read() as session:
        rows = session.scalars(
            select(TransferConflict)
            .where(TransferConflict.resolved_at.is_not(None) if resolved else TransferConflict.resolved_at.is_(None))
            .order_by(TransferConflict.id)
        ).all()
        conn, out = session.connection(), []
        for c in rows:
            local, incoming = json.loads(c.local_json), json.loads(c.incoming_json)
            out.append(Conflict(
                c.uuid, c.entity_type, c.entity_uuid, c.package_uuid, c.created_at, local, incoming,
                record_label(conn, c.entity_type, incoming),
                describe_differences(conn, c.entity_type, local, incoming),
            ))
        return out


def resolve_conflict(db: Database, conflict_uuid: str, choice: str, *, fields: tuple[str, ...] | None = None) -> None:
    """keep_local: our version stays (and wins next time); take_incoming: theirs replaces it
    (only the named fields when `fields` is given, ours for the rest)."""
    resolve_conflicts(db, choice, conflict_uuids=[conflict_uuid], fields=fields)


def resolve_conflicts(db: Database, choice: str, *, conflict_uuids: list[str] | None = None,
                      fields: tuple[str, ...] | None = None) -> int:
    """Decide many conflicts at once (all waiting ones when no uuids are given), in one transaction."""
    require(db, Permission.TRANSFER)
    if choice not in (KEEP_LOCAL, TAKE_INCOMING):
        raise ValidationError("resolution", QT_TRANSLATE_NOOP("ValidationError", "Choose keep_local or take_incoming"))
    now = utcnow()
    with db.write() as session:
        query = select(TransferConflict).where(TransferConflict.resolved_at.is_(None)).order_by(TransferConflict.id)
        if conflict_uuids is not None:
            query = query.where(TransferConflict.uuid.in_(conflict_uuids))
        conflicts = session.scalars(query).all()
        if conflict_uuids is not None and len(conflicts) != len(set(conflict_uuids)):
            found = {c.uuid for c in conflicts}
            raise NotFoundError("transfer_conflict", next(u for u in conflict_uuids if u not in found))
        for conflict in conflicts:
            _resolve(session, conflict, choice, fields, now)
        audit.record(session, db.actor, "transfer.resolve", "transfer_conflict", "", {
            "choice": choice, "fields": list(fields or ()), "count": len(conflicts),
            "records": [c.entity_uuid for c in conflicts][:1000],
        })
        return len(conflicts)


def _resolve(session, conflict: TransferConflict, choice: str, fields: tuple[str, ...] | None, now: datetime) -> None:
    conn, name = session.connection(), conflict.entity_type
    table = RAW[name]
    local_uuid = json.loads(conflict.local_json).get("uuid")
    found = ids_of_keys(conn, name, [conflict.entity_uuid, local_uuid])
    local_id = found.get(conflict.entity_uuid, found.get(local_uuid))
    if choice == KEEP_LOCAL or (fields is not None and not fields):
        if local_id is not None:
            conn.execute(update(table).where(table.c.id == local_id).values(updated_at=now))
    else:
        incoming = json.loads(conflict.incoming_json)
        row = decode_rows(name, list(incoming), [list(incoming.values())])[0]
        for column, target in foreign_keys(name).items():
            if row[column]:
                parent = ids_of_keys(conn, target, [row[column]]).get(row[column])
                if parent is None:
                    raise NotFoundError(target, row[column])
                row[column] = parent
        if local_id is None:
            conn.execute(insert(table), row)
        elif fields is None:
            conn.execute(update(table).where(table.c.id == bindparam("b_id")), [{**row, "b_id": local_id}])
        else:
            chosen = {c: row[c] for c in _columns_of(name, fields) if c in row}
            conn.execute(update(table).where(table.c.id == local_id).values(**chosen, updated_at=now))
    conflict.resolved_at = now
    conflict.resolution = choice


def _columns_of(name: str, fields: tuple[str, ...]) -> list[str]:
    """Field names as users give them (phone, branch) -> this table's columns (phone, branch_id)."""
    cols = set(RAW[name].c.keys())
    chosen = [f if f in cols else f"{f}_id" for f in fields if f in cols or f"{f}_id" in cols]
    return chosen + [c for c, source in DERIVED.items() if source in chosen and c in cols]
