"""Before opening for writing: is the data folder writable, the file non-empty and structurally sound?

`PRAGMA quick_check` reads every page once (0.2-0.35 s on a 150 MB roster, 10 s on a 1.6 GB
one here); its "ok" is kept per file size and modification time in `QUICK_CHECK_CACHE`, and
renewed when the program closes a sound file, so a start after a clean close does not check again.
A damaged database still opens for reading (to rescue what can be read) but refuses every write.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path

from partydesk.domain.errors import DatabaseRefused
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.store.private import private_file

QUICK_CHECK_CACHE = "quick-check.json"

EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Database",
    "The database file {path} is empty (0 bytes): it is damaged or was cut short, and holds no records. "
    "Restore your newest backup (partydesk backup restore <file>), or move the empty file away to start afresh.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} is damaged ({detail}); nothing will be written to it. Restore your newest backup "
    "(partydesk backup restore <file>, or Backup > Restore in the window); partydesk doctor shows the details. "
    "Reading to rescue records still works.",
)
FOLDER_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Database",
    "The data folder {path} cannot be written to ({cause}). The database needs a folder it may write in: "
    "give your account write permission on it, or start with --data-dir pointing to another folder.",
)
CAUSE_READ_ONLY_DRIVE = QT_TRANSLATE_NOOP("Database", "the drive is mounted read-only")
CAUSE_NO_PERMISSION = QT_TRANSLATE_NOOP("Database", "your account has no write permission on it")


def refuse_unwritable_folder(folder: Path) -> None:
    """Name the folder and the cause instead of SQLite's "unable to open database file"."""
    if not folder.is_dir() or os.access(folder, os.W_OK | os.X_OK):
        return
    cause = CAUSE_NO_PERMISSION
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
                cause = CAUSE_READ_ONLY_DRIVE
        except OSError:
            pass
    raise DatabaseRefused(
        translate("Database", FOLDER_NOT_WRITABLE, path=str(folder), cause=translate("Database", cause))
    )


def refuse_empty_file(db_path: Path) -> None:
    try:
        empty = db_path.stat().st_size == 0
    except FileNotFoundError:
        return
    if empty:
        raise DatabaseRefused(translate("Database", EMPTY_FILE, path=str(db_path)))


def _file_key(db_path: Path) -> list[int]:
    facts = db_path.stat()
    return [facts.st_size, facts.st_mtime_ns]


def _cached_ok(cache: Path, key: list[int]) -> bool:
    try:
        return json.loads(cache.read_text(encoding="utf-8")).get("ok_for") == key
    except (OSError, ValueError, AttributeError):
        return False


def quick_check(db_path: Path) -> str:
    """"ok", or what SQLite's quick_check (or opening the file) found wrong."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return "; ".join(str(row[0]) for row in rows[:5])
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()


def remember_sound(db_path: Path) -> None:
    """After a clean close of a file that was sound: the next start need not check it again."""
    try:
        if db_path.stat().st_size:
            _save_ok(db_path.parent / QUICK_CHECK_CACHE, _file_key(db_path))
    except OSError:
        pass  # no cache: the next start checks, that is all


def _save_ok(cache: Path, key: list[int]) -> None:
    cache.write_text(json.dumps({"ok_for": key}), encoding="utf-8")
    private_file(cache)


def damage_of(db_path: Path) -> str | None:
    """None when the file passes quick_check (or is new); else the user's message saying what to do."""
    if not db_path.exists():
        return None
    cache = db_path.parent / QUICK_CHECK_CACHE
    key = _file_key(db_path)
    if _cached_ok(cache, key):
        return None
    result = quick_check(db_path)
    if result == "ok":
        try:
            _save_ok(cache, key)
        except OSError as error:
            if error.errno not in (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.EPERM):
                raise
        return None
    return translate("Database", DAMAGED, path=str(db_path), detail=result.splitlines()[0][:200])
