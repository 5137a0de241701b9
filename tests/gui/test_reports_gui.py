"""Report preview (pypdfium2 pages, zoom, navigation, print, export) and the Reports menu."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from partydesk.domain.enums import ActivityState
from partydesk.gui.reports.actions import LABELS, SECTIONS
from partydesk.gui.reports.preview import PdfPages, PreviewDialog, orientation_of, print_pages
from partydesk.services import calendar, reports, talks
from partydesk.services.calendar import ActivityQuery
from partydesk.services.talks import TalkQuery

PRINTED = date(2026, 11, 26)


def held_activity(db) -> str:
    rows = calendar.query_activities(db, ActivityQuery(states=(ActivityState.HELD,), limit=50)).rows
    return next(row.uuid for row in rows if row.has_minutes)


@pytest.fixture
def roster_bytes(demo_db) -> bytes:
    return reports.roster_pdf(demo_db, None, PRINTED)


@pytest.fixture
def preview(qtbot, roster_bytes):
    dialog = PreviewDialog(roster_bytes, "党员花名册", "党员花名册.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pages_render_to_images_of_the_page_size(roster_bytes):
    pages = PdfPages(roster_bytes)
    assert len(pages) == reports.page_count(roster_bytes) >= 2
    width, height = pages.size_in_points(0)
    assert width > height  # the roster is landscape
    image = pages.render(0, 72)
    assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1
    assert image.pixelColor(5, 5).name() == "#ffffff"  # paper white, not an empty black bitmap
    pages.close()


def test_navigation_and_zoom(preview, qtbot):
    total = len(preview.pages)
    assert preview.image.pixmap().width() <= preview.scroll.viewport().width()  # opened fitting the width
    preview.set_zoom(1.0)
    assert preview.page == 0 and not preview.previous_action.isEnabled()
    small = preview.image.pixmap().width()
    preview.next_action.trigger()
    assert preview.page == 1 and preview.page_box.value() == 2
    preview.page_box.setValue(total)
    assert preview.page == total - 1 and not preview.next_action.isEnabled()
    preview.zoom_in_action.trigger()
    assert preview.zoom == 1.25
    assert preview.image.pixmap().width() > small
    for _ in range(10):
        preview.zoom_out_action.trigger()
    assert preview.zoom == 0.5 and not preview.zoom_out_action.isEnabled()
    preview.fit_action.trigger()
    assert preview.zoom > 0.5


def test_export_writes_exactly_the_previewed_pdf(preview, tmp_path, roster_bytes):
    target = tmp_path / "out" / "花名册.pdf"
    target.parent.mkdir()
    assert preview.export_document(str(target)) == target
    assert target.read_bytes() == roster_bytes
    assert [p.name for p in target.parent.iterdir()] == ["花名册.pdf"]


def test_export_to_an_unwritable_place_says_so_and_leaves_nothing(preview, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    target = tmp_path / "missing-folder" / "x.pdf"
    assert preview.export_document(str(target)) is None
    assert shown and str(target) in shown[0]
    assert not target.parent.exists()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_printing_draws_every_page_onto_the_printer(preview, tmp_path):
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    printer.setPageOrientation(orientation_of(preview.pages))
    assert orientation_of(preview.pages) == QPageLayout.Landscape
    assert preview.print_document(printer) == len(preview.pages)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert f"Pages:           {len(preview.pages)}" in info
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height


def test_printing_a_page_range(roster_bytes, tmp_path):
    pages = PdfPages(roster_bytes)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setResolution(72)
    printer.setFromTo(2, 2)
    assert print_pages(pages, printer) == 1
    pages.close()


def test_every_document_of_the_catalogue_has_a_menu_entry():
    from partydesk.services import reports

    assert set(LABELS) == {kind.code for kind in reports.CATALOGUE}
    assert sorted(code for section in SECTIONS for code in section) == sorted(LABELS)


def wait_for_preview(qtbot, window) -> PreviewDialog:
    qtbot.waitUntil(lambda: bool(window.report_actions.previews), timeout=20_000)
    return window.report_actions.previews[-1]


def test_reports_menu_lists_every_document(window):
    texts = [action.text() for action in window.menus["reports"].actions() if not action.isSeparator()]
    assert len(texts) >= 6
    joined = "".join(texts)
    for word in ("会议记录", "签到表", "党员教育培训档案", "花名册", "年度", "谈话记录表"):
        assert word in joined, texts


def test_minutes_of_the_selected_activity_open_in_the_preview(window, qtbot, demo_db, monkeypatch):
    uuid = held_activity(demo_db)
    monkeypatch.setattr(window.calendar_tab, "current_uuid", lambda: uuid)
    window.report_actions.open("minutes")
    dialog = wait_for_preview(qtbot, window)
    assert dialog.suggested_name.startswith("会议记录_") and len(dialog.pages) >= 1
    assert dialog.pages.data[:5] == b"%PDF-"
    dialog.reject()
    qtbot.waitUntil(lambda: not window.report_actions.previews)


def test_sign_in_and_talk_form_from_their_tabs(window, qtbot, demo_db, monkeypatch):
    uuid = held_activity(demo_db)
    monkeypatch.setattr(window.calendar_tab, "current_uuid", lambda: uuid)
    window.report_actions.open("sign-in")
    assert wait_for_preview(qtbot, window).suggested_name.startswith("签到表_")
    talk = talks.query_talks(demo_db, TalkQuery(limit=1)).rows[0].uuid
    monkeypatch.setattr(window.talks_tab, "current_uuid", lambda: talk)
    window.report_actions.open("talk")
    qtbot.waitUntil(lambda: window.report_actions.previews[-1].suggested_name.startswith("谈话记录表_"))
    for dialog in list(window.report_actions.previews):
        dialog.reject()


def test_without_a_selection_the_status_bar_says_what_to_do(window, monkeypatch):
    monkeypatch.setattr(window.calendar_tab, "current_uuid", lambda: None)
    window.report_actions.open("minutes")
    QApplication.processEvents()
    assert window.statusBar().currentMessage()
    assert not window.report_actions.previews


def test_roster_annual_and_member_file_ask_for_their_scope(window, qtbot, demo_db, monkeypatch):
    from partydesk.gui.reports import actions as report_actions
    from partydesk.services.offices import list_branches
    from partydesk.services.roster import MemberQuery, query_members

    branch = list_branches(demo_db)[1]
    chosen = []

    def accept_with_choice(dialog):
        dialog.year.setValue(2026)
        index = dialog.branch.findData(branch.uuid)
        if index >= 0:
            dialog.branch.setCurrentIndex(index)
        chosen.append(dialog.chosen())
        return report_actions.QDialog.Accepted

    monkeypatch.setattr(report_actions.ScopeDialog, "exec", accept_with_choice)
    window.report_actions.open("annual")
    qtbot.waitUntil(lambda: any(d.suggested_name.startswith("年度") for d in window.report_actions.previews),
                    timeout=20_000)
    window.report_actions.open("roster")
    qtbot.waitUntil(lambda: any(d.suggested_name.startswith("党员花名册") for d in window.report_actions.previews),
                    timeout=20_000)
    member = query_members(demo_db, MemberQuery(limit=1)).rows[0]
    monkeypatch.setattr(window.roster_tab, "current_uuid", lambda: member.uuid)
    window.report_actions.open("member-file")
    qtbot.waitUntil(lambda: any(member.name in d.suggested_name for d in window.report_actions.previews),
                    timeout=20_000)
    assert chosen[0] == (2026, branch.uuid) and chosen[1] == (2026, branch.uuid) and chosen[2][0] == 2026
    for dialog in list(window.report_actions.previews):
        dialog.reject()


def test_the_points_notice_asks_for_a_quarter_and_prints_it(window, qtbot, demo_db, monkeypatch):
    from partydesk.gui.reports import actions as report_actions
    from tests.services.reports.test_reports_support import pdf_text

    offered = []

    def second_quarter(dialog):
        offered.append([dialog.quarter.itemText(i) for i in range(dialog.quarter.count())])
        dialog.year.setValue(2026)
        dialog.quarter.set_value(2)
        return report_actions.QDialog.Accepted

    monkeypatch.setattr(report_actions.ScopeDialog, "exec", second_quarter)
    window.report_actions.open("points")
    qtbot.waitUntil(lambda: any(d.suggested_name.startswith("党员积分公示表") for d in window.report_actions.previews),
                    timeout=20_000)
    preview = next(d for d in window.report_actions.previews if d.suggested_name.startswith("党员积分公示表"))
    assert offered == [["全年", "第一季度", "第二季度", "第三季度", "第四季度"]]
    assert preview.suggested_name == "党员积分公示表_2026_第二季度.pdf"
    assert "2026年第二季度" in pdf_text(preview.pages.data)
    preview.reject()


def test_only_a_quarterly_document_offers_the_quarter(qtbot, demo_db):
    from partydesk.gui.reports.actions import ScopeDialog

    yearly, quarterly = ScopeDialog(None, "x", demo_db, True, True), ScopeDialog(None, "y", demo_db, True, True, True)
    for dialog in (yearly, quarterly):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not yearly.quarter.isVisible() and yearly.chosen_quarter() is None
    assert quarterly.quarter.isVisible() and quarterly.chosen_quarter() is None  # the whole year unless chosen
    quarterly.quarter.set_value(4)
    assert quarterly.chosen_quarter() == 4


def test_scope_dialog_offers_the_whole_office_and_each_branch(qtbot, demo_db):
    from partydesk.gui.reports.actions import ScopeDialog
    from partydesk.services.offices import list_branches

    dialog = ScopeDialog(None, "x", demo_db, True, True)
    qtbot.addWidget(dialog)
    assert dialog.branch.itemData(0) is None
    assert [dialog.branch.itemText(i) for i in range(1, dialog.branch.count())] == [
        b.name for b in list_branches(demo_db)]
    assert dialog.chosen() == (date.today().year, None)
