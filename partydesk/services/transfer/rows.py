"""Which tables travel in a transfer package and how a row reads as portable JSON (by uuid)."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, LargeBinary, MetaData, String, Table, Time, select
from sqlalchemy.engine import Connection

from partydesk.store.models import Base

# Parents before children, so foreign keys can be resolved as rows arrive.
TABLES = (
    "branch",
    "party_group",
    "member",
    "member_event",
    "publish_consent",
    "study_plan",
    "activity",
    "attendance",
    "service_entry",
    "service_participant",
    "talk",
    "dues_base",
    "dues_payment",
    "reminder_answer",
    "recognition",
    "exemplar_post",
    "point_item",
    "point_entry",
    "appraisal",
    "correction",
    "attachment_blob",
    "attachment",
)
BLOB = "attachment_blob"
# A row clashes with a local row of another uuid on these (unique) columns.
NATURAL_KEYS = {
    "member": ("resident_id",),
    "attendance": ("activity_id", "member_id"),
    "service_participant": ("service_entry_id", "member_id"),
    "appraisal": ("member_id", "year"),
    "point_item": ("code",),
    "dues_base": ("member_id", "year"),
    "dues_payment": ("member_id", "year", "month"),
}
# Natural keys unique among live rows only (a row in the recycle bin does not clash).
LIVE_NATURAL_KEYS = {"member", "point_item", "dues_base", "dues_payment"}
CHUNK = 500

_raw_metadata = MetaData()


def _plain(column: Column) -> Column:
    """The same column without enum conversion: codes travel as they are stored."""
    kind = String(24) if isinstance(column.type, Enum) else column.type
    return Column(column.name, kind, primary_key=column.primary_key)


RAW: dict[str, Table] = {
    name: Table(name, _raw_metadata, *[_plain(c) for c in Base.metadata.tables[name].columns]) for name in TABLES
}
RAW["transfer_conflict"] = Table(
    "transfer_conflict", _raw_metadata, *[_plain(c) for c in Base.metadata.tables["transfer_conflict"].columns]
)


def foreign_keys(name: str) -> dict[str, str]:
    """Column -> referenced table, for one travelling table."""
    table = Base.metadata.tables[name]
    return {c.name: next(iter(c.foreign_keys)).column.table.name for c in table.columns if c.foreign_keys}


def key_column(name: str) -> str:
    """The identity a row keeps across offices: uuid, or the SHA-256 of an image."""
    return "sha256" if name == BLOB else "uuid"


def columns(name: str) -> list[str]:
    return [c.name for c in RAW[name].columns if c.name != "id"]


def encode(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decoder(name: str, column: str):
    """A function turning the JSON value of this column back into a Python value."""
    kind = RAW[name].c[column].type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, Time):
        return lambda v: None if v is None else time.fromisoformat(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    return lambda v: v


def chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def keys_of_ids(conn: Connection, name: str, ids: Iterable[int]) -> dict[int, str]:
    """id -> uuid (or sha256) for the given local ids."""
    table, key = RAW[name], key_column(name)
    found: dict[int, str] = {}
    for part in chunks(sorted(set(i for i in ids if i is not None))):
        found.update(dict(conn.execute(select(table.c.id, table.c[key]).where(table.c.id.in_(part))).all()))
    return found


def ids_of_keys(conn: Connection, name: str, keys: Iterable[str]) -> dict[str, int]:
    """uuid (or sha256) -> local id for those that exist here."""
    table, key = RAW[name], key_column(name)
    found: dict[str, int] = {}
    for part in chunks(sorted(set(k for k in keys if k))):
        pairs = conn.execute(select(table.c.id, table.c[key]).where(table.c[key].in_(part))).all()
        found.update({k: i for i, k in pairs})
    return found


def portable_rows(conn: Connection, name: str, rows: list) -> list[list]:
    """Rows (id first, then `columns(name)`) as JSON lists with foreign keys as uuids."""
    cols = columns(name)
    fks = foreign_keys(name)
    maps = {col: keys_of_ids(conn, target, (r._mapping[col] for r in rows)) for col, target in fks.items()}
    out = []
    for row in rows:
        values = row._mapping
        out.append([(maps[c].get(values[c]) if c in maps else encode(values[c])) for c in cols])
    return out


def portable_row(conn: Connection, name: str, row_id: int) -> dict:
    """One local row as the same JSON dict an incoming row has (for conflict records)."""
    table = RAW[name]
    row = conn.execute(select(table).where(table.c.id == row_id)).one()
    return dict(zip(columns(name), portable_rows(conn, name, [row])[0], strict=True))
