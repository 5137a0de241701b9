"""Passphrase entry: once to open, twice (with a strength hint) to protect a new file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from partydesk.services.backup import MIN_PASSPHRASE


def strength(passphrase: str) -> tuple[int, str]:
    """(0 too short .. 3 strong, hint) — a nudge toward length, not a security proof."""
    # A Chinese character is picked from thousands, a Latin letter from 26: count it twice.
    length = sum(2 if ord(c) > 127 else 1 for c in passphrase)
    classes = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum(), lambda c: ord(c) > 127)
    )
    if len(passphrase) < MIN_PASSPHRASE:
        return 0, QCoreApplication.translate("Passphrase", "Too short: at least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE)
        )
    if length >= 16 or (length >= 12 and classes >= 3):
        return 3, QCoreApplication.translate("Passphrase", "Strong.")
    if length >= 12 or classes >= 3:
        return 2, QCoreApplication.translate("Passphrase", "Fair. A few more words make it stronger.")
    return 1, QCoreApplication.translate("Passphrase", "Weak: use a longer sentence only you know.")


class PassphraseFields(QWidget):
    """One field (open a file) or two with a hint (protect a new file)."""

    changed = Signal()

    def __init__(self, parent=None, confirm: bool = True):
        super().__init__(parent)
        self.confirm = confirm
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        if confirm:
            form.addRow(self.tr("&Again:"), self.second)
            form.addRow("", self.hint)
        else:
            self.second.hide()
            self.hint.hide()
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        if self.confirm:
            level, text = strength(self.first.text())
            if self.second.text() and self.second.text() != self.first.text():
                text = self.tr("The two entries differ.")
            self.hint.setText(text)
            self.hint.setProperty("level", level)
        self.changed.emit()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        if not self.confirm:
            return bool(text)
        return len(text) >= MIN_PASSPHRASE and text == self.second.text()

    def text(self) -> str:
        return self.first.text()

    def set_text(self, text: str) -> None:
        self.first.setText(text)
        self.second.setText(text)
