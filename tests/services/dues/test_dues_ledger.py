"""The 党费 ledger through the services: bases, payments, 补交, reductions, the grid, arrears, totals."""

from datetime import date
from decimal import Decimal

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import audit, dues, offices

from ..helpers import add_member

TODAY = date(2026, 12, 6)


@pytest.fixture
def office(db, branch_uuid):
    wang = add_member(db, branch_uuid, "王昇")
    li = add_member(db, branch_uuid, "李玥", joined_on=date(2026, 7, 15), full_on=None, status="PROBATIONARY")
    dues.set_base(db, wang, 2026, "in_service", "4000")
    dues.set_base(db, li, 2026, "farmer", "0")
    return db, branch_uuid, wang, li


def test_a_base_gives_the_monthly_due_and_a_new_base_replaces_the_year(office):
    db, _, wang, _ = office
    assert dues.set_base(db, wang, 2026, "retired", "4000") == Decimal("20.00")
    row = next(r for r in dues.ledger(db, 2026, today=TODAY) if r.member_uuid == wang)
    assert (row.category.value, row.base, row.monthly) == ("retired", Decimal("4000.00"), Decimal("20.00"))


def test_the_grid_counts_due_from_the_joining_month_up_to_the_last_finished_month(office):
    db, branch, wang, li = office
    dues.mark_paid(db, [wang, li], "2026-07", paid_on="2026-07-20", today=TODAY)
    dues.record_payment(db, dues.PaymentInput(wang, "2026-08", receipt_no="R-8"), today=TODAY)
    rows = {r.member_uuid: r for r in dues.ledger(db, 2026, branch, today=TODAY)}
    assert rows[wang].due == Decimal("440.00")  # 11 months of 40.00
    assert rows[wang].paid == Decimal("80.00")
    assert rows[wang].cells[7].receipt_no == "R-8"
    assert rows[li].cells[5].due is None and rows[li].cells[6].due == Decimal("1.00")
    assert rows[li].due == Decimal("5.00") and rows[li].unpaid_months == ("2026-08", "2026-09", "2026-10", "2026-11")
    assert [r.member_uuid for r in dues.arrears(db, 2026, today=TODAY)] == [wang, li]
    [total] = dues.branch_totals(db, 2026, today=TODAY)
    assert (total.due, total.paid, total.owed) == (Decimal("445.00"), Decimal("81.00"), Decimal("364.00"))


def test_marking_a_month_paid_skips_members_who_already_paid(office):
    db, _, wang, li = office
    dues.record_payment(db, dues.PaymentInput(wang, "2026-09"), today=TODAY)
    assert len(dues.mark_paid(db, [wang, li], "2026-09", today=TODAY)) == 1


def test_paying_a_month_twice_is_refused(office):
    db, _, wang, _ = office
    dues.record_payment(db, dues.PaymentInput(wang, "2026-09"), today=TODAY)
    with pytest.raises(ValidationError) as error:
        dues.record_payment(db, dues.PaymentInput(wang, "2026-09"), today=TODAY)
    assert error.value.field == "month"


def test_a_back_payment_more_than_six_months_back_is_allowed_with_a_warning(office):
    db, _, wang, _ = office
    dues.set_base(db, wang, 2025, "in_service", "4000")
    result = dues.record_payment(db, dues.PaymentInput(wang, "2025-05", paid_on=TODAY), today=TODAY)
    assert result.warnings and "2025-05" in result.warnings[0]
    assert not dues.record_payment(db, dues.PaymentInput(wang, "2026-06", paid_on=TODAY), today=TODAY).warnings


def test_another_amount_needs_a_note_and_a_lower_one_the_committees_approval(office):
    db, _, wang, _ = office
    with pytest.raises(ValidationError) as error:
        dues.record_payment(db, dues.PaymentInput(wang, "2026-10", amount="100"), today=TODAY)
    assert error.value.field == "note"
    with pytest.raises(ValidationError) as error:
        dues.record_payment(db, dues.PaymentInput(wang, "2026-10", amount="10", note="困难"), today=TODAY)
    assert error.value.field == "approval"
    result = dues.record_payment(db, dues.PaymentInput(wang, "2026-10", amount="10", note="困难",
                                                       approval="街道党工委 2026-3号"), today=TODAY)
    assert (result.amount, result.due) == (Decimal("10"), Decimal("40.00"))


