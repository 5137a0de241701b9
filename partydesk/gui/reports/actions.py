"""The Reports menu: each document is generated in a worker, then shown in the preview dialog."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from partydesk.domain.dates import FIRST_YEAR, LAST_YEAR
from partydesk.services import calendar, reports, roster, talks
from partydesk.services.offices import list_branches


def file_name(*parts: object) -> str:
    """A safe suggested file name: 会议记录_2026-03-15_支部党员大会.pdf."""
    text = "_".join(str(part) for part in parts if part)
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text)[:120] + ".pdf"


class ScopeDialog(QDialog):
    """Choose the year and/or the branch (or the whole office) a document covers."""

    def __init__(self, parent: QWidget, title: str, db, with_year: bool, with_branch: bool):
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
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, str | None]:
        return self.year.value(), self.branch.currentData()


# Workers: run off the UI thread, return (pdf bytes, suggested file name).

def minutes_job(db, uuid, progress, cancelled):
    activity = calendar.get_activity(db, uuid)
    data = reports.minutes_pdf(db, uuid, progress=progress, cancelled=cancelled)
    return data, file_name("会议记录", activity.on_date, activity.title)


def sign_in_job(db, uuid, progress, cancelled):
    activity = calendar.get_activity(db, uuid)
    data = reports.sign_in_pdf(db, uuid, progress=progress, cancelled=cancelled)
    return data, file_name("签到表", activity.on_date, activity.title)


def member_file_job(db, uuid, year, progress, cancelled):
    member = roster.get_member(db, uuid)
    data = reports.member_file_pdf(db, uuid, year, progress=progress, cancelled=cancelled)
    return data, file_name("党员教育培训档案", year, member.name)


def roster_job(db, branch_uuid, progress, cancelled):
    data = reports.roster_pdf(db, branch_uuid, progress=progress, cancelled=cancelled)
    return data, file_name("党员花名册", date.today())


def annual_job(db, year, branch_uuid, progress, cancelled):
    data = reports.annual_pdf(db, year, branch_uuid, progress=progress, cancelled=cancelled)
    return data, file_name("年度党员教育培训情况统计", year)


def talk_job(db, uuid, progress, cancelled):
    talk = talks.get_talk(db, uuid)
    data = reports.talk_form_pdf(db, uuid, progress=progress, cancelled=cancelled)
    return data, file_name("谈话记录表", talk.on_date, talk.member_name)


class ReportActions(QObject):
    """Actions of the Reports menu, bound to one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.main = window
        self.previews = []

    def generate(self, title: str, job, *args) -> None:
        window = self.main
        window.operations.run(title, partial(job, window.db), *args, on_done=partial(self.preview, title))

    def preview(self, title: str, result) -> None:
        from partydesk.gui.reports.preview import PreviewDialog

        data, name = result
        dialog = PreviewDialog(data, title, name, self.main)
        self.previews.append(dialog)
        dialog.finished.connect(lambda _code, d=dialog: self.previews.remove(d) if d in self.previews else None)
        dialog.open()

    def _current(self, tab, missing: str) -> str | None:
        uuid = tab.current_uuid()
        if not uuid:
            self.main.show_status(missing)
        return uuid

    def add_to(self, menu) -> None:
        entries = (
            (self.tr("Print &meeting minutes…"), self.minutes),
            (self.tr("Print &sign-in sheet…"), self.sign_in),
            None,
            (self.tr("Member &education file…"), self.member_file),
            (self.tr("&Roster…"), self.roster),
            (self.tr("&Annual summary…"), self.annual),
            None,
            (self.tr("&Talk record form…"), self.talk),
        )
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            action = QAction(entry[0], self.main)
            action.triggered.connect(entry[1])
            menu.addAction(action)

    def minutes(self) -> None:
        uuid = self._current(self.main.calendar_tab, self.tr("Select an activity in the study calendar first."))
        if uuid:
            self.generate(self.tr("Meeting minutes"), minutes_job, uuid)

    def sign_in(self) -> None:
        uuid = self._current(self.main.calendar_tab, self.tr("Select an activity in the study calendar first."))
        if uuid:
            self.generate(self.tr("Sign-in sheet"), sign_in_job, uuid)

    def member_file(self) -> None:
        uuid = self._current(self.main.roster_tab, self.tr("Select a member in the roster first."))
        if not uuid:
            return
        dialog = ScopeDialog(self.main, self.tr("Member education file"), self.main.db, True, False)
        if dialog.exec() == QDialog.Accepted:
            self.generate(self.tr("Member education file"), member_file_job, uuid, dialog.chosen()[0])

    def roster(self) -> None:
        dialog = ScopeDialog(self.main, self.tr("Roster"), self.main.db, False, True)
        if dialog.exec() == QDialog.Accepted:
            self.generate(self.tr("Roster"), roster_job, dialog.chosen()[1])

    def annual(self) -> None:
        dialog = ScopeDialog(self.main, self.tr("Annual summary"), self.main.db, True, True)
        if dialog.exec() == QDialog.Accepted:
            year, branch = dialog.chosen()
            self.generate(self.tr("Annual summary"), annual_job, year, branch)

    def talk(self) -> None:
        uuid = self._current(self.main.talks_tab, self.tr("Select a talk record first."))
        if uuid:
            self.generate(self.tr("Talk record form"), talk_job, uuid)


def install(window) -> ReportActions:
    """Add the Print…/Export PDF… entries to the Reports menu of `window`."""
    actions = ReportActions(window)
    actions.add_to(window.menus["reports"])
    return actions
