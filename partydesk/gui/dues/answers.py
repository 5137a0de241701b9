"""The three answers to a reminder: a 提醒谈话 (the talk dialog, pre-filled), a 正当理由 until a date, a dismissal."""

from __future__ import annotations

from datetime import date, timedelta

from partydesk.domain.enums import TalkKind
from partydesk.gui.operations import Topic
from partydesk.gui.talks.dialog import TalkDialog
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.services import reminders


class ReminderTalkDialog(TalkDialog):
    """A new 提醒谈话 with the member and the evidence filled in; saving it answers the reminder."""

    def __init__(self, window, reminder: reminders.Reminder, today: date, parent=None):
        super().__init__(window, None, (reminder.member_uuid, reminder.name))
        self.setObjectName("reminderTalkDialog")
        self.reminder, self.today = reminder, today
        talk = reminders.prefilled_talk(reminder, today)
        self.kind.set_value(TalkKind.REMINDER)
        self.on_date.set_value(today)
        self.summary.setPlainText(talk.summary)

    def save(self) -> None:
        uuid = reminders.answer_with_talk(self.db, self.reminder, self.collect(), self.today)
        self.uuid = uuid
        if self.attachments is not None:
            self.attachments.commit(uuid)
        self.main.notify_changed(Topic.TALKS, Topic.DUES)


class JustifyDialog(RecordDialog):
    """正当理由 (working away, illness…): this kind of reminder stays quiet for the member until a date."""

    def __init__(self, window, reminder: reminders.Reminder, today: date, parent=None):
        super().__init__(window, parent)
        self.setObjectName("justifyDialog")
        self.reminder, self.today = reminder, today
        self.setWindowTitle(self.tr("Justified: %1").replace("%1", reminder.name))
        self.until = self.form.add("until", self.tr("&Until"), DateEdit("until", optional=False))
        self.until.set_value(today + timedelta(days=90))
        self.note = self.form.add("note", self.tr("&Reason"), line(max_length=2000))
        self.note.setPlaceholderText(self.tr("e.g. working away as a flowing member, illness"))
        self.finish_layout()
        self.note.setFocus()

    def save(self) -> None:
        reminders.justify(self.db, self.reminder, self.until.value(), self.note.text(), self.today)
        self.main.notify_changed(Topic.DUES)


class DismissDialog(RecordDialog):
    """Dismiss with a note; the reminder comes back if it reaches a higher level."""

    def __init__(self, window, reminder: reminders.Reminder, today: date, parent=None):
        super().__init__(window, parent)
        self.setObjectName("dismissDialog")
        self.reminder, self.today = reminder, today
        self.setWindowTitle(self.tr("Dismiss: %1").replace("%1", reminder.name))
        self.note = self.form.add("note", self.tr("&Note"), line(max_length=2000))
        self.finish_layout()
        self.note.setFocus()

    def save(self) -> None:
        reminders.dismiss(self.db, self.reminder, self.note.text(), self.today)
        self.main.notify_changed(Topic.DUES)
