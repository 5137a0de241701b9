"""Recognise records both offices hold under different uuids, and link them to the sender's uuid.

An office that started from a roster import of another's export, or a county receiving a village
for the first time, holds the same branches, groups and people under its own uuids. Branches are
the same by name, groups by name within their branch, members by resident ID, history rows by what
they record. A matched local row takes the sender's uuid, so this and every later package merge
by uuid and the record's history (attendance, events, talks) lands on it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from partydesk.services.transfer.rows import RAW, chunks, columns

# Columns that say "the same record" when uuids differ (foreign keys already local ids).
MATCH_KEYS: dict[str, tuple[str, ...]] = {
    "branch": ("name",),
    "party_group": ("branch_id", "name"),
    "member": ("resident_id",),
    "member_event": ("member_id", "kind", "on_date"),
    "attendance": ("activity_id", "member_id"),
    "service_participant": ("service_entry_id", "member_id"),
}
# Matched by name only among rows made here or by the sender: a county holding two villages'
# 第一党支部 never links the second village's to the first's.
BY_NAME = frozenset({"branch", "party_group"})
# Columns every office fills in its own way: never a difference a person must decide.
BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at", "origin"})
# Display order: a roster import numbers rows its own way; a linked row takes the sender's order.
ORDER = frozenset({"roster_order", "sort_order"})
# Worked out from another column (pinyin initials of the name): follows it, never decided alone.
DERIVED = {"name_initials": "name"}
NOT_DECIDED = BOOKKEEPING | ORDER | frozenset(DERIVED)


def _norm(value):
    return " ".join(value.split()) if isinstance(value, str) else value


def find_matches(conn: Connection, name: str, rows: list[dict], package_uuids: set[str],
                 origins: set[str]) -> dict[str, int]:
    """Incoming uuid -> id of the one live local row with the same key whose uuid the package does not carry
    (for branches and groups, one made here or by the sender: `origins`)."""
    keys = MATCH_KEYS.get(name)
    if not keys:
        return {}
    wanted: dict[tuple, str] = {}
    for row in rows:
        key = tuple(_norm(row[c]) for c in keys)
        if row.get("deleted_at") is None and all(k not in (None, "") for k in key):
            wanted.setdefault(key, row["uuid"])
    if not wanted:
        return {}
    table = RAW[name]
    first = table.c[keys[0]]
    matches: dict[str, int] = {}
    for part in chunks(sorted({k[0] for k in wanted}, key=str)):
        query = select(table.c.id, table.c.uuid, *[table.c[c] for c in keys]).where(first.in_(part))
        if "deleted_at" in table.c:
            query = query.where(table.c.deleted_at.is_(None))
        if name in BY_NAME:
            query = query.where(table.c.origin.in_(sorted(origins)))
        for found in conn.execute(query.order_by(table.c.id)):
            incoming = wanted.get(tuple(_norm(v) for v in found[2:]))
            if incoming is not None and incoming not in matches and found.uuid not in package_uuids:
                matches[incoming] = found.id
    return matches


def differing_columns(conn: Connection, name: str, local_id: int, incoming: dict) -> list[str]:
    """Columns (bookkeeping aside) where the local row and the decoded incoming row disagree."""
    table = RAW[name]
    local = conn.execute(select(table).where(table.c.id == local_id)).one()._mapping
    return [c for c in columns(name) if c not in NOT_DECIDED and not _same(local[c], incoming.get(c))]


def _same(ours, theirs) -> bool:
    if isinstance(ours, datetime) and isinstance(theirs, datetime):
        return ours.replace(tzinfo=None) == theirs.replace(tzinfo=None)
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return float(ours) == float(theirs)
    return (ours if ours is not None else "") == (theirs if theirs is not None else "")


def take_uuid(conn: Connection, name: str, local_id: int, incoming: dict, sender: str) -> None:
    """The local row answers to the sender's uuid from now on, as the sender's record (origin), in its order.

    Taking the origin too keeps a later office's branch of the same name from matching this one."""
    table = RAW[name]
    order = {c: incoming[c] for c in ORDER if c in table.c and incoming.get(c) is not None}
    origin = incoming.get("origin") or sender
    conn.execute(update(table).where(table.c.id == local_id).values(uuid=incoming["uuid"], origin=origin, **order))
