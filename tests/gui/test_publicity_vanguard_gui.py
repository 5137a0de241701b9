"""生成宣传图 from the honours list and the exemplar posts by Alt+G; a revoked honour says why it is refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from partydesk.domain.vanguard import PostKind
from partydesk.gui.publicity.dialog import PosterDialog
from partydesk.gui.vanguard.posts import PostsDialog
from partydesk.services import vanguard
from partydesk.services.publicity import SourceKind
from tests.conftest import DEMO_YEAR


def honours_page(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    tab = window.vanguard_tab
    window.tabs.setCurrentWidget(tab)
    tab.year_box.set_value(DEMO_YEAR)
    tab.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.pages.currentWidget() not in tab.stale and tab.honours.model.total > 0,
                    timeout=10_000)
    return tab.honours


def select_honour(page, uuid: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.uuid_at(r) == uuid)
    page.table.selectRow(row)
    page.table.setFocus()


def test_alt_g_on_the_honours_list_opens_the_poster_of_the_selected_honour(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(PosterDialog, "exec", lambda self: opened.append(self.ref))
    page = honours_page(window, qtbot)
    honour = next(h for h in page.model.rows if h.revoked_on is None)
    select_honour(page, honour.uuid)
    assert page.findChild(QPushButton, "honourPosterButton").text() == "生成宣传图(&G)…"
    QTest.keyClick(page.table, Qt.Key_G, Qt.AltModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)  # a mnemonic clicks the button animated
    assert [(ref.kind, ref.uuid) for ref in opened] == [(SourceKind.HONOUR, honour.uuid)]
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)


def test_a_revoked_honour_is_refused_with_a_message_in_chinese_and_no_dialog(window, qtbot, monkeypatch, demo_db,
                                                                           answer_yes):
    opened = []
    monkeypatch.setattr(PosterDialog, "exec", lambda self: opened.append(self.ref))
    page = honours_page(window, qtbot)
    honour = next(h for h in page.model.rows if h.revoked_on is None)
    vanguard.revoke_honour(demo_db, honour.uuid, date(DEMO_YEAR, 12, 1), "经查不符合条件")
    select_honour(page, honour.uuid)
    page.poster()
    assert opened == []
    assert len(answer_yes) == 1 and "撤销" in answer_yes[0] and f"{DEMO_YEAR}-12-01" in answer_yes[0]


def test_alt_g_in_the_exemplar_posts_opens_the_poster_of_the_selected_term(window, qtbot, monkeypatch, demo_db):
    opened = []
    monkeypatch.setattr(PosterDialog, "exec", lambda self: opened.append(self.ref))
    member = window.roster_tab.model.rows[0].uuid
    post = vanguard.add_post(demo_db, member, PostKind.PIONEER, "便民服务窗口")
    dialog = PostsDialog(window, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    row = next(r for r, p in enumerate(dialog.posts) if p.uuid == post)
    dialog.table.selectRow(row)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key_G, Qt.AltModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert [(ref.kind, ref.uuid) for ref in opened] == [(SourceKind.POST, post)]
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
