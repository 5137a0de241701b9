"""Every record a package row points at must be in the package or in this office; else the package is refused.

An exported package always carries the rows its rows refer to (package.select_ids), so a member,
activity or item that is in neither office means the package was made by another program or
altered: it is refused before anything is stored, naming the table, the row and the field.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection

from partydesk.domain.fields import field_label, label_key
from partydesk.services.transfer.describe import skip_reason
from partydesk.services.transfer.rows import RAW, foreign_keys, ids_of_keys, key_column
from partydesk.services.transfer.rules import refused_row

FIELDS = {"talker_member_id": "talker"}  # columns whose form field has another name


class References:
    """The keys a package has carried so far, per table, to check the rows that follow against."""

    def __init__(self, conn: Connection, path: Path):
        self.conn, self.path = conn, path
        self.sent: dict[str, set[str]] = {}

    def check(self, name: str, cols: list[str], rows: list[list]) -> None:
        """Raise BackupError("refused_row") at the first row pointing at a record in neither office."""
        if name not in RAW or name == "transfer_conflict":
            return
        key = key_column(name)
        if key in cols:
            at = cols.index(key)
            self.sent.setdefault(name, set()).update(row[at] for row in rows)
        for column, target in foreign_keys(name).items():
            if column in cols:
                self._check_column(name, cols.index(column), column, target, rows)

    def _check_column(self, name: str, at: int, column: str, target: str, rows: list[list]) -> None:
        wanted = {row[at] for row in rows if row[at]} - self.sent.get(target, set())
        if not wanted:
            return
        missing = wanted - ids_of_keys(self.conn, target, wanted).keys()
        if missing:
            number = next(n for n, row in enumerate(rows, start=1) if row[at] in missing)
            field = FIELDS.get(column, label_key(column))
            problem = f"{field_label(field)}: {skip_reason('missing_' + target)}"
            raise refused_row(self.path, name, number, problem)
