"""Every fault gets a clear message; the live database and the previous backup stay intact."""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
import time

import pytest

from partydesk.services import backup
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import create as backup_create
from partydesk.services.backup import files as backup_files
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup.container import BackupError

from ..helpers import BACKUP_PASS as PASS
from ..helpers import add_member, table_counts

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.sqlite_only]  # database files


def restore_refused(db, path, passphrase=PASS) -> BackupError:
    before = table_counts(db)
    with pytest.raises(BackupError) as error:
        backup_restore.restore_backup(db, path, passphrase)
    assert table_counts(db) == before
    assert not list(db.path.parent.glob(backup_files.TEMP_PREFIX + "*"))
    return error.value


def mutated(info, tmp_path, change) -> str:
    data = bytearray(info.path.read_bytes())
    data = change(data)
    path = tmp_path / "bad.pdbak"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("keep", [10, 40, 300, 5000, 1_200_000, -16, -1])
def test_truncated_file_is_refused(made, tmp_path, keep):
    db, info = made
    path = mutated(info, tmp_path, lambda d: d[:keep])
    error = restore_refused(db, path)
    assert error.key in ("truncated", "damaged")
    with pytest.raises(BackupError):
        backup.verify_backup(path, PASS, db)


def test_file_cut_at_a_chunk_boundary_says_incomplete(made, tmp_path):
    db, info = made
    data = info.path.read_bytes()
    with open(info.path, "rb") as stream:
        opened = backup_format.open_container(stream, info.path, backup_format.Secret(PASS), 1)
        start = stream.tell()
    boundary = start + 4 + backup_format.CHUNK_SIZE + backup_format.TAG
    path = tmp_path / "cut.pdbak"
    path.write_bytes(data[:boundary])
    assert opened.metadata["size"] > backup_format.CHUNK_SIZE
    assert restore_refused(db, path).key == "truncated"


@pytest.mark.parametrize("where", ["magic", "version", "public", "checksum", "meta", "body", "tag", "last"])
def test_one_flipped_byte_is_refused(made, tmp_path, where):
    db, info = made
    size = info.path.stat().st_size
    offsets = {"magic": 2, "version": 8, "public": 30, "checksum": 200, "meta": 300,
               "body": size // 2, "tag": size - 3, "last": size - 40}

    def flip(data):
        data[offsets[where]] ^= 0x01
        return data

    error = restore_refused(db, mutated(info, tmp_path, flip))
    expected = {"magic": "not_container", "version": "newer_format"}.get(where, "damaged")
    assert error.key == expected, str(error)


def test_wrong_passphrase_is_named_as_such(made):
    db, info = made
    error = restore_refused(db, info.path, "not the passphrase")
    assert error.key == "wrong_passphrase" and "passphrase" in str(error).lower()


def test_missing_passphrase_asks_for_one(made):
    db, info = made
    assert restore_refused(db, info.path, None).key == "passphrase_needed"


@pytest.mark.parametrize("content", [b"", b"hello world", b"SQLite format 3\x00" + bytes(2000), bytes(5000)])
def test_not_a_backup_is_refused(made, tmp_path, content):
    db, _ = made
    path = tmp_path / "other.pdbak"
    path.write_bytes(content)
    assert restore_refused(db, path).key == "not_container"


def test_transfer_package_is_not_a_backup(made, tmp_path):
    db, info = made
    data = bytearray(info.path.read_bytes())
    data[10] = backup_format.KIND_TRANSFER
    path = tmp_path / "pkg.pdbak"
    path.write_bytes(bytes(data))
    assert restore_refused(db, path).key == "wrong_kind"


def test_backup_from_a_newer_schema_is_refused(made, tmp_path):
    db, _ = made
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    newer = backup.create_backup(db, tmp_path / "newer.pdbak", PASS)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num=?", (newer_revision_fix(),))
    error = restore_refused(db, newer.path)
    assert error.key == "newer_schema" and "9999_future" in str(error)


def newer_revision_fix() -> str:
    from partydesk.store.migrate import head_revision

    return head_revision()


class FailingFile(io.FileIO):
    """A file whose writes fail with `code` after `budget` bytes (full disk, pulled stick)."""

    budget = 0
    code = errno.EIO

    def write(self, data):
        if FailingFile.budget < len(data):
            raise OSError(FailingFile.code, __import__("os").strerror(FailingFile.code))
        FailingFile.budget -= len(data)
        return super().write(data)


def failing_open(budget: int, code: int):
    real_open = builtins.open

    def fake(path, mode="r", *args, **kwargs):
        if "w" in mode and str(path).endswith(".partial"):
            FailingFile.budget, FailingFile.code = budget, code
            return FailingFile(path, "w")
        return real_open(path, mode, *args, **kwargs)

    return fake


@pytest.mark.parametrize(
    ("code", "key", "budget"),
    [
        (errno.ENOSPC, "disk_full", 1_500_000),
        (errno.EIO, "io_error", 1_500_000),
        (errno.ENODEV, "io_error", 100),
        (errno.EROFS, "read_only", 0),
        (errno.EFBIG, "too_big", 2_000_000),
    ],
)
def test_write_failure_keeps_previous_backup_and_leaves_no_partial(made, monkeypatch, code, key, budget):
    db, info = made
    previous = info.path.read_bytes()
    monkeypatch.setattr(backup_files, "open", failing_open(budget, code), raising=False)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path, PASS)
    assert error.value.key == key
    assert info.path.read_bytes() == previous
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    assert backup.verify_backup(info.path, PASS, db).sha256 == info.sha256


