"""党费 tab: a branch's member × month grid for a year, kept from the keyboard, with arrears and totals.

Space marks the current column's month paid for every selected member; Enter records one payment
with its details; Delete cancels the payment under the cursor; Ctrl+B sets the member's base.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.dues import month_index
from partydesk.gui.dues.model import LedgerModel
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, fill_branches
from partydesk.services import dues, offices
from partydesk.services.access import Permission, allows


def print_pdf(main, title: str, job) -> None:
    """Run `job(db, progress=, cancelled=)` -> (bytes, file name) in a worker and open the preview."""
    from partydesk.gui.reports.actions import ReportActions

    actions = getattr(main, "report_actions", None) or ReportActions(main)
    main.operations.run(title, job, main.db, on_done=lambda result: actions.preview(title, result))


class LedgerView(QTableView):
    """The grid; its keys are the ledger's keyboard entry."""

    def __init__(self, tab: DuesTab):
        super().__init__(tab)
        self.tab = tab
        self.setObjectName("duesGrid")
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key_Space:
            self.tab.mark_selected_paid()
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            self.tab.record_payment()
        elif key == Qt.Key_Delete:
            self.tab.cancel_payment()
        else:
            super().keyPressEvent(event)


class DuesTab(QWidget):
    def __init__(self, main, today: date | None = None):
        super().__init__(main)
        self.main, self.db = main, main.db
        self.today = today or date.today()
        self.setObjectName("duesTab")
        self.stale, self.loaded = True, False
        self.totals: list[dues.BranchTotal] = []
        self.branch_box = ChoiceBox(self)
        fill_branches(self.branch_box, offices.list_branches(self.db))
        self.year_box = QComboBox(self)
        for year in range(self.today.year, self.today.year - 6, -1):
            self.year_box.addItem(str(year), year)
        self.branch_box.currentIndexChanged.connect(self.refresh)
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.model = LedgerModel(self)
        self.view = LedgerView(self)
        self.view.setModel(self.model)
        self.summary = QLabel(self)
        self.summary.setObjectName("duesSummary")
        self.summary.setWordWrap(True)
        self.arrears = QLabel(self)
        self.arrears.setObjectName("duesArrears")
        self.arrears.setWordWrap(True)
        writable = allows(self.db.actor, Permission.WRITE_RECORDS)
        top = QHBoxLayout()
        for caption, box in ((self.tr("&Branch"), self.branch_box), (self.tr("&Year"), self.year_box)):
            label = QLabel(caption, self)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
        top.addStretch(1)
        for text, slot, key, enabled in (
            (self.tr("&Mark paid (Space)"), self.mark_selected_paid, None, writable),
            (self.tr("Payment deta&ils… (Enter)"), self.record_payment, None, writable),
            (self.tr("B&ase… (Ctrl+B)"), self.set_base, "Ctrl+B", writable),
            (self.tr("Print re&gister"), self.print_register, None, True),
            (self.tr("Print public notice (&W)"), self.print_publicity, None, True),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setEnabled(enabled)
            top.addWidget(button)
            if key:
                QShortcut(QKeySequence(key), self, activated=slot)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.arrears)
        layout.addWidget(self.summary)

    # -- loading -------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.year_box.currentData() or self.today.year)

    def refresh(self) -> None:
        if not self.isVisible():
            self.stale = True
            return
        self.load()

    def load(self) -> None:
        self.stale = False
        year, branch = self.year, self.branch_box.value()

        def read():
            return dues.ledger(self.db, year, branch, self.today), dues.branch_totals(self.db, year, self.today)

        self.main.operations.read(read, self.show_data)

    def show_data(self, result) -> None:
        rows, totals = result
        until = dues.counted_until(self.year, self.today)
        until_month = 0 if until < month_index(self.year, 1) else until - month_index(self.year, 1) + 1
        current = self.view.currentIndex()
        self.model.set_rows(rows, until_month)
        self.view.resizeColumnsToContents()
        if current.isValid() and current.row() < len(rows):
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.totals = totals
        self.loaded = True
        owing = [f"{r.name}（{'、'.join(m[5:].lstrip('0') for m in r.unpaid_months)}月）"
                 for r in rows if r.unpaid_months]
        self.arrears.setText(self.tr("Arrears: %1").replace("%1", "；".join(owing)) if owing
                             else self.tr("No arrears."))
        line = self.tr("%1: due %2, paid %3, owed %4")
        self.summary.setText("\n".join(line.replace("%1", t.branch_name).replace("%2", f"{t.due:.2f}")
                                       .replace("%3", f"{t.paid:.2f}").replace("%4", f"{t.owed:.2f}")
                                       for t in totals))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.load()

    def on_changed(self, topics: set) -> None:
        if topics & {Topic.DUES, Topic.MEMBERS, Topic.SETTINGS, Topic.ALL}:
            self.refresh()

    # -- keyboard entry ------------------------------------------------------------------------
    def _selected_rows(self) -> list[dues.LedgerRow]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()}
                      | ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set()))
        return [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]

    def _current_month(self) -> int | None:
        month = self.model.month_of_column(self.view.currentIndex().column())
        if month is None:
            self.main.show_status(self.tr("Move to a month's column first."))
        return month

    def mark_selected_paid(self) -> None:
        month, rows = self._current_month(), self._selected_rows()
        if month is None or not rows:
            return
        uuids = [r.member_uuid for r in rows]
        self.main.operations.run(self.tr("Recording dues"), lambda progress, cancelled: dues.mark_paid(
            self.db, uuids, month_index(self.year, month), today=self.today), changes=(Topic.DUES,),
            on_done=lambda results: self.main.show_status(
                self.tr("%1 payments recorded.").replace("%1", str(len(results)))))

    def record_payment(self) -> None:
        from partydesk.gui.dues.dialogs import PaymentDialog

        month, rows = self._current_month(), self._selected_rows()
        if month is None or not rows:
            return
        PaymentDialog(self.main, rows[0], self.year, month, self.today, self).exec()

    def cancel_payment(self) -> None:
        index = self.view.currentIndex()
        cell = self.model.cell(index) if index.isValid() else None
        if cell is None or cell.payment_uuid is None:
            return
        name = self.model.rows[index.row()].name
        question = self.tr("Cancel the payment of %1 for this month?").replace("%1", name)
        if QMessageBox.question(self, self.tr("Dues"), question) != QMessageBox.Yes:
            return
        uuid = cell.payment_uuid
        self.main.operations.run(self.tr("Cancelling a payment"),
                                 lambda progress, cancelled: dues.cancel_payment(self.db, uuid), changes=(Topic.DUES,))

    def set_base(self) -> None:
        from partydesk.gui.dues.dialogs import BaseDialog

        rows = self._selected_rows()
        if rows:
            BaseDialog(self.main, rows[0], self.year, self).exec()

    # -- paper ---------------------------------------------------------------------------------
    def _print(self, title: str, job) -> None:
        """Make the PDF in a worker (`job(db, progress, cancelled)` -> bytes, file name), then preview it."""
        print_pdf(self.main, title, job)

    def print_register(self) -> None:
        from partydesk.services import reports

        month = self.model.month_of_column(self.view.currentIndex().column()) or max(1, self.model.until_month)
        branch, index, today = self.branch_box.value(), month_index(self.year, month), self.today
        name = f"党费收缴登记表-{self.year}-{month:02d}.pdf"
        self._print(self.tr("Dues register"), lambda db, progress, cancelled: (
            reports.dues_register_pdf(db, branch, index, today, progress, cancelled, today=today), name))

    def print_publicity(self) -> None:
        from partydesk.services import reports

        year, branch, today = self.year, self.branch_box.value(), self.today
        name = f"党费收缴情况公示-{year}.pdf"
        self._print(self.tr("Dues public notice"), lambda db, progress, cancelled: (
            reports.dues_publicity_pdf(db, year, branch, today, progress, cancelled, today=today), name))

    def current_uuid(self) -> str | None:
        rows = self._selected_rows()
        return rows[0].member_uuid if rows else None

    def selected_uuids(self) -> list[str]:
        return [r.member_uuid for r in self._selected_rows()]
