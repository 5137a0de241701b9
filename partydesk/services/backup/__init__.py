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
        AUTO_INTERVAL,
        BACKUP_SUFFIX,
        BackupInfo,
        UnlockedBackup,
        auto_dir,
        create_backup,
        decrypt_payload,
        default_name,
        key_path,
        read_backup_info,
        unlock_backup,
        verify_backup,
        work_dir,
    )
    from partydesk.services.backup.errors import KIND_BACKUP, KIND_TRANSFER, MESSAGES, BackupError
    from partydesk.services.backup.generations import ListedBackup, auto_backup, list_backups
    from partydesk.services.backup.restore import (
        RestoreResult,
        database_to_restore_over,
        restore_backup,
        window_open_elsewhere,
    )
    from partydesk.services.backup.status import BackupStatus, backup_status

_NAMES = {  # submodule -> the names it gives the package
    "container": ("MIN_PASSPHRASE", "Secret"),
    "create": ("AUTO_INTERVAL", "BACKUP_SUFFIX", "BackupInfo", "UnlockedBackup", "auto_dir", "create_backup",
        "decrypt_payload", "default_name", "key_path", "read_backup_info", "unlock_backup", "verify_backup",
        "work_dir"),
    "errors": ("BackupError", "KIND_BACKUP", "KIND_TRANSFER", "MESSAGES"),
    "generations": ("ListedBackup", "auto_backup", "list_backups"),
    "restore": ("RestoreResult", "database_to_restore_over", "restore_backup", "window_open_elsewhere"),
    "status": ("BackupStatus", "backup_status"),
}
_HOME = {name: module for module, names in _NAMES.items() for name in names}
__all__ = [  # the names of _HOME, for readers and linters
    "AUTO_INTERVAL", "BACKUP_SUFFIX", "BackupError", "BackupInfo", "BackupStatus", "KIND_BACKUP",
    "KIND_TRANSFER", "ListedBackup", "MESSAGES", "MIN_PASSPHRASE", "RestoreResult", "Secret",
    "UnlockedBackup", "auto_backup", "auto_dir", "backup_status", "create_backup", "database_to_restore_over",
    "decrypt_payload", "default_name", "key_path", "list_backups",
    "read_backup_info", "restore_backup", "unlock_backup", "verify_backup",
    "window_open_elsewhere", "work_dir",
]


def __getattr__(name: str) -> object:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
