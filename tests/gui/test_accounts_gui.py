"""Sign-in, forced password change, account manager, audit viewer and idle lock with pytest-qt."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QMenu, QVBoxLayout

from partydesk.domain.actor import SINGLE_USER, Actor
from partydesk.domain.enums import Role
from partydesk.gui.accounts import actions, login
from partydesk.gui.accounts.audit_view import AuditDialog, AuditModel
from partydesk.gui.accounts.idle_lock import LockDialog
from partydesk.gui.accounts.manager import AccountManagerDialog, AddAccountDialog
from partydesk.gui.accounts.password import ChangePasswordDialog, CreateAdminDialog
from partydesk.services import accounts, audit

PASSWORD = "Dangjian#2026"
NOW = datetime(2026, 11, 26, 9, 0)


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def admin_db(db):
    accounts.add(db, "admin", Role.ADMIN, PASSWORD, display_name="张书记")
    return db


class StubWindow(QMainWindow):
    """What install(window) needs from the main window: db, menus["tools"], show_status."""

    def __init__(self, db):
        super().__init__()
        self.db = db
        self.menus = {"tools": self.menuBar().addMenu("Tools")}
        self.statuses = []

    def show_status(self, text):
        self.statuses.append(text)


def visible_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def when_modal(qtbot, handle):
    """Run handle(dialog) on the next modal dialog, once it is shown by exec()."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            handle(dialog)
    QTimer.singleShot(0, poll)


def type_into(qtbot, dialog, name, text):
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)
    return edit


# ---- sign-in -------------------------------------------------------------------------------


def test_without_accounts_the_window_opens_for_the_single_user(db):
    assert login.sign_in(db) is SINGLE_USER


