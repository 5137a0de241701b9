"""Roster tab: SQL search, field errors under the field, undo of an edit, recycle bin."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from partydesk.domain.enums import MemberStatus
from partydesk.gui.roster.dialog import MemberDialog
from partydesk.gui.roster.status_dialog import StatusDialog
from partydesk.services import roster
from partydesk.services.pinyin import initials


def has_latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text)


def test_every_tab_opens_on_the_demo(window):
    for name in ("dashboardTab", "rosterTab", "calendarTab", "serviceTab", "talksTab"):
        tab = window.findChild(object, name)
        assert tab is not None, name
        window.tabs.setCurrentWidget(tab)
        assert tab.accessibleName() == name
    for name in ("rosterTable", "calendarTable", "serviceTable", "talksTable"):
        table = window.findChild(QTableView, name)
        assert table.model().rowCount() > 0, name
    assert window.findChild(QLineEdit, "rosterSearch") is not None
    assert set(window.menus) == {"file", "edit", "records", "data", "reports", "tools", "help"}


def test_typing_in_the_search_box_filters_rows_in_sql(window, qtbot, demo_db):
    tab = window.roster_tab
    everyone = tab.model.total
    first = tab.model.rows[0]
    typed = initials(first.name)  # people type pinyin initials: 王华涛 -> wht
    search = window.findChild(QLineEdit, "rosterSearch")
    qtbot.keyClicks(search, typed)
    qtbot.waitUntil(lambda: tab.model.total != everyone, timeout=3000)
    expected = roster.query_members(demo_db, roster.MemberQuery(search=typed)).total
    assert 0 < expected < everyone
    assert tab.model.total == expected
    assert tab.model.rowCount() == min(expected, 200)
    assert first.uuid in [row.uuid for row in tab.model.rows]


def test_hidden_tabs_load_when_first_shown(zh, make_window, demo_db):
    window = make_window(demo_db)
    tab = window.service_tab
    assert not tab.model.loaded
    window.tabs.setCurrentWidget(tab)
    assert tab.model.loaded and tab.model.rowCount() == min(tab.model.total, 200)
    assert tab.model.canFetchMore() == (tab.model.total > 200)


def test_a_bad_resident_id_shows_under_the_field_and_saves_nothing(window, demo_db):
    before = roster.query_members(demo_db, roster.MemberQuery(limit=0)).total
    dialog = MemberDialog(window, None, branch_uuid=window.roster_tab.model.rows[0] and None)
    dialog.branch.setCurrentIndex(0)
    dialog.name.setText("测试人")
    dialog.resident_id.setText("110101199003071234")
    dialog.accept()
    message = dialog.form.errors["resident_id"]
    assert message.isVisibleTo(dialog) and message.text()
    assert not has_latin(message.text()), message.text()
    assert dialog.result() == 0
    assert roster.query_members(demo_db, roster.MemberQuery(limit=0)).total == before


def test_undo_restores_an_edit(window, demo_db):
    uuid = window.roster_tab.model.rows[0].uuid
    old_name = roster.get_member(demo_db, uuid).name
    dialog = MemberDialog(window, uuid)
    dialog.name.setText("改名测试")
    dialog.accept()
    assert dialog.result() == 1
    assert roster.get_member(demo_db, uuid).name == "改名测试"
    window.undo_stack.undo()
    assert roster.get_member(demo_db, uuid).name == old_name
    window.undo_stack.redo()
    assert roster.get_member(demo_db, uuid).name == "改名测试"


def test_delete_goes_to_the_recycle_bin_and_undo_restores(window, demo_db, answer_yes):
    tab = window.roster_tab
    tab.table.selectRow(0)
    uuid = tab.current_uuid()
    total = tab.model.total
    tab.delete_selected()
    assert tab.model.total == total - 1
    tab.bin_box.setChecked(True)
    assert uuid in [row.uuid for row in tab.model.rows]
    tab.table.selectRow(tab.model.row_of(uuid))
    tab.restore_selected()
    assert uuid not in [row.uuid for row in tab.model.rows]
    tab.bin_box.setChecked(False)
    assert tab.model.total == total


def test_status_change_is_kept_in_the_history(window, demo_db):
    row = next(r for r in window.roster_tab.model.rows if r.status is MemberStatus.FULL)
    dialog = StatusDialog(window, row.uuid)
    dialog.status.set_value(MemberStatus.TRANSFERRED_OUT)
    dialog.on_date.setText("2026年11月20日")
    dialog.note.setText("转往外地")
    dialog.accept()
    assert dialog.result() == 1
    history = roster.member_history(demo_db, row.uuid)
    assert history[-1].to_status is MemberStatus.TRANSFERRED_OUT
    assert str(history[-1].on_date) == "2026-11-20"
    assert row.uuid not in [r.uuid for r in window.roster_tab.model.rows]


def test_header_click_sorts_in_sql(window, demo_db):
    tab = window.roster_tab
    column = next(i for i, c in enumerate(tab.model.columns) if c.sort == "birth_date")
    tab.table.horizontalHeader().setSortIndicator(column, Qt.DescendingOrder)
    births = [r.birth_date for r in tab.model.rows if r.birth_date]
    assert births == sorted(births, reverse=True)
    page = roster.query_members(demo_db, replace(tab.query(), sort="birth_date", descending=True, limit=5))
    assert [r.uuid for r in page.rows] == [r.uuid for r in tab.model.rows[:5]]
