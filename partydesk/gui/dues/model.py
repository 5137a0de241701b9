"""The member × month grid of one branch and year, over `dues.ledger` (a branch holds tens of members)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partydesk.services import dues

FIRST_MONTH = 3  # columns before January: name, category, monthly due
OWED = QBrush(QColor("#fdecea"))
PAID = QBrush(QColor("#e8f5e9"))


class LedgerModel(QAbstractTableModel):
    """Rows are members; columns name, category, monthly, January … December, due, paid, owed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dues.LedgerRow] = []
        self.until_month = 12  # months after this one are not yet owed (this year)
        self.headers = [self.tr("Name"), self.tr("Category"), self.tr("Monthly"),
                        *[self.tr("%1 月").replace("%1", str(m)) for m in range(1, 13)],
                        self.tr("Due"), self.tr("Paid"), self.tr("Owed")]

    def set_rows(self, rows: list[dues.LedgerRow], until_month: int) -> None:
        self.beginResetModel()
        self.rows, self.until_month = list(rows), until_month
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    @staticmethod
    def month_of_column(column: int) -> int | None:
        month = column - FIRST_MONTH + 1
        return month if 1 <= month <= 12 else None

    def cell(self, index: QModelIndex) -> dues.LedgerCell | None:
        month = self.month_of_column(index.column())
        return self.rows[index.row()].cells[month - 1] if month else None

    def is_owed(self, index: QModelIndex) -> bool:
        cell, month = self.cell(index), self.month_of_column(index.column())
        return bool(cell and cell.due is not None and cell.paid is None and month <= self.until_month)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        cell = self.cell(index)
        if role == Qt.DisplayRole:
            return self._text(index, row, cell)
        if role == Qt.BackgroundRole and cell is not None:
            return OWED if self.is_owed(index) else (PAID if cell.paid is not None else None)
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and cell is not None and cell.paid is not None:
            return " ".join(filter(None, [str(cell.paid_on or ""), cell.receipt_no, cell.proxy_name]))
        return None

    def _text(self, index: QModelIndex, row: dues.LedgerRow, cell: dues.LedgerCell | None) -> str:
        column = index.column()
        if cell is not None:
            if cell.paid is not None:
                return f"{cell.paid:.2f}"
            return self.tr("owed") if self.is_owed(index) else ""
        values = {0: row.name, 1: row.category.label() if row.category else self.tr("no base"),
                  2: "" if row.monthly is None else f"{row.monthly:.2f}"}
        last = FIRST_MONTH + 12
        values.update({last: f"{row.due:.2f}", last + 1: f"{row.paid:.2f}", last + 2: f"{row.owed:.2f}"})
        return values.get(column, "")
