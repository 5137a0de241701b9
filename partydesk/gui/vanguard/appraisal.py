"""民主评议: the keyboard grade sheet (1 优秀 … 4 不合格, 0 clears) with the evidence and the ⌊n/3⌋ warning."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from partydesk.domain.vanguard import Grade, excellent_limit, excellent_over_limit, star_text
from partydesk.gui.operations import Topic, runner_for
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import vanguard

NAME, BRANCH, STATUS, GRADE, BASIS, HOURS, ABSENT, POINTS, HONOURS, TALKS = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Branch"),
    QT_TRANSLATE_NOOP("Columns", "Status"), QT_TRANSLATE_NOOP("Columns", "Grade"),
    QT_TRANSLATE_NOOP("Columns", "Basis"), QT_TRANSLATE_NOOP("Columns", "Study hours / required"),
    QT_TRANSLATE_NOOP("Columns", "Absences"), QT_TRANSLATE_NOOP("Columns", "Points"),
    QT_TRANSLATE_NOOP("Columns", "Honours"), QT_TRANSLATE_NOOP("Columns", "Talks"),
)
KEYS = {Qt.Key.Key_1: Grade.EXCELLENT, Qt.Key.Key_2: Grade.QUALIFIED, Qt.Key.Key_3: Grade.BASIC,
        Qt.Key.Key_4: Grade.UNQUALIFIED}
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
COLORS = {Grade.EXCELLENT: QColor("#e3f4e1"), Grade.BASIC: QColor("#fff4d6"), Grade.UNQUALIFIED: QColor("#fde2e2")}
NOT_GRADED = QColor("#eeeeee")


@dataclass
class SheetLine:
    line: vanguard.AppraisalLine
    grade: Grade | None
    basis: str

    @property
    def changed(self) -> bool:
        return self.grade != self.line.grade or self.basis != self.line.basis


class GradeSheetModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines = []  # SheetLine, one a member

    def load(self, lines: list[vanguard.AppraisalLine]) -> None:
        self.beginResetModel()
        self.lines = [SheetLine(line, line.grade, line.basis) for line in lines]
        self.endResetModel()
        self.changed.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        return translate("Columns", HEADERS[section]) if orientation == Qt.Horizontal else section + 1

    def data(self, index, role=Qt.DisplayRole):
        sheet = self.lines[index.row()]
        line = sheet.line
        if role in (Qt.DisplayRole, Qt.EditRole):
            grade = sheet.grade.label() if sheet.grade else (translate("Vanguard", "not graded") if line.refusal
                                                              else "")
            return (line.name, line.branch_name, line.status.label(), grade, sheet.basis,
                    f"{line.hours:g} / {line.required:g}", line.absent, f"{line.points} {star_text(line.stars)}",
                    line.honours, line.talks)[index.column()]
        if role == Qt.ToolTipRole and line.refusal:
            return translate("ValidationError", line.refusal)
        if role == Qt.BackgroundRole:
            if line.refusal:
                return QBrush(NOT_GRADED)
            if sheet.grade in COLORS:
                return QBrush(COLORS[sheet.grade])
        if role == Qt.FontRole and sheet.changed and index.column() == GRADE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() == BASIS and not self.lines[index.row()].line.refusal:
            return base | Qt.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.column() != BASIS:
            return False
        self.lines[index.row()].basis = str(value).strip()
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def set_grade(self, row: int, grade: Grade | None) -> bool:
        """False (nothing changes) for a member who is not graded."""
        sheet = self.lines[row]
        if sheet.line.refusal:
            return False
        sheet.grade = grade
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.changed.emit()
        return True

    def marks(self) -> list[vanguard.GradeMark]:
        return [vanguard.GradeMark(s.line.member_uuid, s.grade, s.basis) for s in self.lines if s.changed]

    def branch_counts(self) -> dict[str, tuple[int, int]]:
        """branch -> (graded, excellent) as the sheet stands now, saved or not."""
        counts: dict[str, tuple[int, int]] = {}
        for sheet in self.lines:
            if sheet.grade:
                graded, excellent = counts.get(sheet.line.branch_name, (0, 0))
                counts[sheet.line.branch_name] = (graded + 1, excellent + (sheet.grade is Grade.EXCELLENT))
        return counts

    def saved(self) -> None:
        for row, sheet in enumerate(self.lines):
            sheet.line = replace(sheet.line, grade=sheet.grade, basis=sheet.basis)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.changed.emit()


class GradeSheetView(QTableView):
    """Up/Down move; 1 优秀, 2 合格, 3 基本合格, 4 不合格, 0 or Delete clears; F2 types the basis."""

    refused = Signal(str)

    def __init__(self, model: GradeSheetModel, parent=None):
        super().__init__(parent)
        self.sheet = model
        self.setModel(model)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        row = self.currentIndex().row()
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if row >= 0 and not editing and (key in KEYS or key in CLEAR_KEYS):
            model = self.sheet
            if not model.set_grade(row, KEYS.get(key)):  # said in the status bar; the sheet moves on
                self.refused.emit(model.lines[row].line.refusal or "")
            if row + 1 < model.rowCount():
                self.setCurrentIndex(model.index(row + 1, self.currentIndex().column()))
            return
        super().keyPressEvent(event)


class AppraisalPage(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab, self.main, self.db = tab, tab.main, tab.db
        self.setObjectName("appraisalPage")
        help_text = QLabel(self.tr("Up/Down to move; 1: excellent, 2: qualified, 3: basically qualified, "
                                   "4: unqualified, 0 or Delete: no grade; F2 types the basis. Ctrl+S saves. "
                                   "Probationary members take part but are not graded."), self)
        help_text.setWordWrap(True)
        self.model = GradeSheetModel(self)
        self.view = GradeSheetView(self.model, self)
        self.view.setObjectName("gradeSheet")
        self.view.setAccessibleName("gradeSheet")
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.DoubleClicked)
        self.view.refused.connect(lambda reason: self.main.show_status(translate("ValidationError", reason)))
        self.warning = QLabel(self)
        self.warning.setObjectName("excellentWarning")
        self.warning.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.counts = QLabel(self)
        self.save_button = QPushButton(self.tr("Sa&ve grades"), self)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.model.changed.connect(self.update_warning)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addLayout(bottom)

    def year(self) -> int:
        return self.tab.year()

    def refresh(self) -> None:
        self.model.load(vanguard.appraisal_sheet(self.db, self.year(), self.tab.branch()))
        self.view.resizeColumnsToContents()
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, GRADE))

    def update_warning(self) -> None:
        over = [(branch, graded, excellent) for branch, (graded, excellent) in self.model.branch_counts().items()
                if excellent_over_limit(excellent, graded)]
        self.warning.setText("\n".join(
            self.tr("%1: %2 excellent of %3 graded, more than one third (at most %4)")
            .replace("%1", branch).replace("%2", str(excellent)).replace("%3", str(graded))
            .replace("%4", str(excellent_limit(graded))) for branch, graded, excellent in over))
        graded = sum(1 for s in self.model.lines if s.grade)
        gradable = sum(1 for s in self.model.lines if not s.line.refusal)
        pending = len(self.model.marks())
        self.counts.setText(self.tr("Graded %1 of %2; %3 unsaved change(s)")
                            .replace("%1", str(graded)).replace("%2", str(gradable)).replace("%3", str(pending)))

    def save(self) -> None:
        marks = self.model.marks()
        if not marks:
            return
        runner_for(self)(self.tr("Saving grades"), self._save, self.year(), marks, on_done=self._saved,
                         on_error=self._failed, changes=(Topic.VANGUARD,))

    def _save(self, year: int, marks, progress, cancelled):
        return vanguard.save_grades(self.db, year, marks, date.today())

    def _saved(self, outcome: vanguard.GradeOutcome) -> None:
        self.model.saved()
        notes = [self.tr("Grades saved: %1").replace("%1", str(outcome.saved))]
        if outcome.corrections:
            notes.append(self.tr("%1 correction period(s) opened").replace("%1", str(len(outcome.corrections))))
        if outcome.reminder_talks:
            notes.append(self.tr("hold a reminder talk with %1 member(s) graded basically qualified")
                         .replace("%1", str(len(outcome.reminder_talks))))
        self.main.show_status("; ".join(notes))

    def _failed(self, error: BaseException) -> None:
        row = getattr(error, "row", None)
        if row:
            changed = [i for i, s in enumerate(self.model.lines) if s.changed]
            if row - 1 < len(changed):
                self.view.setCurrentIndex(self.model.index(changed[row - 1], GRADE))
        self.main.show_error(str(error))
