"""Add or edit an activity (三会一课, 主题党日, training ...) with its photos and scans."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityKind, ActivityLevel, ActivityState, TopicArea
from partydesk.domain.errors import ValidationError
from partydesk.gui.attachments.panel import AttachmentPanel
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import calendar, offices


def hours_value(text: str, field: str = "planned_hours") -> float | None:
    """Hours typed in a box: empty means "work it out", anything else must be a number."""
    cleaned = text.strip().replace("，", ".").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Hours must be a number")) from None


def time_text(value) -> str:
    return value.strftime("%H:%M") if value else ""


class ActivityDialog(RecordDialog):
    geometry_key = "activity_dialog"

    def __init__(self, window, uuid: str | None, on_date: date | None = None, branch_uuid: str | None = None):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Edit activity") if uuid else self.tr("New activity"))
        self.before = calendar.get_activity(self.db, uuid).as_input() if uuid else None
        f = self.form
        self.kind = f.add("kind", self.tr("&Kind"), enum_box(ActivityKind))
        self.title = f.add("title", self.tr("&Title"), line())
        self.on_date = f.add("on_date", self.tr("&Date"), DateEdit("on_date", optional=False))
        self.start = f.add("start_time", self.tr("Start ti&me"), line(max_length=12))
        self.start.setPlaceholderText(self.tr("HH:MM"))  # a hint, never a time that looks typed
        self.end = f.add("end_time", self.tr("E&nd time"), line(max_length=12))
        self.end.setPlaceholderText(self.tr("HH:MM"))
        self.hours = f.add("planned_hours", self.tr("Study &hours"), line(max_length=6), "hours")
        self.hours.setPlaceholderText(self.tr("empty: worked out from the times"))
        self.level = f.add("level", self.tr("&Level"), enum_box(ActivityLevel))
        self.branch = f.add("branch", self.tr("&Branch"), ChoiceBox())
        self.group = f.add("party_group", self.tr("Party gr&oup"), ChoiceBox())
        self.topic = f.add("topic_area", self.tr("Topic &area"), enum_box(TopicArea))
        self.place = f.add("place", self.tr("&Place"), line())
        self.host = f.add("host", self.tr("Host"), line(max_length=40))
        self.speaker = f.add("speaker", self.tr("Speaker"), line(max_length=40))
        self.recorder = f.add("recorder", self.tr("&Recorder"), line(max_length=40))
        self.state = f.add("state", self.tr("State"), enum_box(ActivityState))
        fill_branches(self.branch, offices.list_branches(self.db), any_text=self.tr("(whole office)"))
        self.branch.currentIndexChanged.connect(self._fill_groups)
        self.level.set_value(ActivityLevel.BRANCH)
        if self.before:
            self._show(self.before)
        else:
            self.on_date.set_value(on_date or date.today())
            self.branch.set_value(branch_uuid)
            if self.branch.value() is None and self.branch.count() > 1:
                self.branch.setCurrentIndex(1)
        self._fill_groups()
        if self.before:
            self.group.set_value(self.before.party_group_uuid)
        self.attachments = f.add("file", self.tr("Photos and scans"), AttachmentPanel(window, "activity", uuid, self))
        self.finish_layout()

    def _fill_groups(self) -> None:
        groups = offices.list_groups(self.db, self.branch.value()) if self.branch.value() else []
        fill_branches(self.group, groups, any_text=self.tr("(none)"))

    def _show(self, data: calendar.ActivityInput) -> None:
        self.kind.set_value(data.kind)
        self.title.setText(data.title)
        self.on_date.set_value(data.on_date)
        self.start.setText(time_text(data.start_time))
        self.end.setText(time_text(data.end_time))
        self.hours.setText(f"{data.planned_hours:g}" if data.planned_hours is not None else "")
        self.level.set_value(data.level)
        self.branch.set_value(data.branch_uuid)
        self.topic.set_value(data.topic_area)
        self.place.setText(data.place)
        self.host.setText(data.host)
        self.speaker.setText(data.speaker)
        self.recorder.setText(data.recorder)
        self.state.set_value(data.state)

    def collect(self) -> calendar.ActivityInput:
        minutes = self.before.minutes if self.before else ""
        return calendar.ActivityInput(
            kind=self.kind.value(), title=self.title.text(), on_date=self.on_date.value(),
            branch_uuid=self.branch.value(), level=self.level.value(), topic_area=self.topic.value(),
            party_group_uuid=self.group.value(), start_time=self.start.text(), end_time=self.end.text(),
            place=self.place.text(), host=self.host.text(), speaker=self.speaker.text(),
            recorder=self.recorder.text(), planned_hours=hours_value(self.hours.text()), minutes=minutes,
            state=self.state.value(),
        )

    def save(self) -> None:
        data = self.collect()
        if self.uuid:
            calendar.update_activity(self.db, self.uuid, data)
            uuid, before = self.uuid, self.before
            self.main.push_undo(self.tr("Edit activity"), lambda: calendar.update_activity(self.db, uuid, before),
                                  lambda: calendar.update_activity(self.db, uuid, data), Topic.ACTIVITIES)
        else:
            uuid = calendar.create_activity(self.db, data)
            self.uuid, self.before = uuid, data
            self.main.push_undo(self.tr("New activity"), lambda: calendar.delete_activity(self.db, uuid),
                                  lambda: calendar.restore_activity(self.db, uuid), Topic.ACTIVITIES)
        self.attachments.commit(uuid)
        self.main.notify_changed(Topic.ACTIVITIES)
