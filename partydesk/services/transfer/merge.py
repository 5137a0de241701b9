"""Merge incoming package rows into the local database: by uuid, idempotent, conflicts kept.

Rules for a row that exists on both sides with different `updated_at`:
- changed here since the last import from that office AND changed there since then
  -> a transfer_conflict row; nothing changes until a person decides;
- otherwise the newer `updated_at` wins.
"The last import" is a watermark stored in sync_state: max(local clock at import, newest
incoming updated_at), so a sender whose clock runs ahead does not make every row look
locally changed. Bulk Core statements in the caller's single transaction keep a 10,000-row
import well under ten seconds.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from partydesk.services.transfer.link import differing_columns, find_matches, take_uuid
from partydesk.services.transfer.rows import (
    BLOB,
    LIVE_NATURAL_KEYS,
    NATURAL_KEYS,
    RAW,
    chunks,
    columns,
    decoder,
    foreign_keys,
    ids_of_keys,
    key_column,
    portable_row,
)
from partydesk.store.base import new_uuid
from partydesk.store.models import Base


@dataclass
class MergeContext:
    conn: Connection
    package_uuid: str
    origin_uuid: str
    watermark: datetime | None
    now: datetime
    ids: dict[str, dict[str, int]] = field(default_factory=dict)
    inserted: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)  # (table, reason code) -> rows skipped
    linked: Counter = field(default_factory=Counter)
    held: dict[str, set] = field(default_factory=dict)  # table -> uuids waiting in a conflict, not stored
    conflicts: int = 0
    newest: datetime | None = None
    local_office: str = ""

    def known(self, name: str) -> dict[str, int]:
        return self.ids.setdefault(name, {})

    def skip(self, name: str, reason: str, count: int = 1) -> None:
        self.skipped[name] += count
        self.reasons[(name, reason)] += count


def _default(name: str, column: str):
    default = Base.metadata.tables[name].c[column].default
    if default is None or callable(getattr(default, "arg", None)):
        return None
    return default.arg


def decode_rows(name: str, cols: list[str], rows: list[list]) -> list[dict]:
    """Incoming JSON lists -> dicts of this program's columns (missing ones defaulted)."""
    ours = columns(name)
    fks = foreign_keys(name)
    decoders = {c: decoder(name, c) for c in ours if c not in fks}
    positions = {c: i for i, c in enumerate(cols)}
    out = []
    for row in rows:
        values = {}
        for c in ours:
            raw = row[positions[c]] if c in positions else _default(name, c)
            values[c] = raw if c in fks or c not in positions else decoders[c](raw)
        out.append(values)
    return out


def _resolve_fks(ctx: MergeContext, name: str, rows: list[dict]) -> list[dict]:
    """Replace foreign-key uuids by local ids; rows whose parent is unknown are skipped."""
    fks = foreign_keys(name)
    for column, target in fks.items():
        need = {r[column] for r in rows if r[column]} - ctx.known(target).keys()
        ctx.known(target).update(ids_of_keys(ctx.conn, target, need))
    kept = []
    for row in rows:
        missing = None
        for column, target in fks.items():
            if row[column]:
                local_id = ctx.known(target).get(row[column])
                if local_id is None and missing is None:
                    held = row[column] in ctx.held.get(target, ())
                    missing = f"held_{target}" if held else f"missing_{target}"
                row[column] = local_id
        if missing is None:
            kept.append(row)
        else:
            ctx.skip(name, missing)
    return kept


def _local_versions(ctx: MergeContext, name: str, keys: list[str]) -> dict[str, tuple[int, datetime | None]]:
    table, key = RAW[name], key_column(name)
    stamp = table.c.updated_at if "updated_at" in table.c else None
    found = {}
    for part in chunks(keys):
        query = select(table.c.id, table.c[key], stamp if stamp is not None else table.c.id)
        for row_id, row_key, updated in ctx.conn.execute(query.where(table.c[key].in_(part))):
            found[row_key] = (row_id, updated if stamp is not None else None)
    return found


