"""Audit log viewer (administrator): a paged SQL-backed table filtered by user, date and action."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partydesk.gui.accounts.common import BusyCursor
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit

PAGE_SIZE = 200
ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed sign-in"),
    "login.locked": QT_TRANSLATE_NOOP("AuditActions", "Sign-in while locked out"),
    "login.disabled": QT_TRANSLATE_NOOP("AuditActions", "Sign-in to a disabled account"),
    "account.create": QT_TRANSLATE_NOOP("AuditActions", "Account created"),
    "account.disable": QT_TRANSLATE_NOOP("AuditActions", "Account disabled"),
    "account.enable": QT_TRANSLATE_NOOP("AuditActions", "Account enabled"),
    "account.role": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "account.set_password": QT_TRANSLATE_NOOP("AuditActions", "Password set by the administrator"),
    "account.change_password": QT_TRANSLATE_NOOP("AuditActions", "Own password changed"),
    "account.reset_admin": QT_TRANSLATE_NOOP("AuditActions", "Administrator reset on this PC"),
    "member.create": QT_TRANSLATE_NOOP("AuditActions", "Member added"),
    "member.update": QT_TRANSLATE_NOOP("AuditActions", "Member changed"),
    "member.delete": QT_TRANSLATE_NOOP("AuditActions", "Member moved to the recycle bin"),
    "member.restore": QT_TRANSLATE_NOOP("AuditActions", "Member restored"),
    "member.reveal_id": QT_TRANSLATE_NOOP("AuditActions", "Full ID number shown"),
    "member.reveal_phone": QT_TRANSLATE_NOOP("AuditActions", "Full phone number shown"),
    "talk.create": QT_TRANSLATE_NOOP("AuditActions", "Talk record added"),
    "talk.update": QT_TRANSLATE_NOOP("AuditActions", "Talk record changed"),
    "talk.delete": QT_TRANSLATE_NOOP("AuditActions", "Talk record deleted"),
    "talk.read_confidential": QT_TRANSLATE_NOOP("AuditActions", "Confidential talk read"),
    "setting.change": QT_TRANSLATE_NOOP("AuditActions", "Setting changed"),
    "backup.create": QT_TRANSLATE_NOOP("AuditActions", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "import.roster": QT_TRANSLATE_NOOP("AuditActions", "Roster imported"),
}


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditActions", source) if source else action


class AuditModel(QAbstractTableModel):
    """Events newest first, fetched a page at a time from audit.list_events (filters run in SQL)."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "Time"), QT_TRANSLATE_NOOP("AuditModel", "User"),
               QT_TRANSLATE_NOOP("AuditModel", "Action"), QT_TRANSLATE_NOOP("AuditModel", "Record"),
               QT_TRANSLATE_NOOP("AuditModel", "Details"))

    def __init__(self, db, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.filters: dict = {}
        self.rows: list[audit.EventRow] = []
        self.total = 0

    def set_filters(self, **filters) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = audit.list_events(self.db, offset=0, limit=self.page_size, **self.filters)
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        page = audit.list_events(self.db, offset=len(self.rows), limit=self.page_size, **self.filters)
        if not page.rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("AuditModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        event = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return event.at_local.strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return event.actor
        if column == 2:
            return action_label(event.action) if role == Qt.DisplayRole else event.action
        if column == 3:
            return (
                f"{event.entity_type} {event.entity_uuid[:8]}".strip() if role == Qt.DisplayRole else event.entity_uuid
            )
        return _detail_text(event.detail)


def _detail_text(detail: str) -> str:
    try:
        values = json.loads(detail or "{}")
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail
    return "; ".join(f"{key}: {value}" for key, value in values.items())


class AuditDialog(QDialog):
    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditModel(db, self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.addItem(self.tr("All users"), None)
        for name in audit.known_actors(db):
            self.user.addItem(name, name)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), None)
        for code in audit.known_actions(db):
            self.action.addItem(action_label(code), code)
        today = QDate.currentDate()
        self.use_since, self.since = QCheckBox(self.tr("&From")), _date_edit(today.addMonths(-1), "auditSince")
        self.use_until, self.until = QCheckBox(self.tr("&To")), _date_edit(today, "auditUntil")
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.count = QLabel()
        filters = QHBoxLayout()
        for widget in (
            QLabel(self.tr("User:")),
            self.user,
            QLabel(self.tr("Action:")),
            self.action,
            self.use_since,
            self.since,
            self.use_until,
            self.until,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        for signal in (
            self.user.currentIndexChanged,
            self.action.currentIndexChanged,
            self.use_since.toggled,
            self.use_until.toggled,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.apply_filters)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.verdict)
        bottom.addWidget(self.verify_button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.resize(980, 560)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.model.set_filters(
            user=self.user.currentData(),
            action=self.action.currentData(),
            since=self.since.date().toPython() if self.use_since.isChecked() else None,
            until=self.until.date().toPython() if self.use_until.isChecked() else None,
        )
        self.count.setText(self.tr("%n event(s)", "", self.model.total))

    def verify(self) -> None:
        with BusyCursor():
            broken = audit.verify_chain(self.db)
        if broken is None:
            self.verdict.setStyleSheet("color: #1b5e20;")
            self.verdict.setText(self.tr("The log is intact."))
        else:
            self.verdict.setStyleSheet("color: #b00020;")
            self.verdict.setText(self.tr("The log was tampered with: %1").replace("%1", broken.message))


def _date_edit(value: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
