"""Study calendar (学习日历): month calendar with activity days in bold, and the activity list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.enums import ActivityKind
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.record_tab import RecordTab
from partydesk.gui.widgets.table import Column
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import calendar, offices

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.on_date, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: r.start_time.strftime("%H:%M") if r.start_time else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, "kind"),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title"),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name, "branch"),
    Column(QT_TRANSLATE_NOOP("Columns", "Topic area"), lambda r: r.topic_area, "topic_area"),
    Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place, "place"),
    Column(QT_TRANSLATE_NOOP("Columns", "Hours"), lambda r: r.planned_hours, "hours", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: r.state, "state"),
    Column(QT_TRANSLATE_NOOP("Columns", "Present"), lambda r: f"{r.present}/{r.marked}" if r.marked else "",
           numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Minutes"), lambda r: r.has_minutes),
)


class CalendarTab(RecordTab):
    topics = (Topic.ACTIVITIES, Topic.ATTENDANCE)
    record_topic = Topic.ACTIVITIES
    default_sort = "date"

    def __init__(self, window, today: date | None = None):
        self.today = today or date.today()
        self.buttons: list[QPushButton] = []
        super().__init__(window, "calendarTab", "calendarTable", "calendarSearch")
        self.search.setPlaceholderText(self.tr("Title, place, host or speaker"))

    def build_filters(self) -> None:
        self.year_box = self.add_filter(self.tr("Year"), ChoiceBox(self))
        for year in range(self.today.year + 1, self.today.year - 8, -1):
            self.year_box.add(str(year), year)
        self.year_box.set_value(self.today.year)
        self.branch_box = self.add_filter(self.tr("Branch"), ChoiceBox(self))
        self.kind_box = self.add_filter(self.tr("Kind"), enum_box(ActivityKind, any_text=self.tr("All kinds")))
        self.branch_box.add(self.tr("All branches"), None)
        self.branches_stale = True  # the branches are read when the tab is first shown
        for box in (self.year_box, self.branch_box, self.kind_box):
            box.currentIndexChanged.connect(self._filters_changed)

    def columns(self):
        return COLUMNS

    def extra_buttons(self):
        specs = [
            (self.tr("&Attendance…"), self.open_attendance, "attendanceButton"),
            (self.tr("&Minutes…"), self.open_minutes, "minutesButton"),
            (self.tr("Study &plan…"), self.open_plans, "planButton"),
            (self.tr("&Generate poster…"), self.open_poster, "posterButton"),
        ]
        for text, slot, name in specs:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons.append(button)
        return self.buttons

    def _layout(self) -> None:
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("monthCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        self.calendar.setSelectedDate(QDate(self.today.year, self.today.month, self.today.day))
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.mark_days())
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_activated)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar)
        column.addStretch(1)
        right = QWidget(self)
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        self.fill_list_panel(inner)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def query(self) -> calendar.ActivityQuery:
        kind = self.kind_box.value()
        return calendar.ActivityQuery(
            search=self.search.text().strip(),
            year=self.year_box.value(),
            branch_uuid=self.branch_box.value(),
            kinds=(kind,) if kind else (), deleted=self.in_bin,
        )

    def fetch(self, offset, limit, sort, descending):
        query = replace(self.base_query(), search=self.search.text().strip(), deleted=self.in_bin, offset=offset,
                        limit=limit, sort=sort or "date", descending=descending)
        return calendar.query_activities(self.db, query)

    def load_branches(self) -> None:
        self.branches_stale = False
        fill_branches(self.branch_box, offices.list_branches(self.db), any_text=self.tr("All branches"))

    def load(self) -> None:
        if self.branches_stale:
            self.load_branches()
        first = not self.model.loaded
        super().load()
        self.mark_days()
        if first and self.override is None:
            self.go_to(self.today)

    def _filters_changed(self) -> None:
        year = self.year_box.value()
        if year and year != self.calendar.yearShown():
            self.calendar.setCurrentPage(year, self.calendar.monthShown())
        self.filter_changed()

    def mark_days(self) -> None:
        """Activity days of the month shown in bold (from the database, per branch filter)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        branch = self.branch_box.value()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Bold)
        bold.setForeground(Qt.darkRed)
        self.activity_days = calendar.activity_days(self.db, year, month, branch)
        for day, count in self.activity_days.items():
            fmt = QTextCharFormat(bold)
            fmt.setToolTip(self.tr("%n activity(ies)", "", count))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    def _day_clicked(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        if self.year_box.value() != day.year:
            self.year_box.set_value(day.year)
        self.go_to(day)

    def go_to(self, day: date) -> None:
        """Select the first activity on or after `day` in the date-ordered list (fetching pages as needed)."""
        if self.model.sort_key != "date" or self.model.descending:
            return
        row = 0
        while True:
            if row >= self.model.rowCount():
                if not self.model.canFetchMore():
                    return
                self.model.fetchMore()
                continue
            if self.model.rows[row].on_date >= day:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.PositionAtTop)
                return
            row += 1

    def _day_activated(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        if day in getattr(self, "activity_days", {}):
            self._day_clicked(qdate)
            self.open_current()
        else:
            self.new_record(day)

    def on_changed(self, topics: set) -> None:
        if topics & {Topic.SETTINGS, Topic.ALL}:
            self.branches_stale = True
            if self.isVisible():
                self.load_branches()
        super().on_changed(topics)

    def _bin_toggled(self, on: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not on)
        super()._bin_toggled(on)

    # -- actions -------------------------------------------------------------------------------
    def new_record(self, on_date: date | None = None) -> None:
        from partydesk.gui.calendar.activity_dialog import ActivityDialog

        day = on_date or date(self.calendar.selectedDate().year(), self.calendar.selectedDate().month(),
                              self.calendar.selectedDate().day())
        dialog = ActivityDialog(self.main, None, on_date=day, branch_uuid=self.branch_box.value())
        if not dialog.exec():
            return
        on_date = cast(DateEdit, dialog.on_date).value()
        held = on_date is not None and on_date <= self.today
        if self.show_saved(dialog.uuid) and held and self._offer_attendance():
            self.open_attendance()

    def _offer_attendance(self) -> bool:
        """After a meeting already held is entered, the clerk usually takes its attendance next."""
        answer = QMessageBox.question(self, self.tr("Attendance"), self.tr("Take the attendance of this activity now?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def edit_record(self, uuid: str) -> None:
        from partydesk.gui.calendar.activity_dialog import ActivityDialog

        ActivityDialog(self.main, uuid).exec()

    def open_plans(self) -> None:
        from partydesk.gui.calendar.plans_dialog import PlansDialog

        PlansDialog(self.main, year=self.year_box.value() or self.today.year).exec()

    def open_attendance(self) -> None:
        from partydesk.gui.calendar.attendance_dialog import AttendanceDialog

        uuid = self.current_uuid()
        if uuid is None or self.in_bin:
            self.main.show_status(self.tr("Select an activity first."))
            return
        AttendanceDialog(self.main, uuid).exec()

    def open_poster(self) -> None:
        from partydesk.gui.publicity.actions import open_poster
        from partydesk.services.publicity import SourceKind

        open_poster(self.main, SourceKind.ACTIVITY, None if self.in_bin else self.current_uuid())

    def open_minutes(self) -> None:
        from partydesk.gui.calendar.minutes_dialog import MinutesDialog

        uuid = self.current_uuid()
        if uuid is None or self.in_bin:
            self.main.show_status(self.tr("Select an activity first."))
            return
        MinutesDialog(self.main, uuid).exec()

    def delete_record(self, uuid: str) -> None:
        calendar.delete_activity(self.db, uuid)

    def restore_record(self, uuid: str) -> None:
        calendar.restore_activity(self.db, uuid)
