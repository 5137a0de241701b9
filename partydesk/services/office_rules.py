"""The office settings people change by name: the settings dialog and `partydesk settings` alike.

Requirements (study hours, talks, the USB backup reminder) need the right to change settings;
the sign-in rules need an administrator. Whatever changes is stored in one transaction.
"""

from __future__ import annotations

import dataclasses

from partydesk.domain.errors import ValidationError
from partydesk.domain.lockout import LockoutPolicy
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import accounts, settings
from partydesk.store.db import Database

REQUIREMENTS = ("required_hours_member", "required_hours_cadre", "talks_per_member_per_year", "usb_backup_max_age_days",
                "probation_due_soon_days")
SIGN_IN = ("max_failures", "lock_minutes", "idle_minutes")
NAMES = REQUIREMENTS + SIGN_IN


def current(db: Database) -> dict[str, float | int]:
    """Every named setting's value now (defaults where the office set none)."""
    return _values(settings.compliance_rules(db), accounts.sign_in_rules(db))


def _values(rules, sign_in: accounts.SignInRules) -> dict[str, float | int]:
    return {
        **{name: getattr(rules, name) for name in REQUIREMENTS},
        "max_failures": sign_in.lockout.max_failures, "lock_minutes": sign_in.lockout.lock_minutes,
        "idle_minutes": sign_in.idle_minutes,
    }


def update(db: Database, changes: dict[str, float | int]) -> bool:
    """Store the changed values (checked, all or nothing); False when nothing differed."""
    unknown = sorted(set(changes) - set(NAMES))
    if unknown:
        raise ValidationError(unknown[0], QT_TRANSLATE_NOOP("ValidationError", "No setting is called {name}"),
                              name=unknown[0])
    rules, sign_in = settings.compliance_rules(db), accounts.sign_in_rules(db)
    before = _values(rules, sign_in)
    changed = {name: value for name, value in changes.items() if value != before[name]}
    values = {}
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