def pulled_out(*args):
    raise OSError(errno.EIO, os.strerror(errno.EIO))


def fails_as_pulled_out_and_keeps_the_previous_backup(made) -> None:
    db, info = made
    previous = info.path.read_bytes()
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path, PASS)
    assert error.value.key == "io_error"
    assert info.path.read_bytes() == previous
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_a_stick_that_fails_while_syncing_in_the_background_keeps_the_previous_backup(made, monkeypatch):
    syncs = []

    def second_sync_fails(fd):
        syncs.append(fd)
        if len(syncs) == 2:
            pulled_out()

    monkeypatch.setattr(backup_files.EarlyWriteback, "STEP", 256 * 1024)
    monkeypatch.setattr(backup_files, "_datasync", second_sync_fails)
    fails_as_pulled_out_and_keeps_the_previous_backup(made)


def test_a_stick_pulled_out_while_the_header_is_written_keeps_the_previous_backup(made, monkeypatch):
    monkeypatch.setattr(backup_format, "_write_synced_at", pulled_out)
    fails_as_pulled_out_and_keeps_the_previous_backup(made)


class InlineSyncer:
    """A stand-in for the sync thread that runs each job when handed it: no dependence on scheduling."""

    def busy(self) -> bool:
        return False

    def run(self, job, *args) -> None:
        job(*args)

    def close(self) -> None:
        pass


def test_the_drive_is_written_while_the_backup_is_encrypted(made, monkeypatch):
    db, info = made
    step = 256 * 1024
    synced_at, final = [], []
    monkeypatch.setattr(backup_files.EarlyWriteback, "STEP", step)
    monkeypatch.setattr(backup_files.EarlyWriteback, "SYNCER", InlineSyncer)
    monkeypatch.setattr(backup_files, "_datasync", lambda fd: synced_at.append(os.lseek(fd, 0, os.SEEK_CUR)))
    real_fsync = os.fsync
    monkeypatch.setattr(backup_files.os, "fsync", lambda fd: final.append(os.lseek(fd, 0, os.SEEK_END))
                        or real_fsync(fd))
    backup.create_backup(db, info.path, PASS)
    size = info.path.stat().st_size
    # a sync job is handed over at each step of written data, long before the end...
    assert len(synced_at) >= 3 and synced_at == sorted(synced_at)
    assert all(b - a >= step for a, b in zip(synced_at, synced_at[1:], strict=False))
    assert synced_at[0] < size // 2
    # ...and the final fsync covers the rest of the file
    assert size in final


def test_read_only_folder_is_reported(made, monkeypatch):
    db, info = made

    def refuse(path, mode="r", *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(backup_files, "open", refuse, raising=False)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path.parent / "new.pdbak", PASS)
    assert error.value.key == "read_only" and "read-only" in str(error.value)


def test_too_little_free_space_is_refused_before_writing(made, monkeypatch):
    db, info = made
    monkeypatch.setattr(backup_files.shutil, "disk_usage", lambda p: type("U", (), {"free": 1000})())
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path.parent / "new.pdbak", PASS)
    assert error.value.key == "disk_full"
    assert not (info.path.parent / "new.pdbak").exists()


