"""The Reports menu: each document is generated in a worker, then shown in the preview dialog."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from partydesk.domain.dates import FIRST_YEAR, LAST_YEAR
from partydesk.gui.widgets.quarters import quarter_box, quarter_label
from partydesk.services import reports
from partydesk.services.offices import list_branches
from partydesk.services.reports import ACTIVITY, MEMBER, TALK


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


class ScopeDialog(QDialog):
    """Choose the year and/or the branch (or the whole office) a document covers."""

    def __init__(self, parent: QWidget, title: str, db, with_year: bool, with_branch: bool,
                 with_quarter: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.branch = QComboBox(self)
        self.branch.addItem(self.tr("Whole office"), None)
        for branch in list_branches(db) if with_branch else ():
            self.branch.addItem(branch.name, branch.uuid)
        if with_year:
            form.addRow(self.tr("&Year:"), self.year)
        if with_branch:
            form.addRow(self.tr("&Branch:"), self.branch)
        self.quarter = quarter_box(self, "reportQuarter")  # 季度公示: the year to the end of a quarter
        if with_quarter:
            form.addRow(quarter_label(), self.quarter)
        self.year.setVisible(with_year)  # a box left out of the form would sit at the top left, over the labels
        self.branch.setVisible(with_branch)
        self.quarter.setVisible(with_quarter)
        (self.year if with_year else self.branch).setFocus()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, str | None]:
        return self.year.value(), self.branch.currentData()

    def chosen_quarter(self) -> int | None:
        return self.quarter.value() if self.quarter.isVisibleTo(self) else None


def report_job(db, code: str, request: reports.Request, progress, cancelled) -> tuple[bytes, str]:
    """Off the UI thread: the PDF bytes and the suggested file name."""
    return reports.make_report(db, code, request, progress, cancelled), reports.suggested_name(db, code, request)


# The menu's text and the preview's title of each document of the catalogue, with the menu's sections.
LABELS = {
    "minutes": (QT_TRANSLATE_NOOP("ReportActions", "Print &meeting minutes…"),
                QT_TRANSLATE_NOOP("ReportActions", "Meeting minutes")),
    "sign-in": (QT_TRANSLATE_NOOP("ReportActions", "Print &sign-in sheet…"),
                QT_TRANSLATE_NOOP("ReportActions", "Sign-in sheet")),
    "member-file": (QT_TRANSLATE_NOOP("ReportActions", "Member &education file…"),
                    QT_TRANSLATE_NOOP("ReportActions", "Member education file")),
    "roster": (QT_TRANSLATE_NOOP("ReportActions", "&Roster…"), QT_TRANSLATE_NOOP("ReportActions", "Roster")),
    "annual": (QT_TRANSLATE_NOOP("ReportActions", "&Annual summary…"),
               QT_TRANSLATE_NOOP("ReportActions", "Annual summary")),
    "talk": (QT_TRANSLATE_NOOP("ReportActions", "&Talk record form…"),
             QT_TRANSLATE_NOOP("ReportActions", "Talk record form")),
    "honours": (QT_TRANSLATE_NOOP("ReportActions", "&Honours roll…"),
                QT_TRANSLATE_NOOP("ReportActions", "Honours roll")),
    "points": (QT_TRANSLATE_NOOP("ReportActions", "Points &notice…"),
               QT_TRANSLATE_NOOP("ReportActions", "Points notice")),
    "review": (QT_TRANSLATE_NOOP("ReportActions", "Appraisal res&ults…"),
               QT_TRANSLATE_NOOP("ReportActions", "Appraisal results")),
}
SECTIONS = (("minutes", "sign-in"), ("member-file", "roster", "annual"), ("talk",), ("honours", "points", "review"))
SELECT_FIRST = {
    ACTIVITY: QT_TRANSLATE_NOOP("ReportActions", "Select an activity in the study calendar first."),
    MEMBER: QT_TRANSLATE_NOOP("ReportActions", "Select a member in the roster first."),
    TALK: QT_TRANSLATE_NOOP("ReportActions", "Select a talk record first."),
}


class ReportActions(QObject):
    """Actions of the Reports menu, bound to one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.main = window
        self.previews = []

    def add_to(self, menu) -> None:
        for number, section in enumerate(SECTIONS):
            if number:
                menu.addSeparator()
            for code in section:
                action = QAction(_t(LABELS[code][0]), self.main)
                action.triggered.connect(partial(self.open, code))
                menu.addAction(action)

    def open(self, code: str) -> None:
        """Ask for what the document needs (the selected record, a year, a branch), then make it."""
        kind = reports.report_kind(code)
        title = _t(LABELS[code][1])
        subject = self._selected(kind.subject) if kind.subject else None
        if kind.subject and not subject:
            return
        year = branch = quarter = None
        if kind.needs_year or kind.by_branch:
            dialog = ScopeDialog(self.main, title, self.main.db, kind.needs_year, kind.by_branch, kind.by_quarter)
            if dialog.exec() != QDialog.Accepted:
                return
            year, branch = dialog.chosen()
            quarter = dialog.chosen_quarter()
        request = reports.Request(subject, year if kind.needs_year else None, branch, date.today(), quarter)
        self.main.operations.run(title, report_job, self.main.db, code, request, on_done=partial(self.preview, title))

    def _selected(self, subject: str) -> str | None:
        tab = {ACTIVITY: self.main.calendar_tab, MEMBER: self.main.roster_tab, TALK: self.main.talks_tab}[subject]
        uuid = tab.current_uuid()
        if not uuid:
            self.main.show_status(_t(SELECT_FIRST[subject]))
        return uuid

    def preview(self, title: str, result) -> None:
        from partydesk.gui.reports.preview import PreviewDialog

        data, name = result
        dialog = PreviewDialog(data, title, name, self.main)
        self.previews.append(dialog)
        dialog.finished.connect(lambda _code, d=dialog: self.previews.remove(d) if d in self.previews else None)
        dialog.open()


def install(window) -> ReportActions:
    """Add the document entries to the Reports menu of `window`."""
    actions = ReportActions(window)
    actions.add_to(window.menus["reports"])
    return actions
