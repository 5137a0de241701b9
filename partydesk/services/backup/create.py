"""Making, opening and verifying a backup file: the snapshot, the keys, the checks, the header.

Local automatic generations live in <data_dir>/backups/auto/ and use the same encrypted
format, under a random key kept in <data_dir>/backup.key. That key sits next to the live
database, which is itself unencrypted there, so it adds no secrecy on this PC: it keeps one
format and one verify/restore path, and a stolen copy of the auto folder alone is useless.
Copies for a stick (`create_backup`) always need a passphrase.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from partydesk import __version__
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.backup import compression as zstd_payload
from partydesk.services.backup.container import (
    KIND_BACKUP,
    BackupError,
    Secret,
    Written,
    check_passphrase,
    derive_key,
    finish_container,
    new_kdf,
    open_container,
    write_container,
)
from partydesk.services.backup.fields import checked_metadata
from partydesk.services.backup.files import (
    EarlyWriteback,
    checked_and_closed,
    database_facts,
    read_only,
    readers_of_one_state,
    remove_quietly,
    snapshot,
    sweep_stale_partials,
    temp_path,
    write_atomically,
)
from partydesk.services.backup.status import LAST_USB
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.store import guard
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.models import Office, Setting
from partydesk.store.private import open_private

BACKUP_SUFFIX = ".pdbak"
AUTO_DIR = Path("backups") / "auto"
KEY_FILE = "backup.key"
AUTO_INTERVAL = timedelta(hours=3)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# zstd seldom shrinks a database more than this: the free space asked for before writing. A
# fuller stick is found out by the write itself, which leaves nothing behind.
COMPRESSED_AT_MOST = 8
CHECK_AT_CREATION = "quick_check"  # recorded in the header: the state the backup holds passed it



@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, from its (encrypted) header."""

    path: Path
    created_at: datetime
    office_name: str
    office_uuid: str
    program_version: str
    schema_revision: str
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0
    sha256: str = ""
    protection: str = "passphrase"
    checked: str = ""  # the SQLite check the snapshot passed when the backup was made


