"""The settings dialog: the office's requirements and, for an administrator, the sign-in rules."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.lockout import LockoutPolicy
from partydesk.gui.settings_dialog import SettingsDialog
from partydesk.services import accounts
from partydesk.services import settings as office_settings
from partydesk.services.backup.status import backup_status
from partydesk.store.models import AuditEvent


def setting_changes(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "setting.change"))


def opened(window, qtbot) -> SettingsDialog:
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def signed_in_admin(window, monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts.add(window.db, "admin", Role.ADMIN, "Dangjian#2026", display_name="张书记")
    window.db.actor = Actor("admin", Role.ADMIN, "张书记")
    window.account_actions.refresh()  # accounts exist now: the idle lock watches
    return window


def test_the_office_requirements_are_saved_and_the_reminder_follows(window, qtbot):
    dialog = opened(window, qtbot)
    assert dialog.rules_box.isVisible() and dialog.sign_in_box is None  # single user: nobody signs in
    dialog.usb_days.setValue(14)
    dialog.member_hours.setValue(40)
    dialog.talks.setValue(2)
    dialog.accept()
    rules = office_settings.compliance_rules(window.db)
    assert (rules.usb_backup_max_age_days, rules.required_hours_member, rules.talks_per_member_per_year) == (14, 40, 2)
    assert rules.required_hours_cadre == 56  # untouched fields keep their values
    assert backup_status(window.db).usb_max_age_days == 14
    assert window.statusBar().currentMessage() == "设置已保存。"


def test_an_administrator_sets_the_sign_in_rules_and_the_idle_lock_follows(signed_in_admin, qtbot):
    window = signed_in_admin
    dialog = opened(window, qtbot)
    assert dialog.sign_in_box.isVisible()
    dialog.max_failures.setValue(4)
    dialog.lock_minutes.setValue(30)
    dialog.idle_minutes.setValue(5)
    before = setting_changes(window.db)
    dialog.accept()
    assert accounts.sign_in_rules(window.db) == accounts.SignInRules(LockoutPolicy(4, 30), 5)
    assert setting_changes(window.db) == before + 2  # both keys, in one transaction
    idle = window.account_actions.idle_lock
    assert idle.timer.interval() == 5 * 60_000 and idle.timer.isActive()


def test_the_boxes_keep_values_in_range(signed_in_admin, qtbot):
    dialog = opened(signed_in_admin, qtbot)
    dialog.max_failures.setValue(1)
    dialog.idle_minutes.setValue(100_000)
    assert dialog.max_failures.value() == 3 and dialog.idle_minutes.value() == 240


@pytest.mark.parametrize("role", [Role.SECRETARY, Role.CLERK, Role.VIEWER])
def test_other_roles_see_only_the_language(window, qtbot, role):
    window.db.actor = Actor("someone", role, "")
    dialog = opened(window, qtbot)
    assert dialog.rules_box is None and dialog.sign_in_box is None
    dialog.accept()


def test_saving_without_changes_writes_nothing(signed_in_admin, qtbot):
    before = setting_changes(signed_in_admin.db)
    opened(signed_in_admin, qtbot).accept()
    assert setting_changes(signed_in_admin.db) == before
