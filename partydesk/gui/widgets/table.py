"""Paged table over a service query: SQL does filtering, sorting and counting; 200 rows a page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget

from partydesk.domain.dates import format_date
from partydesk.gui import settings
from partydesk.i18n import translate

PAGE_SIZE = 200
UUID_ROLE = Qt.UserRole + 1
# Plain ints: comparing the int role Qt passes to data() with a Qt enum member costs microseconds, and
# painting and sizing ask for every role of every cell.
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
BACKGROUND_ROLE = Qt.ItemDataRole.BackgroundRole.value
RIGHT_ALIGNED = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
SIZE_FROM_ROWS = 50  # columns are fitted to the rows on screen plus this many (Qt's default is 1000)
Fetch = Callable[[int, int, str, bool], Any]  # (offset, limit, sort, descending) -> Page


@dataclass(frozen=True)
class Column:
    """A table column: header (source text in `context`), display getter, SQL sort key."""

    title: str
    value: Callable[[Any], Any]
    sort: str = ""
    context: str = "Columns"
    numeric: bool = False


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Columns", "Yes") if value else ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return f"{value:g}"
    label = getattr(value, "label", None)
    return label() if callable(label) else str(value)


class PagedTableModel(QAbstractTableModel):
    """Holds only the pages fetched so far; `reload()` asks the service again from the top."""

    reloaded = Signal(int)  # total rows matching

    def __init__(self, columns: Sequence[Column], fetch: Fetch, parent=None, *, default_sort: str = ""):
        super().__init__(parent)
        self.columns = list(columns)
        self.fetch = fetch
        self.rows: list = []
        self.cells: dict[int, tuple[tuple[str, ...], QBrush | None]] = {}
        self.total = 0
        self.sort_key = default_sort
        self.default_sort = default_sort
        self.descending = False
        self.default_descending = False
        self.highlight: Callable[[Any], QColor | None] = lambda row: None
        self.loaded = False  # the view's first sort() call comes before the tab is ready

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        page = self.fetch(0, PAGE_SIZE, self.sort_key, self.descending)
        self.loaded = True
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self.cells = {}
        self.endResetModel()
        self.reloaded.emit(self.total)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        page = self.fetch(len(self.rows), PAGE_SIZE, self.sort_key, self.descending)
        if not page.rows:
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()
        self.total = page.total

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE):
        if not index.isValid():
            return None
        if role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            return self.row_cells(index.row())[0][index.column()]
        if role == UUID_ROLE:
            return self.rows[index.row()].uuid
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if self.columns[index.column()].numeric else None
        if role == BACKGROUND_ROLE:
            return self.row_cells(index.row())[1]
        return None

    def row_cells(self, row: int) -> tuple[tuple[str, ...], QBrush | None]:
        """A row's display texts and background, worked out once: Qt asks for each cell many times."""
        cells = self.cells.get(row)
        if cells is None:
            record = self.rows[row]
            color = self.highlight(record)
            cells = (tuple(display(column.value(record)) for column in self.columns),
                     QBrush(color) if color is not None else None)
            self.cells[row] = cells
        return cells

    def headerData(self, section: int, orientation, role: int = DISPLAY_ROLE):  # noqa: N802
        if role != DISPLAY_ROLE:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.columns[section]
            return translate(column.context, column.title)
        return section + 1

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else ""
        self.sort_key = key or self.default_sort
        self.descending = order == Qt.DescendingOrder if key else self.default_descending
        if self.loaded:
            self.reload()

    def uuid_at(self, row: int) -> str | None:
        return self.rows[row].uuid if 0 <= row < len(self.rows) else None

    def row_of(self, uuid: str) -> int:
        for index, row in enumerate(self.rows):
            if row.uuid == uuid:
                return index
        return -1


class RecordTable(QTableView):
    """Row-selecting table whose column widths are remembered; Enter opens, Delete deletes."""

    activated_row = Signal(int)
    delete_pressed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setTabKeyNavigation(False)  # read-only: Tab leaves the table instead of walking its cells
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.AscendingOrder)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))
        self._restored = False

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self.setSortingEnabled(True)
        self._restored = settings.restore_header(self.horizontalHeader(), self.objectName())
        model.reloaded.connect(self._size_once)

    def _size_once(self, _total: int) -> None:
        """Fit columns to the first page shown, unless the user's widths were remembered."""
        self.model().reloaded.disconnect(self._size_once)
        if not self._restored:
            self.resizeColumnsToContents()
            for column in range(self.model().columnCount()):
                self.setColumnWidth(column, min(self.columnWidth(column) + 12, 320))

    def save_state(self) -> None:
        settings.save_header(self.horizontalHeader(), self.objectName())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_uuid(self) -> str | None:
        index = self.currentIndex()
        selected = self.selectionModel().selectedRows() if self.selectionModel() else []
        if selected:
            index = selected[0] if not index.isValid() or index.row() not in {i.row() for i in selected} else index
        return self.model().uuid_at(index.row()) if index.isValid() else None

    def selected_uuids(self) -> list[str]:
        if self.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [uuid for uuid in (self.model().uuid_at(r) for r in rows) if uuid]

    def select_uuid(self, uuid: str | None) -> None:
        row = self.model().row_of(uuid) if uuid else -1
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))


def list_table(name: str, headers: Sequence[str], parent: QWidget | None = None) -> QTableWidget:
    """A dialog's read-only list of a few rows, chosen one whole row at a time."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setTabKeyNavigation(False)
    return table
