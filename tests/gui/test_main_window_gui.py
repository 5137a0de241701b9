"""Main window contract: operations run in a worker, errors shown by kind, change notification, status bar."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from partydesk.domain.errors import ValidationError
from partydesk.gui.operations import Topic
from partydesk.services import offices
from partydesk.services.common import OperationCancelled


def slow_sum(a, b, progress, cancelled):
    for step in range(3):
        progress(step + 1, 3)
    return a + b


def test_run_task_delivers_the_result_on_the_ui_thread(window, qtbot):
    results = []
    window.operations.run("加法", slow_sum, 2, b=3, on_done=results.append)
    qtbot.waitUntil(lambda: results == [5], timeout=5000)
    assert not window.busy


def test_task_errors_are_shown_by_kind(window, qtbot, monkeypatch):
    warnings, boxes = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.text(), box.detailedText())) or 0)

    def cancelled(progress, cancelled):
        raise OperationCancelled()

    def invalid(progress, cancelled):
        raise ValidationError("title", "This field is required")

    def broken(progress, cancelled):
        raise RuntimeError("disk on fire")

    for fn in (cancelled, invalid, broken):
        window.operations.run("任务", fn)
        qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert "取消" in window.statusBar().currentMessage()
    assert warnings == ["主题: 此项必填"]
    assert len(boxes) == 1 and "disk on fire" not in boxes[0][0] and "disk on fire" in boxes[0][1]


def test_notify_changed_refreshes_the_tab_on_screen(window, demo_db):
    from partydesk.services import roster

    tab = window.roster_tab
    row = tab.model.rows[0]
    detail = roster.get_member(demo_db, row.uuid)
    data = detail.as_input()
    data.name = "通知测试"
    roster.update_member(demo_db, row.uuid, data)
    assert tab.model.rows[0].name == row.name
    window.notify_changed(Topic.MEMBERS)
    assert any(r.name == "通知测试" for r in tab.model.rows)


def test_status_bar_counts_members(window, demo_db, qtbot):
    from partydesk.services.roster import MemberQuery, query_members

    total = query_members(demo_db, MemberQuery(limit=0)).total
    qtbot.waitUntil(lambda: str(total) in window.members_label.text(), timeout=5000)


def test_geometry_and_column_widths_are_remembered(zh, make_window, demo_db, qtbot):
    first = make_window(demo_db)
    first.resize(1000, 700)
    first.roster_tab.table.setColumnWidth(0, 177)
    first.close()
    second = make_window(demo_db)
    assert second.roster_tab.table.columnWidth(0) == 177
    from partydesk.gui.settings import settings

    assert settings().value("geometry/main")  # restored, within the (offscreen) screen's size


def test_standard_keys_reach_the_current_tab(window, qtbot, monkeypatch, answer_yes):
    from PySide6.QtCore import Qt

    from partydesk.gui.roster.dialog import MemberDialog

    opened = []
    monkeypatch.setattr(MemberDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.roster_tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_N, Qt.ControlModifier)
    assert opened == ["新增党员"]
    qtbot.keyClick(tab.table, Qt.Key_F, Qt.ControlModifier)
    assert tab.search.hasFocus()
    total = tab.model.total
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key_Delete)
    assert tab.model.total == total - 1
    qtbot.keyClick(tab.table, Qt.Key_Z, Qt.ControlModifier)
    assert tab.model.total == total


OPEN_ON_THE_ROSTER = """
import sys
from partydesk.config import resolve
from partydesk.gui.app import application, point_settings_to
from partydesk.gui.main_window import MainWindow
from partydesk.store.migrate import open_database
point_settings_to(__import__("pathlib").Path(sys.argv[2]))
app = application([])
window = MainWindow(open_database(resolve(sys.argv[1])))
window.tabs.setCurrentWidget(window.roster_tab)
window.show()
app.processEvents()
window.operations.pool.waitForDone()
print(" ".join(sorted(name for name in sys.modules if name.startswith("partydesk."))))
"""
LOADED_WHEN_USED = (
    "partydesk.gui.dashboard.widgets", "partydesk.services.dashboard",  # the overview, when shown
    "partydesk.gui.importing.wizard", "partydesk.gui.importing.export_dialog", "partydesk.services.exporting.tables",
    "partydesk.gui.accounts.manager", "partydesk.gui.accounts.audit_view", "partydesk.gui.accounts.password",
    "partydesk.gui.roster.dialog", "partydesk.gui.reports.preview",
    "partydesk.gui.backup.dialogs", "partydesk.gui.backup.transfer_dialogs",  # the Data menu's entries
    "partydesk.services.backup.create", "partydesk.services.backup.container", "partydesk.services.transfer.package",
)


def test_the_window_opens_without_loading_what_only_menus_and_other_tabs_need(db, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", OPEN_ON_THE_ROSTER, str(db.location.data_dir), str(tmp_path / "qs")],
                          check=True, capture_output=True, text=True, env=env, timeout=120)
    loaded = set(done.stdout.split())
    assert "partydesk.gui.roster.tab" in loaded
    assert loaded.isdisjoint(LOADED_WHEN_USED), sorted(loaded & set(LOADED_WHEN_USED))


def test_menu_entries_load_their_dialogs_when_chosen(window, monkeypatch):
    from PySide6.QtWidgets import QDialog, QWizard

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    monkeypatch.setattr(QWizard, "open", lambda wizard: opened.append(type(wizard).__name__))
    entries = {a.text().split("(")[0]: a for menu in window.menus.values() for a in menu.actions()}
    chosen = ("导入花名册", "导出", "操作日志", "创建管理员账户", "备份到U盘", "恢复备份",
              "导出传输包", "导入传输包", "传输冲突")
    for text in chosen:
        entries[text].trigger()
    assert opened == [
        "ImportWizard",
        "ExportDialog",
        "AuditDialog",
        "CreateAdminDialog",
        "BackupDialog",
        "RestoreDialog",
        "TransferExportDialog",
        "TransferImportDialog",
        "ConflictsDialog",
    ]


START_TO_THE_ROSTER = OPEN_ON_THE_ROSTER.replace(
    'print(" ".join(sorted(name for name in sys.modules if name.startswith("partydesk."))))',
    """from partydesk.store.models import Member
