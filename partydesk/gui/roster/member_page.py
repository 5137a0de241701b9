"""A member's page: details, this year's study, service and talks, and the status history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.dates import format_date
from partydesk.gui.publicity.consent import ConsentPanel
from partydesk.gui.widgets.table import display
from partydesk.services import roster


def _table(headers: list[str], rows: list[list]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(display(value)))
    table.resizeColumnsToContents()
    return table


class MemberPage(QDialog):
    def __init__(self, window, uuid: str, year: int | None = None, today: date | None = None):
        super().__init__(window)
        self.main, self.db, self.uuid = window, window.db, uuid
        self.today = today or date.today()
        self.year = year or self.today.year
        self.setObjectName("memberPage")
        self.member = roster.get_member(self.db, uuid)
        self.setWindowTitle(self.member.name)
        self.resize(860, 660)  # fits 1024×768 less the task bar
        layout = QVBoxLayout(self)
        badge = self._reminder_badge()
        if badge is not None:
            layout.addWidget(badge)
        top = QHBoxLayout()
        top.addWidget(self._details(), 1)
        top.addWidget(self._year_box(), 1)
        layout.addLayout(top, 3)
        self.sections = QTabWidget(self)  # the history, vanguard and consent sections, one at a time
        self.sections.setObjectName("memberPageSections")
        self.sections.addTab(self._history(), self.tr("H&istory"))
        self.sections.addTab(self._vanguard(), self.tr("&Vanguard"))
        self.sections.addTab(ConsentPanel(window, uuid, self.today, self), self.tr("Con&sent to publish"))
        layout.addWidget(self.sections, 2)
        buttons = QDialogButtonBox(self)
        edit = buttons.addButton(self.tr("&Edit…"), QDialogButtonBox.ActionRole)
        edit.clicked.connect(self._edit)
        status = buttons.addButton(self.tr("Change s&tatus…"), QDialogButtonBox.ActionRole)
        status.clicked.connect(self._status)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _reminder_badge(self) -> QLabel | None:
        """The member's open 早提醒, in red above the page; none when nobody needs reminding."""
        from partydesk.services import reminders

        found = reminders.reminders(self.db, self.today, member_uuid=self.uuid)
        if not found:
            return None
        badge = QLabel("；".join(f"{r.kind.label()}（{r.level}）：{r.evidence}" for r in found), self)
        badge.setObjectName("reminderBadge")
        badge.setWordWrap(True)
        badge.setStyleSheet("background: #fdecea; color: #8e0000; border: 1px solid #c62828; border-radius: 4px;"
                            " padding: 4px 8px;")
        return badge

    def _details(self) -> QWidget:
        m = self.member
        box = QGroupBox(self.tr("Member"))
        form = QFormLayout(box)
        rows = [
            (self.tr("Name"), m.name), (self.tr("Gender"), display(m.gender)),
            (self.tr("Birth date"), format_date(m.birth_date)), (self.tr("Resident ID"), m.resident_id_masked),
            (self.tr("Phone"), m.phone_masked), (self.tr("Branch"), m.branch_name),
            (self.tr("Party group"), m.group_name), (self.tr("Status"), m.status.label()),
            (self.tr("Joined the Party"), format_date(m.joined_on)),
            (self.tr("Full member since"), format_date(m.full_on)), (self.tr("Job / post"), m.post),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            form.addRow(caption, label)
        return box

    def _year_box(self) -> QWidget:
        from partydesk.services.member_year import member_year

        box = QGroupBox(self.tr("Year %1").replace("%1", str(self.year)))
        layout = QVBoxLayout(box)
        year = member_year(self.db, self.uuid, self.year, self.today)
        self.year_data = year
        if year.counted:
            text = self.tr("Study hours: %1 of %2").replace("%1", f"{year.hours:g}").replace("%2", f"{year.required:g}")
            if year.shortfall > 0:
                text += self.tr(" (%1 short)").replace("%1", f"{year.shortfall:g}")
        else:
            text = self.tr("Study hours: %1 (no requirement for this status)").replace("%1", f"{year.hours:g}")
        layout.addWidget(QLabel(text))
        bar = QProgressBar()
        bar.setRange(0, max(1, int(round(year.required * 10))))
        bar.setValue(min(bar.maximum(), int(round(year.hours * 10))))
        bar.setTextVisible(False)
        bar.setMaximumHeight(12)
        layout.addWidget(bar)
        layout.addWidget(QLabel(self.tr("Present %1, on leave %2, absent %3")
                                .replace("%1", str(year.present)).replace("%2", str(year.leave))
                                .replace("%3", str(year.absent))))
        activities = [[a.on_date, a.kind, a.title, a.status, a.hours] for a in year.activities]
        layout.addWidget(_table([self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Attendance"),
                                 self.tr("Hours")], activities))
        services = [[s.on_date, s.category, s.title, s.hours] for s in year.services]
        hidden = "「" + self.tr("Confidential") + "」"
        talks = [[t.on_date, t.kind, t.talker, hidden if t.content_hidden else t.summary] for t in year.talks]
        layout.addWidget(QLabel(self.tr("Service practice: %1 h").replace("%1", f"{year.service_hours:g}")))
        layout.addWidget(_table([self.tr("Date"), self.tr("Category"), self.tr("Title"), self.tr("Hours")], services))
        layout.addWidget(QLabel(self.tr("Talks")))
        layout.addWidget(_table([self.tr("Date"), self.tr("Kind"), self.tr("Talker"), self.tr("Summary")], talks))
        return box

    def _history(self) -> QWidget:
        box = QGroupBox(self.tr("History"))
        layout = QVBoxLayout(box)
        rows = [[h.on_date, h.kind, h.from_status, h.to_status, h.note] for h in self.year_data.history]
        layout.addWidget(_table([self.tr("Date"), self.tr("Event"), self.tr("From"), self.tr("To"), self.tr("Note")],
                                rows))
        return box

    def _vanguard(self) -> QWidget:
        """Honours, points by year (this year's by quarter) and appraisal grades."""
        from partydesk.domain.vanguard import star_text
        from partydesk.services import vanguard

        box = QGroupBox(self.tr("Vanguard"))
        layout = QVBoxLayout(box)
        points = vanguard.member_points(self.db, self.uuid, self.year)
        quarters = "  ".join(self.tr("Quarter %1: %2").replace("%1", str(n)).replace("%2", f"{value:+d}")
                             for n, value in enumerate(points.quarters, start=1))
        layout.addWidget(QLabel(self.tr("Points %1: %2 %3 (base %4, added %5, deducted %6)  %7")
                                .replace("%1", str(self.year)).replace("%2", str(points.total))
                                .replace("%3", star_text(points.stars)).replace("%4", str(points.base))
                                .replace("%5", str(points.added)).replace("%6", str(points.deducted))
                                .replace("%7", quarters)))
        honours = vanguard.query_honours(self.db, vanguard.HonourQuery(member_uuid=self.uuid)).rows
        grades = vanguard.member_grades(self.db, self.uuid)
        row = QHBoxLayout()
        row.addWidget(_table([self.tr("Date"), self.tr("Honour"), self.tr("Level"), self.tr("Revoked")],
                             [[h.on_date, h.title, h.level, h.revoked_on] for h in honours]))
        row.addWidget(_table([self.tr("Year"), self.tr("Grade"), self.tr("Basis")],
                             [[str(g.year), g.grade, g.basis] for g in grades]))
        layout.addLayout(row)
        return box

    def _edit(self) -> None:
        from partydesk.gui.roster.dialog import MemberDialog

        if MemberDialog(self.main, self.uuid).exec():
            self.accept()

    def _status(self) -> None:
        from partydesk.gui.roster.status_dialog import StatusDialog

        if StatusDialog(self.main, self.uuid).exec():
            self.accept()
