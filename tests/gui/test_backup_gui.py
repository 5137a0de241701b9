"""Backup, restore and transfer dialogs, the Data menu hook and automatic backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QMessageBox

from partydesk.config import resolve
from partydesk.gui.backup import actions
from partydesk.gui.backup.dialogs import BackupDialog, RestoreDialog
from partydesk.gui.backup.drives import Drive, DrivePicker
from partydesk.gui.backup.passphrase import PassphraseFields, strength
from partydesk.gui.backup.transfer_dialogs import ConflictsDialog, TransferExportDialog, TransferImportDialog
from partydesk.services import backup, offices, roster, transfer
from partydesk.services.backup import generations as backup_generations
from partydesk.services.backup import status as backup_status
from partydesk.services.transfer import receive as transfer_import
from partydesk.store.migrate import open_database

PASS = "correct horse battery"


pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def told(monkeypatch):
    """Information and warning boxes recorded instead of shown; confirmations answered Yes."""
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    return shown


def run_now(title, fn, *args, on_done=None, on_error=None, **kwargs):
    """A synchronous stand-in for the main window's worker."""
    try:
        result = fn(*args, progress=lambda d, t: None, cancelled=lambda: False, **kwargs)
    except Exception as error:  # noqa: BLE001
        on_error(error)
    else:
        on_done(result)


def stick(tmp_path) -> list[Drive]:
    folder = tmp_path / "stick"
    folder.mkdir(exist_ok=True)
    return [Drive(folder, "KINGSTON", 8_000_000_000, True)]


def test_strength_hint_grows_with_length(qapp):
    assert strength("abc")[0] == 0
    assert strength("abcdefgh")[0] == 1
    assert strength("我们的支部在社区里为人民服务")[0] == 3


def test_passphrase_fields_need_two_equal_entries(qtbot):
    fields = PassphraseFields(confirm=True)
    qtbot.addWidget(fields)
    fields.first.setText(PASS)
    assert not fields.is_acceptable()
    fields.second.setText(PASS + "x")
    assert not fields.is_acceptable() and fields.hint.text()
    fields.second.setText(PASS)
    assert fields.is_acceptable()


def test_drive_picker_lists_given_sticks_and_folders(qtbot, tmp_path):
    picker = DrivePicker(drives=stick(tmp_path))
    qtbot.addWidget(picker)
    assert picker.folder() == tmp_path / "stick" and "KINGSTON" in picker.list.item(0).text()
    empty = DrivePicker(drives=[])
    qtbot.addWidget(empty)
    assert empty.folder() is None and empty.hint.text()


