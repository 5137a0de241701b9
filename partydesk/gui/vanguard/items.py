"""积分项: the office's items (points, addition or deduction, yearly cap), the yearly base and cap."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.domain.vanguard import PointKind, PointRules
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import enum_box
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.gui.widgets.table import display, list_table
from partydesk.services import vanguard


class PointItemsDialog(QDialog):
    def __init__(self, main, parent=None):
        super().__init__(parent)
        self.main, self.db = main, main.db
        self.setObjectName("pointItemsDialog")
        self.setWindowTitle(self.tr("Points items"))
        rules = vanguard.point_rules(self.db)
        self.base = QSpinBox(self)
        self.base.setRange(0, 1000)
        self.base.setValue(rules.base)
        self.cap = QSpinBox(self)
        self.cap.setRange(0, 1000)
        self.cap.setValue(rules.addition_cap)
        rules_row = QHBoxLayout()
        for caption, box in ((self.tr("Yearly &base"), self.base), (self.tr("Additions &capped at"), self.cap)):
            label = QLabel(caption, self)
            label.setBuddy(box)
            rules_row.addWidget(label)
            rules_row.addWidget(box)
        save_rules = QPushButton(self.tr("Save &rules"), self)
        save_rules.clicked.connect(self.save_rules)
        rules_row.addWidget(save_rules)
        rules_row.addStretch(1)
        self.table = list_table("pointItemsTable", [self.tr("Code"), self.tr("Item"), self.tr("Points"),
                                                    self.tr("Kind"), self.tr("Yearly cap"), self.tr("Source")], self)
        self.table.itemActivated.connect(lambda _item: self.edit(self.table.currentRow()))
        new = QPushButton(self.tr("&New item…"), self)
        new.clicked.connect(lambda: self.edit(-1))
        change = QPushButton(self.tr("C&hange…"), self)
        change.clicked.connect(lambda: self.edit(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(change)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(rules_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.refresh()

    def refresh(self) -> None:
        self.items = vanguard.list_items(self.db)
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            values = (item.code, item.name, item.points, item.kind, item.yearly_cap, item.source)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(display(value)))
        self.table.resizeColumnsToContents()

    def save_rules(self) -> None:
        try:
            vanguard.save_point_rules(self.db, PointRules(self.base.value(), self.cap.value()))
        except PartydeskError as error:
            self.main.show_error(str(error))
            return
        self.main.notify_changed(Topic.VANGUARD)

    def edit(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        if ItemDialog(self.main, item, self).exec():
            self.refresh()
            self.main.notify_changed(Topic.VANGUARD)


class ItemDialog(RecordDialog):
    def __init__(self, main, item: vanguard.PointItemRow | None, parent=None):
        super().__init__(main, parent)
        self.setObjectName("pointItemDialog")
        self.setWindowTitle(self.tr("Points item"))
        f = self.form
        self.code = line(item.code if item else "", max_length=20)
        self.code.setReadOnly(item is not None)
        f.add("code", self.tr("C&ode"), self.code)
        self.name = line(item.name if item else "", max_length=100)
        f.add("name", self.tr("&Name"), self.name)
        self.points = QSpinBox(self)
        self.points.setRange(1, 100)
        self.points.setValue(item.points if item else 1)
        f.add("points", self.tr("&Points each time"), self.points)
        self.kind = enum_box(PointKind)
        self.kind.set_value(item.kind if item else PointKind.ADD)
        self.kind.setEnabled(item is None or not item.source.is_automatic)
        f.add("kind", self.tr("&Kind"), self.kind)
        self.cap = QSpinBox(self)
        self.cap.setRange(0, 1000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setValue(item.yearly_cap or 0 if item else 0)
        f.add("yearly_cap", self.tr("Yearly &cap"), self.cap)
        self.finish_layout()

    def save(self) -> None:
        vanguard.save_item(self.db, self.code.text(), self.name.text(), self.points.value(), self.kind.value(),
                           self.cap.value() or None)
