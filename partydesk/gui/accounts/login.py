"""The sign-in dialog shown at start once accounts exist; single-user mode needs none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from partydesk.domain.actor import SINGLE_USER, Actor
from partydesk.gui.accounts.common import BusyCursor, error_label, password_edit, show_error
from partydesk.services import accounts


class LoginDialog(QDialog):
    """User name and password; Enter signs in; the reason for a refusal shows under the password."""

    def __init__(self, db, parent: QWidget | None = None, now=None):
        super().__init__(parent)
        self.db = db
        self.now = now  # injected clock for tests; None means the real time
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Party Desk — sign in"))
        intro = QLabel(self.tr("This computer keeps personal information. Sign in to continue."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = password_edit("password")
        self.error = error_label("loginError")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.error)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.AcceptRole)
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 200)

    def accept(self) -> None:
        try:
            with BusyCursor():
                self.actor = accounts.sign_in(self.db, self.username.text(), self.password.text(), now=self.now)
        except accounts.SignInFailed as error:
            self.password.clear()
            self.password.setFocus()
            show_error(self.error, str(error))
            return
        self.password.clear()
        super().accept()


def sign_in(db, parent: QWidget | None = None) -> Actor | None:
    """Who uses the window: SINGLE_USER without accounts, the signed-in account, or None to quit.

    A first sign-in (or one after an administrator set the password) must choose a new
    password before the window opens.
    """
    if not accounts.accounts_exist(db):
        return SINGLE_USER
    dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.Accepted or dialog.actor is None:
        return None
    actor = dialog.actor
    if accounts.needs_password_change(db, actor.username):
        from partydesk.gui.accounts.password import ChangePasswordDialog

        previous, db.actor = db.actor, actor
        if ChangePasswordDialog(db, parent, forced=True).exec() != QDialog.Accepted:
            db.actor = previous
            return None
    return actor
