"""Account manager (administrator): add accounts, roles, one-time passwords, disable and enable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.enums import Role
from partydesk.domain.errors import PartydeskError
from partydesk.gui.accounts.common import BusyCursor, error_label, show_error
from partydesk.gui.widgets.table import list_table
from partydesk.services import accounts


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role.label(), role)
    return combo


class AddAccountDialog(QDialog):
    """User name, the person's name and the role; the program makes a one-time password."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.created: accounts.AccountRow | None = None
        self.one_time_password = ""
        self.setObjectName("addAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(accounts.USERNAME_LENGTH)
        self.display = QLineEdit()
        self.display.setMaxLength(accounts.USERNAME_LENGTH)
        self.role = role_combo()
        self.role.setCurrentIndex(self.role.findData(Role.CLERK))
        self.error = error_label("addAccountError")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Name:"), self.display)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        password = accounts.new_one_time_password()
        try:
            with BusyCursor():
                self.created = accounts.add(self.db, self.username.text(), self.role.currentData(), password,
                                            self.display.text())
        except PartydeskError as error:
            show_error(self.error, str(error))
            return
        self.one_time_password = password
        super().accept()


class AccountManagerDialog(QDialog):
    COLUMNS = ("username", "name", "role", "state", "last")

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.rows: list[accounts.AccountRow] = []
        self.setObjectName("accountManager")
        self.setWindowTitle(self.tr("Accounts"))
        self.table = list_table("accountTable", [self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                                 self.tr("State"), self.tr("Last sign-in")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.role = role_combo()
        self.add_button = QPushButton(self.tr("&New account…"))
        self.role_button = QPushButton(self.tr("Set &role"))
        self.password_button = QPushButton(self.tr("New one-time &password"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.apply_role)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.notice = QLabel()
        self.notice.setObjectName("accountNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error = error_label("accountError")
        actions = QHBoxLayout()
        for widget in (self.add_button, self.role, self.role_button, self.password_button, self.disable_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(760, 420)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.rows = accounts.list_accounts(self.db)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            last = accounts.local_time(row.last_login_at)
            values = (row.username, row.display_name, row.role.label(), self._state(row),
                      last.strftime("%Y-%m-%d %H:%M") if last else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
            if row.username == select:
                self.table.selectRow(r)
        self._selection_changed()

    def _state(self, row: accounts.AccountRow) -> str:
        if row.disabled:
            return self.tr("Disabled")
        if row.is_locked():
            return self.tr("Locked until %1").replace("%1", accounts.local_time(row.locked_until).strftime("%H:%M"))
        if row.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def selected(self) -> accounts.AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.password_button, self.disable_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.role.setCurrentIndex(self.role.findData(row.role))
            self.disable_button.setText(self.tr("&Enable") if row.disabled else self.tr("&Disable"))

    def _run(self, work, select: str | None) -> bool:
        show_error(self.error, "")
        try:
            with BusyCursor():
                work()
        except PartydeskError as error:
            show_error(self.error, str(error))
            return False
        self.reload(select)
        return True

    def _show_password(self, username: str, password: str) -> None:
        self.notice.setText(self.tr("One-time password for %1: %2 — give it to them in person; they must "
                                    "choose their own at the first sign-in.").replace("%1", username)
                            .replace("%2", password))

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.db, self)
        if dialog.exec() == QDialog.Accepted and dialog.created is not None:
            self.reload(dialog.created.username)
            self._show_password(dialog.created.username, dialog.one_time_password)

    def apply_role(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: accounts.set_role(self.db, row.username, self.role.currentData()), row.username)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = accounts.new_one_time_password()
        if self._run(lambda: accounts.set_password(self.db, row.username, password), row.username):
            self._show_password(row.username, password)

    def toggle_disabled(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: accounts.set_disabled(self.db, row.username, not row.disabled), row.username)
