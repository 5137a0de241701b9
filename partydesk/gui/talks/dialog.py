"""Add or edit a talk record; confidential content is only shown to roles allowed to read it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel

from partydesk.domain.enums import TalkKind
from partydesk.gui.attachments.panel import AttachmentPanel
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import enum_box
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line, text_box
from partydesk.gui.widgets.member_picker import MemberPicker
from partydesk.services import talks


class TalkDialog(RecordDialog):
    geometry_key = "talk_dialog"

    def __init__(self, window, uuid: str | None, member: tuple[str, str] | None = None):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("talkDialog")
        self.setWindowTitle(self.tr("Edit talk record") if uuid else self.tr("New talk record"))
        self.detail = talks.get_talk(self.db, uuid) if uuid else None
        hidden = bool(self.detail and self.detail.content_hidden)
        f = self.form
        self.kind = f.add("kind", self.tr("&Kind"), enum_box(TalkKind))
        self.on_date = f.add("on_date", self.tr("&Date"), DateEdit("on_date", optional=False))
        self.member = f.add("member", self.tr("&Member talked with"), MemberPicker(self.db, self, single=True))
        self.talker = f.add("talker", self.tr("&Held by"), line(max_length=40))
        self.talker.setPlaceholderText(self.tr("Name of the secretary or officer who held the talk"))
        self.place = f.add("place", self.tr("&Place"), line())
        self.confidential = f.add(
            "confidential",
            self.tr("Confidential"),
            QCheckBox(self.tr("&Confidential: only the secretary and administrators can read it")),
        )
        self.summary = f.add("summary", self.tr("Summar&y"), text_box(height=70))
        self.response = f.add("response", self.tr("Member's &response"), text_box(height=50))
        self.follow_up = f.add("follow_up", self.tr("&Follow-up"), text_box(height=40))
        self.due = f.add("follow_up_due", self.tr("Follow-up d&ue"), DateEdit("follow_up_due"))
        self.done_on = f.add("follow_up_done", self.tr("Follow-up do&ne"), DateEdit("follow_up_done"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if self.detail:
            self._show(self.detail)
        else:
            self.on_date.set_value(date.today())
            if member:
                self.member.add(*member)
        if hidden:
            notice = QLabel(
                self.tr("This record is confidential. You can see that it exists and its follow-up, not its content.")
            )
            notice.setWordWrap(True)
            self.body.insertWidget(0, notice)
            for widget in (
                self.kind,
                self.on_date,
                self.member,
                self.talker,
                self.place,
                self.confidential,
                self.summary,
                self.response,
                self.follow_up,
                self.due,
            ):
                widget.setEnabled(False)
            self.attachments = None
        else:
            self.attachments = f.add("file", self.tr("Photos and scans"), AttachmentPanel(window, "talk", uuid, self))
        self.finish_layout()

    def _kind_changed(self) -> None:
        always = self.kind.value().always_confidential
        if always:
            self.confidential.setChecked(True)
        self.confidential.setEnabled(not always)

    def _show(self, d: talks.TalkDetail) -> None:
        self.kind.set_value(d.kind)
        self.on_date.set_value(d.on_date)
        self.member.add(d.member_uuid, d.member_name)
        self.talker.setText(d.talker_name)
        self.place.setText(d.place)
        self.confidential.setChecked(d.confidential)
        self.summary.setPlainText(d.summary)
        self.response.setPlainText(d.response)
        self.follow_up.setPlainText(d.follow_up)
        self.due.set_value(d.follow_up_due)
        self.done_on.set_value(d.follow_up_done)

    def collect(self) -> talks.TalkInput:
        return talks.TalkInput(
            kind=self.kind.value(),
            on_date=self.on_date.value(),
            member_uuid=self.member.first() or "",
            talker_name=self.talker.text(),
            place=self.place.text(),
            summary=self.summary.toPlainText(),
            response=self.response.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            follow_up_due=self.due.value(),
            follow_up_done=self.done_on.value(),
            confidential=self.confidential.isChecked(),
        )

    def save(self) -> None:
        if self.detail and self.detail.content_hidden:
            done = self.done_on.value()
            if done and done != self.detail.follow_up_done:
                talks.complete_follow_up(self.db, self.uuid, done)
                self.main.notify_changed(Topic.TALKS)
            return
        data = self.collect()
        if self.uuid:
            before = self.detail.as_input()
            talks.update_talk(self.db, self.uuid, data)
            uuid = self.uuid
            self.main.push_undo(
                self.tr("Edit talk record"),
                lambda: talks.update_talk(self.db, uuid, before),
                lambda: talks.update_talk(self.db, uuid, data),
                Topic.TALKS,
            )
        else:
            uuid = talks.create_talk(self.db, data)
            self.uuid = uuid
            self.detail = talks.get_talk(self.db, uuid)
            self.main.push_undo(
                self.tr("New talk record"),
                lambda: talks.delete_talk(self.db, uuid),
                lambda: talks.restore_talk(self.db, uuid),
                Topic.TALKS,
            )
        self.attachments.commit(uuid)
        self.main.notify_changed(Topic.TALKS)


class FollowUpDoneDialog(RecordDialog):
    """Mark a follow-up done (possible without seeing confidential content)."""

    def __init__(self, window, uuid: str, today: date):
        super().__init__(window)
        self.uuid = uuid
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Follow-up done"))
        self.done_on = self.form.add("follow_up_done", self.tr("&Done on"), DateEdit("follow_up_done", optional=False))
        self.done_on.set_value(today)
        self.finish_layout()

    def save(self) -> None:
        talks.complete_follow_up(self.db, self.uuid, self.done_on.value())
        self.main.notify_changed(Topic.TALKS)
