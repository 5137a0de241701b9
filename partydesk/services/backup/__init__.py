"""Backups: encrypted single-file copies for a stick, automatic local generations, restore, status.

The public API of the package; the GUI and the console import from here. Inside: the container
format (container), compression, making and verifying (create), files that survive pulled sticks
(files, drive_read, background), restore, generations and status; every message in errors.

Names load on first use (PEP 562): the window's status bar needs `backup_status` at start-up,
not the encryption and compression behind `create_backup`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the same names, eagerly, for type checkers
    from partydesk.services.backup.container import MIN_PASSPHRASE, Secret
    from partydesk.services.backup.create import (
        AUTO_INTERVAL, BACKUP_SUFFIX, BackupInfo, UnlockedBackup, auto_dir, create_backup, decrypt_payload,
        default_name, key_path, read_backup_info, unlock_backup, verify_backup, work_dir,
    )
    from partydesk.services.backup.errors import KIND_BACKUP, KIND_TRANSFER, MESSAGES, BackupError
    from partydesk.services.backup.generations import ListedBackup, auto_backup, list_backups
    from partydesk.services.backup.restore import RestoreResult, restore_backup, window_open_elsewhere
    from partydesk.services.backup.status import BackupStatus, backup_status

_HOME = {
    **dict.fromkeys(('MIN_PASSPHRASE', 'Secret'), 'container'),
    **dict.fromkeys(('AUTO_INTERVAL', 'BACKUP_SUFFIX', 'BackupInfo', 'UnlockedBackup', 'auto_dir', 'create_backup', 'decrypt_payload', 'default_name', 'key_path', 'read_backup_info', 'unlock_backup', 'verify_backup', 'work_dir'), 'create'),
    **dict.fromkeys(('BackupError', 'KIND_BACKUP', 'KIND_TRANSFER', 'MESSAGES'), 'errors'),
    **dict.fromkeys(('ListedBackup', 'auto_backup', 'list_backups'), 'generations'),
    **dict.fromkeys(('RestoreResult', 'restore_backup', 'window_open_elsewhere'), 'restore'),
    **dict.fromkeys(('BackupStatus', 'backup_status'), 'status'),
}
__all__ = sorted(_HOME)


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
