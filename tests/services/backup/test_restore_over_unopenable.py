"""A backup restored over a database file SQLite cannot open (empty, overwritten, gone): the file is kept as it was."""

from __future__ import annotations

import sqlite3

import pytest

from partydesk.services import backup
from partydesk.store.migrate import open_database

from ..helpers import BACKUP_PASS

pytestmark = pytest.mark.sqlite_only  # database files


def members_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("damage", [b"", b"\x00" * 8192, "这不是数据库".encode() * 500, None],
                         ids=["empty", "zeroes", "text", "missing"])
def test_a_backup_is_restored_over_a_file_that_cannot_be_opened(made, damage):
    db, info = made
    location = db.location
    db.dispose()
    for extra in ("-wal", "-shm"):
        location.db_path.with_name(location.db_path.name + extra).unlink(missing_ok=True)
    if damage is None:
        location.db_path.unlink()
    else:
        location.db_path.write_bytes(damage)
    target = backup.database_to_restore_over(location)
    try:
        result = backup.restore_backup(target, info.path, BACKUP_PASS)
    finally:
        target.dispose()
    assert members_in(location.db_path) == 3
    if damage:
        assert result.kept_copy.read_bytes() == damage
    again = open_database(location)
    try:
        assert again.unwritable is None
    finally:
        again.dispose()