@pytest.mark.parametrize("bad", [{"month": "2026-13"}, {"amount": "-5", "note": "x"}, {"amount": "abc", "note": "x"},
                                 {"month": "2028-06"}, {"receipt_no": "x" * 41}])
def test_hostile_payment_input_is_refused_and_nothing_is_stored(office, bad):
    db, _, wang, _ = office
    data = {"member_uuid": wang, "month": "2026-10", **bad}
    with pytest.raises(ValidationError):
        dues.record_payment(db, dues.PaymentInput(**data), today=TODAY)
    assert all(cell.paid is None for r in dues.ledger(db, 2026, today=TODAY) for cell in r.cells)


def test_a_payment_without_a_base_for_its_year_is_refused(office):
    db, _, wang, _ = office
    with pytest.raises(ValidationError):
        dues.record_payment(db, dues.PaymentInput(wang, "2024-03"), today=TODAY)


def test_a_cancelled_payment_leaves_the_month_unpaid_and_both_are_audited(office):
    db, _, wang, _ = office
    result = dues.record_payment(db, dues.PaymentInput(wang, "2026-11"), today=TODAY)
    dues.cancel_payment(db, result.uuid)
    row = next(r for r in dues.ledger(db, 2026, today=TODAY) if r.member_uuid == wang)
    assert "2026-11" in row.unpaid_months
    assert {"dues.pay", "dues.cancel", "dues.base_set"} <= set(audit.known_actions(db))


def test_the_viewer_reads_the_ledger_but_records_nothing(office):
    db, _, wang, _ = office
    db.actor = Actor("v", Role.VIEWER)
    assert dues.ledger(db, 2026, today=TODAY)
    with pytest.raises(PermissionDenied):
        dues.record_payment(db, dues.PaymentInput(wang, "2026-11"), today=TODAY)
    with pytest.raises(PermissionDenied):
        dues.set_base(db, wang, 2026, "farmer", "0")


def test_a_branch_without_party_members_has_no_total(office):
    db, *_ = office
    offices.create_branch(db, "空支部")
    assert len(dues.branch_totals(db, 2026, today=TODAY)) == 1


def test_the_branch_totals_in_sql_add_up_the_grid_of_the_demo(demo_db):
    from collections import defaultdict

    from tests.conftest import DEMO_TODAY

    by_branch = defaultdict(lambda: [Decimal(0), Decimal(0), 0])
    for row in dues.ledger(demo_db, 2026, today=DEMO_TODAY):
        by_branch[row.branch_uuid][0] += row.due
        by_branch[row.branch_uuid][1] += row.paid
        by_branch[row.branch_uuid][2] += 1
    totals = dues.branch_totals(demo_db, 2026, today=DEMO_TODAY)
    assert {t.branch_uuid: [t.due, t.paid, t.members] for t in totals} == {k: v for k, v in by_branch.items()}


def test_bases_go_out_to_a_workbook_and_come_back_row_by_row(office, tmp_path):
    from openpyxl import load_workbook

    db, branch, wang, li = office
    target = tmp_path / "bases.xlsx"
    assert dues.export_bases(db, 2026, target) == 2
    book = load_workbook(target)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    rows = {r[1]: list(r) for r in sheet.iter_rows(min_row=2, values_only=True)}
    rows["王昇"][header.index("人员类别")], rows["王昇"][header.index("缴费基数")] = "离退休", 6000
    rows["李玥"][header.index("缴费基数")] = "-5"
    sheet.delete_rows(2, sheet.max_row)
    for values in (*rows.values(), (None, "无名氏", "", "在职", 3000)):
        sheet.append(list(values))
    book.save(target)
    preview = dues.import_bases(db, 2027, target, dry_run=True)
    assert (preview.saved, preview.rejected) == (0, 2)
    assert all(r.category is None for r in dues.ledger(db, 2027, today=TODAY))
    result = dues.import_bases(db, 2027, target)
    assert result.saved == 1 and [r.ok for r in result.rows] == [True, False, False]
    assert "row 3" in result.rows[1].message
    saved = {r.name: r for r in dues.ledger(db, 2027, today=TODAY)}
    assert (saved["王昇"].category.value, saved["王昇"].monthly) == ("retired", Decimal("60.00"))
    assert saved["李玥"].category is None
