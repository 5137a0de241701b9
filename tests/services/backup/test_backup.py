"""Backups: create, verify, restore, automatic generations, status."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import backup, offices
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import generations as backup_generations
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup import status as backup_status
from partydesk.services.common import OperationCancelled

from ..helpers import add_member, table_counts

PASS = "correct horse battery"
NOW = datetime(2026, 11, 26, 9, 0)


pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.sqlite_only]  # database files


@pytest.fixture
def filled(db, branch_uuid):
    for i in range(5):
        add_member(db, branch_uuid, name="成员" + "甲乙丙丁戊"[i])
    return db


def test_backup_round_trip_restores_exactly_what_was_saved(filled, branch_uuid, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    info = backup.create_backup(filled, stick, PASS, now=NOW)
    assert info.path.parent == stick and info.path.suffix == ".pdbak"
    assert info.counts["member"] == 5 and info.office_name == "测试社区党委"
    assert not list(stick.glob("*.partial"))
    saved = table_counts(filled)
    add_member(filled, branch_uuid, name="后来者")

    result = backup_restore.restore_backup(filled, info.path, PASS, now=NOW)

    after = table_counts(filled)
    assert after["member"] == 5
    assert after["audit_event"] == info.counts["audit_event"] + 1  # the restore itself is audited
    del after["audit_event"], saved["audit_event"]
    assert after == saved
    assert result.kept_copy.exists() and result.migrated_from is None
    kept = sqlite3.connect(result.kept_copy)
    assert kept.execute("SELECT count(*) FROM member").fetchone()[0] == 6
    kept.close()
    assert offices.local_office(filled).name == "测试社区党委"


def test_the_replaced_database_gives_its_cached_pages_back(filled, tmp_path, monkeypatch):
    info = backup.create_backup(filled, tmp_path / "a.pdbak", PASS, now=NOW)
    dropped = []
    monkeypatch.setattr(backup_restore, "drop_cache", dropped.append)
    result = backup_restore.restore_backup(filled, info.path, PASS, now=NOW)
    assert dropped == [result.kept_copy]


def test_header_is_encrypted_and_says_what_the_backup_holds(filled, tmp_path):
    info = backup.create_backup(filled, tmp_path / "a.pdbak", PASS, now=NOW)
    raw = info.path.read_bytes()
    assert "测试社区党委".encode() not in raw and b"member" not in raw
    header = backup.read_backup_info(info.path, PASS)
    assert header.counts == info.counts and header.created_at == NOW
    assert header.schema_revision and header.sha256 == info.sha256
    assert backup.verify_backup(info.path, PASS, filled).sha256 == info.sha256


def test_large_database_spans_many_encrypted_chunks(db, branch_uuid, tmp_path):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(3000000))")
    info = backup.create_backup(db, tmp_path / "big.pdbak", PASS)
    assert info.size > 3 * backup_format.CHUNK_SIZE
    assert backup.verify_backup(info.path, PASS, db).size == info.size


def test_progress_reaches_the_end_and_cancel_leaves_nothing(filled, tmp_path):
    seen = []
    backup.create_backup(filled, tmp_path / "p.pdbak", PASS, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    target = tmp_path / "c.pdbak"
    with pytest.raises(OperationCancelled):
        backup.create_backup(filled, target, PASS, cancelled=lambda: True)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def test_short_passphrase_and_viewer_role_are_refused(filled, tmp_path):
    with pytest.raises(ValidationError) as error:
        backup.create_backup(filled, tmp_path / "x.pdbak", "short")
    assert error.value.field == "passphrase"
    filled.actor = Actor("guest", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        backup.create_backup(filled, tmp_path / "x.pdbak", PASS)
    assert not list(tmp_path.glob("*.pdbak*"))


def test_status_tracks_usb_and_local_backups_and_overdue(filled, tmp_path):
    status = backup_status.backup_status(filled, NOW)
    assert status.last_usb_at is None and status.usb_overdue
    backup.create_backup(filled, tmp_path / "u.pdbak", PASS, now=NOW)
    assert not backup_status.backup_status(filled, NOW + timedelta(days=6)).usb_overdue
    assert backup_status.backup_status(filled, NOW + timedelta(days=8)).usb_overdue
    backup_generations.auto_backup(filled, NOW)
    assert backup_status.backup_status(filled, NOW).last_local_at == NOW


def test_auto_backup_respects_interval_and_lists_generations(filled):
    first = backup_generations.auto_backup(filled, NOW)
    assert first is not None and first.protection == "local-key"
    assert backup_generations.auto_backup(filled, NOW + timedelta(hours=1)) is None
    second = backup_generations.auto_backup(filled, NOW + timedelta(hours=4))
    listed = backup_generations.list_backups(filled)
    assert [b.path for b in listed] == [second.path, first.path]
    assert listed[0].info.counts["member"] == 5
    key = backup.key_path(filled)
    assert oct(key.stat().st_mode & 0o777) == "0o600"


def test_auto_backup_restores_without_a_passphrase(filled, branch_uuid):
    info = backup_generations.auto_backup(filled, NOW)
    add_member(filled, branch_uuid, name="后来者")
    backup_restore.restore_backup(filled, info.path, now=NOW)
    assert table_counts(filled)["member"] == 5


def test_generations_keep_daily_weekly_monthly():
    stamps = [datetime(2025, 1, 1) + timedelta(hours=6 * i) for i in range(4 * 500)]
    keep = backup_generations.keep_generations(stamps)
    newest = max(stamps)
    days = {s.date() for s in keep if newest - s < timedelta(days=7)}
    assert len(days) == 7
    assert len({(s.year, s.month) for s in keep}) == 12
    assert len(keep) <= 7 + 4 + 12 and newest in keep


def test_prune_removes_old_auto_files(filled):
    for day in range(40):
        backup_generations.auto_backup(filled, NOW + timedelta(days=day))
    files = list(backup.auto_dir(filled).glob("auto-*.pdbak"))
    assert 7 <= len(files) <= 7 + 4 + 2


def test_older_schema_backup_is_migrated_on_restore(filled, tmp_path, monkeypatch):
    info = backup.create_backup(filled, tmp_path / "old.pdbak", PASS)
    monkeypatch.setattr(backup_restore, "head_revision", lambda: "0002_future")
    migrated = []
    monkeypatch.setattr(backup_restore, "upgrade", lambda db: migrated.append(db))
    result = backup_restore.restore_backup(filled, info.path, PASS)
    assert result.migrated_from == info.schema_revision and len(migrated) == 1
