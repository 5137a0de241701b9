"""Tools menu entries for accounts (账户管理, 操作日志, 修改密码, 锁定) and the idle lock.

The dialogs are imported when their entry is chosen: the window opens without them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from partydesk.gui.accounts.idle_lock import IdleLock
from partydesk.services import accounts
from partydesk.services.access import Permission, allows


class AccountActions(QObject):
    """The account actions of one window; visible according to the signed-in role."""

    def __init__(self, window, idle_timeout_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.db = window.db
        menu = window.menus["tools"]
        menu.addSeparator()
        self.create_admin = self._add(menu, self.tr("Create the &administrator account…"), self.open_create_admin)
        self.manage = self._add(menu, self.tr("Acc&ounts…"), self.open_manager)
        self.audit_log = self._add(menu, self.tr("Audit &log…"), self.open_audit)
        self.change_password = self._add(menu, self.tr("Change &password…"), self.open_change_password)
        self.lock = self._add(menu, self.tr("Loc&k"), self.lock_now)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.idle_lock = IdleLock(window, self.db, idle_timeout_ms)
        self.refresh()

    def _add(self, menu, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh(self) -> None:
        """Show what the current user may use: single-user mode only offers to create the admin."""
        have_accounts = accounts.accounts_exist(self.db)
        actor = self.db.actor
        self.create_admin.setVisible(not have_accounts)
        self.manage.setVisible(have_accounts and allows(actor, Permission.MANAGE_ACCOUNTS))
        self.audit_log.setVisible(allows(actor, Permission.VIEW_AUDIT))
        self.change_password.setVisible(have_accounts)
        self.lock.setVisible(have_accounts)
        if have_accounts:
            self.idle_lock.watch()

    def open_create_admin(self) -> None:
        from partydesk.gui.accounts.password import CreateAdminDialog

        if CreateAdminDialog(self.db, self.window).exec() == QDialog.Accepted:
            self.refresh()
            self.window.show_status(self.tr("Administrator created; you are signed in as %1.")
                                    .replace("%1", self.db.actor.username))

    def open_manager(self) -> None:
        from partydesk.gui.accounts.manager import AccountManagerDialog

        AccountManagerDialog(self.db, self.window).exec()

    def open_audit(self) -> None:
        from partydesk.gui.accounts.audit_view import AuditDialog

        AuditDialog(self.db, self.window).exec()

    def open_change_password(self) -> None:
        from partydesk.gui.accounts.password import ChangePasswordDialog

        if ChangePasswordDialog(self.db, self.window).exec() == QDialog.Accepted:
            self.window.show_status(self.tr("Password changed."))

    def lock_now(self) -> None:
        self.idle_lock.lock()


def install(window, idle_timeout_ms: int | None = None) -> AccountActions:
    """Add the account actions to window.menus["tools"] and start the idle lock."""
    return AccountActions(window, idle_timeout_ms)
