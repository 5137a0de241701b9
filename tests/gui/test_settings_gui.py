"""The settings dialog: the office's requirements and, for an administrator, the sign-in rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.lockout import LockoutPolicy
from partydesk.gui.settings_dialog import SettingsDialog
from partydesk.services import accounts, dues, reminders
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
    assert dialog.dues_box is None and dialog.reminders_box is None
    dialog.accept()


def test_saving_without_changes_writes_nothing(signed_in_admin, qtbot):
    before = setting_changes(signed_in_admin.db)
    opened(signed_in_admin, qtbot).accept()
    assert setting_changes(signed_in_admin.db) == before


def shown_errors(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "fieldError") if label.isVisibleTo(dialog)]


def test_the_dues_and_reminder_rules_are_saved_with_the_requirements_in_one_go(window, qtbot):
    dialog = opened(window, qtbot)
    assert dialog.dues_box.isVisible() and dialog.reminders_box.isVisible()
    assert dialog.farmer_amount.value() == 1.0 and dialog.rounding_step.value() == Decimal("0.01")
    dialog.farmer_amount.setValue(0.5)
    dialog.rounding_step.set_value(Decimal("0.1"))
    dialog.level_months[0].setValue(2)
    dialog.hours_margin.setValue(6.5)
    dialog.talks.setValue(3)
    before = setting_changes(window.db)
    dialog.accept()
    assert dues.dues_rules(window.db).to_dict() == {"farmer_amount": "0.5", "rounding_step": "0.1"}
    assert reminders.reminder_rules(window.db).to_dict() == {
        "level_months": [2, 5, 6], "hours_from_month": 4, "hours_margin": 6.5, "correction_notice_days": 30}
    assert office_settings.compliance_rules(window.db).talks_per_member_per_year == 3
    assert setting_changes(window.db) == before + 3  # three keys, one transaction


def test_levels_that_do_not_rise_are_refused_under_the_first_level_and_nothing_is_saved(window, qtbot):
    dialog = opened(window, qtbot)
    dialog.level_months[1].setValue(8)  # level 2 after level 3 (6)
    dialog.farmer_amount.setValue(0.3)
    before = setting_changes(window.db)
    dialog.accept()
    assert dialog.isVisible()  # stays open
    errors = shown_errors(dialog)
    assert len(errors) == 1 and "递增" in errors[0], errors
    level_error = dialog.level_months[0].parentWidget().findChild(QLabel, "fieldError")
    assert level_error.isVisibleTo(dialog)
    assert setting_changes(window.db) == before
    assert dues.dues_rules(window.db).farmer_amount == Decimal("1.00")  # all or nothing


def test_every_dues_and_reminder_field_is_reached_by_its_alt_key(window, qtbot):
    dialog = opened(window, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    targets = {"F": dialog.farmer_amount, "N": dialog.rounding_step, "1": dialog.level_months[0],
               "2": dialog.level_months[1], "3": dialog.level_months[2], "M": dialog.hours_from_month,
               "B": dialog.hours_margin, "G": dialog.correction_days}
    for key, widget in targets.items():
        qtbot.keyClick(dialog, getattr(Qt, f"Key_{key}"), Qt.AltModifier)
        focused = QApplication.focusWidget()
        assert focused is widget or widget.isAncestorOf(focused), key
