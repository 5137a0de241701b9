"""On a PostgreSQL server the server's administrator backs up: no USB backup is ever reported overdue."""

from __future__ import annotations

from partydesk.services.backup import backup_status


def test_a_usb_backup_is_overdue_only_on_a_single_pc_database(db):
    status = backup_status(db)
    assert status.by_server is (not db.is_sqlite)
    assert status.usb_overdue is db.is_sqlite  # never backed up: overdue on SQLite, the server's job otherwise
