"""Idle lock (等保 level 2): after N idle minutes a modal dialog asks for the password again.

Nothing is closed: open dialogs and their unsaved input stay as they were, only hidden
(opacity 0 where the platform allows it) until the password is given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from partydesk.gui.accounts.common import BusyCursor, error_label, password_edit, show_error
from partydesk.services import accounts

ACTIVITY = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                      QEvent.TouchBegin})


class LockDialog(QDialog):
    """Only the signed-in user's password (or quitting the program) closes it."""

    def __init__(self, db, parent: QWidget | None = None, now=None):
        super().__init__(parent)
        self.db = db
        self.now = now
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Party Desk is locked"))
        who = db.actor.display_name or db.actor.username
        intro = QLabel(self.tr("The window was locked because it was left alone. Enter the password of %1 "
                               "to continue; nothing you were typing is lost.").replace("%1", who))
        intro.setWordWrap(True)
        self.password = password_edit("lockPassword")
        self.error = error_label("lockError")
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.error)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.AcceptRole)
        self.unlock_button.setDefault(True)
        self.quit_button = buttons.addButton(self.tr("&Quit the program"), QDialogButtonBox.DestructiveRole)
        buttons.accepted.connect(self.accept)
        self.quit_button.clicked.connect(QCoreApplication.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 180)

    def accept(self) -> None:
        try:
            with BusyCursor():
                accounts.sign_in(self.db, self.db.actor.username, self.password.text(), now=self.now)
        except accounts.SignInFailed as error:
            self.password.clear()
            show_error(self.error, str(error))
            return
        self.password.clear()
        super().accept()

    def reject(self) -> None:
        """Escape does not unlock."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.ignore()


class IdleLock(QObject):
    """App-wide event filter: any key, click or mouse move restarts the countdown.

    It watches only once `watch()` is called, when accounts exist: without them nobody could
    unlock, and an app-wide Python event filter makes every event of the program cross into Python.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, db, timeout_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.db = db
        self.timeout_ms = timeout_ms
        self.dialog: LockDialog | None = None
        self._opacity: list[tuple[QWidget, float]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.watching = False

    def watch(self) -> None:
        """Start the countdown and restart it on every key, click or mouse move (once is enough)."""
        if self.watching:
            return
        self.watching = True
        self.reload()
        QApplication.instance().installEventFilter(self)

    def reload(self) -> None:
        """Take the office's idle time (again, after the settings changed) and count from now."""
        self.timer.setInterval(self.timeout_ms or accounts.idle_lock_minutes(self.db) * 60_000)
        if self.watching and self.dialog is None:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if self.dialog is None and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Lock now (also the menu action); without accounts there is nobody to unlock, so no lock."""
        if self.dialog is not None or not accounts.accounts_exist(self.db):
            return
        self.timer.stop()
        self.dialog = LockDialog(self.db, self.window)
        self.dialog.setModal(True)
        self.dialog.accepted.connect(self._unlocked)
        self._hide_windows()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked.emit()

    def _hide_windows(self) -> None:
        self._opacity = [(w, w.windowOpacity()) for w in QApplication.topLevelWidgets()
                         if w.isVisible() and w is not self.dialog]
        for widget, _ in self._opacity:
            widget.setWindowOpacity(0.0)

    def _unlocked(self) -> None:
        for widget, opacity in self._opacity:
            widget.setWindowOpacity(opacity)
        self._opacity = []
        self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
        self.watching = False
