"""Add or edit a service-practice entry with its participating members and pictures."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QSpinBox

from partydesk.domain.enums import ServiceCategory
from partydesk.gui.attachments.panel import AttachmentPanel
from partydesk.gui.calendar.activity_dialog import hours_value
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box, fill_branches
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line, text_box
from partydesk.gui.widgets.member_picker import MemberPicker
from partydesk.services import offices, service_log


class ServiceDialog(RecordDialog):
    geometry_key = "service_dialog"

    def __init__(self, window, uuid: str | None):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("serviceDialog")
        self.setWindowTitle(self.tr("Edit service entry") if uuid else self.tr("New service entry"))
        detail = service_log.get_entry(self.db, uuid) if uuid else None
        self.own_hours = (
            {p.member_uuid: p.hours for p in detail.participants if p.hours != detail.hours} if detail else {}
        )
        self.before = detail.as_input() if detail else None
        f = self.form
        self.category = f.add("category", self.tr("&Category"), enum_box(ServiceCategory))
        self.title = f.add("title", self.tr("&Title"), line())
        self.on_date = f.add("on_date", self.tr("&Date"), DateEdit("on_date", optional=False))
        self.branch = f.add("branch", self.tr("&Branch"), ChoiceBox())
        fill_branches(self.branch, offices.list_branches(self.db), any_text=self.tr("(whole office)"))
        self.place = f.add("place", self.tr("&Place"), line())
        self.hours = f.add("hours", self.tr("&Hours each"), line(max_length=6))
        self.people = QSpinBox()
        self.people.setRange(0, 1_000_000)
        f.add("people_served", self.tr("Peop&le served"), self.people)
        self.participants = f.add("member", self.tr("Part&icipants"), MemberPicker(self.db, self))
        self.description = f.add("description", self.tr("Descriptio&n"), text_box())
        self.outcome = f.add("outcome", self.tr("&Outcome"), text_box(height=50))
        self.follow_up = f.add("follow_up", self.tr("Follow-&up"), text_box(height=40))
        self.attachments = f.add(
            "file", self.tr("Photos and scans"), AttachmentPanel(window, "service_entry", uuid, self)
        )
        if detail:
            self._show(detail)
        else:
            self.on_date.set_value(date.today())
            self.hours.setText("2")
        self.finish_layout()

    def _show(self, d: service_log.ServiceDetail) -> None:
        self.category.set_value(d.category)
        self.title.setText(d.title)
        self.on_date.set_value(d.on_date)
        self.branch.set_value(d.branch_uuid)
        self.place.setText(d.place)
        self.hours.setText(f"{d.hours:g}")
        self.people.setValue(d.people_served)
        for p in d.participants:
            self.participants.add(p.member_uuid, p.name)
        self.description.setPlainText(d.description)
        self.outcome.setPlainText(d.outcome)
        self.follow_up.setPlainText(d.follow_up)

    def collect(self) -> service_log.ServiceInput:
        return service_log.ServiceInput(
            category=self.category.value(),
            title=self.title.text(),
            on_date=self.on_date.value(),
            branch_uuid=self.branch.value(),
            place=self.place.text(),
            hours=hours_value(self.hours.text(), "hours") or 0,
            people_served=self.people.value(),
            description=self.description.toPlainText(),
            outcome=self.outcome.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            participants=[
                service_log.Participant(uuid, self.own_hours.get(uuid)) for uuid in self.participants.uuids()
            ],
        )

    def save(self) -> None:
        data = self.collect()
        if self.uuid:
            service_log.update_entry(self.db, self.uuid, data)
            uuid, before = self.uuid, self.before
            self.main.push_undo(
                self.tr("Edit service entry"),
                lambda: service_log.update_entry(self.db, uuid, before),
                lambda: service_log.update_entry(self.db, uuid, data),
                Topic.SERVICES,
            )
        else:
            uuid = service_log.create_entry(self.db, data)
            self.uuid, self.before = uuid, data
            self.main.push_undo(
                self.tr("New service entry"),
                lambda: service_log.delete_entry(self.db, uuid),
                lambda: service_log.restore_entry(self.db, uuid),
                Topic.SERVICES,
            )
        self.attachments.commit(uuid)
        self.main.notify_changed(Topic.SERVICES)
