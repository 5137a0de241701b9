"""Opening the store: damaged files refuse writes, empty files and unwritable folders are named, files are private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from partydesk.config import resolve
from partydesk.domain.errors import DatabaseRefused
from partydesk.services import offices
from partydesk.store import soundness
from partydesk.store.migrate import open_database

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def filled_location(tmp_path):
    location = resolve(tmp_path / "data")
    db = open_database(location)
    offices.init_office(db, "测试社区党委")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler SELECT randomblob(3000) FROM (WITH RECURSIVE n(i) AS "
                             "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) SELECT i FROM n)")
    db.dispose()
    return location


def damage(path, offset: int = 40 * 4096) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(b"\xa5" * 4096)


def test_a_database_that_fails_quick_check_opens_for_reading_but_refuses_every_write(tmp_path):
    location = filled_location(tmp_path)
    damage(location.db_path)
    db = open_database(location)
    try:
        assert db.unwritable and "damaged" in db.unwritable and "backup restore" in db.unwritable
        assert offices.local_office(db).name == "测试社区党委"  # reading to rescue still works
        with pytest.raises(DatabaseRefused, match="damaged"):
            offices.create_branch(db, "第二党支部")
    finally:
        db.dispose()


def test_a_sound_database_is_checked_once_per_size_and_time(tmp_path, monkeypatch):
    location = filled_location(tmp_path)
    open_database(location).dispose()
    calls = []
    monkeypatch.setattr(soundness, "quick_check", lambda path: calls.append(path) or "ok")
    db = open_database(location)
    db.dispose()
    assert calls == [] and db.unwritable is None


def test_a_file_damaged_after_a_good_check_is_caught_when_its_size_or_time_changes(tmp_path):
    location = filled_location(tmp_path)
    open_database(location).dispose()
    damage(location.db_path)
    os.utime(location.db_path, ns=(1, 1))
    db = open_database(location)
    db.dispose()
    assert db.unwritable is not None


def test_a_zero_byte_database_is_called_empty_not_given_a_new_schema(tmp_path):
    location = resolve(tmp_path / "data")
    location.data_dir.mkdir(parents=True)
    location.db_path.write_bytes(b"")
    with pytest.raises(DatabaseRefused, match="empty"):
        open_database(location)
    assert location.db_path.stat().st_size == 0


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_data_folder_is_named_with_its_cause(tmp_path):
    location = filled_location(tmp_path)
    os.chmod(location.data_dir, 0o500)
    try:
        with pytest.raises(DatabaseRefused) as refused:
            open_database(location)
    finally:
        os.chmod(location.data_dir, 0o700)
    assert str(location.data_dir) in str(refused.value) and "write permission" in str(refused.value)


@posix_only
def test_a_data_folder_on_a_read_only_drive_is_named_with_its_cause(tmp_path):
    mount = tmp_path / "ro"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a tmpfs")
    try:
        location = filled_location(mount)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        with pytest.raises(DatabaseRefused) as refused:
            open_database(location)
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
    assert str(location.data_dir) in str(refused.value) and "read-only" in str(refused.value)


@posix_only
def test_a_new_data_folder_and_its_database_are_private(tmp_path):
    location = resolve(tmp_path / "data")
    db = open_database(location)
    offices.init_office(db, "测试社区党委")
    try:
        assert stat.S_IMODE(location.data_dir.stat().st_mode) == 0o700
        for suffix in ("", "-wal", "-shm"):
            path = location.db_path.with_name(location.db_path.name + suffix)
            if path.exists():
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, suffix
        assert db.notices == []
    finally:
        db.dispose()


@posix_only
def test_an_open_data_folder_is_tightened_and_the_user_told_once(tmp_path):
    location = filled_location(tmp_path)
    os.chmod(location.data_dir, 0o755)
    os.chmod(location.db_path, 0o644)
    first = open_database(location)
    first.dispose()
    second = open_database(location)
    second.dispose()
    assert len(first.notices) == 1 and str(location.data_dir) in first.notices[0] and second.notices == []
    assert stat.S_IMODE(location.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(location.db_path.stat().st_mode) == 0o600


def test_a_damaged_or_empty_database_can_be_restored_from_a_backup(tmp_path, fast_kdf):
    from partydesk.services import backup

    location = filled_location(tmp_path)
    db = open_database(location)
    saved = backup.create_backup(db, tmp_path, "correct horse battery")
    db.dispose()
    damage(location.db_path)
    damaged_db = open_database(location)
    try:
        backup.restore_backup(damaged_db, saved.path, "correct horse battery")
        offices.create_branch(damaged_db, "恢复后可写")  # writable again
    finally:
        damaged_db.dispose()
    location.db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        location.db_path.with_name(location.db_path.name + suffix).unlink(missing_ok=True)
    empty_db = open_database(location, rescue=True)
    try:
        backup.restore_backup(empty_db, saved.path, "correct horse battery")
        assert offices.local_office(empty_db).name == "测试社区党委"
    finally:
        empty_db.dispose()
    again = open_database(location)
    again.dispose()
    assert again.unwritable is None


def test_a_start_after_a_clean_close_does_not_check_again(tmp_path, monkeypatch):
    location = filled_location(tmp_path)
    db = open_database(location)
    offices.create_branch(db, "第二党支部")  # the file changes...
    db.dispose()  # ...and is remembered as sound when closed
    monkeypatch.setattr(soundness, "quick_check", lambda path: pytest.fail("checked again"))
    open_database(location).dispose()
