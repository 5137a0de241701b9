"""Keep writers and a restore strictly ordered, across processes.

A restore leaves a marker file in the data folder, waits for SQLite's write lock (so a writer
already inside its transaction commits first), copies the current database aside, and then writes
the restored pages into the live file through SQLite itself. Every write transaction, once it holds
the write lock, checks the marker (`refuse_if_restoring`): a writer either committed before the
restore took its copy (its rows are in the `pre-restore` copy), or after the restored data is in
place, or it is refused and writes nothing. The file is never swapped under an open connection.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from partydesk.domain.errors import DatabaseRefused
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.store import steps

MARKER = "restore-in-progress"

RESTORE_IN_PROGRESS = QT_TRANSLATE_NOOP(
    "Database",
    "A restore is in progress in the data folder {path}; nothing was saved. "
    "Wait until it has finished, then try again.",
)

def stage_hook(stage: str) -> None:
    """Test hook, called with a step's name at each step of a backup, a restore or a transfer import.

    In-process tests replace it; a kill test's child process stops at the step it names (store/steps.py).
    """
    steps.reached(stage)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _marker_is_stale(marker: Path) -> bool:
    """True when the restore that left marker is gone (killed, power cut)."""
    if os.name == "nt":  # os.kill would end the process there; the restore keeps the file open instead
        try:
            marker.unlink()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True
    try:
        pid = int(marker.read_text(errors="replace").split()[0])
    except FileNotFoundError:
        return True
    except (OSError, ValueError, IndexError):
        return True
    return not _pid_alive(pid)


def restore_in_progress(data_dir: Path) -> bool:
    marker = data_dir / MARKER
    return marker.exists() and not _marker_is_stale(marker)


def refusal_in_progress(data_dir: Path) -> DatabaseRefused:
    return DatabaseRefused(translate("Database", RESTORE_IN_PROGRESS, path=str(data_dir)))


@contextmanager
def restoring(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's restore marker; refuse when another restore holds it."""
    marker = data_dir / MARKER
    for _attempt in range(2):
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            break
        except FileExistsError:
            if not _marker_is_stale(marker):
                raise refusal_in_progress(data_dir) from None
            with suppress(FileNotFoundError):
                marker.unlink()
    else:
        raise refusal_in_progress(data_dir)
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        yield
    finally:
        os.close(fd)
        with suppress(OSError):
            marker.unlink()


def refuse_if_restoring(data_dir: Path) -> None:
    """Inside a write transaction (write lock held): refuse while a restore holds the data folder."""
    if restore_in_progress(data_dir):
        raise refusal_in_progress(data_dir)
