"""Restore a backup: verify everything first, keep the current database, then swap atomically."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from partydesk.config import Location
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.backup.container import BackupError
from partydesk.services.backup.create import (
    CHECK_AT_CREATION,
    BackupInfo,
    UnlockedBackup,
    check_restored,
    decrypt_payload,
    live_path,
    open_backup,
    secret_for,
)
from partydesk.services.backup.drive_read import drop_cache
from partydesk.services.backup.files import fsync_dir, fsync_file, snapshot, sweep_temps, temp_path
from partydesk.services.backup.status import LAST_LOCAL, LAST_USB
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.store import guard
from partydesk.store.base import utcnow
from partydesk.store.db import BUSY_TIMEOUT_MS, Database, make_engine
from partydesk.store.migrate import head_revision, known_revisions, upgrade
from partydesk.store.models import Setting
from partydesk.store.private import private_file
from partydesk.store.rules import unreadable_rows

KEPT_DIR = "backups"
WINDOW_LOCK = "partydesk.lock"  # the GUI's single-instance QLockFile in the data folder
SQLITE_HEADER = b"SQLite format 3\x00"



@dataclass(frozen=True)
class RestoreResult:
    """What was restored, where the replaced database was kept, and any migration done."""

    info: BackupInfo
    kept_copy: Path
    migrated_from: str | None


def _refuse_newer(info: BackupInfo, revision: str, path: Path) -> None:
    if revision != head_revision() and revision not in known_revisions():
        raise BackupError("newer_schema", path=path, revision=revision)


def _migrate(path: Path, revision: str) -> str | None:
    """Bring an older backup to this program's schema; returns the revision it had."""
    if revision == head_revision():
        return None
    temp_db = Database(make_engine(f"sqlite:///{path.as_posix()}"))
    try:
        upgrade(temp_db)
    finally:
        temp_db.dispose()
    return revision


def _refuse_unreadable(restored: Path, path: Path) -> None:
    """Rows the program could not read (an unknown status code, a date that is no date) never go live."""
    conn = sqlite3.connect(f"file:{restored.as_posix()}?mode=ro", uri=True)
    try:
        bad = unreadable_rows(conn)
    finally:
        conn.close()
    if bad:
        part, count = next(iter(bad.items()))
        raise BackupError("damaged_part", path=path, part=f"{part} ({count})")


def _check_needed(info: BackupInfo) -> str:
    """The SQLite check a restored file still needs.

    Its SHA-256 matched the header, which AES-GCM authenticates: the bytes are those of the
    snapshot that passed `info.checked` before it was encrypted, so running that check again
    proves nothing new. A header without that record gets the structural check here.
    """
    return "" if info.checked == CHECK_AT_CREATION else CHECK_AT_CREATION


def _connect_live(live: Path) -> sqlite3.Connection:
    """A connection to the live file with the pragmas every writer uses (WAL, FULL sync, busy wait)."""
    conn = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def _keep_current(conn: sqlite3.Connection, live: Path, now: datetime) -> Path:
    """Copy the current database under backups/ while holding the write lock (no commit falls in between)."""
    folder = live.parent / KEPT_DIR
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    kept = _free_name(folder, f"pre-restore-{now:%Y%m%d-%H%M%S}")
    conn.execute("BEGIN IMMEDIATE")  # waits for a writer already inside its transaction
    try:
        guard.stage_hook("locked")
        reader = sqlite3.connect(live)  # reads the last commit: none can follow while the lock is held
        try:
            with temp_path(folder, ".sqlite3") as partial:
                try:
                    snapshot(reader, partial)
                except sqlite3.DatabaseError:  # a damaged database: keep its bytes as they are, for rescue
                    _copy_as_is(live, partial)
                fsync_file(partial)
                os.replace(partial, kept)
                if Path(f"{partial}-wal").exists():
                    os.replace(f"{partial}-wal", f"{kept}-wal")
        finally:
            reader.close()
    finally:
        conn.execute("ROLLBACK")
    private_file(kept)
    fsync_dir(folder)
    return kept


def _is_database_file(live: Path) -> bool:
    """False for a file SQLite cannot open at all (its header is gone): not even the write lock can be taken."""
    try:
        with open(live, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return True  # SQLite makes a new one
    return header in (b"", SQLITE_HEADER)


def _keep_unopenable(live: Path, now: datetime) -> Path:
    """Copy a file SQLite cannot open aside as it is, then empty it so the restored pages can be written in.

    Nobody can write to such a file, and the restore marker keeps every writer out meanwhile.
    """
    folder = live.parent / KEPT_DIR
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    kept = _free_name(folder, f"pre-restore-{now:%Y%m%d-%H%M%S}")
    with temp_path(folder, ".sqlite3") as partial:
        _copy_as_is(live, partial)
        fsync_file(partial)
        os.replace(partial, kept)
        if Path(f"{partial}-wal").exists():
            os.replace(f"{partial}-wal", f"{kept}-wal")
    private_file(kept)
    fsync_dir(folder)
    for extra in ("-wal", "-shm"):
        Path(f"{live}{extra}").unlink(missing_ok=True)
    with open(live, "r+b") as file:
        file.truncate(0)
        os.fsync(file.fileno())
    return kept


def _copy_as_is(live: Path, target: Path) -> None:
    """The file and its WAL byte for byte (the write lock is held, so they belong together)."""
    shutil.copyfile(live, target)
    wal = Path(str(live) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(target) + "-wal"))


