"""A clerk's keyboard in every dialog and window: where focus starts, Alt keys, Tab order, sizes, overlaps."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit

from partydesk.gui.widgets.form import typing_target
from tests.gui import keyboard_walk as walk
from tests.gui.test_language_gui import dialogs

MARKER = "kbmark"  # QTest types ASCII only


def every_window(window, db):
    """(name, widget) for every dialog and window a clerk can open."""
    from partydesk.gui.accounts.audit_view import AuditDialog
    from partydesk.gui.accounts.password import CreateAdminDialog
    from partydesk.gui.backup.dialogs import BackupDialog, RestoreDialog
    from partydesk.gui.backup.transfer_dialogs import TransferExportDialog, TransferImportDialog
    from partydesk.gui.importing.export_dialog import ExportDialog
    from partydesk.gui.importing.wizard import ImportWizard
    from partydesk.gui.reports.actions import ScopeDialog
    from partydesk.gui.reports.preview import PreviewDialog
    from partydesk.gui.widgets.member_picker import PickMemberDialog
    from partydesk.services import reports

    for dialog in dialogs(window, db):
        yield type(dialog).__name__, dialog
    yield "ScopeDialog(roster)", ScopeDialog(window, "花名册", db, False, True)
    yield "ScopeDialog(annual)", ScopeDialog(window, "年度", db, True, True)
    yield "ScopeDialog(member file)", ScopeDialog(window, "档案", db, True, False)
    yield "ScopeDialog(points notice)", ScopeDialog(window, "积分公示", db, True, True, True)
    yield "PreviewDialog", PreviewDialog(reports.roster_pdf(db, None), "花名册", "x.pdf", window)
    yield "PickMemberDialog", PickMemberDialog(db, window)
    yield "BackupDialog", BackupDialog(db, window, drives=[])
    yield "RestoreDialog", RestoreDialog(db, window)
    yield "TransferExportDialog", TransferExportDialog(db, window, drives=[])
    yield "TransferImportDialog", TransferImportDialog(db, window)
    yield "ExportDialog", ExportDialog(db, window)
    yield "ImportWizard", ImportWizard(db, parent=window)
    yield "CreateAdminDialog", CreateAdminDialog(db, window)
    yield "AuditDialog", AuditDialog(db, window)


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def closed(dialog) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()


def test_every_dialog_opens_with_focus_in_a_field(window, qtbot, demo_db):
    wrong = []
    for name, dialog in every_window(window, demo_db):
        opened(qtbot, dialog)
        focus = walk.focus_now()
        if not walk.takes_typing(focus):
            wrong.append((name, walk.describe(focus) if focus else None))
        closed(dialog)
    assert not wrong, wrong


def test_every_dialog_gives_each_alt_key_to_one_thing(window, qtbot, demo_db):
    clashes = []
    for name, dialog in every_window(window, demo_db):
        opened(qtbot, dialog)
        twice = walk.duplicated(walk.dialog_mnemonics(dialog))
        if twice:
            clashes.append((name, twice))
        closed(dialog)
    assert not clashes, clashes


def test_each_menu_gives_each_alt_key_to_one_entry(window):
    clashes = [(title, walk.duplicated(walk.menu_mnemonics(menu))) for title, menu in window.menus.items()]
    assert not [clash for clash in clashes if clash[1]], clashes
    titles = [key for menu in window.menus.values() for key in walk.mnemonics(menu.title())]
    assert not walk.duplicated(titles)


def test_each_labels_alt_key_puts_the_typing_into_its_field(window, qtbot, demo_db):
    wrong = []
    for name, dialog in every_window(window, demo_db):
        opened(qtbot, dialog)
        for label, buddy, key in walk.labelled_buddies(dialog):
            QTest.keyClick(dialog, getattr(Qt, f"Key_{key}"), Qt.AltModifier)
            focus = walk.focus_now()
            target = typing_target(buddy)
            if focus is not target or not walk.takes_typing(focus):
                wrong.append((name, label.text(), walk.describe(focus) if focus else None))
                continue
            if isinstance(focus, (QLineEdit, QPlainTextEdit)) and not focus.isReadOnly():
                QTest.keyClicks(focus, MARKER)
                if MARKER not in walk.typed_into(focus):
                    wrong.append((name, label.text(), "typed text went elsewhere"))
                focus.undo()
        closed(dialog)
    assert not wrong, wrong


def test_every_dialog_fits_a_1024_by_768_screen(window, qtbot, demo_db, monkeypatch):
    from partydesk.gui.widgets import screen

    monkeypatch.setattr(screen, "free_area", lambda widget: QSize(*walk.SCREEN))  # sized to its screen
    too_big = []
    for name, dialog in every_window(window, demo_db):
        opened(qtbot, dialog)
        if not walk.fits_screen(dialog):
            too_big.append((name, dialog.width(), dialog.height()))
        closed(dialog)
    assert not too_big, too_big


def test_no_two_visible_widgets_overlap_in_any_dialog(window, qtbot, demo_db):
    clashes = []
    for name, dialog in every_window(window, demo_db):
        opened(qtbot, dialog)
        found = walk.overlaps(dialog)
        if found:
            clashes.append((name, found[:3]))
        closed(dialog)
    assert not clashes, clashes


def test_the_main_window_fits_1024_by_768_without_overlaps(window, qtbot):
    window.resize(1024, 768 - walk.TITLE_BAR)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
        assert window.minimumSizeHint().width() <= 1024, window.tabs.tabText(index)
        assert window.minimumSizeHint().height() <= 768 - walk.TITLE_BAR, window.tabs.tabText(index)


@pytest.mark.parametrize("tab_name", ["roster_tab", "calendar_tab", "service_tab", "talks_tab"])
def test_tab_from_the_search_box_reaches_every_filter_and_button_then_leaves_the_table(window, qtbot, tab_name):
    tab = getattr(window, tab_name)
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    tab.search.setFocus()
    reached = [tab.search]
    for _step in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focus = QApplication.focusWidget()
        if focus in reached or not tab.isAncestorOf(focus):
            break
        reached.append(focus)
    wanted = [w for w in tab.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(tab)]
    wanted = [label.buddy() for label in wanted]
    wanted += [w for w in (tab.bin_box, tab.new_button, tab.edit_button, *tab.extra_widgets, tab.table)]
    missing = [walk.describe(w) for w in wanted if w not in reached]
    assert not missing, missing
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key_Tab)
    assert QApplication.focusWidget() is not tab.table  # Tab left the table instead of moving to the next cell


def test_down_from_the_search_box_goes_into_the_results(window, qtbot):
    tab = window.roster_tab
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    tab.search.setFocus()
    tab.table.clearSelection()
    QTest.keyClick(tab.search, Qt.Key_Down)
    assert QApplication.focusWidget() is tab.table
    assert tab.current_uuid() == tab.model.rows[0].uuid


def test_tab_in_an_edit_dialog_runs_down_the_fields_and_reaches_save_last(window, qtbot):
    from partydesk.gui.roster.dialog import MemberDialog

    dialog = opened(qtbot, MemberDialog(window, None))
    assert QApplication.focusWidget() is dialog.name
    order = [dialog.name]
    for _step in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        if QApplication.focusWidget() in order:
            break
        order.append(QApplication.focusWidget())
    fields = [dialog.name, dialog.gender, dialog.resident_id, dialog.birth_date.line, dialog.ethnicity,
              dialog.education, dialog.phone, dialog.address, dialog.branch, dialog.group, dialog.role,
              dialog.applied_on.line, dialog.activist_on.line, dialog.candidate_on.line, dialog.joined_on.line,
              dialog.full_on.line, dialog.post, dialog.exemplar, dialog.flowing, dialog.notes, dialog.save_button]
    assert [w for w in order if w in fields] == fields
    closed(dialog)


def test_tool_bar_buttons_show_their_real_keys_not_a_dead_mnemonic(window, qtbot, demo_db):
    from PySide6.QtWidgets import QToolButton

    from partydesk.gui.reports.preview import PreviewDialog
    from partydesk.services import reports

    preview = PreviewDialog(reports.roster_pdf(demo_db, None), "花名册", "x.pdf", window)
    qtbot.addWidget(preview)
    for top in (window, preview):
        labels = [button.text() for button in top.findChildren(QToolButton) if button.defaultAction() is not None]
        dead = [text for text in labels if re.search(r"\([A-Z]\)", text)]
        assert not dead, dead
    window_labels = {b.text() for b in window.findChildren(QToolButton)}
    assert any("Ctrl+N" in text for text in window_labels)
    window.push_undo("新建活动", lambda: None, lambda: None)
    assert any("新建活动" in b.text() and "Ctrl+Z" in b.text() for b in window.findChildren(QToolButton))
    preview_labels = {b.text() for b in preview.findChildren(QToolButton)}
    assert any("Ctrl+P" in text for text in preview_labels) and any("Ctrl+S" in text for text in preview_labels)


def test_the_main_windows_tabs_and_menus_each_have_their_own_alt_key(window):
    import re

    from PySide6.QtWidgets import QTabBar

    def key(text):
        found = re.search(r"&(\w)", text.replace("&&", ""))
        return found.group(1).upper() if found else None

    tabs = window.findChild(QTabBar)
    keys = [key(tabs.tabText(i)) for i in range(tabs.count())]
    keys += [key(menu.title()) for menu in window.menus.values()]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys)), keys
