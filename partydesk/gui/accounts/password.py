"""Change your own password (forced at the first sign-in); create the administrator in single-user mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from partydesk.domain.enums import Role
from partydesk.domain.errors import PartydeskError, ValidationError
from partydesk.domain.passwords import MIN_LENGTH
from partydesk.gui.accounts.common import BusyCursor, error_label, password_edit, show_error
from partydesk.services import accounts


class _PasswordForm(QDialog):
    """New password twice with an error line under each field; subclasses say what to save."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, key: str, label: str, widget: QLineEdit) -> QLineEdit:
        self.form.addRow(label, widget)
        self.errors[key] = error_label(f"{key}Error")
        self.form.addRow("", self.errors[key])
        return widget

    def add_new_password_fields(self) -> None:
        hint = QCoreApplication.translate("PasswordForm", "At least %1 characters").replace("%1", str(MIN_LENGTH))
        self.new = self.add_field("password", QCoreApplication.translate("PasswordForm", "&New password:"),
                                  password_edit("newPassword"))
        self.new.setPlaceholderText(hint)
        self.again = self.add_field("again", QCoreApplication.translate("PasswordForm", "&Again:"),
                                    password_edit("againPassword"))

    def finish(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(440, 240)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")

    def field_error(self, key: str, text: str) -> None:
        show_error(self.errors.get(key) or self.errors["password"], text)

    def accept(self) -> None:
        self.clear_errors()
        if self.new.text() != self.again.text():
            self.field_error("again", QCoreApplication.translate("PasswordForm", "The two passwords differ"))
            return
        try:
            with BusyCursor():
                self.save()
        except ValidationError as error:
            self.field_error(self.error_key(error), error.message)
            return
        except PartydeskError as error:
            self.field_error("password", str(error))
            return
        super().accept()

    def error_key(self, error: ValidationError) -> str:
        return error.field if error.field in self.errors else "password"

    def save(self) -> None:
        raise NotImplementedError


class ChangePasswordDialog(_PasswordForm):
    """The signed-in user's own password; `forced` at the first sign-in (Cancel then quits)."""

    def __init__(self, db, parent: QWidget | None = None, forced: bool = False):
        super().__init__(parent)
        self.db = db
        self.intro.setText(self.tr("This is your first sign-in with this password. Choose your own password "
                                   "now; nobody else should know it.") if forced else
                           self.tr("Changing the password of %1.").replace("%1", db.actor.username))
        self.ok_button.setText(self.tr("&Change password"))
        self.cancel_button.setText(self.tr("&Quit") if forced else self.tr("Cancel"))
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.old = self.add_field("old", self.tr("C&urrent password:"), password_edit("oldPassword"))
        self.add_new_password_fields()
        self.finish()

    def error_key(self, error: ValidationError) -> str:
        if error.template == accounts.WRONG_CURRENT_PASSWORD:
            return "old"
        return super().error_key(error)

    def save(self) -> None:
        accounts.change_password(self.db, self.old.text(), self.new.text())


class CreateAdminDialog(_PasswordForm):
    """Single-user mode: create the administrator; from then on everyone signs in."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.intro.setText(self.tr(
            "Create the administrator account. From the next start everyone signs in, the window locks "
            "when left idle, and the administrator adds accounts for the others."))
        self.ok_button.setText(self.tr("C&reate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.actor = None
        self.setObjectName("createAdminDialog")
        self.setWindowTitle(self.tr("Create the administrator"))
        self.username = self.add_field("username", self.tr("&User name:"), QLineEdit(accounts.ADMIN_USERNAME))
        self.username.setObjectName("adminUsername")
        self.display = self.add_field("name", self.tr("Your na&me:"), QLineEdit())
        self.add_new_password_fields()
        self.finish()

    def save(self) -> None:
        accounts.add(self.db, self.username.text(), Role.ADMIN, self.new.text(), self.display.text(),
                     must_change=False)
        self.actor = accounts.sign_in(self.db, self.username.text(), self.new.text())
        self.db.actor = self.actor
