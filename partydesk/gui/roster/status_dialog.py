"""Record a status change (development step, transfer out, death, leaving) with its date and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from partydesk.domain.enums import MemberStatus
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import enum_box
from partydesk.gui.widgets.dates import DateEdit, future_date_confirmed
from partydesk.gui.widgets.dialog import KeepOpen, RecordDialog, line
from partydesk.services import roster


class StatusDialog(RecordDialog):
    def __init__(self, window, uuid: str):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("statusDialog")
        self.member = roster.get_member(self.db, uuid)
        self.setWindowTitle(self.tr("Change status of %1").replace("%1", self.member.name))
        f = self.form
        f.addRow(QLabel(self.tr("Now: %1").replace("%1", self.member.status.label())))
        self.status = f.add("status", self.tr("&New status"), enum_box(MemberStatus))
        self.status.set_value(self.member.status)
        self.on_date = f.add("on_date", self.tr("&Date"), DateEdit("on_date", optional=False))
        self.on_date.set_value(date.today())
        self.note = f.add("note", self.tr("N&ote"), line(max_length=200))
        self.note.setPlaceholderText(self.tr("e.g. transferred to another community's branch"))
        self.finish_layout()

    def save(self) -> None:
        before = self.member.as_input()
        status, on, note = self.status.value(), self.on_date.value(), self.note.text()
        if not future_date_confirmed(self, status.label(), on, date.today()):
            raise KeepOpen
        roster.change_status(self.db, self.uuid, status, on, note)
        uuid = self.uuid
        self.main.push_undo(self.tr("Status of %1").replace("%1", self.member.name),
                              lambda: roster.update_member(self.db, uuid, before),
                              lambda: roster.change_status(self.db, uuid, status, on, note), Topic.MEMBERS)
        self.main.notify_changed(Topic.MEMBERS)
