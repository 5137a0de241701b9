"""党费 writes: a member's yearly base (核定), monthly payments (补交 too), settings; each one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from partydesk.domain.dates import parse_date
from partydesk.domain.dues import (
    DuesRules,
    check_year,
    month_index,
    month_label,
    month_of,
    monthly_dues,
    parse_category,
    parse_month,
    to_amount,
)
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import audit, settings
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, limit_text, soft_delete, stamp_new
from partydesk.store.db import Database
from partydesk.store.models import DuesBase, DuesPayment, Member

PAYMENT = TEXT_LIMITS["dues_payment"]

DUES_RULES = "dues_rules"
BACK_PAYMENT_MONTHS = 6
ADVANCE_MONTHS = 12
BACK_PAYMENT = QT_TRANSLATE_NOOP("Dues", "{month} is more than 6 months back: recorded as a back payment (补交)")


@dataclass(frozen=True)
class PaymentInput:
    member_uuid: str
    month: str | int
    amount: Decimal | str | None = None
    paid_on: date | str | None = None
    receipt_no: str = ""
    proxy_name: str = ""
    note: str = ""
    approval: str = ""


@dataclass(frozen=True)
class PaymentResult:
    uuid: str
    amount: Decimal
    due: Decimal
    warnings: tuple[str, ...] = ()


def to_fen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def dues_rules(db: Database) -> DuesRules:
    stored = settings.get(db, DUES_RULES)
    return DuesRules.from_dict(stored) if stored else DuesRules()


def save_dues_rules(db: Database, rules: DuesRules) -> None:
    settings.put(db, DUES_RULES, rules.to_dict())


def _member(session, uuid: str) -> Member:
    return get_live(session, Member, uuid, "member")


def set_base(db: Database, member_uuid: str, year: int, category: str, base: Decimal | str | int,
             note: str = "") -> Decimal:
    """核定 a member's category and base for a year (replacing the year's earlier one); returns the monthly due."""
    require(db, Permission.WRITE_RECORDS)
    rules = dues_rules(db)
    with db.write() as session:
        return set_base_in(session, db, _member(session, member_uuid), year, category, base, note, rules)


def set_base_in(session, db: Database, member: Member, year: int, category: str, base: Decimal | str | int,
                note: str, rules: DuesRules) -> Decimal:
    """The base set inside the caller's transaction (an import sets many at once), audited."""
    year, kind = check_year(year), parse_category(category)
    due = monthly_dues(kind, base, rules)
    record = session.scalar(select(DuesBase).where(
        DuesBase.member_id == member.id, DuesBase.year == year, DuesBase.deleted_at.is_(None)))
    if record is None:
        record = DuesBase(member_id=member.id, year=year)
        stamp_new(record, db)
        session.add(record)
    record.category, record.base_fen = kind, to_fen(to_amount(base))
    record.note = limit_text(note, "note", TEXT_LIMITS["dues_base"]["note"])
    session.flush()
    audit.record(session, db.actor, "dues.base_set", "dues_base", record.uuid,
                 {"member": member.uuid, "year": year, "category": kind.value})
    return due


def _due_for(session, member: Member, year: int, rules: DuesRules) -> Decimal:
    base = session.scalar(select(DuesBase).where(
        DuesBase.member_id == member.id, DuesBase.year == year, DuesBase.deleted_at.is_(None)))
    if base is None:
        raise ValidationError("month", QT_TRANSLATE_NOOP(
            "ValidationError", "{name} has no dues base for {year}: set it first"), name=member.name, year=year)
    return monthly_dues(base.category, from_fen(base.base_fen), rules)


def _save_payment(session, db: Database, data: PaymentInput, rules: DuesRules, today: date) -> PaymentResult:
    member = _member(session, data.member_uuid)
    index = data.month if isinstance(data.month, int) else parse_month(data.month)
    year, month = month_of(index)
    paid_on = parse_date(data.paid_on, "paid_on") if data.paid_on else today
    if index > month_index(paid_on.year, paid_on.month) + ADVANCE_MONTHS:
        raise ValidationError("month", QT_TRANSLATE_NOOP("ValidationError", "At most 12 months can be paid ahead"))
    due = _due_for(session, member, year, rules)
    amount = due if data.amount in (None, "") else to_amount(data.amount, "amount")
    note = limit_text(data.note, "note", PAYMENT["note"])
    approval = limit_text(data.approval, "approval", PAYMENT["approval"])
    if amount != due and not note:
        raise ValidationError("note", QT_TRANSLATE_NOOP(
            "ValidationError", "The amount differs from the {due} yuan due: say why in the note"), due=str(due))
    if amount < due and not approval:
        raise ValidationError("approval", QT_TRANSLATE_NOOP(
            "ValidationError", "A reduction needs the higher committee's approval: record it"))
    if session.scalar(select(DuesPayment.id).where(
            DuesPayment.member_id == member.id, DuesPayment.year == year, DuesPayment.month == month,
            DuesPayment.deleted_at.is_(None))):
        raise ValidationError("month", QT_TRANSLATE_NOOP(
            "ValidationError", "{name} has already paid for {month}"), name=member.name, month=month_label(index))
    payment = DuesPayment(member_id=member.id, year=year, month=month, amount_fen=to_fen(amount), paid_on=paid_on,
                          receipt_no=limit_text(data.receipt_no, "receipt_no", PAYMENT["receipt_no"]),
                          proxy_name=limit_text(data.proxy_name, "proxy_name", PAYMENT["proxy_name"]),
                          approval=approval, note=note)
    stamp_new(payment, db)
    session.add(payment)
    session.flush()
    back = month_index(paid_on.year, paid_on.month) - index > BACK_PAYMENT_MONTHS
    audit.record(session, db.actor, "dues.pay", "dues_payment", payment.uuid,
                 {"member": data.member_uuid, "month": month_label(index), "amount": str(amount), "back": back})
    warnings = (translate("Dues", BACK_PAYMENT, month=month_label(index)),) if back else ()
    return PaymentResult(payment.uuid, amount, due, warnings)


def record_payment(db: Database, data: PaymentInput, today: date | None = None) -> PaymentResult:
    """One month paid by one member; an amount other than the due needs a note (and approval if lower)."""
    require(db, Permission.WRITE_RECORDS)
    rules = dues_rules(db)
    with db.write() as session:
        return _save_payment(session, db, data, rules, today or date.today())


def mark_paid(db: Database, member_uuids: list[str], month: str | int, paid_on: date | str | None = None,
              today: date | None = None) -> list[PaymentResult]:
    """The month paid at its due amount by every selected member not yet paid, all or none."""
    require(db, Permission.WRITE_RECORDS)
    rules, today = dues_rules(db), today or date.today()
    index = month if isinstance(month, int) else parse_month(month)
    year, number = month_of(index)
    results = []
    with db.write() as session:
        for row, uuid in enumerate(member_uuids, start=1):
            member = _member(session, uuid)
            if session.scalar(select(DuesPayment.id).where(
                    DuesPayment.member_id == member.id, DuesPayment.year == year, DuesPayment.month == number,
                    DuesPayment.deleted_at.is_(None))):
                continue
            try:
                results.append(_save_payment(session, db, PaymentInput(uuid, index, paid_on=paid_on), rules, today))
            except ValidationError as error:
                raise error.with_row(row) from None
    return results


def cancel_payment(db: Database, payment_uuid: str) -> None:
    """A payment entered by mistake goes to the recycle bin (audited)."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        payment = get_live(session, DuesPayment, payment_uuid, "dues payment")
        soft_delete(payment)
        audit.record(session, db.actor, "dues.cancel", "dues_payment", payment_uuid)
