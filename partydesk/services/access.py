"""What each role may do (ARCHITECTURE.md section 8), checked by every service.

admin: everything. secretary: all records incl. confidential talk content, revealing IDs,
full-ID exports and appraisal grades (民主评议); not accounts, settings, restore or the audit
log. clerk: records, import, masked export, backup, transfer; no confidential talk content, no reveal, no restore, no
accounts. viewer: read only.
"""

from __future__ import annotations

from enum import StrEnum

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.store.db import Database


class Permission(StrEnum):
    READ = "read"
    WRITE_RECORDS = "write_records"
    READ_CONFIDENTIAL = "read_confidential"
    REVEAL_ID = "reveal_id"
    EXPORT = "export"
    EXPORT_FULL_ID = "export_full_id"
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    TRANSFER = "transfer"
    SETTINGS = "settings"
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    SET_GRADES = "set_grades"


LABELS: dict[Permission, str] = {
    Permission.READ: QT_TRANSLATE_NOOP("Permission", "view records"),
    Permission.WRITE_RECORDS: QT_TRANSLATE_NOOP("Permission", "change records"),
    Permission.READ_CONFIDENTIAL: QT_TRANSLATE_NOOP("Permission", "read confidential talk records"),
    Permission.REVEAL_ID: QT_TRANSLATE_NOOP("Permission", "show full ID or phone numbers"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Permission", "export records"),
    Permission.EXPORT_FULL_ID: QT_TRANSLATE_NOOP("Permission", "export full ID numbers"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Permission", "import records"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Permission", "make backups"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Permission", "restore a backup"),
    Permission.TRANSFER: QT_TRANSLATE_NOOP("Permission", "exchange transfer packages"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("Permission", "change settings"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Permission", "manage accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Permission", "view the audit log"),
    Permission.SET_GRADES: QT_TRANSLATE_NOOP("Permission", "set appraisal grades"),
}

_VIEWER = {Permission.READ}
_CLERK = _VIEWER | {
    Permission.WRITE_RECORDS,
    Permission.EXPORT,
    Permission.IMPORT,
    Permission.BACKUP,
    Permission.TRANSFER,
}
_SECRETARY = _CLERK | {
    Permission.READ_CONFIDENTIAL, Permission.REVEAL_ID, Permission.EXPORT_FULL_ID, Permission.SET_GRADES,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SECRETARY: frozenset(_SECRETARY),
    Role.CLERK: frozenset(_CLERK),
    Role.VIEWER: frozenset(_VIEWER),
}


class RoleNotAllowed(PermissionDenied):
    """PermissionDenied whose message names the permission in words; `.action` stays its code."""

    def __init__(self, permission: Permission):
        super().__init__(translate("Permission", LABELS[permission]))
        self.action = permission.value
        self.permission = permission


def allows(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(db: Database, permission: Permission) -> None:
    """Raise PermissionDenied unless the acting user's role has this permission."""
    if not allows(db.actor, permission):
        raise RoleNotAllowed(permission)