print("configured" if Member.__mapper__.configured else "unconfigured")
print(window.roster_tab.model.total, window.roster_tab.model.rowCount())
print(" ".join(sorted(sys.modules)))""",
)
NOT_FOR_THE_FIRST_PAINT = (
    "partydesk.gui.dashboard.tab", "partydesk.gui.calendar.tab", "partydesk.gui.service.tab",
    "partydesk.gui.talks.tab", "partydesk.gui.vanguard.tab", "partydesk.gui.dues.tab",  # tabs not shown yet
    "partydesk.services.publicity", "partydesk.services.vanguard", "partydesk.services.dues",
    "PIL", "reportlab", "openpyxl", "pypinyin", "alembic",
)


def test_start_on_the_roster_builds_no_other_tab_loads_no_imaging_and_configures_no_mapper(db, tmp_path):
    """What start-up spends is what the roster needs: no other tab, no Pillow or reportlab, no ORM objects."""
    from tests.services.helpers import add_member

    branch = offices.list_branches(db)[0].uuid
    for _ in range(3):
        add_member(db, branch)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", START_TO_THE_ROSTER, str(db.location.data_dir), str(tmp_path / "qs")],
                          check=True, capture_output=True, text=True, env=env, timeout=120)
    configured, counts, modules = done.stdout.splitlines()[-3:]
    assert counts == "3 3"
    assert configured == "unconfigured"  # every mapper configured costs tens of milliseconds before the roster
    loaded = set(modules.split())
    assert loaded.isdisjoint(NOT_FOR_THE_FIRST_PAINT), sorted(loaded & set(NOT_FOR_THE_FIRST_PAINT))


def test_a_tab_is_built_when_first_shown_and_its_title_and_alt_key_are_there_before(zh, make_window, db, qtbot):
    window = make_window(db)
    assert window.tabs.currentIndex() == 0 and window.pages.is_built("dashboard")
    assert not window.pages.is_built("vanguard") and not window.pages.is_built("roster")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "概览(&O)", "花名册(&R)", "学习日历(&L)", "服务实践(&S)", "谈话记录(&K)", "先锋模范(&U)", "党费(&Z)"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_U, Qt.AltModifier)
    assert window.pages.is_built("vanguard")
    assert window.tabs.currentWidget() is window.vanguard_tab and window.tabs.currentIndex() == 5
    assert window.vanguard_tab.isVisible()
    assert not window.pages.is_built("roster")


def test_a_tab_asked_for_by_name_is_built_in_its_place_without_changing_the_current_tab(zh, make_window, db, qtbot):
    window = make_window(db)
    changes = []
    window.tabs.currentChanged.connect(changes.append)
    talks_tab = window.talks_tab
    assert window.tabs.indexOf(talks_tab) == 4 and window.tabs.tabText(4) == "谈话记录(&K)"
    assert window.tabs.currentIndex() == 0 and changes == []
    assert window.findChild(QWidget, "talksTab") is talks_tab


def test_a_change_refreshes_only_the_tabs_built_so_far(window, demo_db):
    assert window.pages.built_pages() == [window.dashboard_tab, window.roster_tab]
    window.notify_changed(Topic.ALL)
    assert not window.pages.is_built("calendar") and not window.pages.is_built("dues")
    assert len(window.record_tabs()) == 4 and window.pages.is_built("calendar")


def test_the_first_start_opens_no_wider_or_taller_than_a_1024_by_768_screen(make_window, db, monkeypatch):
    from PySide6.QtCore import QSize

    from partydesk.gui.widgets import screen

    monkeypatch.setattr(screen, "free_area", lambda widget: QSize(1024, 728))  # 768 less the task bar
    window = make_window(db)  # no saved geometry: the first start
    assert window.width() <= 1024 - screen.FRAME.width()
    assert window.height() <= 728 - screen.FRAME.height()
