"""Attendance checklist: everyone present by default; 1 / Space present, 2 leave, 3 absent; Ctrl+S saves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView

from partydesk.domain.dates import format_date
from partydesk.domain.enums import AttendanceStatus
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.dates import future_date_confirmed
from partydesk.gui.widgets.dialog import KeepOpen, RecordDialog
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import attendance, calendar

NAME, GROUP, STATUS, REASON, HOURS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Party group"),
    QT_TRANSLATE_NOOP("Columns", "Attendance"), QT_TRANSLATE_NOOP("Columns", "Reason for leave"),
    QT_TRANSLATE_NOOP("Columns", "Hours"),
)
KEYS = {
    Qt.Key_1: AttendanceStatus.PRESENT, Qt.Key_Space: AttendanceStatus.PRESENT,
    Qt.Key_2: AttendanceStatus.LEAVE, Qt.Key_3: AttendanceStatus.ABSENT,
}
COLORS = {AttendanceStatus.LEAVE: QColor("#fff4d6"), AttendanceStatus.ABSENT: QColor("#fde2e2")}


@dataclass
class Line:
    member_uuid: str
    name: str
    group: str
    status: AttendanceStatus
    reason: str
    hours: float


class ChecklistModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, lines: list[attendance.AttendanceLine], activity_hours: float, parent=None):
        super().__init__(parent)
        self.activity_hours = activity_hours
        self.lines = [Line(x.member_uuid, x.name, x.group_name, x.status, x.leave_reason, x.hours) for x in lines]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        return translate("Columns", HEADERS[section]) if orientation == Qt.Horizontal else section + 1

    def data(self, index, role=Qt.DisplayRole):
        line = self.lines[index.row()]
        column = index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            return (line.name, line.group, line.status.label(), line.reason, f"{line.hours:g}")[column]
        if role == Qt.BackgroundRole and line.status in COLORS:
            return QBrush(COLORS[line.status])
        return None

    def flags(self, index):
        base = super().flags(index)
        line = self.lines[index.row()]
        if index.column() == REASON and line.status is AttendanceStatus.LEAVE:
            return base | Qt.ItemIsEditable
        if index.column() == HOURS and line.status is AttendanceStatus.PRESENT:
            return base | Qt.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        line = self.lines[index.row()]
        if index.column() == REASON:
            line.reason = str(value).strip()
        elif index.column() == HOURS:
            try:
                line.hours = max(0.0, min(24.0, float(str(value).replace("，", ".").strip() or 0)))
            except ValueError:
                return False
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def set_status(self, row: int, status: AttendanceStatus) -> None:
        line = self.lines[row]
        if line.status is status:
            return
        line.status = status
        line.hours = self.activity_hours if status is AttendanceStatus.PRESENT else 0.0
        if status is not AttendanceStatus.LEAVE:
            line.reason = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, HOURS))
        self.changed.emit()

    def all_present(self) -> None:
        for row in range(len(self.lines)):
            self.set_status(row, AttendanceStatus.PRESENT)

    def marks(self) -> list[attendance.Mark]:
        return [attendance.Mark(line.member_uuid, line.status, line.reason, line.hours) for line in self.lines]

    def counts(self) -> dict[AttendanceStatus, int]:
        return {status: sum(1 for line in self.lines if line.status is status) for status in AttendanceStatus}


class ChecklistView(QTableView):
    """Up/Down move; Space or 1 present, 2 leave (then type the reason), 3 absent."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        status = KEYS.get(event.key())
        row = self.currentIndex().row()
        if status is not None and row >= 0 and self.state() != QAbstractItemView.EditingState:
            self.model().set_status(row, status)
            if status is AttendanceStatus.LEAVE:
                index = self.model().index(row, REASON)
                self.setCurrentIndex(index)
                self.edit(index)
            elif row + 1 < self.model().rowCount():
                self.setCurrentIndex(self.model().index(row + 1, self.currentIndex().column()))
            return
        super().keyPressEvent(event)


