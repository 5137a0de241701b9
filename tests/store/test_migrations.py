"""The store opens safely: migrations from empty, pragmas, refusal of newer or removable databases."""

from __future__ import annotations

import sqlite3

import pytest

from partydesk.config import resolve
from partydesk.domain.errors import DatabaseRefused
from partydesk.store import db as store_db
from partydesk.store import location
from partydesk.store.migrate import current_revision, head_revision, open_database


def test_upgrade_from_empty_reaches_head(tmp_path):
    db = open_database(resolve(tmp_path))
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"member", "activity", "attendance", "service_entry", "talk", "audit_event"} <= tables
    db.dispose()


def test_schema_head_constant_names_the_newest_migration():
    from partydesk.store.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_pragmas_on_every_connection(tmp_path):
    db = open_database(resolve(tmp_path))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == store_db.BUSY_TIMEOUT_MS
    db.dispose()


def test_newer_database_is_refused_and_untouched(tmp_path):
    db = open_database(resolve(tmp_path))
    path = db.path
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="newer version"):
        open_database(resolve(tmp_path))
    assert path.read_bytes() == before


def test_safety_copy_before_migrating(tmp_path, monkeypatch):
    db = open_database(resolve(tmp_path))
    db.dispose()
    with sqlite3.connect(tmp_path / "partydesk.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    monkeypatch.setattr("partydesk.store.migrate.SCHEMA_HEAD", "0002_pretend")
    monkeypatch.setattr("partydesk.store.migrate.head_revision", lambda: "0002_pretend")
    monkeypatch.setattr("partydesk.store.migrate.known_revisions", lambda: {"0001", "0002_pretend"})
    monkeypatch.setattr("alembic.command.upgrade", lambda config, target: None)
    open_database(resolve(tmp_path)).dispose()
    copies = list((tmp_path / "backups").glob("pre-migration-0001-*.sqlite3"))
    assert len(copies) == 1


@pytest.mark.parametrize("problem, words", [("removable", "removable drive"), ("network", "network drive")])
def test_live_database_refused_on_removable_or_network_drive(tmp_path, monkeypatch, problem, words):
    monkeypatch.setattr(store_db, "drive_problem", lambda path: problem)
    with pytest.raises(DatabaseRefused, match=words):
        open_database(resolve(tmp_path / "stick"))
    assert not (tmp_path / "stick").exists()


def test_mount_detection_reads_proc_mounts(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sdb1 /media/clerk/U\\040DISK vfat rw 0 0\nserver:/x /mnt/share nfs rw 0 0\n")
    real_path = location.Path

    def fake_path(value, *rest):
        return real_path(mounts) if str(value) == "/proc/mounts" else real_path(value, *rest)

    monkeypatch.setattr(location, "Path", fake_path)
    monkeypatch.setattr(location, "_existing_ancestor", lambda path: path)
    assert location.linux_drive_problem(real_path("/mnt/share/partydesk")) == "network"
    assert location.linux_drive_problem(real_path("/media/clerk/U DISK/data")) == "removable"
    assert location.linux_drive_problem(real_path("/home/clerk/data")) is None


def test_the_tests_never_see_a_database_url_from_the_environment():
    import os

    assert "PARTYDESK_DB_URL" not in os.environ
    assert "PARTYDESK_DATA_DIR" in os.environ  # a temporary folder of this test
