"""Automatic local backups kept as daily, weekly and monthly generations in the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from partydesk.services.access import Permission, require
from partydesk.services.backup.container import BackupError, Secret
from partydesk.services.backup.create import (
    AUTO_INTERVAL,
    BACKUP_SUFFIX,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    BackupInfo,
    _note,
    auto_dir,
    local_key,
    read_backup_info,
    write_backup,
)
from partydesk.services.backup.files import remove_quietly, sweep_temps
from partydesk.services.backup.status import LAST_LOCAL, stored_time
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.private import private_file

AUTO_PREFIX = "auto-"
STAMP = "%Y%m%d-%H%M%S"


def auto_backup(
    db: Database,
    now: datetime | None = None,
    *,
    interval: timedelta = AUTO_INTERVAL,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> BackupInfo | None:
    """A local generation unless one was made within `interval`; old generations pruned."""
    require(db, Permission.BACKUP)
    now = now or utcnow()
    last = stored_time(db, LAST_LOCAL)
    folder = auto_dir(db)
    if (
        last is not None
        and timedelta(0) <= now - last < interval
        and any(folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
    ):
        return None
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    sweep_temps(db.path.parent)
    for stale in folder.glob("*.partial"):
        remove_quietly(stale)
    target = folder / f"{AUTO_PREFIX}{now:{STAMP}}{BACKUP_SUFFIX}"
    info = write_backup(db, target, Secret(local_key=local_key(db, create=True)), progress, cancelled, now)
    private_file(target)  # the key sits beside it: other accounts on the PC must not read either
    _note(db, LAST_LOCAL, info, now)
    prune_auto(folder, now)
    return info


def _stamp_of(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(AUTO_PREFIX) : -len(BACKUP_SUFFIX)], STAMP)
    except ValueError:
        return None


def keep_generations(
    stamps: list[datetime],
    now: datetime | None = None,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """All of the last 24 hours, then the newest of each of the last days, ISO weeks and months."""
    keep: set[datetime] = {s for s in stamps if now is not None and timedelta(0) <= now - s < timedelta(days=1)}
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for stamp in sorted(stamps, reverse=True):
            key = bucket(stamp)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(stamp)
    if stamps:
        keep.add(max(stamps))
    return keep


def prune_auto(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete automatic generations outside the daily/weekly/monthly windows; returns them."""
    files = {stamp: path for path in folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}") if (stamp := _stamp_of(path))}
    keep = keep_generations(list(files), now)
    removed = [path for stamp, path in files.items() if stamp not in keep]
    for path in removed:
        remove_quietly(path)
    return sorted(removed)


@dataclass(frozen=True)
class ListedBackup:
    """A local generation: its header, or why it cannot be read."""

    path: Path
    info: BackupInfo | None
    problem: str = ""


def list_backups(db: Database) -> list[ListedBackup]:
    """Local automatic generations, newest first, with what each holds."""
    folder = auto_dir(db)
    result = []
    key = local_key(db)
    for path in sorted(folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"), reverse=True):
        try:
            result.append(ListedBackup(path, read_backup_info(path, db=db) if key else None))
        except BackupError as error:
            result.append(ListedBackup(path, None, str(error)))
    return result