class AttendanceDialog(RecordDialog):
    geometry_key = "attendance_dialog"

    def __init__(self, window, activity_uuid: str):
        super().__init__(window)
        self.uuid = activity_uuid
        self.setObjectName("attendanceDialog")
        self.activity = calendar.get_activity(self.db, activity_uuid)
        a = self.activity
        self.setWindowTitle(self.tr("Attendance: %1").replace("%1", a.title))
        self.body.addWidget(QLabel(f"{format_date(a.on_date)}  {a.kind.label()}  {a.title}  "
                                   + self.tr("%1 study hours").replace("%1", f"{a.planned_hours:g}")))
        help_text = QLabel(self.tr("Everyone is marked present. Up/Down to move; 1 or Space: present, "
                                   "2: on leave (then type the reason, Enter), 3: absent. F2 edits hours. "
                                   "Ctrl+S saves."))
        help_text.setWordWrap(True)
        self.body.addWidget(help_text)
        self.model = ChecklistModel(attendance.attendance_sheet(self.db, activity_uuid), a.planned_hours, self)
        self.view = ChecklistView(self)
        self.view.setObjectName("attendanceTable")
        self.view.setAccessibleName("attendanceTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        self.view.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.Stretch)
        self.view.resizeColumnsToContents()
        self.body.addWidget(self.view, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("attendanceSummary")
        self.body.addWidget(self.summary)
        all_present = QPushButton(self.tr("All &present"), self)
        all_present.clicked.connect(self.model.all_present)
        self.body.addWidget(all_present)
        self.model.changed.connect(self.update_summary)
        self.update_summary()
        self.finish_layout()
        if self.width() < 600:
            self.resize(720, 600)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.setFocus()
        self.saved_summary = None

    def update_summary(self) -> None:
        counts = self.model.counts()
        self.summary.setText(self.tr("Expected %1   Present %2   On leave %3   Absent %4")
                             .replace("%1", str(len(self.model.lines)))
                             .replace("%2", str(counts[AttendanceStatus.PRESENT]))
                             .replace("%3", str(counts[AttendanceStatus.LEAVE]))
                             .replace("%4", str(counts[AttendanceStatus.ABSENT])))

    def save(self) -> None:
        current = self.view.currentIndex()
        if self.view.state() == QAbstractItemView.EditingState:  # moving the cursor commits the open editor
            self.view.setCurrentIndex(self.model.index(current.row(), NAME))
        if not future_date_confirmed(self, self.tr("This meeting"), self.activity.on_date, date.today()):
            raise KeepOpen
        before = attendance.attendance_sheet(self.db, self.uuid)
        marks = self.model.marks()
        self.saved_summary = attendance.record_attendance(self.db, self.uuid, marks)
        self._remember_for_undo(before, marks)
        s = self.saved_summary
        self.main.show_status(self.tr("Attendance saved: %1 present, %2 hours credited")
                                .replace("%1", str(s.present)).replace("%2", f"{s.hours_credited:g}"))
        self.main.notify_changed(Topic.ATTENDANCE, Topic.ACTIVITIES)

    def _remember_for_undo(self, before: list, marks: list) -> None:
        """Ctrl+Z puts back the marks saved before; a first registration cannot be taken back that way,
        so the undo stack is cleared rather than leaving 撤销 to undo something older than its label says."""
        if before and all(line.recorded for line in before):
            previous = [attendance.Mark(line.member_uuid, line.status, line.leave_reason, line.hours)
                        for line in before]
            uuid = self.uuid
            self.main.push_undo(self.tr("Attendance of %1").replace("%1", self.activity.title),
                                lambda: attendance.record_attendance(self.db, uuid, previous),
                                lambda: attendance.record_attendance(self.db, uuid, marks),
                                Topic.ATTENDANCE, Topic.ACTIVITIES)
        else:
            self.main.clear_undo()

    def show_error(self, error) -> None:
        row = getattr(error, "row", None)
        if row:
            self.view.setCurrentIndex(self.model.index(row - 1, REASON))
        super().show_error(error)
