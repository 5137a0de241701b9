"""党费 ledger and early-reminder answers: bases per member and year, monthly payments, answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partydesk.domain.dues import DuesCategory
from partydesk.domain.reminders import AnswerKind, ReminderKind
from partydesk.store.base import Base, RecordMixin
from partydesk.store.models.records import LIVE, enum_column


class DuesBase(RecordMixin, Base):
    """核定: a member's category and base (in fen) for one year."""

    __tablename__ = "dues_base"
    __table_args__ = (
        Index("uq_dues_base_member_year_live", "member_id", "year", unique=True,
              sqlite_where=LIVE, postgresql_where=LIVE),
        CheckConstraint("base_fen >= 0", name="base_positive"),
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[DuesCategory] = mapped_column(enum_column(DuesCategory))
    base_fen: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class DuesPayment(RecordMixin, Base):
    """One month's 党费 paid (amounts in fen); a late payment for an old month is a 补交."""

    __tablename__ = "dues_payment"
    __table_args__ = (
        Index("uq_dues_payment_member_month_live", "member_id", "year", "month", unique=True,
              sqlite_where=LIVE, postgresql_where=LIVE),
        CheckConstraint("amount_fen >= 0", name="amount_positive"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        Index("ix_dues_payment_year_month", "year", "month"),
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    proxy_name: Mapped[str] = mapped_column(String(40), default="")
    approval: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ReminderAnswer(RecordMixin, Base):
    """How a reminder was answered: a talk, a 正当理由 until a date, or a dismissal with a note."""

    __tablename__ = "reminder_answer"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[ReminderKind] = mapped_column(enum_column(ReminderKind))
    period: Mapped[str] = mapped_column(String(40), default="")
    level: Mapped[int] = mapped_column(Integer, default=0)
    answer: Mapped[AnswerKind] = mapped_column(enum_column(AnswerKind))
    answered_on: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    talk_id: Mapped[int | None] = mapped_column(ForeignKey("talk.id"))
    note: Mapped[str] = mapped_column(Text, default="")
