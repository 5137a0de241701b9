"""Settings: the interface language (this PC), the office's requirements, dues and reminder rules, sign-in.

The requirements (study hours, talks, the USB backup reminder), the 党费 rules and the early-reminder
thresholds need the right to change settings; the sign-in rules need an administrator, and exist
only once accounts do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QGroupBox, QLabel, QSpinBox

from partydesk.domain.compliance import MAX_REQUIRED_HOURS
from partydesk.domain.dues import FARMER_RANGE, FEN, JIAO, YUAN
from partydesk.domain.lockout import IDLE_MINUTES_RANGE, LOCK_MINUTES_RANGE, MAX_FAILURES_RANGE
from partydesk.domain.reminders import LOOKBACK_MONTHS
from partydesk.domain.vanguard import MAX_CORRECTION_NOTICE_DAYS
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


def hours_box(value: float, high: float = MAX_REQUIRED_HOURS) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, high)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    return box


def yuan_box(value, low, high) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(float(low), float(high))
    box.setDecimals(2)
    box.setSingleStep(0.1)
    box.setValue(float(value))
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
        may_set_rules = allows(actor, Permission.SETTINGS)
        self.rules_box = self._rules_group(now) if may_set_rules else None
        self.dues_box = self._dues_group(now) if may_set_rules else None
        self.reminders_box = self._reminders_group(now) if may_set_rules else None
        may_set_sign_in = allows(actor, Permission.MANAGE_ACCOUNTS) and accounts.accounts_exist(self.db)
        self.sign_in_box = self._sign_in_group(now) if may_set_sign_in else None
        boxes = (self.rules_box, self.dues_box, self.reminders_box, self.sign_in_box)
        self.finish_layout(note, *(box for box in boxes if box is not None))
        wide_enough(self, 60)

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

    def _dues_group(self, now: dict) -> QGroupBox:
        box, form = self._group(self.tr("Party dues (党费)"), "duesRulesBox")
        self.farmer_amount = yuan_box(now["farmer_amount"], *FARMER_RANGE)
        form.add("farmer_amount", self.tr("&Farmers pay a month (yuan):"), self.farmer_amount)
        self.rounding_step = ChoiceBox()
        for text, step in ((self.tr("0.01 yuan (fen)"), FEN), (self.tr("0.1 yuan (jiao)"), JIAO),
                           (self.tr("1 yuan"), YUAN)):
            self.rounding_step.add(text, step)
        self.rounding_step.set_value(now["rounding_step"])
        form.add("rounding_step", self.tr("Round dues to (&nearest):"), self.rounding_step)
        return box

    def _reminders_group(self, now: dict) -> QGroupBox:
        box, form = self._group(self.tr("Early reminders (早提醒)"), "reminderRulesBox")
        self.level_months = [number_box(now[f"level{n}_months"], 1, LOOKBACK_MONTHS) for n in (1, 2, 3)]
        form.add("level1_months", self.tr("Level &1 after months missed in a row:"), self.level_months[0],
                 "level_months")
        form.add("level2_months", self.tr("Level &2 after months missed in a row:"), self.level_months[1])
        form.add("level3_months", self.tr("Level &3 after months missed in a row:"), self.level_months[2])
        self.hours_from_month = number_box(now["hours_from_month"], 2, 12)
        form.add("hours_from_month", self.tr("Check study hours fro&m month:"), self.hours_from_month)
        self.hours_margin = hours_box(now["hours_margin"], 1000.0)
        form.add("hours_margin", self.tr("Remind when study hours are behind &by more than:"), self.hours_margin)
        self.correction_days = number_box(now["correction_notice_days"], 0, MAX_CORRECTION_NOTICE_DAYS)
        form.add("correction_notice_days", self.tr("Remind of a 限期改正 endin&g within (days):"), self.correction_days)
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
                farmer_amount=str(round(self.farmer_amount.value(), 2)),
                rounding_step=self.rounding_step.value(),
                level1_months=self.level_months[0].value(),
                level2_months=self.level_months[1].value(),
                level3_months=self.level_months[2].value(),
                hours_from_month=self.hours_from_month.value(),
                hours_margin=self.hours_margin.value(),
                correction_notice_days=self.correction_days.value(),
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
