"""Overview pieces drawn with Qt: figure tiles, per-branch progress bars, the meeting grid, short lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from partydesk.gui.widgets.table import display
from partydesk.services.dashboard import FUTURE, MET, MISSED, OPEN, BranchMeetings

STATE_COLORS = {MET: QColor("#2e7d32"), MISSED: QColor("#c62828"), OPEN: QColor("#f9a825"), FUTURE: QColor("#d0d0d0")}
TILE_STYLE = """
QPushButton { text-align: left; padding: 8px 12px; border: 1px solid #d8c8c8; border-radius: 6px;
              background: #fffaf7; }
QPushButton:hover, QPushButton:focus { border: 2px solid #c8102e; }
"""


class Tile(QPushButton):
    """A big figure with its caption; pressing it opens the list behind the figure.

    The text is the button's own (for tests and screen readers) but drawn by a word-wrapping label,
    so a long caption or a translation makes the tile taller, never the overview wider than the screen.
    """

    MINIMUM_WIDTH = 150
    PREFERRED_WIDTH = 200  # the same for every tile, so a row of tiles shares the width equally

    def __init__(self, caption: str, parent: QWidget | None = None, *, alert: bool = False):
        super().__init__(parent)
        self.caption = caption
        self.alert = alert
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.label)
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.set_value("–")

    def set_value(self, value: str, detail: str = "") -> None:
        color = "#c62828" if self.alert and value not in ("0", "–") else "#1a1a1a"
        self.value = value
        self.setText(f"{value}\n{self.caption}" + (f"  {detail}" if detail else ""))
        self.label.setText(self.text())
        self.setStyleSheet(TILE_STYLE + f"QPushButton, QLabel {{ color: {color}; font-size: 11pt; }}")

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.PREFERRED_WIDTH, self.column.heightForWidth(self.PREFERRED_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.MINIMUM_WIDTH, self.column.heightForWidth(self.MINIMUM_WIDTH))

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # type: ignore[attr-defined]  # (missing from the stubs) the label draws it, wrapped
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class BranchBars(QWidget):
    """One row a branch: its name (a button to its roster), completion bar, figures."""

    opened = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QPushButton, QProgressBar, QLabel]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, float, str]]) -> None:
        """rows: (branch uuid, name, completion 0..1, figures text)."""
        for widgets in self.rows:
            for widget in widgets:
                widget.deleteLater()
        self.rows = []
        for index, (uuid, name, completion, text) in enumerate(rows):
            button = QPushButton(name, self)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.clicked.connect(lambda _=False, u=uuid: self.opened.emit(u))
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setValue(int(round(completion * 1000)))
            bar.setFormat(f"{completion * 100:.0f}%")
            bar.setMaximumHeight(18)
            color = "#2e7d32" if completion >= 0.95 else "#f9a825" if completion >= 0.8 else "#c62828"
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; }}")
            label = QLabel(text, self)
            for column, widget in enumerate((button, bar, label)):
                self.grid.addWidget(widget, index, column)
            self.rows.append((button, bar, label))


class MeetingGrid(QWidget):
    """Held vs required per branch, kind and period: green met, red missed, amber open, grey to come."""

    opened = Signal(int)
    CELL = 11
    GAP = 2
    ROW = 22

    def __init__(self, kind_label: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind_label = kind_label
        self.meetings: tuple[BranchMeetings, ...] = ()
        self.kinds: list = []
        self.current = 0
        self.name_width = 120
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)

    def set_meetings(self, meetings: tuple[BranchMeetings, ...]) -> None:
        self.meetings = meetings
        kinds: list = []
        for branch in meetings:
            for cell in branch.cells:
                if cell.kind not in kinds:
                    kinds.append(cell.kind)
        self.kinds = kinds
        metrics = self.fontMetrics()
        self.name_width = max([metrics.horizontalAdvance(m.branch_name) for m in meetings] + [80]) + 12
        self.current = min(self.current, max(0, len(meetings) - 1))
        self.updateGeometry()
        self.update()

    def _cells(self, branch: BranchMeetings, kind) -> list:
        return [cell for cell in branch.cells if cell.kind == kind]

    def _block_width(self, kind) -> int:
        most = max((len(self._cells(b, kind)) for b in self.meetings), default=0)
        return max(most * (self.CELL + self.GAP), self.fontMetrics().horizontalAdvance(self.kind_label(kind))) + 14

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.name_width + sum(self._block_width(k) for k in self.kinds)
        return QSize(width, self.ROW * (len(self.meetings) + 1) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _cell_at(self, x: int, y: int):
        row = y // self.ROW - 1
        if not 0 <= row < len(self.meetings):
            return row, None
        left = self.name_width
        for kind in self.kinds:
            width = self._block_width(kind)
            if left <= x < left + width:
                index = (x - left) // (self.CELL + self.GAP)
                cells = self._cells(self.meetings[row], kind)
                return row, cells[index] if 0 <= index < len(cells) else None
            left += width
        return row, None

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        left = self.name_width
        for kind in self.kinds:
            painter.drawText(QRect(left, 0, self._block_width(kind), self.ROW), Qt.AlignLeft | Qt.AlignVCenter,
                             self.kind_label(kind))
            left += self._block_width(kind)
        for row, branch in enumerate(self.meetings):
            top = self.ROW * (row + 1)
            if row == self.current and self.hasFocus():
                painter.fillRect(QRect(0, top, self.width(), self.ROW), QColor("#fde8e8"))
            painter.setPen(QPen(QColor("#1a1a1a")))
            painter.drawText(QRect(4, top, self.name_width - 8, self.ROW), Qt.AlignLeft | Qt.AlignVCenter,
                             branch.branch_name)
            left = self.name_width
            for kind in self.kinds:
                for index, cell in enumerate(self._cells(branch, kind)):
                    x = left + index * (self.CELL + self.GAP)
                    painter.fillRect(QRect(x, top + 4, self.CELL, self.CELL), STATE_COLORS[cell.state])
                left += self._block_width(kind)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            _row, cell = self._cell_at(event.pos().x(), event.pos().y())
            if cell is not None:
                QToolTip.showText(event.globalPos(), f"{self.kind_label(cell.kind)} {cell.period}: "
                                                     f"{cell.held}/{cell.required}")
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        row, _cell = self._cell_at(int(event.position().x()), int(event.position().y()))
        if 0 <= row < len(self.meetings):
            self.current = row
            self.update()
            self.opened.emit(row)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Down and self.current + 1 < len(self.meetings):
            self.current += 1
        elif event.key() == Qt.Key_Up and self.current > 0:
            self.current -= 1
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.meetings:
            self.opened.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        self.update()


class ListCard(QGroupBox):
    """A titled short list (the first rows) with a button opening the whole list."""

    def __init__(self, title: str, headers: list[str], more_text: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.more = QPushButton(more_text, self)
        self.uuids: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.more, 0, Qt.AlignRight)

    def set_rows(self, rows: list[tuple[str, list]], total: int) -> None:
        self.table.setRowCount(len(rows))
        self.uuids = [uuid for uuid, _ in rows]
        for r, (_uuid, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(display(value)))
        self.more.setEnabled(total > 0)
