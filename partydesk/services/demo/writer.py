"""The demo's bulk rows: per-table column orders, stored-form values, batching, compiled Core INSERTs."""

from __future__ import annotations

from datetime import date, time
from enum import Enum
from operator import itemgetter

from sqlalchemy import insert

from partydesk.domain.enums import AttendanceStatus
from partydesk.store.models import Base

BATCH_ROWS = 20_000
# How SQLAlchemy's SQLite dialect stores DateTime and Time values.
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
# Common columns come last, as in the tables, so rows need no reordering.
COMMON = ("id", "uuid", "created_at", "updated_at", "origin")
TABLES = (
    "office",
    "branch",
    "party_group",
    "member",
    "member_event",
    "study_plan",
    "activity",
    "attendance",
    "service_entry",
    "service_participant",
    "talk",
    "dues_base",
    "dues_payment",
)  # parents first
LEFT_TO_DEFAULTS = {"study_plan": ("weekday",)}  # columns the demo never fills


def table_columns(table: str) -> tuple[str, ...]:
    """The columns a demo row gives values for, in the schema's order (`_Writer.add` takes them so)."""
    skipped = {*COMMON, "deleted_at", *LEFT_TO_DEFAULTS.get(table, ())}
    return tuple(column.name for column in Base.metadata.tables[table].columns if column.name not in skipped)


COLUMNS = {table: table_columns(table) for table in TABLES}
PRESENT, LEAVE, ABSENT = (s.value for s in AttendanceStatus)


def as_stored(value):
    """The value as the SQLite dialect stores it: enum codes, ISO dates, HH:MM:SS.ffffff times."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, time):
        return value.strftime(DATETIME_FORMAT[9:])
    if isinstance(value, date):
        return value.isoformat()
    return value


class RowWriter:
    """Numbers and buffers rows per table; hands full batches, parent tables first, to `sink(table, rows)`."""

    def __init__(self, sink, prefixes: dict[str, str], now: str):
        self.sink = sink
        self.now = now
        self.prefixes = prefixes
        self.buffers: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        self.counts = dict.fromkeys(COLUMNS, 0)
        self.origin = self.uuid_of("office", 1)

    def uuid_of(self, table: str, row_id: int) -> str:
        return f"{self.prefixes[table]}{row_id:012x}"

    def add(self, table: str, *values) -> int:
        """Queue one row (values in COLUMNS order, already in stored form); returns its id."""
        self.counts[table] += 1
        row_id = self.counts[table]
        self.buffers[table].append(
            (*values, row_id, f"{self.prefixes[table]}{row_id:012x}", self.now, self.now, self.origin)
        )
        if len(self.buffers[table]) >= BATCH_ROWS:
            self.flush()
        return row_id

    def add_attendance(self, activity_id: int, marks: list[tuple]) -> None:
        """Queue the marks (member_id, status, leave_reason, hours) of one activity: the bulk of the rows."""
        start, prefix, now, origin = self.counts["attendance"], self.prefixes["attendance"], self.now, self.origin
        buffer = self.buffers["attendance"]
        buffer.extend(
            [
                (activity_id, *mark, row_id, f"{prefix}{row_id:012x}", now, now, origin)
                for row_id, mark in enumerate(marks, start + 1)
            ]
        )
        self.counts["attendance"] = start + len(marks)
        if len(buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for name in COLUMNS:
            if self.buffers[name]:
                self.sink(name, self.buffers[name])
                self.buffers[name] = []


class Inserter:
    """Bulk-inserts batches with each table's compiled Core INSERT, executed by the driver."""

    def __init__(self, connection):
        self.connection = connection
        self.statements = {name: self._compiled(name) for name in COLUMNS}

    def __call__(self, table: str, rows: list[tuple]) -> None:
        sql, reorder, keys = self.statements[table]
        if reorder is not None:
            rows = [reorder(row) for row in rows]
        if keys is not None:
            self.connection.exec_driver_sql(sql, [dict(zip(keys, row, strict=True)) for row in rows])
            return
        self.connection.exec_driver_sql(sql, rows)

    def _compiled(self, name: str):
        """The table's INSERT for our columns, and how to put a row in its parameter order."""
        keys = COLUMNS[name] + COMMON
        compiled = insert(Base.metadata.tables[name]).compile(dialect=self.connection.dialect, column_keys=list(keys))
        if not compiled.positional:
            return compiled.string, None, keys
        positions = [keys.index(key) for key in compiled.positiontup or ()]
        reorder = None if positions == list(range(len(keys))) else itemgetter(*positions)
        return compiled.string, reorder, None


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
