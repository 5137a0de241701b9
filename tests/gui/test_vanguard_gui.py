"""The 先锋模范 tab: honours through their dialog, points with the entries behind them, the keyboard grade sheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from partydesk.domain.enums import MemberStatus
from partydesk.domain.vanguard import Grade, HonourLevel
from partydesk.gui.vanguard.honours import HonourDialog
from partydesk.gui.vanguard.points import PointEntryDialog, PointLinesDialog
from partydesk.services import roster, vanguard
from partydesk.services.pinyin import initials
from tests.conftest import DEMO_YEAR


def _open(window, qtbot, page_index: int, year: int | None = None):
    tab = window.vanguard_tab
    window.tabs.setCurrentWidget(tab)
    if year:
        tab.year_box.set_value(year)
    tab.pages.setCurrentIndex(page_index)
    qtbot.waitUntil(lambda: tab.pages.currentWidget() not in tab.stale, timeout=10_000)
    return tab


def test_an_honour_is_added_in_its_dialog_and_listed(window, qtbot, demo_db):
    tab = _open(window, qtbot, 0, DEMO_YEAR)
    before = tab.honours.model.total
    member = window.roster_tab.model.rows[0]
    dialog = HonourDialog(window, None, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("优秀共产党员")
    dialog.level.set_value(HonourLevel.COUNTY)
    dialog.on_date.set_value(date(DEMO_YEAR, 6, 28))
    dialog.accept()
    assert dialog.result() == 0 and dialog.form.errors["member"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.member.search, initials(member.name))
    qtbot.keyClick(dialog.member.search, Qt.Key_Return)
    dialog.citation.setPlainText("扎根社区，服务群众。")
    dialog.accept()
    assert dialog.result() == 1
    window.notify_changed()
    tab.pages.setCurrentIndex(1)
    tab.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.honours.model.total == before + 1, timeout=10_000)
    honour = vanguard.get_honour(demo_db, dialog.uuid)
    assert (honour.holder_name, honour.level) == (member.name, HonourLevel.COUNTY)
    assert honour.citation == "扎根社区，服务群众。"


def test_the_points_table_shows_quarters_and_opens_the_entries_behind_a_number(window, qtbot, demo_db):
    tab = _open(window, qtbot, 1, DEMO_YEAR)
    model = tab.points.model
    assert model.total > 0
    first = model.rows[0]
    assert sum(first.quarters) + first.base == first.total
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert "星级" in headers or "Stars" in headers
    dialog = PointLinesDialog(demo_db, first, DEMO_YEAR, tab)
    qtbot.addWidget(dialog)
    lines = vanguard.point_lines(demo_db, first.member_uuid, DEMO_YEAR)
    assert dialog.table.rowCount() == len(lines) > 0
    from PySide6.QtWidgets import QLabel

    assert f"= {first.total}" in dialog.findChild(QLabel, "pointLinesSummary").text()


def test_a_manual_entry_changes_the_members_total(window, qtbot, demo_db):
    tab = _open(window, qtbot, 1, DEMO_YEAR)
    tab.points.table.setCurrentIndex(tab.points.model.index(0, 0))
    member = tab.points.model.rows[0]
    dialog = PointEntryDialog(window, member, tab)
    qtbot.addWidget(dialog)
    dialog.item.set_value("CRITICISM")
    dialog.note.setText("会议迟到")
    dialog.accept()
    assert dialog.result() == 1
    after = vanguard.member_points(demo_db, member.member_uuid, DEMO_YEAR)
    assert after.deducted == member.deducted + 3


def test_the_grade_sheet_is_graded_by_keyboard_warns_live_and_refuses_probationers(window, qtbot, demo_db):
    tab = _open(window, qtbot, 2, DEMO_YEAR)
    page = tab.appraisal
    view, model = page.view, page.model
    first_branch = model.lines[0].line.branch_name
    rows = [i for i, s in enumerate(model.lines) if s.line.branch_name == first_branch]
    view.setFocus()
    view.setCurrentIndex(model.index(rows[0], 0))
    for _ in rows:
        qtbot.keyClick(view, Qt.Key_1)
    gradable = [model.lines[i] for i in rows if not model.lines[i].line.refusal]
    assert all(s.grade is Grade.EXCELLENT for s in gradable)
    assert first_branch in page.warning.text()
    probationer = next(i for i in rows if model.lines[i].line.status is MemberStatus.PROBATIONARY)
    assert model.lines[probationer].grade is None
    view.setCurrentIndex(model.index(rows[0], 0))
    for _ in rows:
        qtbot.keyClick(view, Qt.Key_2)
    assert page.warning.text() == ""
    view.setCurrentIndex(model.index(rows[0], 0))
    qtbot.keyClick(view, Qt.Key_1)
    qtbot.keyClick(view, Qt.Key_4)
    page.save()
    qtbot.waitUntil(lambda: not model.marks(), timeout=10_000)
    sheet = {line.member_uuid: line.grade for line in vanguard.appraisal_sheet(demo_db, DEMO_YEAR)}
    assert sheet[model.lines[rows[0]].line.member_uuid] is Grade.EXCELLENT
    second = model.lines[rows[1]].line.member_uuid
    assert sheet[second] is Grade.UNQUALIFIED
    assert [c.member_uuid for c in vanguard.open_corrections(demo_db) if c.member_uuid == second] == [second]
    assert roster.get_member(demo_db, second).status is MemberStatus.FULL


def test_the_member_page_shows_honours_points_and_grades(window, qtbot, demo_db):
    from PySide6.QtWidgets import QGroupBox, QLabel, QTableWidget

    from partydesk.gui.roster.member_page import MemberPage

    honour = next(h for h in vanguard.query_honours(demo_db).rows if h.member_uuid)
    page = MemberPage(window, honour.member_uuid, DEMO_YEAR)
    qtbot.addWidget(page)
    box = next(b for b in page.findChildren(QGroupBox) if b.title() == "先锋模范")
    points = vanguard.member_points(demo_db, honour.member_uuid, DEMO_YEAR)
    assert any(f"{DEMO_YEAR}年积分：{points.total}" in label.text() for label in box.findChildren(QLabel))
    tables = box.findChildren(QTableWidget)
    assert tables[0].item(0, 1).text() == honour.title
    grades = vanguard.member_grades(demo_db, honour.member_uuid)
    assert tables[1].rowCount() == len(grades)


def test_the_overview_shows_honours_points_below_base_and_appraisal_progress(window, qtbot, demo_db):
    window.tabs.setCurrentWidget(window.dashboard_tab)
    box = window.dashboard_tab.vanguard_box
    qtbot.waitUntil(lambda: getattr(box, "data", None) is not None, timeout=15_000)
    expected = vanguard.vanguard_overview(demo_db, box.data.year)
    assert box.honours_tile.value == str(expected.honours)
    assert box.below_tile.value == str(expected.below_base)
    assert expected.appraisal_year == DEMO_YEAR - 1 and "第一党支部" in box.progress.text()
    box.appraisal_tile.click()
    assert window.tabs.currentWidget() is window.vanguard_tab
    assert window.vanguard_tab.year() == DEMO_YEAR - 1


def test_posts_are_listed_a_new_term_added_and_a_low_score_withdraws_it(window, qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from partydesk.domain.vanguard import PostKind
    from partydesk.gui.vanguard.posts import PostDialog, PostsDialog

    dialog = PostsDialog(window, window)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    assert before == len(vanguard.list_posts(demo_db)) > 0
    member = window.roster_tab.model.rows[0]
    new = PostDialog(window, dialog)
    qtbot.addWidget(new)
    new.member.add(member.uuid, member.name)
    new.kind.set_value(PostKind.ZONE)
    new.title.setText("5号楼责任区")
    new.accept()
    assert new.result() == 1
    dialog.refresh()
    row = next(r for r, p in enumerate(dialog.posts) if p.title == "5号楼责任区")
    dialog.table.setCurrentCell(row, 0)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (65, True))
    dialog.score()
    post = next(p for p in vanguard.list_posts(demo_db) if p.title == "5号楼责任区")
    assert post.score == 65 and post.withdrawn_on is not None
    assert dialog.table.item(row, 6).text() == "撤销"


def test_unsaved_grades_survive_a_change_elsewhere(window, qtbot):
    tab = _open(window, qtbot, 2, DEMO_YEAR)
    page = tab.appraisal
    row = next(i for i, s in enumerate(page.model.lines) if not s.line.refusal)
    page.view.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.view, Qt.Key_3)
    window.notify_changed()  # e.g. an attendance saved in another tab
    assert page.model.lines[row].grade is Grade.BASIC and page.model.marks()


def test_the_office_edits_its_points_items_and_base(window, qtbot, demo_db):
    from partydesk.domain.vanguard import PointKind
    from partydesk.gui.vanguard.items import ItemDialog, PointItemsDialog

    dialog = PointItemsDialog(window, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(vanguard.list_items(demo_db))
    item = ItemDialog(window, None, dialog)
    qtbot.addWidget(item)
    item.code.setText("late")
    item.name.setText("会议迟到")
    item.points.setValue(1)
    item.kind.set_value(PointKind.DEDUCT)
    item.accept()
    assert item.result() == 1
    dialog.refresh()
    assert "LATE" in [i.code for i in dialog.items]
    dialog.base.setValue(50)
    dialog.save_rules()
    assert vanguard.point_rules(demo_db).base == 50


def test_the_overview_reminders_count_and_list_a_correction_period_ending(window, qtbot, demo_db):
    from tests.conftest import DEMO_TODAY

    member = next(r for r in vanguard.appraisal_sheet(demo_db, DEMO_YEAR) if r.refusal is None)
    vanguard.set_grade(demo_db, member.member_uuid, DEMO_YEAR, Grade.UNQUALIFIED, decided_on=date(2026, 6, 1))
    window.tabs.setCurrentWidget(window.dashboard_tab)
    panel = window.dashboard_tab.reminder_panel
    panel.today = DEMO_TODAY
    panel.loaded = False
    panel.load()
    qtbot.waitUntil(lambda: not window.busy and panel.loaded, timeout=15_000)
    assert "限期改正到期" in panel.counts.text()
    [row] = [r for r in panel.model.rows if r.member_uuid == member.member_uuid and r.kind.value == "correction_due"]
    shown = [panel.model.data(panel.model.index(panel.model.rows.index(row), c)) for c in range(6)]
    assert shown[1] == "限期改正到期" and "2026-12-01" in shown[4] and "限期改正" in shown[4]


def test_the_points_page_chooses_a_quarter_from_the_keyboard_and_prints_its_notice(window, qtbot, demo_db,
                                                                                    monkeypatch):
    from PySide6.QtWidgets import QLabel, QPushButton

    from partydesk.gui.dues import tab as dues_tab
    from partydesk.services.common import never_cancelled, no_progress
    from tests.services.reports.test_reports_support import pdf_text

    tab = _open(window, qtbot, 1, DEMO_YEAR)
    page = tab.points
    caption = next(label for label in page.findChildren(QLabel) if label.buddy() is page.quarter)
    assert "(&Q)" in caption.text() and page.quarter.currentText() == "全年"
    page.quarter.setFocus()
    qtbot.keyClick(page.quarter, Qt.Key_Down)
    qtbot.keyClick(page.quarter, Qt.Key_Down)
    assert page.quarter.value() == 2
    qtbot.waitUntil(lambda: page.model.rows and len(page.model.rows[0].quarters) == 2, timeout=10_000)
    first = page.model.rows[0]
    expected = vanguard.points_summary(demo_db, vanguard.PointsQuery(DEMO_YEAR, quarter=2, limit=1)).rows[0]
    assert (first.member_uuid, first.total) == (expected.member_uuid, expected.total)
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert shown[5:7] == ["", ""]  # the third and fourth quarters are not counted yet
    printed = []
    monkeypatch.setattr(dues_tab, "print_pdf",
                        lambda main, title, job: printed.append(job(demo_db, no_progress, never_cancelled)))
    page.findChild(QPushButton, "printPoints").click()
    [(data, name)] = printed
    assert name == f"党员积分公示表_{DEMO_YEAR}_第二季度.pdf" and f"{DEMO_YEAR}年第二季度" in pdf_text(data)