def test_missing_folder_says_plug_the_stick(made, tmp_path):
    db, _ = made
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, tmp_path / "gone" / "x.pdbak", PASS)
    assert error.value.key == "no_folder"


def test_corrupt_live_database_is_not_backed_up(made, monkeypatch):
    db, info = made
    def damaged(conn, check):
        conn.close()
        return "*** in database main ***\nPage 7 is never used"

    monkeypatch.setattr(backup_create, "checked_and_closed", damaged)
    previous = info.path.read_bytes()
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path, PASS)
    assert error.value.key == "live_damaged"
    assert info.path.read_bytes() == previous


def test_restore_failure_after_verification_keeps_live_database(made, monkeypatch, branch_uuid):
    db, info = made
    add_member(db, branch_uuid, name="后来者")
    before = table_counts(db)

    def boom(*args):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(backup_restore.os, "replace", boom)
    with pytest.raises(OSError):
        backup_restore.restore_backup(db, info.path, PASS)
    assert table_counts(db) == before
    conn = sqlite3.connect(db.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_really_full_drive_keeps_previous_backup(made, small_drive, monkeypatch):
    db, info = made
    previous = small_drive / "office.pdbak"
    previous.write_bytes(b"previous")
    monkeypatch.setattr(backup_files.shutil, "disk_usage", lambda p: type("U", (), {"free": 1 << 40})())
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, previous, PASS)
    assert error.value.key == "disk_full"
    assert previous.read_bytes() == b"previous" and sorted(p.name for p in small_drive.iterdir()) == ["office.pdbak"]


def test_really_read_only_drive_is_reported(made, small_drive):
    import subprocess

    db, _ = made
    subprocess.run(["mount", "-o", "remount,ro", str(small_drive)], check=True)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, small_drive / "office.pdbak", PASS)
    assert error.value.key == "read_only"


def test_restore_refuses_while_a_window_elsewhere_has_the_database(made, tmp_path):
    import subprocess
    import sys

    db, info = made
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (db.path.parent / backup_restore.WINDOW_LOCK).write_text(f"{sleeper.pid}\npartydesk\nhost\n")
        assert restore_refused(db, info.path).key == "in_use"
    finally:
        sleeper.kill()
        sleeper.wait()
    backup_restore.restore_backup(db, info.path, PASS)  # a stale lock does not block


def test_half_files_a_pulled_stick_left_last_time_are_swept_but_not_a_fresh_one(made):
    db, info = made
    stick = info.path.parent
    stale, fresh = stick / "old.pdbak.partial", stick / "running.pdbak.partial"
    other = stick / "notes.txt.partial"  # not ours: never touched
    for path in (stale, fresh, other):
        path.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    backup.create_backup(db, stick, PASS)
    assert not stale.exists() and fresh.exists() and other.exists()


@pytest.fixture
def full_data_disk(tmp_path):
    """A data folder on a small tmpfs with a 1.5 MB database and 300 KB left free: no room for a snapshot."""
    import os
    import subprocess

    from partydesk.config import resolve
    from partydesk.services import offices
    from partydesk.store.migrate import open_database

    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    db = open_database(resolve(mount / "data"))
    offices.init_office(db, "测试社区党委")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(1500000))")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
    (mount / "ballast").write_bytes(b"\0" * (free - 300_000))
    yield db
    db.dispose()
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def leftovers(db) -> list[str]:
    folder = db.path.parent
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith(backup_files.TEMP_PREFIX)
                  or p.name.endswith((".partial", ".pdbak")))


def test_a_full_data_disk_during_backup_create_is_a_message_and_leaves_nothing(full_data_disk, tmp_path):
    db = full_data_disk
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, stick / "office.pdbak", PASS)
    assert error.value.key == "disk_full" and str(db.path.parent) in str(error.value)
    assert leftovers(db) == [] and list(stick.iterdir()) == []


def test_a_full_data_disk_during_backup_auto_is_a_message_and_leaves_nothing(full_data_disk):
    db = full_data_disk
    with pytest.raises(BackupError) as error:
        backup.auto_backup(db)
    assert error.value.key == "disk_full"
    assert leftovers(db) == []
