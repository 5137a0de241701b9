"""Data menu: back up, restore, transfer packages; automatic local backups while the window is open."""

from __future__ import annotations

from functools import partial
from importlib import import_module

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction

from partydesk.gui.workers import Task
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.access import Permission, allows

FIRST_AUTO_BACKUP_MS = 20_000  # after start-up settles, so opening the window stays quick
AUTO_BACKUP_CHECK_MS = 30 * 60_000  # the service itself waits AUTO_INTERVAL between generations
_DIALOGS, _TRANSFERS = "partydesk.gui.backup.dialogs", "partydesk.gui.backup.transfer_dialogs"
ENTRIES = (  # menu text, permission, module and class of the dialog it opens
    (QT_TRANSLATE_NOOP("BackupActions", "&Back up to a USB stick…"), Permission.BACKUP, _DIALOGS, "BackupDialog"),
    (QT_TRANSLATE_NOOP("BackupActions", "Restore a bac&kup…"), Permission.RESTORE, _DIALOGS, "RestoreDialog"),
    (QT_TRANSLATE_NOOP("BackupActions", "Export a &transfer package…"), Permission.TRANSFER, _TRANSFERS,
     "TransferExportDialog"),
    (QT_TRANSLATE_NOOP("BackupActions", "&Import a transfer package…"), Permission.TRANSFER, _TRANSFERS,
     "TransferImportDialog"),
    (QT_TRANSLATE_NOOP("BackupActions", "Transfer &conflicts…"), Permission.TRANSFER, _TRANSFERS, "ConflictsDialog"),
)


def install(window) -> AutoBackups | None:
    """Add the backup and transfer actions to the Data menu and start automatic backups (when allowed).

    On a server database the USB backup and restore give way to one entry saying who backs it up.

    The dialogs (and the backup services with their crypto) are imported when an entry is chosen.
    """
    menu = window.menus["data"]
    menu.addSeparator()
    on_server = not window.db.is_sqlite
    if on_server:
        from partydesk.gui.backup import server

        server.add_entry(window, menu)
    for text, permission, module, dialog in ENTRIES:
        if on_server and module == _DIALOGS:
            continue  # a server's backups are its administrator's (the entry above says so)
        action = QAction(QCoreApplication.translate("BackupActions", text), window)
        action.setObjectName("backupAction")
        action.setEnabled(allows(window.db.actor, permission))
        action.triggered.connect(partial(open_dialog, window, module, dialog))
        menu.addAction(action)
    if allows(window.db.actor, Permission.BACKUP) and not on_server and window.db.path is not None:
        return AutoBackups(window)
    return None


def open_dialog(window, module: str, name: str) -> None:
    getattr(import_module(module), name)(window.db, window).exec()


def back_up_to_stick(window) -> None:
    """The Data menu's first entry, for the overview's reminder."""
    open_dialog(window, _DIALOGS, "BackupDialog")


class AutoBackups(QObject):
    """A local generation soon after start and whenever the last one is a few hours old, one at a time."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.running: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(FIRST_AUTO_BACKUP_MS, self, self.run)

    def run(self) -> Task | None:
        """One silent automatic backup in a worker; problems go to the status bar."""
        if self.window.busy or self.running is not None:
            return None
        from partydesk.services.backup import auto_backup

        self.running = self.window.operations.background(auto_backup, self.window.db, on_done=self._finished,
                                                         on_error=self._failed)
        return self.running

    def _finished(self) -> None:
        self.running = None
        self.window.refresh_status()

    def _failed(self, error: BaseException) -> None:
        self.window.show_status(
            QCoreApplication.translate("BackupActions", "Automatic backup failed: %1").replace("%1", str(error)))
        self._finished()
