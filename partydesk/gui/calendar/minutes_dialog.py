"""Minutes editor (会议记录) for one activity; Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from partydesk.domain.dates import format_date
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.dialog import RecordDialog, text_box
from partydesk.services import calendar


class MinutesDialog(RecordDialog):
    geometry_key = "minutes_dialog"

    def __init__(self, window, uuid: str):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("minutesDialog")
        self.activity = calendar.get_activity(self.db, uuid)
        self.setWindowTitle(self.tr("Minutes: %1").replace("%1", self.activity.title))
        a = self.activity
        self.body.addWidget(QLabel(f"{format_date(a.on_date)}  {a.kind.label()}  {a.title}  {a.place}"))
        self.text = self.form.add("minutes", self.tr("&Minutes"), text_box(a.minutes, height=380))
        self.text.setTabChangesFocus(False)
        self.text.setPlaceholderText(self.tr("Agenda, who spoke, what was decided…"))
        self.finish_layout()
        if not self.geometry_key or self.width() < 640:
            self.resize(760, 560)

    def save(self) -> None:
        before, text, uuid = self.activity.minutes, self.text.toPlainText(), self.uuid
        calendar.save_minutes(self.db, uuid, text)
        self.main.push_undo(self.tr("Edit minutes"), lambda: calendar.save_minutes(self.db, uuid, before),
                              lambda: calendar.save_minutes(self.db, uuid, text), Topic.ACTIVITIES)
        self.main.notify_changed(Topic.ACTIVITIES)