def _clashes(ctx: MergeContext, name: str, rows: list[dict]) -> dict[str, int]:
    """uuid -> id of a different local row holding the same unique natural key."""
    cols = NATURAL_KEYS.get(name)
    if not cols:
        return {}
    table = RAW[name]
    wanted = {tuple(r[c] for c in cols): r["uuid"] for r in rows if all(r[c] is not None for c in cols)}
    if name in LIVE_NATURAL_KEYS:
        wanted = {k: u for k, u in wanted.items() if k[0] and not _row_deleted(rows, u)}
    clashes = {}
    first = table.c[cols[0]]
    for part in chunks(sorted({k[0] for k in wanted})):
        query = select(table.c.id, table.c.uuid, *[table.c[c] for c in cols]).where(first.in_(part))
        if name in LIVE_NATURAL_KEYS:
            query = query.where(table.c.deleted_at.is_(None))
        for row in ctx.conn.execute(query):
            incoming_uuid = wanted.get(tuple(row[2:]))
            if incoming_uuid is not None and incoming_uuid != row.uuid:
                clashes[incoming_uuid] = row.id
    return clashes


def _row_deleted(rows: list[dict], uuid: str) -> bool:
    return any(r["uuid"] == uuid and r["deleted_at"] is not None for r in rows)


def _record_conflict(ctx: MergeContext, name: str, incoming: dict, local_id: int, original: dict,
                     local_json: str | None = None) -> None:
    table = RAW["transfer_conflict"]
    incoming_json = json.dumps(original, ensure_ascii=False, sort_keys=True)
    exists = ctx.conn.execute(
        select(table.c.id).where(
            table.c.entity_uuid == incoming["uuid"],
            table.c.incoming_json == incoming_json,
            table.c.resolved_at.is_(None),
        )
    ).first()
    ctx.conflicts += 1
    if exists:
        return
    local_json = local_json or json.dumps(portable_row(ctx.conn, name, local_id), ensure_ascii=False, sort_keys=True)
    ctx.conn.execute(
        insert(table),
        {
            "uuid": new_uuid(), "created_at": ctx.now, "updated_at": ctx.now, "origin": ctx.origin_uuid,
            "deleted_at": None, "package_uuid": ctx.package_uuid, "entity_type": name,
            "entity_uuid": incoming["uuid"], "local_json": local_json, "incoming_json": incoming_json,
            "resolved_at": None, "resolution": "",
        },
    )


def _decide(ctx: MergeContext, local_updated: datetime | None, incoming_updated: datetime | None) -> str:
    """'same', 'conflict', 'take' or 'keep' for a row present on both sides."""
    if local_updated == incoming_updated:
        return "same"
    local_changed = ctx.watermark is not None and local_updated is not None and local_updated > ctx.watermark
    incoming_changed = ctx.watermark is None or (incoming_updated is not None and incoming_updated > ctx.watermark)
    if local_changed and incoming_changed:
        return "conflict"
    if incoming_updated is not None and (local_updated is None or incoming_updated > local_updated):
        return "take"
    return "keep"


def merge_table(ctx: MergeContext, name: str, cols: list[str], raw_rows: list[list]) -> None:
    """Insert new rows, update older ones, record conflicts, for one table's incoming rows."""
    if not raw_rows:
        return
    originals = {r[cols.index(key_column(name))]: dict(zip(cols, r, strict=True)) for r in raw_rows}
    rows = decode_rows(name, cols, raw_rows)
    if name == "branch":
        rows = _parents_first(rows)
    rows = _resolve_fks(ctx, name, rows) if name != "branch" else rows
    if name == BLOB:
        _merge_blobs(ctx, rows)
        return
    if name == "branch":
        for row in rows:  # one at a time: a branch's parent may arrive in the same package
            _merge_rows(ctx, name, _resolve_fks(ctx, name, [row]), originals)
        return
    _merge_rows(ctx, name, rows, originals)


