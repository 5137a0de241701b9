"""The office settings people change by name: the settings dialog and `partydesk settings` alike.

Requirements (study hours, talks, the USB backup reminder), the 党费 rules and the early-reminder
thresholds need the right to change settings; the sign-in rules need an administrator. Whatever
changes is stored in one transaction.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from partydesk.domain.dues import DuesRules
from partydesk.domain.errors import ValidationError
from partydesk.domain.lockout import LockoutPolicy
from partydesk.domain.reminders import ReminderRules
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import accounts, dues, reminders, settings
from partydesk.store.db import Database

REQUIREMENTS = ("required_hours_member", "required_hours_cadre", "talks_per_member_per_year", "usb_backup_max_age_days",
                "probation_due_soon_days")
SIGN_IN = ("max_failures", "lock_minutes", "idle_minutes")
DUES = ("farmer_amount", "rounding_step")
REMINDERS = ("level1_months", "level2_months", "level3_months", "hours_from_month", "hours_margin",
             "correction_notice_days")
NAMES = REQUIREMENTS + SIGN_IN + DUES + REMINDERS
WHOLE_NUMBERS = ("level1_months", "level2_months", "level3_months", "hours_from_month", "correction_notice_days")

Value = float | int | Decimal


def current(db: Database) -> dict[str, Value]:
    """Every named setting's value now (defaults where the office set none)."""
    return _values(settings.compliance_rules(db), accounts.sign_in_rules(db), dues.dues_rules(db),
                   reminders.reminder_rules(db))


def _values(rules, sign_in: accounts.SignInRules, dues_rules: DuesRules, reminder_rules: ReminderRules
            ) -> dict[str, Any]:
    low, middle, high = reminder_rules.level_months
    return {
        **{name: getattr(rules, name) for name in REQUIREMENTS},
        "max_failures": sign_in.lockout.max_failures, "lock_minutes": sign_in.lockout.lock_minutes,
        "idle_minutes": sign_in.idle_minutes,
        "farmer_amount": dues_rules.farmer_amount, "rounding_step": dues_rules.rounding_step,
        "level1_months": low, "level2_months": middle, "level3_months": high,
        "hours_from_month": reminder_rules.hours_from_month, "hours_margin": reminder_rules.hours_margin,
        "correction_notice_days": reminder_rules.correction_notice_days,
    }


def _checked(name: str, value: object) -> Value:
    """A value of the kind its setting holds: amounts as Decimal, months whole (a bool is neither)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str)):
        raise ValidationError(name, QT_TRANSLATE_NOOP("ValidationError", "Enter a number"))
    if name in DUES:
        try:
            return Decimal(str(value).strip())
        except InvalidOperation:
            raise ValidationError(name, QT_TRANSLATE_NOOP("ValidationError", "Enter a number")) from None
    if isinstance(value, str):
        raise ValidationError(name, QT_TRANSLATE_NOOP("ValidationError", "Enter a number"))
    if name in WHOLE_NUMBERS and value != int(value):
        raise ValidationError(name, QT_TRANSLATE_NOOP("ValidationError", "Must be a whole number"))
    return int(value) if name in WHOLE_NUMBERS else value


def _dues_and_reminder_values(changed: dict[str, Any], after: dict[str, Any]) -> dict[str, object]:
    """The stored dues and reminder rules for what changed (each checked by its domain rules)."""
    values: dict[str, object] = {}
    if changed.keys() & set(DUES):
        values[dues.DUES_RULES] = DuesRules(after["farmer_amount"], after["rounding_step"]).to_dict()
    if changed.keys() & set(REMINDERS):
        levels = (after["level1_months"], after["level2_months"], after["level3_months"])
        values[reminders.REMINDER_RULES] = ReminderRules(levels, after["hours_from_month"], after["hours_margin"],
                                                         after["correction_notice_days"]).to_dict()
    return values


def update(db: Database, changes: dict[str, Value]) -> bool:
    """Store the changed values (checked, all or nothing); False when nothing differed."""
    unknown = sorted(set(changes) - set(NAMES))
    if unknown:
        raise ValidationError(unknown[0], QT_TRANSLATE_NOOP("ValidationError", "No setting is called {name}"),
                              name=unknown[0])
    changes = {name: _checked(name, value) if name in DUES + REMINDERS else value for name, value in changes.items()}
    rules, sign_in = settings.compliance_rules(db), accounts.sign_in_rules(db)
    before = _values(rules, sign_in, dues.dues_rules(db), reminders.reminder_rules(db))
    changed: dict[str, Any] = {name: value for name, value in changes.items() if value != before[name]}
    values = _dues_and_reminder_values(changed, {**before, **changed})
    if changed.keys() & set(REQUIREMENTS):
        rules = dataclasses.replace(rules, **{n: changed[n] for n in changed if n in REQUIREMENTS})
        values.update(settings.compliance_values(rules))
    if changed.keys() & set(SIGN_IN):
        after = {**before, **changed}
        lockout = LockoutPolicy(after["max_failures"], after["lock_minutes"])
        values.update(accounts.sign_in_values(db, accounts.SignInRules(lockout, after["idle_minutes"])))
    if values:
        settings.put_all(db, values)
    return bool(values)
