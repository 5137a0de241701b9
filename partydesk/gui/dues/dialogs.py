"""Dialogs of the ledger: one payment (another amount, receipt, proxy, approval) and a member's yearly base."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from partydesk.domain.dues import DuesCategory, month_index
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import enum_box
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.services import dues


class PaymentDialog(RecordDialog):
    """Record one month of one member; the due amount is filled in, anything else needs a note."""

    def __init__(self, window, row: dues.LedgerRow, year: int, month: int, today: date, parent=None):
        super().__init__(window, parent)
        self.setObjectName("paymentDialog")
        self.row, self.index, self.today = row, month_index(year, month), today
        self.setWindowTitle(self.tr("%1: dues of %2").replace("%1", row.name).replace("%2", f"{year}-{month:02d}"))
        f = self.form
        self.amount = f.add("amount", self.tr("&Amount (yuan)"), line(f"{row.monthly:.2f}" if row.monthly else ""))
        self.paid_on = f.add("paid_on", self.tr("&Paid on"), DateEdit("paid_on", optional=False))
        self.paid_on.set_value(today)
        self.receipt = f.add("receipt_no", self.tr("&Receipt number"), line(max_length=40))
        self.proxy = f.add("proxy_name", self.tr("Paid &by (proxy)"), line(max_length=40))
        self.note = f.add("note", self.tr("&Note (why another amount)"), line(max_length=2000))
        self.approval = f.add("approval", self.tr("Appro&val of a reduction"), line())
        self.approval.setPlaceholderText(self.tr("The higher committee's approval, e.g. its document number"))
        self.finish_layout()

    def save(self) -> None:
        result = dues.record_payment(self.db, dues.PaymentInput(
            self.row.member_uuid, self.index, self.amount.text(), self.paid_on.value(), self.receipt.text(),
            self.proxy.text(), self.note.text(), self.approval.text()), today=self.today)
        if result.warnings:
            QMessageBox.information(self, self.windowTitle(), "\n".join(result.warnings))
        self.main.notify_changed(Topic.DUES)


class BaseDialog(RecordDialog):
    """核定: the category and monthly base (wage after tax, or pension) of a member for the year."""

    def __init__(self, window, row: dues.LedgerRow, year: int, parent=None):
        super().__init__(window, parent)
        self.setObjectName("baseDialog")
        self.row, self.year = row, year
        self.setWindowTitle(self.tr("%1: dues base for %2").replace("%1", row.name).replace("%2", str(year)))
        f = self.form
        self.category = f.add("category", self.tr("&Category"), enum_box(DuesCategory))
        if row.category:
            self.category.set_value(row.category)
        self.base = f.add("base", self.tr("Monthly &base (yuan)"), line(f"{row.base:.2f}" if row.base else ""))
        self.base.setPlaceholderText(self.tr("Wage after tax, or pension; not needed for fixed amounts"))
        self.finish_layout()

    def save(self) -> None:
        dues.set_base(self.db, self.row.member_uuid, self.year, self.category.value(), self.base.text() or "0")
        self.main.notify_changed(Topic.DUES)
