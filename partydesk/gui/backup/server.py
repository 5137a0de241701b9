"""On a PostgreSQL server the Data menu says who backs the data up (the server's administrator, with pg_dump)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from partydesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ServerBackup"
MENU_TEXT = QT_TRANSLATE_NOOP("ServerBackup", "&Backups of the server database…")
TITLE = QT_TRANSLATE_NOOP("ServerBackup", "Backups of the server database")
EXPLANATION = QT_TRANSLATE_NOOP(
    "ServerBackup",
    "This office's data is in a database on a server, not on this PC, so partydesk makes no USB backup "
    "of it and never reports one overdue.\n\n"
    "Backing up the server is its administrator's job: pg_dump writes the whole database to one dump "
    "file, which the administrator keeps on another machine and restores with pg_restore.\n\n"
    "To carry this office's records to another office, use Export a transfer package in this menu.",
)
STATUS_TEXT = QT_TRANSLATE_NOOP("ServerBackup", "Backups: by the server's administrator")


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_entry(window, menu) -> QAction:
    """The one backup entry on a server database, in place of the USB backup and restore."""
    action = QAction(translated(MENU_TEXT), window)
    action.setObjectName("serverBackupAction")
    action.triggered.connect(lambda: explain(window))
    menu.addAction(action)
    return action


def explain(parent) -> None:
    QMessageBox.information(parent, translated(TITLE), translated(EXPLANATION))
