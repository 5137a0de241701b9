"""Small pieces shared by the account dialogs: password fields and an error line under a field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit


def password_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(256)
    return edit


def error_label(object_name: str) -> QLabel:
    """An initially hidden red line that shows what went wrong with the field above it."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class BusyCursor:
    """Hourglass while a password is hashed (a fraction of a second by design)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.WaitCursor)
        return self

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()
        return False
