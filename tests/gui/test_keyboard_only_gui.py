"""A clerk's afternoon without the mouse: member, meeting with attendance, service, talk, minutes, backup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from partydesk.gui.backup import drives as backup_drives
from partydesk.gui.backup.dialogs import BackupDialog
from partydesk.gui.calendar.activity_dialog import ActivityDialog
from partydesk.gui.calendar.attendance_dialog import AttendanceDialog
from partydesk.gui.roster.dialog import MemberDialog
from partydesk.gui.service.dialog import ServiceDialog
from partydesk.gui.talks.dialog import TalkDialog
from partydesk.services import calendar, roster, service_log, talks
from partydesk.services.pinyin import initials

NAME = "甄键盘"
PASS = "correct horse battery"


def key(code, modifiers=Qt.NoModifier) -> None:
    """One key press to whatever has the focus, as the keyboard would send it."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, code, modifiers)


def alt(letter: str) -> None:
    key(getattr(Qt, f"Key_{letter}"), Qt.AltModifier)


def type_text(text: str) -> None:
    """Characters as an input method commits them (QTest types only ASCII): key events carrying text."""
    for char in text:
        target = QApplication.focusWidget()
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.NoModifier, char))


def on_modal(kind, act, failures: list) -> None:
    """Do `act(dialog)` once a modal `kind` is up (it is opened by a key press whose exec() blocks)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and QApplication.activeWindow() is dialog:
            try:
                act(dialog)
            except Exception as error:  # noqa: BLE001 - reported by the test, never a hung modal loop
                failures.append(repr(error))
                dialog.reject()
        else:
            QTimer.singleShot(5, poll)
    QTimer.singleShot(0, poll)


def saved(dialog, failures: list) -> None:
    key(Qt.Key_S, Qt.ControlModifier)
    if dialog.isVisible():
        errors = [label.text() for label in dialog.findChildren(QLabel, "fieldError") if label.isVisibleTo(dialog)]
        failures.append((type(dialog).__name__, errors))
        dialog.reject()


@pytest.mark.usefixtures("fast_kdf")
def test_a_clerk_enters_a_days_work_prints_minutes_and_backs_up_with_the_keyboard_only(
        window, qtbot, demo_db, monkeypatch, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(backup_drives, "writable_drives",
                        lambda removable_only=True: [backup_drives.Drive(stick, "KINGSTON", 8 << 30, True)])
    printed = tmp_path / "minutes.pdf"
    monkeypatch.setattr(QPrintDialog, "exec",
                        lambda dialog: dialog.printer().setOutputFileName(str(printed)) or QDialog.Accepted)
    failures: list = []

    def back_to(top):
        """The offscreen platform has no window manager to activate the window a closed dialog returns to."""
        top.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)

    back_to(window)

    def member(dialog):
        type_text(NAME)  # focus starts on 姓名
        saved(dialog, failures)

    on_modal(MemberDialog, member, failures)
    key(Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    assert window.roster_tab.model.rows[window.roster_tab.table.currentIndex().row()].name == NAME
    member_uuid = window.roster_tab.current_uuid()
    back_to(window)

    def activity(dialog):
        alt("T")
        type_text("键盘学习会")
        on_modal(QMessageBox, lambda box: key(Qt.Key_Return), failures)  # 现在登记出勤吗？ — Yes
        on_modal(AttendanceDialog, lambda sheet: saved(sheet, failures), failures)
        saved(dialog, failures)

    alt("L")
    assert window.tabs.currentWidget() is window.calendar_tab
    on_modal(ActivityDialog, activity, failures)
    key(Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    activity_uuid = window.calendar_tab.current_uuid()
    assert calendar.get_activity(demo_db, activity_uuid).title == "键盘学习会"
    assert calendar.get_activity(demo_db, activity_uuid).state.name == "HELD"
    back_to(window)

    def service(dialog):
        alt("T")
        type_text("键盘义诊")
        alt("I")
        QTest.keyClicks(QApplication.focusWidget(), initials(NAME))
        key(Qt.Key_Return)
        saved(dialog, failures)

    alt("S")
    on_modal(ServiceDialog, service, failures)
    key(Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    entry = service_log.get_entry(demo_db, window.service_tab.current_uuid())
    assert entry.title == "键盘义诊" and [p.member_uuid for p in entry.participants] == [member_uuid]
    back_to(window)

    def talk(dialog):
        alt("M")
        QTest.keyClicks(QApplication.focusWidget(), initials(NAME))
        key(Qt.Key_Return)
        alt("H")
        type_text("支部书记")
        alt("Y")
        type_text("谈了学习安排")
        saved(dialog, failures)

    alt("K")
    on_modal(TalkDialog, talk, failures)
    key(Qt.Key_N, Qt.ControlModifier)
    assert not failures, failures
    record = talks.get_talk(demo_db, window.talks_tab.current_uuid())
    assert record.member_uuid == member_uuid and record.summary == "谈了学习安排"
    back_to(window)

    alt("L")
    assert window.calendar_tab.current_uuid() == activity_uuid
    alt("P")  # 报表 menu
    key(Qt.Key_M)  # 打印会议记录
    qtbot.waitUntil(lambda: bool(window.report_actions.previews), timeout=30_000)
    preview = window.report_actions.previews[-1]
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    back_to(preview)
    key(Qt.Key_P, Qt.ControlModifier)
    assert printed.exists() and printed.stat().st_size > 0
    key(Qt.Key_Escape)
    assert not preview.isVisible()

    def backup(dialog):
        alt("P")
        QTest.keyClicks(QApplication.focusWidget(), PASS)
        alt("A")
        QTest.keyClicks(QApplication.focusWidget(), PASS)
        on_modal(QMessageBox, lambda box: key(Qt.Key_Return), failures)  # written and checked — OK
        key(Qt.Key_Return)  # 开始备份, the default button

    back_to(window)
    on_modal(BackupDialog, backup, failures)
    alt("D")  # 数据 menu
    key(Qt.Key_B)  # 备份到U盘
    assert not failures, failures
    assert list(stick.rglob("*")), "nothing was written to the stick"
    assert roster.get_member(demo_db, member_uuid).name == NAME
