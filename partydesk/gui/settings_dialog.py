"""Settings: the interface language (this PC), the office's requirements, and sign-in security.

The requirements (study hours, talks, the USB backup reminder) need the right to change
settings; the sign-in rules need an administrator, and exist only once accounts do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox, QLabel, QSpinBox

from partydesk.domain.compliance import MAX_REQUIRED_HOURS
from partydesk.domain.lockout import IDLE_MINUTES_RANGE, LOCK_MINUTES_RANGE, MAX_FAILURES_RANGE
from partydesk.gui import settings
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.gui.widgets.dialog import RecordDialog, wide_enough
from partydesk.gui.widgets.form import FieldForm
from partydesk.services import accounts, office_rules
from partydesk.services.access import Permission, allows


def number_box(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def hours_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, MAX_REQUIRED_HOURS)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    return box


class SettingsDialog(RecordDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = self.form.add("language", self.tr("&Language"), ChoiceBox())
        self.language.setObjectName("languageBox")
        self.language.add("简体中文", "zh_CN")
        self.language.add("English", "en")
        self.language.set_value(settings.language())
        note = QLabel(self.tr("A new language is used from the next start of the program."))
        note.setWordWrap(True)
        actor, now = self.db.actor, office_rules.current(self.db)
        self.rules_box = self._rules_group(now) if allows(actor, Permission.SETTINGS) else None
        may_set_sign_in = allows(actor, Permission.MANAGE_ACCOUNTS) and accounts.accounts_exist(self.db)
        self.sign_in_box = self._sign_in_group(now) if may_set_sign_in else None
        self.finish_layout(note, *(box for box in (self.rules_box, self.sign_in_box) if box is not None))
        wide_enough(self, 44)

    def _group(self, title: str, name: str) -> tuple[QGroupBox, FieldForm]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = FieldForm(box)
        self.forms.append(form)
        return box, form

    def _rules_group(self, now: dict) -> QGroupBox:
        box, form = self._group(self.tr("Requirements of this office"), "rulesBox")
        self.member_hours = form.add("required_hours_member", self.tr("Study &hours a year, member:"),
                                     hours_box(now["required_hours_member"]))
        self.cadre_hours = form.add("required_hours_cadre", self.tr("Study hours a year, &cadre:"),
                                    hours_box(now["required_hours_cadre"]))
        self.talks = form.add("talks_per_member_per_year", self.tr("&Talks a year with each member:"),
                              number_box(now["talks_per_member_per_year"], 0, 366))
        self.usb_days = form.add("usb_backup_max_age_days", self.tr("&Remind of a USB backup after (days):"),
                                 number_box(now["usb_backup_max_age_days"], 1, 3660))
        self.probation_days = number_box(now["probation_due_soon_days"], 0, 366)
        form.add("probation_due_soon_days", self.tr("List a &probation ending within (days):"), self.probation_days)
        return box

    def _sign_in_group(self, now: dict) -> QGroupBox:
        box, form = self._group(self.tr("Sign-in and locking"), "signInBox")
        self.max_failures = form.add("max_failures", self.tr("&Wrong passwords before a lock:"),
                                     number_box(now["max_failures"], *MAX_FAILURES_RANGE))
        self.lock_minutes = form.add("lock_minutes", self.tr("Lock &duration (minutes):"),
                                     number_box(now["lock_minutes"], *LOCK_MINUTES_RANGE))
        self.idle_minutes = form.add("idle_minutes", self.tr("Lock an &idle window after (minutes):"),
                                     number_box(now["idle_minutes"], *IDLE_MINUTES_RANGE))
        return box

    def _office_changes(self) -> dict:
        changes = {}
        if self.rules_box is not None:
            changes.update(
                required_hours_member=self.member_hours.value(),
                required_hours_cadre=self.cadre_hours.value(),
                talks_per_member_per_year=self.talks.value(),
                usb_backup_max_age_days=self.usb_days.value(),
                probation_due_soon_days=self.probation_days.value(),
            )
        if self.sign_in_box is not None:
            changes.update(
                max_failures=self.max_failures.value(),
                lock_minutes=self.lock_minutes.value(),
                idle_minutes=self.idle_minutes.value(),
            )
        return changes

    def save(self) -> None:
        saved = office_rules.update(self.db, self._office_changes())  # one transaction for both groups
        if saved:
            self.main.notify_changed(Topic.SETTINGS)
            if self.main.account_actions is not None:
                self.main.account_actions.idle_lock.reload()
        if self.language.value() != settings.language():
            settings.set_language(self.language.value())
            self.main.show_status(self.tr("Language saved; restart Party Desk to use it."))
        elif saved:
            self.main.show_status(self.tr("Settings saved."))
