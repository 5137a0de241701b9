"""Branches and Party groups of the office: see them with their member counts, add new ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.services import offices

UUID_ROLE = Qt.UserRole


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
        close = QDialogButtonBox(self)
        close.addButton(self.tr("&Close"), QDialogButtonBox.RejectRole)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add_branch)
        buttons.addWidget(add_group)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(520, 420)
        self.load()

    def load(self, select: str | None = None) -> None:
        self.tree.clear()
        groups = offices.list_groups(self.db)
        for branch in offices.list_branches(self.db):
            item = QTreeWidgetItem([branch.name, str(branch.member_count)])
            item.setData(0, UUID_ROLE, branch.uuid)
            self.tree.addTopLevelItem(item)
            for group in (g for g in groups if g.branch_uuid == branch.uuid):
                child = QTreeWidgetItem([group.name, ""])
                child.setData(0, UUID_ROLE, branch.uuid)
                item.addChild(child)
                if group.uuid == select:
                    self.tree.setCurrentItem(child)
            if branch.uuid == select:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    def _ask(self, title: str, label: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label)
        return name if ok and name.strip() else None

    def add_branch(self) -> None:
        name = self._ask(self.tr("Add branch"), self.tr("Name of the branch (e.g. 第一党支部):"))
        if name is None:
            return
        try:
            branch = offices.create_branch(self.db, name)
        except PartydeskError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.load(branch.uuid)
        self.main.notify_changed("settings")

    def add_group(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select the branch the group belongs to."))
            return
        branch_uuid = item.data(0, UUID_ROLE)
        name = self._ask(self.tr("Add Party group"), self.tr("Name of the Party group (e.g. 第一党小组):"))
        if name is None:
            return
        try:
            group = offices.create_group(self.db, branch_uuid, name)
        except PartydeskError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.load(group.uuid)
        self.main.notify_changed("settings")