def _free_name(folder: Path, stem: str) -> Path:
    """folder/stem.sqlite3, or stem-2, stem-3...: a second restore in the same second keeps both copies."""
    candidate, number = folder / f"{stem}.sqlite3", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}.sqlite3"
    return candidate


def window_open_elsewhere(data_dir: Path) -> bool:
    """True when another process's window holds the data folder's lock (QLockFile: pid on line 1)."""
    try:
        pid = int((data_dir / WINDOW_LOCK).read_text(errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid() or not hasattr(os, "kill") or os.name == "nt":
        return False  # on Windows the open window makes os.replace fail instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap_in(db: Database, restored: Path, now: datetime) -> Path:
    """Write the restored pages into the live file through SQLite, keeping the current one aside.

    The live file is never replaced under an open connection (another process's connection would
    keep writing to the old file, and its close would delete the new file's WAL): SQLite's backup
    API copies the restored database in one write transaction, so every open connection simply
    sees the restored data. Writers are kept out by the restore marker (see store/guard.py).
    """
    live = live_path(db)
    if window_open_elsewhere(live.parent):
        raise BackupError("in_use")
    db.dispose()
    guard.stage_hook("marked")
    kept = None if _is_database_file(live) else _keep_unopenable(live, now)
    conn = _connect_live(live)
    try:
        kept = kept or _keep_current(conn, live, now)
        guard.stage_hook("kept")
        source = sqlite3.connect(f"file:{restored.as_posix()}?mode=ro", uri=True)  # never an empty new file
        try:
            source.backup(conn)  # one step: one transaction, all or nothing
        finally:
            source.close()
        guard.stage_hook("restored")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # best effort: fold the copied pages in now
    finally:
        conn.close()
    drop_cache(kept)  # nobody reads the replaced database now: give its memory back (old PCs have little)
    return kept


def _backup_times(db: Database) -> dict[str, str]:
    """When the last backups were made, from the current database; none when it cannot be read (restoring over
    an empty or damaged file)."""
    try:
        with db.read() as session:
            rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_([LAST_USB, LAST_LOCAL])))
            return dict(rows.all())
    except DBAPIError:
        db.dispose()
        return {}


def _carry_backup_times(session, carried: dict[str, str]) -> None:
    """The restored file is older than the backups made since; keep their times for the reminder."""
    for key, value in carried.items():
        setting = session.get(Setting, key) or Setting(key=key, value="null")
        if json.loads(setting.value or "null") is None or json.loads(value) > json.loads(setting.value):
            setting.value = value
            session.add(setting)


def database_to_restore_over(location: Location) -> Database:
    """The live database as the target of a restore only, opened without the checks that refused it at start.

    For a file that is empty, damaged or not a database at all: `restore_backup` keeps it aside as it is.
    """
    if location.db_path is None:
        raise BackupError("server_db")
    return Database(make_engine(location.db_url), location)


def restore_backup(
    db: Database,
    path: str | os.PathLike,
    passphrase: str | None = None,
    *,
    unlocked: UnlockedBackup | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the live database with a verified backup; the old one stays in backups/.

    `unlocked` is what `unlock_backup` returned for this file when its header was shown: the
    passphrase is not run through the KDF a second time.
    """
    require(db, Permission.RESTORE)
    path = Path(path)
    now = now or utcnow()
    live = live_path(db)
    with guard.restoring(live.parent):  # writers and a second restore are refused until the end
        sweep_temps(live.parent)
        secret = secret_for(db, passphrase)
        if unlocked is None or unlocked.info.path != path:
            unlocked = UnlockedBackup(*open_backup(path, secret))
        header, key = unlocked.info, unlocked.key
        carried = _backup_times(db)
        _refuse_newer(header, header.schema_revision, path)
        with temp_path(live.parent, ".sqlite3") as restored:
            info = decrypt_payload(path, secret, restored, progress, cancelled, key=key)
            fsync_file(restored)  # little is left to sync: the drive wrote while we decrypted
            revision = check_restored(restored, info, path, _check_needed(info))
            _refuse_newer(info, revision, path)
            migrated_from = _migrate(restored, revision)
            _refuse_unreadable(restored, path)
            if cancelled():
                raise OperationCancelled()
            guard.stage_hook("restore.checked")  # decrypted and checked beside the live file, not yet swapped
            kept = _swap_in(db, restored, now)
    db.unwritable = None  # whatever was wrong with the old file, the restored one passed its checks
    db.forget_office()
    with db.write() as session:
        _carry_backup_times(session, carried)
        audit.record(
            session, db.actor, "backup.restore", "backup", "",
            {"file": path.name, "created_at": info.created_at.isoformat(), "kept": kept.name},
        )
    return RestoreResult(info, kept, migrated_from)
