"""The year's study plans: make a new one, or take back one made by mistake with its planned activities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.dialog import wide_enough
from partydesk.gui.widgets.table import list_table
from partydesk.services import calendar
from partydesk.services.access import Permission, allows


class PlansDialog(QDialog):
    def __init__(self, window, year: int):
        super().__init__(window)
        self.main = window
        self.db = window.db
        self.setObjectName("plansDialog")
        self.setWindowTitle(self.tr("Study plans"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.refresh)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.table = list_table("plansTable", [self.tr("Kind"), self.tr("Title"), self.tr("Frequency"),
                                               self.tr("Branch"), self.tr("Activities")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 11)  # a year's plans at a glance
        self.empty = QLabel(self.tr("No study plan for this year yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.new_button = buttons.addButton(self.tr("&New plan…"), QDialogButtonBox.ActionRole)
        self.delete_button = buttons.addButton(self.tr("&Delete plan…"), QDialogButtonBox.ActionRole)
        self.may_write = allows(self.db.actor, Permission.WRITE_RECORDS)
        self.new_button.setEnabled(self.may_write)
        self.new_button.clicked.connect(self.new_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        wide_enough(self)
        self.rows: list[calendar.PlanRow] = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = calendar.list_study_plans(self.db, self.year.value())
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            texts = (row.kind.label(), row.title, row.frequency.label(), row.branch_name or self.tr("(whole office)"),
                     str(row.activity_count))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.rows)
        self.delete_button.setEnabled(self.may_write and bool(self.rows))
        if self.rows:
            self.table.selectRow(0)

    def new_plan(self) -> None:
        from partydesk.gui.calendar.plan_dialog import PlanDialog

        if PlanDialog(self.main, year=self.year.value()).exec() == QDialog.Accepted:
            self.refresh()

    def delete_plan(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        plan = self.rows[index]
        question = self.tr("Delete the study plan “%1”? Its activities that are still only planned go to the "
                           "recycle bin; those already held stay.").replace("%1", plan.title)
        if QMessageBox.question(self, self.tr("Delete study plan"), question) != QMessageBox.Yes:
            return
        try:
            removed = calendar.delete_study_plan(self.db, plan.uuid)
        except PartydeskError as error:
            QMessageBox.warning(self, self.tr("Delete study plan"), str(error))
            return
        self.main.show_status(self.tr("Study plan deleted; %n planned activity(ies) moved to the recycle bin.",
                                      "", removed))
        self.main.notify_changed(Topic.ACTIVITIES)
        self.refresh()
