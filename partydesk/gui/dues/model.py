"""The member × month grid of one branch and year, over `dues.ledger` (a branch holds tens of members)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partydesk.services import dues

FIRST_MONTH = 3  # columns before January: name, category, monthly due
# Roles as plain ints: comparing the role Qt passes with an int is much cheaper than with the enum.
DISPLAY, BACKGROUND, ALIGNMENT, TOOLTIP = (int(role.value) for role in (
    Qt.DisplayRole, Qt.BackgroundRole, Qt.TextAlignmentRole, Qt.ToolTipRole))
RIGHT = int((Qt.AlignRight | Qt.AlignVCenter).value)
OWED = QBrush(QColor("#fdecea"))
PAID = QBrush(QColor("#e8f5e9"))


class LedgerModel(QAbstractTableModel):
    """Rows are members; columns name, category, monthly, January … December, due, paid, owed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dues.LedgerRow] = []
        self.texts: list[list[str]] = []
        self.brushes: list[list[QBrush | None]] = []
        self.until_month = 12  # months after this one are not yet owed (this year)
        self.headers = [self.tr("Name"), self.tr("Category"), self.tr("Monthly"),
                        *[self.tr("%1 月").replace("%1", str(m)) for m in range(1, 13)],
                        self.tr("Due"), self.tr("Paid"), self.tr("Owed")]

    def set_rows(self, rows: list[dues.LedgerRow], until_month: int) -> None:
        """Take the rows and work out every cell's text and colour once (painting asks again and again)."""
        self.beginResetModel()
        self.rows, self.until_month = list(rows), until_month
        self.owed_text, self.no_base = self.tr("owed"), self.tr("no base")
        self.texts = [[self._text(r, row, column) for column in range(len(self.headers))]
                      for r, row in enumerate(self.rows)]
        self.brushes = [[self._brush(r, column) for column in range(len(self.headers))] for r in range(len(self.rows))]
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
        month = self.month_of_column(index.column())
        return month is not None and self._owed(self.rows[index.row()].cells[month - 1], month)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.texts[index.row()][index.column()]
        if role == BACKGROUND:
            return self.brushes[index.row()][index.column()]
        if role == ALIGNMENT:
            return RIGHT if index.column() >= 2 else None
        if role == TOOLTIP:
            cell = self.cell(index)
            if cell is not None and cell.paid is not None:
                return " ".join(filter(None, [str(cell.paid_on or ""), cell.receipt_no, cell.proxy_name]))
        return None

    def _owed(self, cell: dues.LedgerCell, month: int) -> bool:
        return cell.due is not None and cell.paid is None and month <= self.until_month

    def _brush(self, r: int, column: int) -> QBrush | None:
        month = self.month_of_column(column)
        if month is None:
            return None
        cell = self.rows[r].cells[month - 1]
        return OWED if self._owed(cell, month) else (PAID if cell.paid is not None else None)

    def _text(self, r: int, row: dues.LedgerRow, column: int) -> str:
        month = self.month_of_column(column)
        if month is not None:
            cell = row.cells[month - 1]
            if cell.paid is not None:
                return f"{cell.paid:.2f}"
            return self.owed_text if self._owed(cell, month) else ""
        values = {0: row.name, 1: row.category.label() if row.category else self.no_base,
                  2: "" if row.monthly is None else f"{row.monthly:.2f}"}
        last = FIRST_MONTH + 12
        values.update({last: f"{row.due:.2f}", last + 1: f"{row.paid:.2f}", last + 2: f"{row.owed:.2f}"})
        return values.get(column, "")
