"""The conflicts dialog: differences in words, take the ticked fields, settle all at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from partydesk.config import resolve
from partydesk.gui.backup.transfer_dialogs import ConflictsDialog
from partydesk.services import offices, roster, transfer
from partydesk.store.migrate import open_database
from partydesk.store.models import Member
from tests.services.helpers import add_member, resident_id

PASS = "correct horse battery"


@pytest.fixture
def receiver_with_conflicts(db, branch_uuid, tmp_path, fast_kdf):
    """Two members changed in both offices (name and phone); the receiver has two conflicts waiting."""
    uuids = [add_member(db, branch_uuid, name="王昇", phone="13900000001", resident_id=resident_id(seq="011")),
             add_member(db, branch_uuid, name="李玥", phone="13900000002", resident_id=resident_id(seq="021"))]
    receiver = open_database(resolve(tmp_path / "receiver"))
    offices.init_office(receiver, "某某街道党工委")
    transfer.import_package(receiver, transfer.export_package(db, tmp_path, PASS).path, PASS)
    for office, suffix in ((db, "甲"), (receiver, "乙")):
        for uuid in uuids:
            data = roster.get_member(office, uuid).as_input()
            data.name = data.name[0] + suffix
            data.phone = "1390000009" + ("1" if office is db else "2")
            roster.update_member(office, uuid, data)
    transfer.import_package(receiver, transfer.export_package(db, tmp_path, PASS).path, PASS)
    yield receiver, uuids
    receiver.dispose()


def phones_and_names(db) -> dict[str, tuple[str, str]]:
    with db.read() as session:
        return {u: (n, p) for u, n, p in session.execute(select(Member.uuid, Member.name, Member.phone))}


def test_ticking_a_field_takes_only_that_field_from_the_other_office(qtbot, receiver_with_conflicts):
    receiver, uuids = receiver_with_conflicts
    dialog = ConflictsDialog(receiver)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    items = [dialog.fields.item(i) for i in range(dialog.fields.count())]
    shown = {item.data(Qt.UserRole): item.text() for item in items}
    assert set(shown) == {"name", "phone"} and "_id" not in "".join(shown.values())
    before = phones_and_names(receiver)[dialog.conflicts[0].entity_uuid]
    next(item for item in items if item.data(Qt.UserRole) == "phone").setCheckState(Qt.Checked)
    uuid = dialog.conflicts[0].entity_uuid
    qtbot.mouseClick(dialog.findChild(QPushButton, "takeTicked"), Qt.LeftButton)
    name, phone = phones_and_names(receiver)[uuid]
    assert name == before[0] and phone != before[1]
    assert dialog.table.rowCount() == 1


def test_keep_all_ours_settles_every_conflict_after_asking(qtbot, receiver_with_conflicts, monkeypatch):
    receiver, _ = receiver_with_conflicts
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.Yes)
    before = phones_and_names(receiver)
    dialog = ConflictsDialog(receiver)
    qtbot.addWidget(dialog)
    dialog.resolve_all(transfer.KEEP_LOCAL)
    assert asked and "2" in asked[0]
    assert dialog.table.rowCount() == 0 and transfer.list_conflicts(receiver) == []
    assert phones_and_names(receiver) == before


def test_the_import_summary_names_linked_records_and_why_rows_were_skipped(qtbot, zh, db):
    from datetime import datetime

    from partydesk.gui.backup.transfer_dialogs import TransferImportDialog

    dialog = TransferImportDialog(db)
    qtbot.addWidget(dialog)
    result = transfer.ImportResult(
        package_uuid="p", origin_uuid="o", origin_name="春城社区党委", created_at=datetime(2026, 12, 1, 8, 0),
        inserted={"attendance": 16230}, linked={"member": 500}, skipped={"attendance": 3},
        skip_reasons={"attendance": {"missing_activity": 3}},
    )
    text = dialog.summary(result)
    assert "党员：本单位已有 500 条，已关联" in text
    assert "考勤：跳过 3 条，原因：所属活动既不在本单位，也不在交接包中" in text


def test_the_import_summary_counts_dues_and_vanguard_records_too(qtbot, zh, db):
    from datetime import datetime

    from partydesk.gui.backup.transfer_dialogs import TransferImportDialog

    dialog = TransferImportDialog(db)
    qtbot.addWidget(dialog)
    result = transfer.ImportResult(
        package_uuid="p", origin_uuid="o", origin_name="春城社区党委", created_at=datetime(2026, 12, 1, 8, 0),
        inserted={"dues_payment": 12, "recognition": 2, "attachment_blob": 3, "attachment": 3},
    )
    text = dialog.summary(result)
    assert "党费缴纳：" in text and "表彰：" in text
    assert text.count("照片") == 1, text
