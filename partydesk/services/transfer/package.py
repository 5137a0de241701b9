"""Transfer packages (.pdpkg): one office's or branch's changed records, carried on a stick.

A package is the backup container (services/backup/container.py, kind "transfer") around gzip'd JSON
lines: for each table a header line {"table", "columns"} then one JSON list per row, with
foreign keys written as the referenced row's uuid (images by SHA-256). Rows referenced by a
changed row travel too, so the receiver can always link them. Exports take records changed
since the last export of the same scope, minus a small overlap (importing is idempotent, so
re-sent rows cost nothing and a write committed during the previous export is never missed).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from partydesk import __version__
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.backup.container import (
    KIND_TRANSFER,
    Secret,
    Written,
    check_passphrase,
    derive_key,
    finish_container,
    new_kdf,
    write_container,
)
from partydesk.services.backup.create import work_dir
from partydesk.services.backup.files import sweep_stale_partials, temp_path, write_atomically
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.transfer.rows import BLOB, RAW, TABLES, chunks, columns, foreign_keys, portable_rows
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.db import Database
from partydesk.store.migrate import head_revision
from partydesk.store.models import Office, SyncState

PACKAGE_SUFFIX = ".pdpkg"
OVERLAP = timedelta(minutes=10)
EXPORT, IMPORT = "export", "import"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_uuid: str
    office_name: str
    scope: str
    since: datetime | None
    counts: dict[str, int] = field(default_factory=dict)


def _branch_scope(conn, branch_uuid: str) -> set[int]:
    """The branch and every branch below it."""
    branch = RAW["branch"]
    rows = conn.execute(select(branch.c.id, branch.c.parent_id, branch.c.uuid)).all()
    root = next((r.id for r in rows if r.uuid == branch_uuid), None)
    if root is None:
        from partydesk.domain.errors import NotFoundError

        raise NotFoundError("branch", branch_uuid)
    scope, grew = {root}, True
    while grew:
        grew = False
        for r in rows:
            if r.parent_id in scope and r.id not in scope:
                scope.add(r.id)
                grew = True
    return scope


def _scope_conditions(branch_ids: set[int] | None) -> dict:
    """Per table, the WHERE clause selecting the rows that belong to the branch scope."""
    if branch_ids is None:
        return {}
    t = RAW
    ids = sorted(branch_ids)
    members = select(t["member"].c.id).where(t["member"].c.branch_id.in_(ids))
    activities = select(t["activity"].c.id).where(t["activity"].c.branch_id.in_(ids))
    entries = select(t["service_entry"].c.id).where(t["service_entry"].c.branch_id.in_(ids))
    talks = select(t["talk"].c.id).where(t["talk"].c.member_id.in_(members))
    honours = select(t["recognition"].c.id).where(
        or_(t["recognition"].c.member_id.in_(members), t["recognition"].c.branch_id.in_(ids)))
    return {
        "branch": t["branch"].c.id.in_(ids),
        "party_group": t["party_group"].c.branch_id.in_(ids),
        "member": t["member"].c.branch_id.in_(ids),
        "member_event": t["member_event"].c.member_id.in_(members),
        "publish_consent": t["publish_consent"].c.member_id.in_(members),
        "study_plan": t["study_plan"].c.branch_id.in_(ids),
        "activity": t["activity"].c.branch_id.in_(ids),
        "attendance": or_(t["attendance"].c.activity_id.in_(activities), t["attendance"].c.member_id.in_(members)),
        "service_entry": t["service_entry"].c.branch_id.in_(ids),
        "service_participant": or_(
            t["service_participant"].c.service_entry_id.in_(entries), t["service_participant"].c.member_id.in_(members)
        ),
        "talk": t["talk"].c.member_id.in_(members),
        "recognition": or_(t["recognition"].c.member_id.in_(members), t["recognition"].c.branch_id.in_(ids)),
        "exemplar_post": t["exemplar_post"].c.member_id.in_(members),
        "point_entry": t["point_entry"].c.member_id.in_(members),
        "appraisal": t["appraisal"].c.member_id.in_(members),
        "correction": t["correction"].c.member_id.in_(members),
        "dues_base": t["dues_base"].c.member_id.in_(members),
        "dues_payment": t["dues_payment"].c.member_id.in_(members),
        "reminder_answer": t["reminder_answer"].c.member_id.in_(members),
        "attachment": or_(
            t["attachment"].c.activity_id.in_(activities),
            t["attachment"].c.service_entry_id.in_(entries),
            t["attachment"].c.talk_id.in_(talks),
            t["attachment"].c.recognition_id.in_(honours),
        ),
    }


def select_ids(conn, branch_uuid: str | None, since: datetime | None) -> dict[str, set[int]]:
    """Ids of the rows to send: changed rows in scope, plus every row they refer to."""
    conditions = _scope_conditions(_branch_scope(conn, branch_uuid) if branch_uuid else None)
    selected: dict[str, set[int]] = {}
    for name in TABLES:
        table = RAW[name]
        if name == BLOB:
            selected[name] = set()
            continue
        query = select(table.c.id)
        if name in conditions:
            query = query.where(conditions[name])
        if since is not None:
            query = query.where(table.c.updated_at >= since)
        selected[name] = set(conn.execute(query).scalars())
    for name in reversed(TABLES):
        for column, target in foreign_keys(name).items():
            pending = selected[name]
            while pending:
                found = set()
                for part in chunks(sorted(pending)):
                    table = RAW[name]
                    found.update(conn.execute(select(table.c[column]).where(table.c.id.in_(part))).scalars())
                found.discard(None)
                pending = found - selected[target] if target == name else set()
                selected[target] |= found
    return selected


def _write_payload(conn, selected: dict[str, set[int]], out, cancelled: Cancelled) -> dict[str, int]:
    counts = {}
    for name in TABLES:
        table = RAW[name]
        cols = columns(name)
        out.write(json.dumps({"table": name, "columns": cols}, ensure_ascii=False).encode() + b"\n")
        ids = sorted(selected[name])
        for part in chunks(ids):
            if cancelled():
                raise OperationCancelled()
            rows = conn.execute(select(table).where(table.c.id.in_(part)).order_by(table.c.id)).all()
            for row in portable_rows(conn, name, rows):
                out.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
        counts[name] = len(ids)
    return counts


def _sync_row(session, peer: str, direction: str, scope: str) -> SyncState | None:
    return session.scalar(
        select(SyncState).where(
            SyncState.peer_office_uuid == peer, SyncState.direction == direction, SyncState.scope == scope
        )
    )


def export_package(
    db: Database,
    target: str | os.PathLike,
    passphrase: str,
    *,
    branch_uuid: str | None = None,
    full: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    now: datetime | None = None,
) -> ExportResult:
    """Write an encrypted package of records changed since the last export of this scope."""
    require(db, Permission.TRANSFER)
    check_passphrase(passphrase)
    now = now or utcnow()
    scope = branch_uuid or ""
    target = Path(target)
    secret = Secret(passphrase=passphrase)
    kdf = new_kdf(secret)
    office = session_office(db)
    if target.is_dir():
        target = target / f"{office['name'] or 'partydesk'}-{now:%Y%m%d-%H%M}{PACKAGE_SUFFIX}"
    sweep_stale_partials(target.parent, PACKAGE_SUFFIX)  # left by a stick pulled out last time
    package_uuid = new_uuid()
    with temp_path(work_dir(db), ".jsonl.gz") as payload:
        with db.read() as session:  # one read transaction: a consistent set of rows
            state = _sync_row(session, "", EXPORT, scope)
            since = None if full or state is None or state.last_at is None else state.last_at - OVERLAP
            conn = session.connection()
            selected = select_ids(conn, branch_uuid, since)
            with gzip.open(payload, "wb", compresslevel=6) as out:
                counts = _write_payload(conn, selected, out, cancelled)
        size = payload.stat().st_size
        metadata = {
            "format": "partydesk-transfer",
            "package_uuid": package_uuid,
            "program_version": __version__,
            "schema_revision": head_revision(),
            "office": office,
            "scope": scope,
            "since": since.isoformat() if since else None,
            "created_at": now.isoformat(),
            "counts": counts,
            "size": size,
        }

        def unlocking_key() -> bytes:
            return derive_key(kdf, secret, target)

        def write(out) -> Written:
            with open(payload, "rb") as plain:
                return write_container(out, KIND_TRANSFER, kdf, metadata, plain, size, progress, cancelled)

        def verify(partial: Path, written: Written) -> str:
            return finish_container(partial, KIND_TRANSFER, written, unlocking_key, metadata, no_progress, cancelled)

        write_atomically(target, size + size // 50 + (1 << 16), write, verify)
    with db.write() as session:
        state = _sync_row(session, "", EXPORT, scope) or SyncState(peer_office_uuid="", direction=EXPORT, scope=scope)
        state.last_at = now
        state.last_package_uuid = package_uuid
        session.add(state)
        audit.record(session, db.actor, "transfer.export", "package", package_uuid, {"scope": scope, "counts": counts})
    return ExportResult(target, package_uuid, office["name"], scope, since, counts)


def session_office(db: Database) -> dict:
    with db.read() as session:
        office = session.scalar(select(Office).where(Office.is_local.is_(True)))
        return {"uuid": office.uuid, "name": office.name} if office else {"uuid": "", "name": ""}
