"""The office, its branches and Party groups: see them with their member counts, add or rename them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.operations import Topic
from partydesk.services import offices
from partydesk.services.access import Permission, allows

UUID_ROLE = Qt.UserRole  # the branch a row belongs to (where a new group goes)
RECORD_ROLE = Qt.UserRole + 1  # ("branch" | "party_group", uuid) of the row itself


class OrgDialog(QDialog):
    def __init__(self, main):
        super().__init__(main)
        self.main, self.db = main, main.db
        self.setObjectName("orgDialog")
        self.setWindowTitle(self.tr("Branches and Party groups"))
        intro = QLabel(self.tr("Members, activities and service entries belong to a branch; a Party group is "
                               "optional. Add the branches first."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("orgTree")
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Members")])
        self.tree.setColumnWidth(0, 320)
        add_branch = QPushButton(self.tr("Add &branch…"), self)
        add_branch.clicked.connect(self.add_branch)
        add_group = QPushButton(self.tr("Add Party &group…"), self)
        add_group.clicked.connect(self.add_group)
        rename = QPushButton(self.tr("&Rename…"), self)
        rename.clicked.connect(self.rename_selected)
        self.office_label = QLabel(self)
        self.office_label.setObjectName("officeName")
        office_name = QPushButton(self.tr("Office &name…"), self)
        office_name.clicked.connect(self.rename_office)
        office_name.setEnabled(allows(self.db.actor, Permission.SETTINGS))
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_label, 1)
        office_row.addWidget(office_name)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("&Close"), QDialogButtonBox.RejectRole)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add_branch)
        buttons.addWidget(add_group)
        buttons.addWidget(rename)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(office_row)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(520, 420)
        self.load()

    def load(self, select: str | None = None) -> None:
        office = offices.local_office(self.db)
        self.office_label.setText(self.tr("Office: %1").replace("%1", office.name if office else ""))
        self.tree.clear()
        groups = offices.list_groups(self.db)
        for branch in offices.list_branches(self.db):
            item = QTreeWidgetItem([branch.name, str(branch.member_count)])
            item.setData(0, UUID_ROLE, branch.uuid)
            item.setData(0, RECORD_ROLE, ("branch", branch.uuid))
            self.tree.addTopLevelItem(item)
            for group in (g for g in groups if g.branch_uuid == branch.uuid):
                child = QTreeWidgetItem([group.name, ""])
                child.setData(0, UUID_ROLE, branch.uuid)
                child.setData(0, RECORD_ROLE, ("party_group", group.uuid))
                item.addChild(child)
                if group.uuid == select:
                    self.tree.setCurrentItem(child)
            if branch.uuid == select:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=text)
        return name if ok and name.strip() else None

    def _apply(self, change, *args) -> tuple[bool, object]:
        """(done, the service call's result); when refused, the reason is shown."""
        try:
            return True, change(self.db, *args)
        except PartydeskError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False, None

    def _reload(self, select: str | None = None) -> None:
        self.load(select)
        self.main.notify_changed(Topic.SETTINGS)  # branch and group lists everywhere, the window title

    def rename_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select the branch or group to rename."))
            return
        kind, uuid = item.data(0, RECORD_ROLE)
        name = self._ask(self.tr("Rename"), self.tr("New name:"), item.text(0))
        rename = offices.rename_branch if kind == "branch" else offices.rename_group
        if name is not None and self._apply(rename, uuid, name)[0]:
            self._reload(uuid)

    def rename_office(self) -> None:
        office = offices.local_office(self.db)
        name = self._ask(self.tr("Office name"), self.tr("Name of the office, as printed on every document:"),
                         office.name if office else "")
        if name is not None and self._apply(offices.rename_office, name)[0]:
            self._reload()
            self.main.show_status(self.tr("Office renamed."))

    def add_branch(self) -> None:
        name = self._ask(self.tr("Add branch"), self.tr("Name of the branch (e.g. 第一党支部):"))
        if name is None:
            return
        done, branch = self._apply(offices.create_branch, name)
        if done:
            self._reload(branch.uuid)

    def add_group(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select the branch the group belongs to."))
            return
        branch_uuid = item.data(0, UUID_ROLE)
        name = self._ask(self.tr("Add Party group"), self.tr("Name of the Party group (e.g. 第一党小组):"))
        if name is None:
            return
        done, group = self._apply(offices.create_group, branch_uuid, name)
        if done:
            self._reload(group.uuid)
