"""What each role may do (ARCHITECTURE.md section 8), checked by every service."""

from __future__ import annotations

from enum import Enum

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied
from partydesk.store.db import Database


class Permission(str, Enum):
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


_CLERK = {
    Permission.READ,
    Permission.WRITE_RECORDS,
    Permission.EXPORT,
    Permission.IMPORT,
    Permission.BACKUP,
    Permission.TRANSFER,
}
_SECRETARY = _CLERK | {Permission.READ_CONFIDENTIAL, Permission.REVEAL_ID, Permission.EXPORT_FULL_ID}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.SECRETARY: frozenset(_SECRETARY),
    Role.CLERK: frozenset(_CLERK),
    Role.VIEWER: frozenset({Permission.READ}),
}


def allows(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(db: Database, permission: Permission) -> None:
    if not allows(db.actor, permission):
        raise PermissionDenied(permission.value)