def test_enter_signs_in_and_errors_show_under_the_field_in_chinese(qtbot, zh, admin_db):
    dialog = login.LoginDialog(admin_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "username", "admin")
    password = type_into(qtbot, dialog, "password", "wrong password")
    qtbot.keyClick(password, Qt.Key_Return)
    error = dialog.findChild(QLabel, "loginError")
    assert error.isVisible() and error.text() == "用户名或密码错误"
    assert dialog.isVisible() and password.text() == ""
    type_into(qtbot, dialog, "username", "nobody")
    qtbot.keyClick(type_into(qtbot, dialog, "password", "wrong password"), Qt.Key_Return)
    assert error.text() == "用户名或密码错误"  # the same for an unknown user
    type_into(qtbot, dialog, "username", "admin")
    qtbot.keyClick(type_into(qtbot, dialog, "password", PASSWORD), Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted
    assert dialog.actor == Actor("admin", Role.ADMIN, "张书记")


def test_lockout_message_says_until_when(qtbot, zh, admin_db):
    dialog = login.LoginDialog(admin_db, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "username", "admin")
    for _ in range(5):
        qtbot.keyClick(type_into(qtbot, dialog, "password", "wrong password"), Qt.Key_Return)
    until = accounts.local_time(NOW + timedelta(minutes=15)).strftime("%H:%M")
    text = dialog.findChild(QLabel, "loginError").text()
    assert "锁定" in text and until in text


def test_first_sign_in_forces_a_new_password(qtbot, zh, admin_db):
    def fill_login(dialog):
        type_into(qtbot, dialog, "username", "admin")
        type_into(qtbot, dialog, "password", PASSWORD)
        when_modal_after(dialog, fill_change)
        dialog.accept()

    def when_modal_after(previous, handle):
        def poll():
            current = QApplication.activeModalWidget()
            if current is None or current is previous:
                QTimer.singleShot(20, poll)
            else:
                handle(current)
        QTimer.singleShot(0, poll)

    def fill_change(dialog):
        assert isinstance(dialog, ChangePasswordDialog)
        type_into(qtbot, dialog, "oldPassword", PASSWORD)
        type_into(qtbot, dialog, "newPassword", "MyOwnPass9")
        type_into(qtbot, dialog, "againPassword", "MyOwnPass9")
        dialog.accept()

    when_modal(qtbot, fill_login)
    actor = login.sign_in(admin_db)
    assert actor.username == "admin"
    assert not accounts.needs_password_change(admin_db, "admin")
    assert accounts.sign_in(admin_db, "admin", "MyOwnPass9").role is Role.ADMIN


def test_quitting_the_forced_change_does_not_open_the_window(qtbot, admin_db):
    def fill_login(dialog):
        if isinstance(dialog, login.LoginDialog):
            type_into(qtbot, dialog, "username", "admin")
            type_into(qtbot, dialog, "password", PASSWORD)
            dialog.accept()
            when_modal(qtbot, fill_login)
        else:
            dialog.reject()

    when_modal(qtbot, fill_login)
    assert login.sign_in(admin_db) is None


def test_change_password_errors_land_under_their_fields(qtbot, zh, admin_db):
    admin_db.actor = accounts.sign_in(admin_db, "admin", PASSWORD)
    dialog = ChangePasswordDialog(admin_db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "oldPassword", PASSWORD)
    type_into(qtbot, dialog, "newPassword", "MyOwnPass9")
    type_into(qtbot, dialog, "againPassword", "MyOwnPass8")
    dialog.accept()
    assert dialog.findChild(QLabel, "againError").text() == "两次输入的密码不一致"
    type_into(qtbot, dialog, "oldPassword", "not it at all")
    type_into(qtbot, dialog, "againPassword", "MyOwnPass9")
    dialog.accept()
    assert dialog.findChild(QLabel, "oldError").text() == "当前密码不正确"
    type_into(qtbot, dialog, "oldPassword", PASSWORD)
    type_into(qtbot, dialog, "newPassword", "short")
    type_into(qtbot, dialog, "againPassword", "short")
    dialog.accept()
    assert "8" in dialog.findChild(QLabel, "passwordError").text()
    assert dialog.result() != QDialog.Accepted


# ---- menu, single-user mode, manager, audit viewer ----------------------------------------------


def test_single_user_mode_offers_only_to_create_the_admin(qtbot, zh, db):
    window = StubWindow(db)
    qtbot.addWidget(window)
    installed = actions.install(window)
    assert visible_texts(window.menus["tools"]) == ["创建管理员账户(&A)…", "操作日志(&L)…"]
    dialog = CreateAdminDialog(db, window)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog, "newPassword", PASSWORD)
    type_into(qtbot, dialog, "againPassword", PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and db.actor.username == "admin"
    installed.refresh()
    assert visible_texts(window.menus["tools"]) == ["账户管理(&O)…", "操作日志(&L)…", "修改密码(&P)…", "锁定(&K)"]
    assert not accounts.needs_password_change(db, "admin")


def test_a_clerk_sees_only_password_and_lock(qtbot, zh, admin_db):
    admin_db.actor = Actor("clerk1", Role.CLERK)
    window = StubWindow(admin_db)
    qtbot.addWidget(window)
    actions.install(window)
    assert visible_texts(window.menus["tools"]) == ["修改密码(&P)…", "锁定(&K)"]


def test_the_real_main_window_gets_the_account_actions(qtbot, zh, make_window, admin_db):

    admin_db.actor = accounts.sign_in(admin_db, "admin", PASSWORD)
    window = make_window(admin_db)
    assert {"账户管理(&O)…", "操作日志(&L)…", "修改密码(&P)…", "锁定(&K)"} <= set(visible_texts(window.menus["tools"]))
    assert window.account_actions.idle_lock.timer.interval() == 10 * 60_000


def test_account_manager_adds_resets_and_disables(qtbot, zh, admin_db):
    admin_db.actor = accounts.sign_in(admin_db, "admin", PASSWORD)
    add = AddAccountDialog(admin_db)
    qtbot.addWidget(add)
    type_into(qtbot, add, "newUsername", "wangfang")
    add.accept()
    assert add.result() == QDialog.Accepted and add.created.role is Role.CLERK
    assert accounts.sign_in(admin_db, "wangfang", add.one_time_password).role is Role.CLERK
    again = AddAccountDialog(admin_db)
    qtbot.addWidget(again)
    type_into(qtbot, again, "newUsername", "WangFang")
    again.accept()
    assert again.findChild(QLabel, "addAccountError").text() == "用户名: 该用户名已被使用"
    assert again.result() != QDialog.Accepted

    manager = AccountManagerDialog(admin_db)
    qtbot.addWidget(manager)
    names = [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]
    assert names == ["admin", "wangfang"]
    manager.table.selectRow(1)
    manager.reset_password()
    notice = manager.notice.text()
    assert "wangfang" in notice
    one_time = notice.split("：")[1].split(" ")[0] if "：" in notice else notice.split(": ")[1].split(" ")[0]
    assert accounts.sign_in(admin_db, "wangfang", one_time).username == "wangfang"
    manager.table.selectRow(1)
    manager.toggle_disabled()
    assert manager.table.item(1, 3).text() == "已停用"
    manager.table.selectRow(0)
    manager.toggle_disabled()  # disabling yourself is refused, with the reason shown
    assert not manager.error.isHidden() and manager.error.text() == "用户名: 不能停用自己的账户"
    manager.table.selectRow(1)
    manager.role.setCurrentIndex(manager.role.findData(Role.SECRETARY))
    manager.apply_role()
    assert manager.table.item(1, 2).text() == "书记"


def test_audit_model_pages_in_sql_and_filters(qtbot, zh, admin_db):
    for i in range(25):
        with admin_db.write() as session:
            audit.record(session, Actor("li" if i % 2 else "wang", Role.CLERK), "member.update", "member", f"m{i}")
    model = AuditModel(admin_db, page_size=10)
    model.reload()
    assert model.rowCount() == 10 and model.total == 28
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 28
    assert model.data(model.index(0, 2)) == "修改党员"
    model.set_filters(user="li")
    assert model.total == 12 and {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {"li"}
    model.set_filters(action="account")
    assert model.total == 1 and model.data(model.index(0, 2)) == "新建账户"

    dialog = AuditDialog(admin_db)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("wang"))
    assert dialog.model.total == 13
    dialog.verify()
    assert dialog.verdict.text() == "日志完整，未被改动。"


# ---- idle lock -----------------------------------------------------------------------------------


def test_idle_lock_keeps_unsaved_input_and_needs_the_password(qtbot, zh, admin_db):
    admin_db.actor = accounts.sign_in(admin_db, "admin", PASSWORD)
    window = StubWindow(admin_db)
    qtbot.addWidget(window)
    window.show()
    installed = actions.install(window, idle_timeout_ms=3_600_000)  # never by the clock: the test fires it
    lock = installed.idle_lock
    editor = QDialog(window)
    edit = QLineEdit(editor)
    QVBoxLayout(editor).addWidget(edit)
    editor.show()
    edit.setText("未保存的会议记录")
    qtbot.keyClicks(edit, " draft")
    for _ in range(4):  # activity restarts the countdown
        lock.timer.stop()
        qtbot.keyClick(edit, Qt.Key_End)
        assert lock.timer.isActive()
    assert not lock.is_locked
    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.timer.timeout.emit()  # the idle time has run out
    dialog = lock.dialog
    assert isinstance(dialog, LockDialog) and dialog.isVisible() and dialog.isModal()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert lock.is_locked
    password = dialog.findChild(QLineEdit, "lockPassword")
    qtbot.keyClicks(password, "wrong password")
    qtbot.keyClick(password, Qt.Key_Return)
    assert lock.is_locked and dialog.findChild(QLabel, "lockError").text() == "用户名或密码错误"
    with qtbot.waitSignal(lock.unlocked, timeout=3000):
        qtbot.keyClicks(password, PASSWORD)
        qtbot.keyClick(password, Qt.Key_Return)
    assert not lock.is_locked
    assert editor.isVisible() and edit.text() == "未保存的会议记录 draft"
    assert lock.timer.isActive()


def test_lock_action_and_no_lock_without_accounts(qtbot, db):
    window = StubWindow(db)
    qtbot.addWidget(window)
    installed = actions.install(window, idle_timeout_ms=50)
    installed.idle_lock.timer.timeout.emit()  # as if the idle time had run out
    assert not installed.idle_lock.is_locked  # single-user mode: nobody could unlock
    assert not installed.idle_lock.watching  # so no app-wide event filter either
    accounts.add(db, "admin", Role.ADMIN, PASSWORD)
    db.actor = accounts.sign_in(db, "admin", PASSWORD)
    installed.refresh()  # what creating the administrator in the window does
    assert installed.idle_lock.watching and installed.idle_lock.timer.isActive()
    installed.lock.trigger()
    assert installed.idle_lock.is_locked


# ---- masking in the window's table models ------------------------------------------------------


def model_text(model) -> str:
    roles = (Qt.DisplayRole, Qt.ToolTipRole, Qt.EditRole, Qt.UserRole)
    return " ".join(
        str(model.data(model.index(r, c), role))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in roles
    )


def test_no_table_model_shows_a_full_id_or_confidential_content(qtbot, zh, make_window, db, branch_uuid):
    from partydesk.domain.enums import TalkKind
    from partydesk.services import talks
    from tests.services.helpers import TODAY, add_member, resident_id

    full_id, phone, secret = resident_id(), "13812343456", "诫勉谈话的具体内容"
    member = add_member(db, branch_uuid, resident_id=full_id, phone=phone)
    talks.create_talk(db, talks.TalkInput(TalkKind.ADMONISHMENT, TODAY, member, talker_name="李书记", summary=secret))
    db.actor = Actor("clerk1", Role.CLERK)
    window = make_window(db)
    for tab in window.record_tabs():
        tab.model.reload()
        qtbot.waitUntil(lambda t=tab: t.model.rowCount() > 0 or t is not window.roster_tab, timeout=5000)
    roster_text = model_text(window.roster_tab.model)
    assert "********" in roster_text and full_id not in roster_text and phone not in roster_text
    talks_text = model_text(window.talks_tab.model)
    assert "李书记" in talks_text and secret not in talks_text
    for tab in window.record_tabs():
        assert full_id not in model_text(tab.model)
