"""Import wizard and export dialog: alone (inline runner) and inside the main window (worker)."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QComboBox, QWizard

from partydesk.gui.importing import ATTENDANCE, actions
from partydesk.gui.importing.export_dialog import ExportDialog
from partydesk.gui.importing.wizard import ImportWizard
from partydesk.services import roster
from tests.services.helpers import table_counts
from tests.services.importing.test_import_roster import make_id, messy_roster


def wait_for_page(qtbot, wizard, page):
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=10_000)


def test_wizard_checks_maps_reports_and_imports_only_valid_rows(qtbot, db, tmp_path):
    path = messy_roster(tmp_path / "花名册.xlsx")
    wizard = ImportWizard(db, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.target.count() == 2  # "(the only branch…)" and 第一党支部
    before = table_counts(db)
    wizard.next()
    wait_for_page(qtbot, wizard, wizard.mapping_page)
    page = wizard.mapping_page
    assert len(page.combos) == 13
    assert [c.currentData() for c in page.combos][:3] == ["ignore", "name", "gender"]
    notes = page.combos[12]
    notes.setCurrentIndex(notes.findData("post"))  # 备注 imported as the job instead
    wizard.next()
    wait_for_page(qtbot, wizard, wizard.report_page)
    assert wizard.preview.mapping[12] == "post"
    report = wizard.report_page
    assert report.model.rowCount() == 15
    assert report.counts.text().startswith("3 new, 0 updated, 4 skipped, 8 rejected.")
    report.only_problems.setChecked(True)
    assert report.model.rowCount() == 12
    wizard.next()
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    assert not confirm.isComplete() and confirm.only_valid.isVisible()
    assert table_counts(db) == before  # nothing written by checking
    confirm.only_valid.setChecked(True)
    assert confirm.isComplete()
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert (wizard.result.imported, len(wizard.result.rejected)) == (3, 8)
    assert {r.name for r in roster.query_members(db).rows} == {"王伟", "李娜", "冯二"}
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)


def test_a_bad_file_shows_its_message_on_the_first_page(qtbot, db, tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    wizard = ImportWizard(db, path=str(bad))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.file_page.error.text()), timeout=5000)
    assert "empty" in wizard.file_page.error.text()
    assert wizard.currentPage() is wizard.file_page


def test_main_window_data_menu_runs_import_and_export_in_workers(window, qtbot, demo_db, tmp_path, monkeypatch):
    texts = [a.text() for a in window.menus["data"].actions()]
    for expected in ("导入花名册", "导入签到表", "导出", "下载导入模板"):
        assert any(t.startswith(expected) for t in texts), texts
    export = ExportDialog(demo_db, window)
    qtbot.addWidget(export)
    export.path.setText(str(tmp_path / "花名册.xlsx"))
    assert not export.full_ids.isChecked()
    export.start()
    qtbot.waitUntil(lambda: export.result_info is not None, timeout=20_000)
    assert export.result_info.rows == roster.query_members(demo_db).total
    rows = list(
        openpyxl.load_workbook(tmp_path / "花名册.xlsx").active.iter_rows(min_row=3, max_row=3, values_only=True)
    )
    assert "*" in rows[0][4]
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号码", "入党时间", "所在党支部"])
    branch = window.roster_tab.model.rows[0].branch_name
    book.active.append(["新党员", make_id("19900101"), "2015-07-01", branch])
    book.save(tmp_path / "new.xlsx")
    monkeypatch.setattr(ImportWizard, "open", lambda self: self.show())
    wizard = actions.open_wizard(window, "roster")
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(tmp_path / "new.xlsx"))
    wizard.next()
    wait_for_page(qtbot, wizard, wizard.mapping_page)
    wizard.next()
    wait_for_page(qtbot, wizard, wizard.report_page)
    wizard.next()
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert wizard.result.imported == 1
    assert roster.query_members(demo_db, roster.MemberQuery(search="新党员")).total == 1


def test_attendance_wizard_lists_activities_in_chinese(window, qtbot, demo_db, tmp_path):
    wizard = ImportWizard(demo_db, ATTENDANCE, window)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "导入签到表"
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
    wizard.file_page.path.setText(str(locked))
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.file_page.error.text()), timeout=10_000)
    assert "密码" in wizard.file_page.error.text()
    combo = wizard.file_page.findChild(QComboBox, "importTarget")
    assert combo.count() > 0 and combo.currentData()


def test_export_dialog_offers_full_ids_only_to_roles_allowed(qtbot, db, tmp_path):
    from partydesk.domain.actor import Actor
    from partydesk.domain.enums import Role

    db.actor = Actor("clerk1", Role.CLERK)
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.full_ids.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("talks"))
    assert dialog.year.isEnabled() and not dialog.full_ids.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "talks.csv"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert dialog.result_info.path.read_bytes().startswith(b"\xef\xbb\xbf")
    bad = ExportDialog(db)
    qtbot.addWidget(bad)
    bad.path.setText(str(tmp_path / "roster.pdf"))
    bad.start()
    qtbot.waitUntil(lambda: bool(bad.error.text()), timeout=10_000)
    assert ".xlsx" in bad.error.text()


def test_export_dialog_says_what_each_export_leaves_out_in_chinese(window, qtbot, demo_db, tmp_path):
    from pathlib import Path

    from partydesk.services.exporting import ExportResult

    dialog = ExportDialog(demo_db, window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("talks"))
    assert dialog.note.isVisibleTo(dialog) and "诫勉谈话" in dialog.note.text() and "保密" in dialog.note.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("activities"))
    assert "出勤记录" in dialog.note.text()
    message = dialog.done_message(ExportResult(Path("谈话.xlsx"), 12, withheld=3))
    assert message.endswith("；3 条保密谈话记录未导出"), message


def test_a_damaged_workbook_is_one_line_in_chinese(window, qtbot, demo_db, tmp_path):
    wizard = ImportWizard(demo_db, ATTENDANCE, window)
    qtbot.addWidget(wizard)
    damaged = tmp_path / "坏.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    wizard.file_page.path.setText(str(damaged))
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.file_page.error.text()), timeout=10_000)
    expected = "文件: 文件 坏.xlsx 不是表格文件（.xlsx、.xls、.ods）或 CSV 文件，或者已经损坏"
    assert wizard.file_page.error.text() == expected


def test_the_export_dialog_writes_the_dues_payments_of_a_year(qtbot, db, branch_uuid, tmp_path):
    from datetime import date

    from partydesk.services import dues
    from tests.services.helpers import TODAY, add_member

    wang = add_member(db, branch_uuid, "王伟")
    dues.set_base(db, wang, 2026, "retired", "3000")
    dues.record_payment(db, dues.PaymentInput(wang, "2026-03", paid_on="2026-03-05"), today=TODAY)
    export = ExportDialog(db, run_task=lambda _title, job, *args, on_done, on_error, **kwargs:
                          on_done(job(*args, **kwargs)), today=date(2026, 12, 6))
    qtbot.addWidget(export)
    export.kind.setCurrentIndex(export.kind.findData("dues"))
    assert export.year.isEnabled() and "补交" in export.note.text()
    export.path.setText(str(tmp_path / "党费.xlsx"))
    export.start()
    assert export.result_info is not None and export.result_info.rows == 1
    row = next(openpyxl.load_workbook(tmp_path / "党费.xlsx").active.iter_rows(min_row=3, values_only=True))
    assert row[:4] == ("王伟", "第一党支部", "2026-03", 15)
