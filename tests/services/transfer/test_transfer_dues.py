"""Dues and reminder answers travel in transfer packages; the same month paid on both sides is a conflict."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.reminders import ReminderKind
from partydesk.services import dues, reminders, transfer
from partydesk.services.transfer import receive as transfer_import

from ..helpers import add_member, table_counts
from .test_transfer import PASS, send

pytestmark = pytest.mark.usefixtures("fast_kdf")
TODAY = date(2026, 12, 6)


def test_bases_payments_and_answers_arrive_and_the_ledger_reads_the_same(db, branch_uuid, receiver, tmp_path):
    member = add_member(db, branch_uuid, "王昇")
    dues.set_base(db, member, 2026, "in_service", "6000")
    dues.record_payment(db, dues.PaymentInput(member, "2026-01"), today=TODAY)
    reminder = next(r for r in reminders.reminders(db, TODAY) if r.kind is ReminderKind.DUES_ARREARS)
    reminders.dismiss(db, reminder, "已联系", today=TODAY)
    send(db, receiver, tmp_path)
    counts = table_counts(receiver)
    assert (counts["dues_base"], counts["dues_payment"], counts["reminder_answer"]) == (1, 1, 1)
    assert dues.ledger(receiver, 2026, today=TODAY) == dues.ledger(db, 2026, today=TODAY)
    assert not [r for r in reminders.reminders(receiver, TODAY) if r.kind is ReminderKind.DUES_ARREARS]


def test_the_same_month_paid_in_both_offices_is_listed_as_a_conflict(db, branch_uuid, receiver, tmp_path):
    member = add_member(db, branch_uuid, "李玥")
    dues.set_base(db, member, 2026, "retired", "3000")
    send(db, receiver, tmp_path)
    dues.record_payment(db, dues.PaymentInput(member, "2026-03"), today=TODAY)
    dues.record_payment(receiver, dues.PaymentInput(member, "2026-03", receipt_no="R-9"), today=TODAY)
    package = transfer.export_package(db, tmp_path, PASS)
    result = transfer_import.import_package(receiver, package.path, PASS)
    assert result.conflicts == 1
    row = dues.ledger(receiver, 2026, today=TODAY)[0]
    assert row.cells[2].receipt_no == "R-9"
