"""Start-up: one window per data folder, refused databases as a message, first run, sign-in."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from partydesk.config import resolve
from partydesk.gui import app as gui_app
from partydesk.gui import i18n as gui_i18n
from partydesk.services import offices


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app, "_message", lambda kind, text: shown.append(text))
    monkeypatch.setattr(gui_app, "_ask_restore", lambda text: shown.append(text) and False)  # "Close"
    yield shown
    gui_i18n.uninstall()


def test_a_second_start_on_the_same_folder_says_so_and_exits_cleanly(tmp_path, messages):
    location = resolve(tmp_path / "data")
    held = gui_app.single_instance_lock(location.data_dir)
    assert held is not None
    try:
        assert gui_app.run(location) == 0
    finally:
        held.unlock()
    assert len(messages) == 1 and str(location.data_dir) in messages[0]
    assert "已经打开" in messages[0]


def test_a_newer_database_is_refused_with_a_message_not_a_traceback(tmp_path, messages, db):
    location = db.location
    db.dispose()
    with sqlite3.connect(location.db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert gui_app.run(location) == 1
    assert len(messages) == 1 and "9999_from_the_future" in messages[0]
    assert "Traceback" not in messages[0]
    assert gui_app.single_instance_lock(location.data_dir) is not None  # the lock was released


def test_first_run_names_the_office_then_opens_the_window(tmp_path, messages, monkeypatch, qapp):
    from partydesk.gui.first_run import FirstRunDialog

    def answer(dialog):
        dialog.office.setText("新建社区党委")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", answer)
    opened = []

    def event_loop(app):  # stands in for app.exec(): look at the window, then close it like the user
        opened.extend(w.windowTitle() for w in QApplication.topLevelWidgets()
                      if w.objectName() == "mainWindow" and w.isVisible())
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow":
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    location = resolve(tmp_path / "fresh")
    assert gui_app.run(location) == 0
    assert opened and "新建社区党委" in opened[0]
    assert messages == []
    from partydesk.store.migrate import open_database

    db = open_database(location)
    assert offices.local_office(db).name == "新建社区党委"
    db.dispose()


def test_the_embedded_font_is_the_application_font(qapp):
    family = gui_app.use_embedded_font(qapp)
    assert family == "WenQuanYi Micro Hei"
    assert qapp.font().families()[0] == family


def test_qt_own_chinese_translation_is_loaded(qapp):
    try:
        loaded = gui_i18n.install("zh_CN")
    finally:
        gui_i18n.uninstall()
    assert "qtbase_zh_CN" in loaded
    assert any(name.endswith("partydesk_zh_CN.qm") for name in loaded)


def test_a_lock_left_by_a_killed_program_does_not_block_the_next_start(tmp_path):
    import signal
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from partydesk.gui.app import single_instance_lock\n"
        "app = QCoreApplication([])\n"
        "lock = single_instance_lock(Path(sys.argv[1]))\n"
        "print('locked' if lock else 'busy', flush=True)\n"
        "time.sleep(60)\n"), str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert gui_app.single_instance_lock(tmp_path) is None  # the other program is running
        holder.send_signal(signal.SIGKILL)  # like a power cut: no clean exit, the lock file stays
        holder.wait(10)
    finally:
        holder.kill()
    assert (tmp_path / gui_app.LOCK_FILE).exists()
    lock = gui_app.single_instance_lock(tmp_path)
    assert lock is not None
    lock.unlock()


def test_a_fresh_office_gets_its_branches_and_groups_in_the_window(zh, make_window, empty_db, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from partydesk.gui.first_run import FirstRunDialog
    from partydesk.gui.org_dialog import OrgDialog
    from partydesk.gui.roster.dialog import MemberDialog

    first = FirstRunDialog(empty_db)
    qtbot.addWidget(first)
    first.office.setText("新社区党委")
    first.branch.setText("第一党支部")
    first.accept()
    assert first.result() == 1
    window = make_window(empty_db)
    window.tabs.setCurrentWidget(window.roster_tab)
    answers = iter(["第二党支部", "第一党小组"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (next(answers), True))
    org = OrgDialog(window)
    qtbot.addWidget(org)
    org.add_branch()
    org.add_group()  # to the branch just added and selected
    assert [b.name for b in offices.list_branches(empty_db)] == ["第一党支部", "第二党支部"]
    assert [g.name for g in offices.list_groups(empty_db)] == ["第一党小组"]
    assert window.roster_tab.branch_box.count() == 3  # all branches + two
    assert window.calendar_tab.branch_box.count() == 1  # not shown yet: its branches are read when shown
    window.tabs.setCurrentWidget(window.calendar_tab)
    assert window.calendar_tab.branch_box.count() == 3
    dialog = MemberDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.branch.setCurrentIndex(1)
    assert dialog.group.count() == 2


def test_every_tab_opens_on_a_fresh_database(zh, make_window, db, qtbot):
    window = make_window(db)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    assert window.dashboard_tab.data is not None and window.dashboard_tab.data.members == 0
    assert window.roster_tab.model.total == 0 and window.talks_tab.model.total == 0
    assert "0" in window.members_label.text()


def test_the_office_its_branches_and_groups_are_renamed_everywhere(window, qtbot, monkeypatch, demo_db):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from partydesk.gui.org_dialog import OrgDialog

    answers = iter(["第一党支部（老年）", "", "新湖社区党委"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (next(answers), True))
    refusals = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refusals.append(text))
    org = OrgDialog(window)
    qtbot.addWidget(org)
    first = org.tree.topLevelItem(0)
    org.tree.setCurrentItem(first)
    org.rename_selected()
    assert offices.list_branches(demo_db)[0].name == "第一党支部（老年）"
    assert org.tree.currentItem().text(0) == "第一党支部（老年）"
    assert window.roster_tab.branch_box.findText("第一党支部（老年）") >= 0
    org.tree.setCurrentItem(org.tree.topLevelItem(0))
    org.rename_selected()  # an empty name is not asked of the service: nothing happens
    assert offices.list_branches(demo_db)[0].name == "第一党支部（老年）" and not refusals
    org.rename_office()
    assert offices.local_office(demo_db).name == "新湖社区党委"
    assert "新湖社区党委" in org.office_label.text() and window.windowTitle().endswith("新湖社区党委")
    assert window.statusBar().currentMessage() == "单位已改名。"


PASS = "correct horse battery"


def the_window_title_then_close(opened):
    def event_loop(app):  # stands in for app.exec(): look at the window, then close it like the user
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                opened.append(widget.windowTitle())
                widget.close()
        return 0

    return event_loop


@pytest.mark.parametrize("damage", [b"", b"not a database at all " * 300], ids=["empty file", "not a database"])
def test_a_database_that_cannot_open_is_replaced_by_a_backup_from_the_start_message(
    tmp_path, qtbot, monkeypatch, db, damage
):
    from PySide6.QtWidgets import QMessageBox

    from partydesk.gui.backup.dialogs import RestoreDialog
    from partydesk.services import backup
    from partydesk.store.migrate import open_database

    made = backup.create_backup(db, tmp_path / "office.pdbak", PASS)
    location = db.location
    db.dispose()
    location.db_path.write_bytes(damage)
    asked, restored, opened = [], [], []
    monkeypatch.setattr(gui_app, "_message", lambda kind, text: asked.append(text))
    monkeypatch.setattr(gui_app, "_ask_restore", lambda text: asked.append(text) or True)  # "Restore a backup…"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: restored.append(text))

    def pick_the_file(dialog):  # the clerk chooses the stick's file, types the passphrase, restores
        dialog.add_file(made.path)
        dialog.passphrase.first.setText(PASS)
        dialog.show_button.click()
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
        return QDialog.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", pick_the_file)
    monkeypatch.setattr(QApplication, "exec", the_window_title_then_close(opened))
    try:
        assert gui_app.run(location) == 0
    finally:
        gui_i18n.uninstall()
    assert len(asked) == 1 and "Traceback" not in asked[0]
    assert len(restored) == 1 and "pre-restore-" in restored[0]
    assert opened and "测试社区党委" in opened[0]
    kept = list((location.data_dir / "backups").glob("pre-restore-*.sqlite3"))
    assert len(kept) == 1 and (damage == b"" or kept[0].read_bytes() == damage)  # what was there, kept as it was
    again = open_database(location)
    try:
        assert offices.local_office(again).name == "测试社区党委" and again.unwritable is None
    finally:
        again.dispose()


def test_the_start_message_offers_to_restore_a_backup(zh, qapp):
    box = gui_app.restore_box("数据库无法打开。")
    buttons = [button.text() for button in box.buttons()]
    assert any("恢复备份" in text for text in buttons), buttons
    assert box.defaultButton().objectName() == "restoreAtStart"
    assert "备份" in box.text() and "数据库无法打开。" in box.text()


def test_cancelling_the_restore_at_start_comes_back_to_the_message_instead_of_quitting(qtbot, monkeypatch, db):
    from PySide6.QtWidgets import QMessageBox

    from partydesk.gui.backup.dialogs import RestoreDialog

    location = db.location
    db.dispose()
    location.db_path.write_bytes(b"not a database at all " * 300)
    shown, answers = [], ["restoreAtStart", "restoreAtStart", "close"]

    def answer(box):  # the clerk reads the message and presses a button (the real box, its real buttons)
        shown.append((box.objectName(), box.text(), [b.objectName() or b.text() for b in box.buttons()]))
        choice = answers.pop(0)
        button = box.findChild(QPushButton, choice) if choice != "close" else box.button(QMessageBox.Close)
        button.click()
        return 0

    restores = []
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: restores.append(dialog) or QDialog.Rejected)
    try:
        assert gui_app.run(location) == 1  # "Close" at last: the program ends, the file untouched
    finally:
        gui_i18n.uninstall()
    assert len(restores) == 2 and answers == []
    assert len(shown) == 3 and all(entry == shown[0] for entry in shown)
    assert shown[0][0] == "cannotOpen" and "restoreAtStart" in shown[0][2]
    assert location.db_path.read_bytes() == b"not a database at all " * 300