def live_path(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise BackupError("server_db")
    return db.path


def work_dir(db: Database | None) -> Path:
    """Where decrypted temporary files go: next to the live database (local disk), else the temp dir."""
    if db is not None and db.is_sqlite and db.path is not None:
        return db.path.parent
    return Path(tempfile.gettempdir())


def key_path(db: Database) -> Path:
    return live_path(db).parent / KEY_FILE


def auto_dir(db: Database) -> Path:
    return live_path(db).parent / AUTO_DIR


def local_key(db: Database, create: bool = False) -> bytes | None:
    """This installation's key for automatic backups (made on first use, owner-only)."""
    path = key_path(db)
    if path.exists():
        return path.read_bytes()
    if not create:
        return None
    key = os.urandom(32)
    with open_private(path, "xb") as out:
        out.write(key)
        out.flush()
        os.fsync(out.fileno())
    return key


def secret_for(db: Database | None, passphrase: str | None) -> Secret:
    return Secret(passphrase=passphrase or None, local_key=local_key(db) if db is not None and db.is_sqlite else None)


def info_of(path: Path, metadata: dict, kdf: dict) -> BackupInfo:
    office = checked_metadata(metadata, path).get("office") or {}
    return BackupInfo(
        path=Path(path),
        created_at=datetime.fromisoformat(metadata["created_at"]),
        office_name=office.get("name", ""),
        office_uuid=office.get("uuid", ""),
        program_version=metadata.get("program_version", ""),
        schema_revision=metadata.get("schema_revision", ""),
        counts=dict(metadata.get("counts", {})),
        size=int(metadata.get("size", 0)),
        sha256=metadata.get("sha256", ""),
        protection="local-key" if kdf.get("name") == "local-key" else "passphrase",
        checked=metadata.get("checked", ""),
    )


@dataclass(frozen=True)
class UnlockedBackup:
    """A backup whose passphrase was checked: its header, and its file key for the restore that may follow."""

    info: BackupInfo
    key: bytes = field(repr=False)


def unlock_backup(path: str | os.PathLike, passphrase: str | None = None, db: Database | None = None) -> UnlockedBackup:
    """Check the passphrase and read the header: what to show before asking to restore (one KDF run)."""
    return UnlockedBackup(*open_backup(Path(path), secret_for(db, passphrase)))


def read_backup_info(path: str | os.PathLike, passphrase: str | None = None, db: Database | None = None) -> BackupInfo:
    """The header of a backup (office, date, counts) after checking the passphrase; fast."""
    return unlock_backup(path, passphrase, db).info


def open_backup(path: Path, secret: Secret) -> tuple[BackupInfo, bytes]:
    """(header, file key): the key lets the caller decrypt without a second KDF run."""
    try:
        with open(path, "rb") as stream:
            opened = open_container(stream, path, secret, KIND_BACKUP)
    except OSError as error:
        raise BackupError("read_error", path=path, detail=error.strerror or str(error)) from error
    return info_of(path, opened.metadata, opened.kdf), opened.key


def decrypt_payload(
    path: Path, secret: Secret, target: Path, progress: Progress, cancelled: Cancelled, key: bytes | None = None
) -> BackupInfo:
    """Decrypt a backup's database into target (the final fsync is the caller's), checking size and SHA-256."""
    try:
        with open(path, "rb") as stream, open(target, "wb") as raw:
            opened = open_container(stream, path, secret, KIND_BACKUP, key=key)
            info = info_of(path, opened.metadata, opened.kdf)
            out, done = EarlyWriteback(raw), 0
            try:
                for chunk in opened.chunks(cancelled):
                    out.write(chunk)
                    done += len(chunk)
                    progress(done, max(info.size, done))
            finally:
                out.close_writeback()
            sha256 = opened.payload_sha256()
    except OSError as error:
        raise BackupError("read_error", path=path, detail=error.strerror or str(error)) from error
    if sha256 != info.sha256 or done != info.size:
        raise BackupError("content_mismatch", path=path)
    return info


def check_restored(path: Path, info: BackupInfo, source: Path, check_kind: str = "integrity_check") -> str:
    """Integrity (unless check_kind is "") and row counts of a decrypted database; returns its schema revision."""
    check, revision, counts = database_facts(path, check_kind)
    if check != ("ok" if check_kind else ""):  # without a check, any text is SQLite's error
        raise BackupError("damaged", path=source)
    if revision is None:
        raise BackupError("not_partydesk_db", path=source)
    if counts != info.counts:
        raise BackupError("content_mismatch", path=source)
    return revision


def verify_backup(
    path: str | os.PathLike,
    passphrase: str | None = None,
    db: Database | None = None,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BackupInfo:
    """Full check of a backup file: decrypt, SHA-256, integrity_check, row counts."""
    path = Path(path)
    with temp_path(work_dir(db), ".sqlite3") as plain:
        info = decrypt_payload(path, secret_for(db, passphrase), plain, progress, cancelled)
        check_restored(plain, info, path)
    return info


def _office(db: Database) -> dict:
    with db.read() as session:
        office = session.scalar(select(Office).where(Office.is_local.is_(True)))
        return {"uuid": office.uuid, "name": office.name} if office else {"uuid": "", "name": ""}


def write_backup(
    db: Database, target: Path, secret: Secret, progress: Progress, cancelled: Cancelled, now: datetime
) -> BackupInfo:
    """Snapshot, encrypt to `<target>.partial`, read back and check, then rename to target."""
    live = live_path(db)
    if guard.restore_in_progress(live.parent):  # it would copy the database the restore is replacing
        raise guard.refusal_in_progress(live.parent)
    kdf = new_kdf(secret)
    with temp_path(live.parent, ".sqlite3") as snap, ThreadPoolExecutor(max_workers=2) as pool:  # pool ends first
        key_job = pool.submit(derive_key, kdf, secret, target)  # the KDF runs while we copy and encrypt
        office = pool.submit(_office, db)
        early = zstd_payload.worth_compressing(live, live.stat().st_size)  # a guess: recent pages may be in the WAL
        source, *checker = readers_of_one_state(live, 2 if early else 1)
        # An O(N) structure check of the very state copied, so a damaged database never replaces
        # good generations (`verify_backup` runs the full one). Beside the copy when the payload will
        # be compressed (the CPU is busy after it); else beside the encryption, which waits on the drive.
        integrity = pool.submit(checked_and_closed, checker[0], CHECK_AT_CREATION) if checker else None
        try:
            snapshot(source, snap)
        finally:
            source.close()
        guard.stage_hook("backup.snapshot")
        if integrity is None:
            integrity = pool.submit(checked_and_closed, read_only(snap), CHECK_AT_CREATION)
        _, revision, counts = database_facts(snap, check="")
        size = snap.stat().st_size
        compress = zstd_payload.worth_compressing(snap, size)
        metadata = {
            "format": "partydesk-backup",
            "program_version": __version__,
            "schema_revision": revision or "",
            "office": office.result(),
            "created_at": now.isoformat(),
            "counts": counts,
            "size": size,
            "checked": CHECK_AT_CREATION,
        }
        total = 2 * size

        halfway = _once_past(size // 2, "backup.half-written")

        def write(out) -> Written:
            def encrypting(done: int, _total: int) -> None:
                halfway(done)
                progress(done, total)

            with open(snap, "rb") as plain:
                written = write_container(out, KIND_BACKUP, kdf, metadata, plain, size, encrypting, cancelled, compress)
            pool.submit(remove_quietly, snap)  # read and sealed (a check of it has it open); a big file frees slowly
            return written

        def verify(partial: Path, written: Written) -> str:
            guard.stage_hook("backup.written")  # complete and synced, not yet checked nor renamed
            sha256 = finish_container(
                partial,
                KIND_BACKUP,
                written,
                key_job.result,
                metadata,
                lambda d, t: progress(size + size * d // t, total),
                cancelled,
            )
            check = integrity.result()
            if check != "ok":
                raise BackupError("live_damaged", detail=check.splitlines()[0])
            return sha256

        need = size // COMPRESSED_AT_MOST if compress else size + size // 50
        sha256 = write_atomically(target, need + (1 << 16), write, verify)
    return info_of(target, {**metadata, "sha256": sha256}, kdf)


def _once_past(mark: int, step: str) -> Callable[[int], None]:
    """A progress watcher that passes `step` to the test hook once, when `done` first reaches mark."""
    passed = False

    def watch(done: int) -> None:
        nonlocal passed
        if not passed and done >= mark:
            passed = True
            guard.stage_hook(step)

    return watch


def _note(db: Database, key: str, info: BackupInfo, now: datetime) -> None:
    """Remember when the last backup of this kind was made, with an audit event."""
    with db.write() as session:
        setting = session.get(Setting, key) or Setting(key=key)
        setting.value = f'"{now.isoformat()}"'
        session.add(setting)
        audit.record(
            session,
            db.actor,
            "backup.create",
            "backup",
            "",
            {"kind": "usb" if key == LAST_USB else "local", "file": info.path.name, "sha256": info.sha256},
        )


def create_backup(
    db: Database,
    target: str | os.PathLike,
    passphrase: str,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    now: datetime | None = None,
) -> BackupInfo:
    """An encrypted, verified backup at target (a file name or a folder, e.g. the stick)."""
    require(db, Permission.BACKUP)
    check_passphrase(passphrase)
    now = now or utcnow()
    target = Path(target)
    if target.is_dir():
        target = target / default_name(db, now)
    sweep_stale_partials(target.parent, BACKUP_SUFFIX)  # left by a stick pulled out last time
    info = write_backup(db, target, Secret(passphrase=passphrase), progress, cancelled, now)
    guard.stage_hook("backup.replaced")  # in place and synced; not yet noted in the database
    _note(db, LAST_USB, info, now)
    return info


def default_name(db: Database, now: datetime) -> str:
    name = "".join(c for c in _office(db)["name"] if c not in '\\/:*?"<>|').strip() or "partydesk"
    return f"{name}-{now:%Y%m%d-%H%M}{BACKUP_SUFFIX}"