def _merge_rows(ctx: MergeContext, name: str, rows: list[dict], originals: dict[str, dict]) -> None:
    table = RAW[name]
    local = _local_versions(ctx, name, [r["uuid"] for r in rows])
    linked = _link_known_records(ctx, name, [r for r in rows if r["uuid"] not in local], rows, originals)
    rows = [r for r in rows if r["uuid"] not in linked]
    clashes = _clashes(ctx, name, rows)
    inserts, updates = [], []
    for row in rows:
        stamp = row.get("updated_at")
        if stamp is not None and (ctx.newest is None or stamp > ctx.newest):
            ctx.newest = stamp
        mine = local.get(row["uuid"])
        if mine is None:
            if row["uuid"] in clashes:
                _record_conflict(ctx, name, row, clashes[row["uuid"]], originals[row["uuid"]])
                ctx.held.setdefault(name, set()).add(row["uuid"])
            else:
                inserts.append(row)
            continue
        decision = _decide(ctx, mine[1], stamp)
        if decision == "take" and row["uuid"] in clashes:
            decision = "conflict_clash"
        if decision in ("same", "keep"):
            ctx.unchanged[name] += 1
        elif decision == "take":
            updates.append({**row, "b_id": mine[0]})
        else:
            clash_id = clashes.get(row["uuid"], mine[0])
            local_id = clash_id if decision == "conflict_clash" else mine[0]
            _record_conflict(ctx, name, row, local_id, originals[row["uuid"]])
        ctx.known(name)[row["uuid"]] = mine[0]
    if inserts:
        ctx.conn.execute(insert(table), inserts)
        ctx.inserted[name] += len(inserts)
        ctx.known(name).update(ids_of_keys(ctx.conn, name, [r["uuid"] for r in inserts]))
    if updates:
        ctx.conn.execute(update(table).where(table.c.id == bindparam("b_id")), updates)
        ctx.updated[name] += len(updates)


def _link_known_records(
    ctx: MergeContext, name: str, unknown: list[dict], rows: list[dict], originals: dict[str, dict]
) -> set[str]:
    """Rows this office holds under another uuid: link them; same content is unchanged, else a conflict."""
    matches = find_matches(ctx.conn, name, unknown, {r["uuid"] for r in rows}, {"", ctx.local_office, ctx.origin_uuid})
    by_uuid = {r["uuid"]: r for r in unknown}
    for uuid, local_id in matches.items():
        row = by_uuid[uuid]
        differs = differing_columns(ctx.conn, name, local_id, row)
        before = None
        if differs:  # the conflict shows our row as it was, under our old uuid
            before = json.dumps(portable_row(ctx.conn, name, local_id), ensure_ascii=False, sort_keys=True)
        take_uuid(ctx.conn, name, local_id, row, ctx.origin_uuid)
        ctx.known(name)[uuid] = local_id
        ctx.linked[name] += 1
        if differs:
            _record_conflict(ctx, name, row, local_id, originals[uuid], before)
        else:
            ctx.unchanged[name] += 1
    return set(matches)


def _merge_blobs(ctx: MergeContext, rows: list[dict]) -> None:
    """Images are identified by content: insert the ones this office does not have."""
    known = ctx.known(BLOB)
    known.update(ids_of_keys(ctx.conn, BLOB, [r["sha256"] for r in rows]))
    new = [r for r in rows if r["sha256"] not in known]
    if new:
        ctx.conn.execute(insert(RAW[BLOB]), new)
        known.update(ids_of_keys(ctx.conn, BLOB, [r["sha256"] for r in new]))
    ctx.inserted[BLOB] += len(new)
    ctx.unchanged[BLOB] += len(rows) - len(new)


def _parents_first(rows: list[dict]) -> list[dict]:
    by_uuid = {r["uuid"]: r for r in rows}
    ordered, placed = [], set()

    def place(row, depth=0):
        if row["uuid"] in placed or depth > len(rows):
            return
        parent = by_uuid.get(row["parent_id"])
        if parent is not None:
            place(parent, depth + 1)
        placed.add(row["uuid"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered
