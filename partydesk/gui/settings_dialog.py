"""Settings: the interface language (this PC), the office's requirements, and sign-in security.

The requirements (study hours, talks, the USB backup reminder) need the right to change
settings; the sign-in rules need an administrator, and exist only once accounts do.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox, QLabel, QSpinBox

from partydesk.domain.compliance import ComplianceRules
from partydesk.domain.lockout import IDLE_MINUTES_RANGE, LOCK_MINUTES_RANGE, MAX_FAILURES_RANGE, LockoutPolicy
from partydesk.gui import settings
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.gui.widgets.dialog import RecordDialog, wide_enough
from partydesk.gui.widgets.form import FieldForm
from partydesk.services import accounts
from partydesk.services import settings as office_settings
from partydesk.services.access import Permission, allows

MAX_HOURS = 1000.0


def number_box(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def hours_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, MAX_HOURS)
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
        actor = self.db.actor
        self.rules_box = self._rules_group() if allows(actor, Permission.SETTINGS) else None
        may_set_sign_in = allows(actor, Permission.MANAGE_ACCOUNTS) and accounts.accounts_exist(self.db)
        self.sign_in_box = self._sign_in_group() if may_set_sign_in else None
        self.finish_layout(note, *(box for box in (self.rules_box, self.sign_in_box) if box is not None))
        wide_enough(self, 44)

    def _group(self, title: str, name: str) -> tuple[QGroupBox, FieldForm]:
        box = QGroupBox(title)
        box.setObjectName(name)
        form = FieldForm(box)
        self.forms.append(form)
        return box, form

    def _rules_group(self) -> QGroupBox:
        self.rules = office_settings.compliance_rules(self.db)
        box, form = self._group(self.tr("Requirements of this office"), "rulesBox")
        self.member_hours = form.add("required_hours_member", self.tr("Study &hours a year, member:"),
                                     hours_box(self.rules.required_hours_member))
        self.cadre_hours = form.add("required_hours_cadre", self.tr("Study hours a year, &cadre:"),
                                    hours_box(self.rules.required_hours_cadre))
        self.talks = form.add("talks_per_member_per_year", self.tr("&Talks a year with each member:"),
                              number_box(self.rules.talks_per_member_per_year, 0, 366))
        self.usb_days = form.add("usb_backup_max_age_days", self.tr("&Remind of a USB backup after (days):"),
                                 number_box(self.rules.usb_backup_max_age_days, 1, 3660))
        return box

    def _sign_in_group(self) -> QGroupBox:
        self.sign_in = accounts.sign_in_rules(self.db)
        box, form = self._group(self.tr("Sign-in and locking"), "signInBox")
        self.max_failures = form.add("max_failures", self.tr("&Wrong passwords before a lock:"),
                                     number_box(self.sign_in.lockout.max_failures, *MAX_FAILURES_RANGE))
        self.lock_minutes = form.add("lock_minutes", self.tr("Lock &duration (minutes):"),
                                     number_box(self.sign_in.lockout.lock_minutes, *LOCK_MINUTES_RANGE))
        self.idle_minutes = form.add("idle_minutes", self.tr("Lock an &idle window after (minutes):"),
                                     number_box(self.sign_in.idle_minutes, *IDLE_MINUTES_RANGE))
        return box

    def _changed_office_values(self) -> dict:
        """What the office settings would store, if anything differs from what they hold."""
        values = {}
        if self.rules_box is not None:
            rules: ComplianceRules = dataclasses.replace(  # checked by ComplianceRules itself
                self.rules, required_hours_member=self.member_hours.value(),
                required_hours_cadre=self.cadre_hours.value(), talks_per_member_per_year=self.talks.value(),
                usb_backup_max_age_days=self.usb_days.value(),
            )
            if rules != self.rules:
                values.update(office_settings.compliance_values(rules))
        if self.sign_in_box is not None:
            lockout = LockoutPolicy(self.max_failures.value(), self.lock_minutes.value())
            sign_in = accounts.SignInRules(lockout, self.idle_minutes.value())
            if sign_in != self.sign_in:
                values.update(accounts.sign_in_values(self.db, sign_in))
        return values

    def save(self) -> None:
        values = self._changed_office_values()
        if values:
            office_settings.put_all(self.db, values)  # one transaction for both groups
            self.main.notify_changed("settings")
            idle = getattr(getattr(self.main, "account_actions", None), "idle_lock", None)
            if idle is not None:
                idle.reload()
        if self.language.value() != settings.language():
            settings.set_language(self.language.value())
            self.main.show_status(self.tr("Language saved; restart Party Desk to use it."))
        elif values:
            self.main.show_status(self.tr("Settings saved."))