def test_backup_dialog_writes_a_verified_backup(qtbot, db, tmp_path, told):
    dialog = BackupDialog(db, run_task=run_now, drives=stick(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    dialog.passphrase.set_text(PASS)
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    assert dialog.result_info is not None and dialog.result_info.path.parent == tmp_path / "stick"
    assert backup.verify_backup(dialog.result_info.path, PASS, db).office_name == "测试社区党委"
    assert str(dialog.result_info.path) in told[-1]


def test_backup_dialog_reports_failure_plainly(qtbot, db, tmp_path, told):
    drives = [Drive(tmp_path / "pulled", "STICK", 1, True)]
    dialog = BackupDialog(db, run_task=run_now, drives=drives)
    qtbot.addWidget(dialog)
    dialog.passphrase.set_text(PASS)
    dialog.start_button.click()
    assert dialog.result_info is None and "stick" in told[-1].lower()


def test_restore_dialog_shows_holdings_before_restoring(qtbot, db, branch_uuid, tmp_path, told):
    from tests.services.helpers import add_member

    add_member(db, branch_uuid, name="王昇")
    made = backup.create_backup(db, tmp_path / "b.pdbak", PASS)
    add_member(db, branch_uuid, name="李玥")
    dialog = RestoreDialog(db, run_task=run_now)
    qtbot.addWidget(dialog)
    dialog.add_file(made.path)
    dialog.passphrase.first.setText("wrong passphrase!")
    dialog.show_button.click()
    assert not dialog.restore_button.isEnabled() and "passphrase" in dialog.summary.text().lower()
    dialog.passphrase.first.setText(PASS)
    dialog.show_button.click()
    assert "测试社区党委" in dialog.summary.text() and "1" in dialog.summary.text()
    dialog.restore_button.click()
    assert dialog.result is not None
    assert roster.query_members(db).total == 1


def test_restore_dialog_offers_automatic_backups(qtbot, db, told):
    backup_generations.auto_backup(db)
    dialog = RestoreDialog(db, run_task=run_now)
    qtbot.addWidget(dialog)
    assert dialog.sources.count() == 1
    dialog.sources.setCurrentRow(0)
    assert not dialog.passphrase.isEnabled()
    dialog.show_button.click()
    assert dialog.restore_button.isEnabled()


def test_transfer_dialogs_export_import_and_resolve(qtbot, db, branch_uuid, tmp_path, told):
    from tests.services.helpers import add_member

    uuid = add_member(db, branch_uuid, name="王昇")
    receiver = open_database(resolve(tmp_path / "receiver"))
    try:
        offices.init_office(receiver, "某某街道党工委")
        export = TransferExportDialog(db, run_task=run_now, drives=stick(tmp_path))
        qtbot.addWidget(export)
        assert export.scope.count() == 2
        export.passphrase.set_text(PASS)
        export.start_button.click()
        path = export.result_info.path

        dialog = TransferImportDialog(receiver, run_task=run_now)
        qtbot.addWidget(dialog)
        dialog.file.setText(str(path))
        dialog.passphrase.first.setText(PASS)
        dialog.start_button.click()
        assert dialog.result.inserted["member"] == 1 and "1" in told[-1]

        for office, name in ((db, "王晟"), (receiver, "王胜")):
            data = roster.get_member(office, uuid).as_input()
            data.name = name
            roster.update_member(office, uuid, data)
        package = transfer.export_package(db, tmp_path, PASS)
        transfer_import.import_package(receiver, package.path, PASS)
        conflicts = ConflictsDialog(receiver)
        qtbot.addWidget(conflicts)
        detail = [conflicts.fields.item(i).text() for i in range(conflicts.fields.count())]
        assert conflicts.table.rowCount() == 1 and detail == ["Field: Name, this office: 王胜, theirs: 王晟"]
        conflicts.resolve(transfer_import.TAKE_INCOMING)
        assert conflicts.table.rowCount() == 0
        assert roster.get_member(receiver, uuid).name == "王晟"
    finally:
        receiver.dispose()


def test_install_adds_menu_and_runs_automatic_backup(qtbot, make_window, db, monkeypatch):
    monkeypatch.setattr(actions, "FIRST_AUTO_BACKUP_MS", 10_000_000)
    window = make_window(db)
    texts = [a.text() for a in window.menus["data"].actions()]
    assert any("USB" in t or "U盘" in t for t in texts)
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    task = window.auto_backups.run()
    assert task is not None
    qtbot.waitUntil(lambda: window.auto_backups.running is None, timeout=20_000)
    assert len(backup_generations.list_backups(db)) == 1
    assert backup_status.backup_status(db).last_local_at is not None
    assert isinstance(Path(backup.auto_dir(db)), Path)


def test_dialogs_speak_chinese(qtbot, zh, db, tmp_path):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    allowed = re.compile(r"\(&?[A-Z]\)|&(?=\S)|U盘|USB|KINGSTON|\*\.\w+|/[\w/.-]+|…")
    for dialog in (BackupDialog(db, drives=stick(tmp_path)), RestoreDialog(db), TransferExportDialog(db, drives=[]),
                   TransferImportDialog(db), ConflictsDialog(db)):
        qtbot.addWidget(dialog)
        texts = [dialog.windowTitle()] + [
            w.text() for w in dialog.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(dialog)
        ]
        english = [t for t in texts if re.search(r"[A-Za-z]", allowed.sub("", t or ""))]
        assert not english, (type(dialog).__name__, english)


def test_dialogs_are_wide_enough_for_a_stick_and_a_backup_file_name(qtbot, db, tmp_path):
    made = backup.create_backup(db, tmp_path / "翠湖社区党委-20261126-1528.pdbak", PASS)
    writing = BackupDialog(db, drives=stick(tmp_path))
    restoring = RestoreDialog(db)
    restoring.add_file(made.path)
    for dialog, listing in ((writing, writing.picker.findChild(QListWidget)), (restoring, restoring.sources)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        longest = max(listing.fontMetrics().horizontalAdvance(listing.item(i).text()) for i in range(listing.count()))
        assert longest <= listing.viewport().width(), (type(dialog).__name__, longest, listing.viewport().width())


def test_on_a_server_database_the_data_menu_and_status_bar_say_the_administrator_backs_it_up(
        qtbot, zh, make_window, db, monkeypatch, told):
    from partydesk.store.db import Database

    monkeypatch.setattr(Database, "is_sqlite", property(lambda self: False))  # as on a PostgreSQL server
    window = make_window(db)
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    texts = [a.text() for a in window.menus["data"].actions()]
    assert "服务器数据库的备份(&B)…" in texts
    assert not any("U盘" in t or "恢复备份" in t for t in texts)  # no USB backup, no restore of a file
    assert "导出传输包(&T)…" in texts
    assert window.auto_backups is None
    assert window.backup_label.text() == "备份：由服务器管理员负责"
    window.findChild(QAction, "serverBackupAction").trigger()
    assert len(told) == 1 and "服务器管理员" in told[0] and "pg_dump" in told[0] and "导出传输包" in told[0]
