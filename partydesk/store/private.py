"""Private files on a shared PC: the data folder 0700; the database, its WAL, keys, copies and exports 0600."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_file(path: Path) -> None:
    """Make path readable by its owner only (POSIX; Windows keeps the profile's own ACLs)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # not ours, or gone: the folder's 0700 still keeps others out
        os.chmod(path, FILE_MODE)


def open_private(path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any) -> IO[Any]:
    """Open path for writing, created (or emptied; "x": only created) owner-only whatever the umask.

    Every file that holds records goes through here, or through `create_private` when a library
    opens the file by name itself. On a FAT/exFAT stick the mode cannot be set: that is no error.
    """
    if "r" in mode or "a" in mode:
        raise ValueError(f"open_private writes a new file, not mode {mode!r}")
    # Windows' C runtime opens in text mode unless told otherwise (a key's 0x0A byte would be written as
    # 0x0D 0x0A): text mode is Python's business, never the runtime's. "x" refuses an existing file.
    flags = os.O_CREAT | getattr(os, "O_BINARY", 0) | (os.O_EXCL if "x" in mode else os.O_TRUNC)
    flags |= os.O_RDWR if "+" in mode else os.O_WRONLY
    fd = os.open(path, flags, FILE_MODE)
    try:
        if os.name != "nt":
            with contextlib.suppress(OSError):  # a stick's FAT has no modes; an old file keeps its own otherwise
                os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def create_private(path: str | os.PathLike[str]) -> None:
    """An empty owner-only file at path, for a writer that then opens it by name (it keeps the mode)."""
    open_private(path).close()


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
