"""Everything read from a transfer package is checked before it is merged: metadata, lines, columns, values.

A package can carry a valid checksum and valid encryption and still hold nonsense (written by
another program, or by a hostile one). Each value is held to its column's rules (type, enum
code, date, length, NOT NULL); the first bad one stops the import with "damaged or not a
partydesk file" naming the part, and since rows are checked inside the import's transaction,
nothing of the package is committed.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import uuid as uuid_module
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, LargeBinary, Numeric, String, Text, Time

from partydesk.domain.fields import field_label, label_key
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.backup.container import BackupError
from partydesk.services.transfer.describe import table_label
from partydesk.services.transfer.rows import RAW, columns, foreign_keys, key_column
from partydesk.services.transfer.rules import check_rules
from partydesk.store.models import Base

Check = Callable[[Any], bool]
# The table and the field in words, each also by its code.
ROW_PART = QT_TRANSLATE_NOOP("Backup", "{label} ({table} row {row}, {column}: {field})")


def damaged(path: Path, part: str) -> BackupError:
    return BackupError("damaged_part", path=path, part=part)


def _is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 64:
        return False
    try:
        uuid_module.UUID(value)
    except ValueError:
        return False
    return True


def _parses(parse: Callable[[str], object]) -> Check:
    def check(value: Any) -> bool:
        if not isinstance(value, str):
            return False
        try:
            parse(value)
        except ValueError:
            return False
        return True

    return check


def _is_base64(value: Any) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, TypeError, ValueError):
        return False
    return True


def checked_meta(meta: Any, path: Path) -> dict:
    """The package header's fields, each of the type and form the import relies on."""
    if not isinstance(meta, dict):
        raise damaged(path, "metadata")
    office = meta.get("office")
    checks: dict[str, bool] = {
        "package_uuid": _is_uuid(meta.get("package_uuid")),
        "created_at": _parses(datetime.fromisoformat)(meta.get("created_at")),
        "schema_revision": isinstance(meta.get("schema_revision"), str),
        "office": isinstance(office, dict),
        "office.uuid": isinstance(office, dict) and _is_uuid(office.get("uuid")),
        "office.name": isinstance(office, dict) and isinstance(office.get("name"), str)
        and 0 < len(office["name"]) <= 200,
        "counts": isinstance(meta.get("counts", {}), dict)
        and all(type(n) is int and n >= 0 for n in meta.get("counts", {}).values()),
    }
    for part, ok in checks.items():
        if not ok:
            raise damaged(path, f"metadata {part}")
    return meta


def _value_check(table: str, column: str) -> Check:
    """Does a JSON value fit this column (None allowed only where the column is nullable)?"""
    col = Base.metadata.tables[table].c[column]
    kind = col.type
    if column in foreign_keys(table):
        base: Check = lambda v: isinstance(v, str) and 0 < len(v) <= 64  # noqa: E731 - uuid or SHA-256
    elif isinstance(kind, Enum):
        allowed = set(kind.enums)
        base = lambda v: isinstance(v, str) and v in allowed  # noqa: E731
    elif isinstance(kind, DateTime):
        base = _parses(datetime.fromisoformat)
    elif isinstance(kind, Date):
        base = _parses(date.fromisoformat)
    elif isinstance(kind, Time):
        base = _parses(time.fromisoformat)
    elif isinstance(kind, Boolean):
        base = lambda v: isinstance(v, bool) or v in (0, 1)  # noqa: E731
    elif isinstance(kind, Integer):
        base = lambda v: type(v) is int and abs(v) < 2**63  # noqa: E731
    elif isinstance(kind, (Float, Numeric)):
        base = lambda v: type(v) in (int, float)  # noqa: E731
    elif isinstance(kind, LargeBinary):
        base = _is_base64
    elif isinstance(kind, String) and kind.length:
        length = kind.length
        base = lambda v: isinstance(v, str) and len(v) <= length  # noqa: E731
    elif isinstance(kind, (String, Text)):
        base = lambda v: isinstance(v, str)  # noqa: E731
    else:
        base = lambda v: True  # noqa: E731
    if column == key_column(table):
        return lambda v: v is not None and base(v)
    nullable = col.nullable or col.default is not None or col.server_default is not None
    return lambda v: (v is None and nullable) or (v is not None and base(v))


def _required(table: str) -> set[str]:
    """Columns a package must send for a table: its key and every NOT NULL column without a default."""
    cols = Base.metadata.tables[table].c
    needed = {key_column(table)}
    for name in columns(table):
        col = cols[name]
        if not col.nullable and col.default is None and col.server_default is None:
            needed.add(name)
    return needed


def checked_header(item: dict, path: Path, line: int) -> tuple[str, list[str]]:
    name, cols = item.get("table"), item.get("columns")
    if not isinstance(name, str) or not isinstance(cols, list) or not all(isinstance(c, str) for c in cols):
        raise damaged(path, f"payload line {line} (table header)")
    if name in RAW and name != "transfer_conflict":
        known = set(columns(name))
        unknown = [c for c in cols if c not in known]
        missing = sorted(_required(name) - set(cols))
        if unknown or len(set(cols)) != len(cols):
            raise damaged(path, f"{name} columns ({', '.join(unknown) or 'repeated'})")
        if missing:
            raise damaged(path, f"{name} columns (missing {', '.join(missing)})")
    return name, cols


def checked_row(name: str, cols: list[str], checks: list[Check], row: Any, path: Path, number: int) -> list:
    if not isinstance(row, list) or len(row) != len(cols):
        raise damaged(path, f"{name} row {number} ({len(row) if isinstance(row, list) else 0} of {len(cols)} values)")
    for column, check, value in zip(cols, checks, row, strict=False):
        if not check(value):
            raise damaged(path, translate("Backup", ROW_PART, label=table_label(name), table=name, row=number,
                                          column=column, field=field_label(label_key(column))))
    return row


def checked_tables(payload: Path, path: Path, today: date) -> Iterator[tuple[str, list[str], list[list]]]:
    """(table, columns, rows) of a decrypted package, in sending order, every line, value and row checked.

    `today` is for the domain's "not in the future" rules (see rules.py).
    """
    name: str | None = None
    cols: list[str] = []
    rows: list[list] = []
    checks: list[Check] = []
    line = 0
    try:
        with gzip.open(payload, "rb") as lines:
            for line, raw in enumerate(lines, start=1):
                try:
                    item = json.loads(raw)
                except (ValueError, UnicodeDecodeError):
                    raise damaged(path, f"payload line {line} (not JSON)") from None
                if isinstance(item, dict):
                    if name is not None:
                        yield name, cols, rows
                    name, cols = checked_header(item, path, line)
                    rows = []
                    known = name in RAW and name != "transfer_conflict"
                    checks = [_value_check(name, c) for c in cols] if known else [lambda v: True] * len(cols)
                elif name is None:
                    raise damaged(path, f"payload line {line} (a row before any table)")
                else:
                    rows.append(checked_row(name, cols, checks, item, path, len(rows) + 1))
                    check_rules(name, cols, item, today, path, len(rows))
    except (EOFError, OSError, zlib.error):
        raise damaged(path, f"payload (compressed data, after line {line})") from None
    if name is not None:
        yield name, cols, rows
