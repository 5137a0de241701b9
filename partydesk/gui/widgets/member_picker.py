"""Pick members by typing a name, pinyin initials or phone digits (the roster's SQL search)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.gui.widgets.search import SearchBox
from partydesk.services import roster

MATCHES = 30


class _PickerSearch(SearchBox):
    """Enter picks the first match here instead of pressing the dialog's Save button."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MemberPicker(QWidget):
    """Search box + matches; Enter or "Add" moves the match into the chosen list."""

    changed = Signal()

    def __init__(self, db, parent=None, *, single: bool = False):
        super().__init__(parent)
        self.db = db
        self.single = single
        self.search = _PickerSearch(self)
        self.search.setObjectName("memberPickerSearch")
        self.search.setPlaceholderText(self.tr("Type a name or pinyin initials, then Enter"))
        self.search.search.connect(self._find)
        self.search.returnPressed.disconnect()
        self.search.returnPressed.connect(self._add_first)
        self.matches = QListWidget(self)
        self.matches.setObjectName("memberMatches")
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self._add_item)
        self.search.results = self.matches
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("chosenMembers")
        self.chosen.setMaximumHeight(60 if single else 130)
        add = QPushButton(self.tr("&Add →"), self)
        add.clicked.connect(lambda: self._add_item(self.matches.currentItem()))
        remove = QPushButton(self.tr("Remo&ve"), self)
        remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.matches)
        middle = QVBoxLayout()
        middle.addWidget(add)
        middle.addWidget(remove)
        middle.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(middle)
        layout.addWidget(self.chosen, 1)
        self.setFocusProxy(self.search)

    def _find(self, text: str) -> None:
        self.matches.clear()
        if not text:
            return
        page = roster.query_members(self.db, roster.MemberQuery(search=text, limit=MATCHES, sort="name"))
        for row in page.rows:
            item = QListWidgetItem(f"{row.name}  {row.branch_name}  {row.phone_masked}")
            item.setData(Qt.UserRole, (row.uuid, row.name))
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _add_first(self) -> None:
        self.search.flush()
        if self.matches.count():
            self._add_item(self.matches.item(0))
            self.search.clear()

    def _add_item(self, item) -> None:
        if item is None:
            return
        uuid, name = item.data(Qt.UserRole)
        self.add(uuid, name)

    def add(self, uuid: str, name: str) -> None:
        if uuid in self.uuids():
            return
        if self.single:
            self.chosen.clear()
        entry = QListWidgetItem(name)
        entry.setData(Qt.UserRole, uuid)
        self.chosen.addItem(entry)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def uuids(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.UserRole) for i in range(self.chosen.count())]

    def first(self) -> str | None:
        uuids = self.uuids()
        return uuids[0] if uuids else None


class PickMemberDialog(QDialog):
    """Choose one member by typing (for filters); `picked` is (uuid, name) after OK."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("pickMemberDialog")
        self.setWindowTitle(self.tr("Choose a member"))
        self.picked: tuple[str, str] | None = None
        self.picker = MemberPicker(db, self, single=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def accept(self) -> None:
        if self.picker.chosen.count():
            item = self.picker.chosen.item(0)
            self.picked = (item.data(Qt.UserRole), item.text())
        super().accept()
