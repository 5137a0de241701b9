"""Rows a database holds that this program cannot read: enum codes it does not know, dates that are not dates.

One SQL count per enum or date column (fast: no row reaches Python). Used on a restored file
before it replaces the live one, and by `doctor` on the live one.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Date, DateTime, Enum

from partydesk.store.models import Base


def _conditions() -> list[tuple[str, str, str, tuple]]:
    """(table, column, WHERE clause finding unreadable values, parameters) for every checked column."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            name = f'"{column.name}"'
            if isinstance(column.type, Enum):
                allowed = tuple(column.type.enums)
                marks = ", ".join("?" * len(allowed))
                found.append((table.name, column.name, f"{name} IS NOT NULL AND {name} NOT IN ({marks})", allowed))
            elif isinstance(column.type, DateTime):
                found.append((table.name, column.name, f"{name} IS NOT NULL AND datetime({name}) IS NULL", ()))
            elif isinstance(column.type, Date):
                found.append((table.name, column.name,
                              f"{name} IS NOT NULL AND (date({name}) IS NULL OR date({name}) != {name})", ()))
    return found


def unreadable_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """"table.column" -> how many rows hold a value the program cannot read (only columns with some)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    bad: dict[str, int] = {}
    for table, column, where, params in _conditions():
        if table not in tables:
            continue
        try:
            count = conn.execute(f'SELECT count(*) FROM "{table}" WHERE {where}', params).fetchone()[0]
        except sqlite3.OperationalError:  # a column missing: the schema check reports that
            continue
        if count:
            bad[f"{table}.{column}"] = int(count)
    return bad
