"""A study plan: e.g. 主题党日 on the 15th of every month, 党课 once a quarter; created in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox

from partydesk.domain.calendars import plan_dates
from partydesk.domain.dates import format_date
from partydesk.domain.enums import ActivityKind, ActivityLevel, Frequency, TopicArea
from partydesk.domain.errors import PartydeskError
from partydesk.gui.calendar.activity_dialog import hours_value
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.services import calendar, offices


def spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


class PlanDialog(RecordDialog):
    def __init__(self, window, year: int):
        super().__init__(window)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("New study plan"))
        self.result_value = None
        f = self.form
        self.kind = f.add("kind", self.tr("&Kind"), enum_box(ActivityKind))
        self.kind.set_value(ActivityKind.THEME_DAY)
        self.title = f.add("title", self.tr("&Title"), line())
        self.title.setText(ActivityKind.THEME_DAY.label())
        self.year = f.add("year", self.tr("&Year"), spin(2000, 2100, year))
        self.frequency = f.add("frequency", self.tr("&Frequency"), enum_box(Frequency))
        self.frequency.set_value(Frequency.MONTHLY)
        self.month = f.add("month_in_period", self.tr("Month in the peri&od"), spin(1, 12, 1))
        self.month.setToolTip(self.tr("For a quarterly plan: 1 = first month of each quarter, and so on"))
        self.day = f.add("day", self.tr("&Day of the month"), spin(1, 31, 15))
        self.weekday = f.add("weekday", self.tr("&Weekday"), ChoiceBox())
        self.weekday.add(self.tr("(any)"), None)
        for index, name in enumerate((self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                                      self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                                      self.tr("Sunday"))):
            self.weekday.add(name, index)
        self.branch = f.add("branch", self.tr("&Branch"), ChoiceBox())
        fill_branches(self.branch, offices.list_branches(self.db), any_text=self.tr("(whole office)"))
        if self.branch.count() > 1:
            self.branch.setCurrentIndex(1)
        self.level = f.add("level", self.tr("&Level"), enum_box(ActivityLevel))
        self.level.set_value(ActivityLevel.BRANCH)
        self.topic = f.add("topic_area", self.tr("Topic &area"), enum_box(TopicArea))
        self.start = f.add("start_time", self.tr("Start ti&me"), line(max_length=12))
        self.start.setPlaceholderText(self.tr("HH:MM"))  # a hint, never a time that looks typed
        self.end = f.add("end_time", self.tr("E&nd time"), line(max_length=12))
        self.end.setPlaceholderText(self.tr("HH:MM"))
        self.hours = f.add("planned_hours", self.tr("Study &hours"), line(max_length=6))
        self.hours.setPlaceholderText(self.tr("empty: worked out from the times"))
        self.place = f.add("place", self.tr("&Place"), line())
        self.preview = QLabel(self)
        self.preview.setObjectName("planPreview")
        self.preview.setWordWrap(True)
        for box in (self.year, self.month, self.day):
            box.valueChanged.connect(self.update_preview)
        for box in (self.frequency, self.weekday):
            box.currentIndexChanged.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(lambda: self.title.setText(self.kind.value().label()))
        self.finish_layout(self.preview)
        self.update_preview()

    def dates(self):
        return plan_dates(self.year.value(), self.frequency.value(), day=self.day.value(),
                          month_in_period=self.month.value(), weekday=self.weekday.value())

    def update_preview(self) -> None:
        weekly = self.frequency.value() is Frequency.WEEKLY
        self.day.setEnabled(not weekly)
        self.month.setEnabled(self.frequency.value() not in (Frequency.WEEKLY, Frequency.MONTHLY))
        try:
            days = self.dates()
        except PartydeskError as error:
            self.preview.setText(str(error))
            return
        shown = "、".join(format_date(d) for d in days[:12]) + ("…" if len(days) > 12 else "")
        self.preview.setText(self.tr("%n date(s): ", "", len(days)) + shown)

    def collect(self) -> calendar.PlanInput:
        return calendar.PlanInput(
            kind=self.kind.value(), title=self.title.text(), year=self.year.value(),
            frequency=self.frequency.value(), day=self.day.value(), month_in_period=self.month.value(),
            weekday=self.weekday.value(), branch_uuid=self.branch.value(), topic_area=self.topic.value(),
            level=self.level.value(), start_time=self.start.text(), end_time=self.end.text(),
            planned_hours=hours_value(self.hours.text()), place=self.place.text(),
        )

    def accept(self) -> None:
        """Check here, then create the activities in a worker; the dialog closes when it is done."""
        for form in self.forms:
            form.clear_errors()
        try:
            self.dates()
            data = self.collect()
        except PartydeskError as error:
            self.show_error(error)
            return
        self.save_button.setEnabled(False)
        self.main.operations.run(self.tr("Creating the planned activities…"), calendar.create_study_plan, self.db, data,
                             on_done=self._created, on_error=self._failed)

    def _created(self, result: calendar.PlanResult) -> None:
        self.result_value = result
        message = self.tr("%n planned activity(ies) created", "", len(result.created))
        if result.skipped:
            message += self.tr("; %n date(s) already had one and were skipped", "", len(result.skipped))
        self.main.show_status(message)
        self.main.notify_changed(Topic.ACTIVITIES)
        QDialog.accept(self)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, PartydeskError):
            self.show_error(error)
        else:
            self.main.show_status(self.tr("Cancelled; nothing was changed."))
