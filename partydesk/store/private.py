"""Private files on a shared PC: the data folder 0700, the database, its WAL, keys and copies 0600."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_file(path: Path) -> None:
    """Make path readable by its owner only (POSIX; Windows keeps the profile's own ACLs)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # not ours, or gone: the folder's 0700 still keeps others out
        os.chmod(path, FILE_MODE)


def make_private_dir(folder: Path) -> bool:
    """Create folder 0700, or tighten an existing one; True when an existing folder was opened up to others."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=DIR_MODE, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, DIR_MODE)  # mkdir's mode passes through the umask
        return False
    if os.name == "nt":
        return False
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077 == 0:
        return False
    try:
        os.chmod(folder, DIR_MODE)
    except OSError:
        return False
    return True


def tighten_database_files(db_path: Path) -> None:
    """The database and its WAL/SHM 0600 (SQLite creates them with the umask's mode)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(str(db_path) + suffix)
        if candidate.exists():
            private_file(candidate)
