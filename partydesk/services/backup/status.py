"""When the last local and USB backups were made: for the status bar, the overview and `doctor`.

Kept apart from create.py so that asking for the status imports no cryptography (the window
asks at start).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from partydesk.services import settings
from partydesk.store.base import utcnow
from partydesk.store.db import Database

DEFAULT_USB_MAX_AGE_DAYS = 7
LAST_USB = "backup.last_usb_at"
LAST_LOCAL = "backup.last_local_at"


@dataclass(frozen=True)
class BackupStatus:
    last_local_at: datetime | None
    last_usb_at: datetime | None
    usb_overdue: bool
    usb_max_age_days: int = DEFAULT_USB_MAX_AGE_DAYS  # the office's limit behind `usb_overdue`
    by_server: bool = False  # a PostgreSQL server: its administrator backs it up (pg_dump), never overdue here


def stored_time(db: Database, key: str) -> datetime | None:
    value = settings.get(db, key)
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def usb_max_age_days(db: Database) -> int:
    """The office's limit for the age of the last USB backup (default 7 days)."""
    try:
        return int(getattr(settings.compliance_rules(db), "usb_backup_max_age_days", DEFAULT_USB_MAX_AGE_DAYS))
    except Exception:  # unreadable settings must not hide the reminder
        return DEFAULT_USB_MAX_AGE_DAYS


def backup_status(db: Database, now: datetime | None = None) -> BackupStatus:
    """When the last local and USB backups were made, and whether the USB one is overdue."""
    now = now or utcnow()
    last_usb, max_age = stored_time(db, LAST_USB), usb_max_age_days(db)
    by_server = not db.is_sqlite
    overdue = not by_server and (last_usb is None or now - last_usb > timedelta(days=max_age))
    return BackupStatus(stored_time(db, LAST_LOCAL), last_usb, overdue, max_age, by_server)
