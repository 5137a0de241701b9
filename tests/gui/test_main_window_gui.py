"""Main window contract: run_task in a worker, errors shown by kind, change notification, status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from partydesk.domain.errors import ValidationError
from partydesk.services.common import OperationCancelled


def slow_sum(a, b, progress, cancelled):
    for step in range(3):
        progress(step + 1, 3)
    return a + b


def test_run_task_delivers_the_result_on_the_ui_thread(window, qtbot):
    results = []
    window.run_task("加法", slow_sum, 2, b=3, on_done=results.append)
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
        window.run_task("任务", fn)
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
    window.notify_changed("members")
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
