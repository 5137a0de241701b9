"""提醒 panel of the overview: counts per kind and level, and a to-do list answered in two keystrokes.

Select a line (arrows), then T records a 提醒谈话, J a 正当理由, D a dismissal; Enter offers the
same choices in a menu, and O (or a double click) opens the member's page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from partydesk.domain.reminders import ReminderKind
from partydesk.services import reminders

LEVEL_COLORS = {1: QColor("#fff8e1"), 2: QColor("#ffe0b2"), 3: QColor("#ffcdd2")}


class ReminderModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[reminders.Reminder] = []
        self.headers = [self.tr("Level"), self.tr("Reminder"), self.tr("Name"), self.tr("Branch"),
                        self.tr("Evidence"), self.tr("Suggested")]

    def set_rows(self, rows: list[reminders.Reminder]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        return self.headers[section] if role == Qt.DisplayRole and orientation == Qt.Horizontal else None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return (str(r.level), r.kind.label(), r.name, r.branch, r.evidence, r.suggested)[index.column()]
        if role == Qt.BackgroundRole:
            return QBrush(LEVEL_COLORS.get(r.level, LEVEL_COLORS[1]))
        return None


class ReminderList(QTableView):
    def __init__(self, panel: ReminderPanel):
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("reminderList")
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.doubleClicked.connect(lambda _index: panel.open_member())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        action = {Qt.Key_T: self.panel.answer_talk, Qt.Key_J: self.panel.answer_justify,
                  Qt.Key_D: self.panel.answer_dismiss, Qt.Key_O: self.panel.open_member,
                  Qt.Key_Return: self.panel.offer_answers, Qt.Key_Enter: self.panel.offer_answers}.get(event.key())
        if action is None:
            super().keyPressEvent(event)
        else:
            action()


class ReminderPanel(QGroupBox):
    def __init__(self, main, today: date, parent=None):
        super().__init__(parent)
        self.main, self.db, self.today = main, main.db, today
        self.setObjectName("reminderPanel")
        self.setTitle(self.tr("Early reminders (提醒): members drifting away"))
        self.counts = QLabel(self)
        self.counts.setObjectName("reminderCounts")
        self.counts.setWordWrap(True)
        self.model = ReminderModel(self)
        self.view = ReminderList(self)
        self.view.setModel(self.model)
        self.view.setMinimumHeight(220)
        hint = QLabel(self.tr("Select a line, then T: reminder talk · J: justified until a date · D: dismiss · "
                              "O: open the member · Enter: choose"), self)
        hint.setWordWrap(True)
        printing = QPushButton(self.tr("Print the list (&Q)"), self)
        printing.setObjectName("printReminders")
        printing.clicked.connect(self.print_list)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(printing, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(hint)
        self.loaded = False

    def load(self) -> None:
        today = self.today
        self.main.operations.read(lambda: reminders.reminders(self.db, today), self.show_rows)

    def show_rows(self, rows: list[reminders.Reminder]) -> None:
        self.loaded = True
        row = max(0, self.view.currentIndex().row())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        counted = reminders.counts(rows)
        lines = []
        for kind in ReminderKind:
            levels = {level: n for (k, level), n in counted.items() if k is kind}
            if levels:
                parts = "，".join(self.tr("level %1: %2").replace("%1", str(level)).replace("%2", str(n))
                                 for level, n in sorted(levels.items(), reverse=True))
                lines.append(f"{kind.label()}：{parts}")
        self.counts.setText("\n".join(lines) if lines else self.tr("Nobody needs a reminder today."))
        if rows:
            self.view.selectRow(min(row, len(rows) - 1))

    def print_list(self) -> None:
        """The 提醒清单 of the office, judged on the panel's day, in the preview."""
        from partydesk.gui.dues.tab import print_pdf
        from partydesk.services import reports

        today = self.today
        print_pdf(self.main, self.tr("Reminder list"), lambda db, progress, cancelled: (
            reports.reminders_pdf(db, None, today, today, progress, cancelled), f"提醒清单_{today.isoformat()}.pdf"))

    def current(self) -> reminders.Reminder | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _answer(self, dialog_class) -> None:
        reminder = self.current()
        if reminder is not None:
            dialog_class(self.main, reminder, self.today, self).exec()

    def answer_talk(self) -> None:
        from partydesk.gui.dues.answers import ReminderTalkDialog

        self._answer(ReminderTalkDialog)

    def answer_justify(self) -> None:
        from partydesk.gui.dues.answers import JustifyDialog

        self._answer(JustifyDialog)

    def answer_dismiss(self) -> None:
        from partydesk.gui.dues.answers import DismissDialog

        self._answer(DismissDialog)

    def open_member(self) -> None:
        from partydesk.gui.roster.member_page import MemberPage

        reminder = self.current()
        if reminder is not None:
            MemberPage(self.main, reminder.member_uuid, None, self.today).exec()

    def offer_answers(self) -> None:
        if self.current() is None:
            return
        menu = QMenu(self)
        for text, slot in ((self.tr("Reminder &talk…"), self.answer_talk),
                           (self.tr("&Justified until…"), self.answer_justify),
                           (self.tr("&Dismiss…"), self.answer_dismiss),
                           (self.tr("&Open the member"), self.open_member)):
            menu.addAction(text, slot)
        rect = self.view.visualRect(self.view.currentIndex())
        self.menu = menu
        menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2)))
