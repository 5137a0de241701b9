"""先锋模范 tables: honours, exemplar posts, points items and manual entries, appraisal grades, corrections."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from partydesk.domain.vanguard import Grade, HonourLevel, PointKind, PointSource, PostKind
from partydesk.store.base import Base, RecordMixin
from partydesk.store.models.records import LIVE, enum_column


class Recognition(RecordMixin, Base):
    """表彰 / 先进典型: a member's or a branch's honour, with its citation and scans."""

    __tablename__ = "recognition"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN member_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN branch_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_holder",
        ),
        Index("ix_recognition_date_live", "on_date", "deleted_at"),
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[HonourLevel] = mapped_column(enum_column(HonourLevel), default=HonourLevel.BRANCH)
    issuer: Mapped[str] = mapped_column(String(100), default="")
    doc_no: Mapped[str] = mapped_column(String(100), default="")
    on_date: Mapped[date] = mapped_column(Date)
    citation: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")


class ExemplarPost(RecordMixin, Base):
    """One term of a 党员先锋岗 / 示范岗 / 责任区 held by a member, with the term's score."""

    __tablename__ = "exemplar_post"
    __table_args__ = (CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[PostKind] = mapped_column(enum_column(PostKind))
    title: Mapped[str] = mapped_column(String(100))
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class PointItem(RecordMixin, Base):
    """积分项: the office's list; automatic items name the records their points come from."""

    __tablename__ = "point_item"
    __table_args__ = (
        Index("uq_point_item_code_live", "code", unique=True, sqlite_where=LIVE, postgresql_where=LIVE),
        CheckConstraint("points >= 1 AND points <= 100", name="points_range"),
    )
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    points: Mapped[int] = mapped_column(Integer)
    kind: Mapped[PointKind] = mapped_column(enum_column(PointKind))
    yearly_cap: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[PointSource] = mapped_column(enum_column(PointSource), default=PointSource.MANUAL)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PointEntry(RecordMixin, Base):
    """A manual 积分 entry: who, which item, when, how many points and why."""

    __tablename__ = "point_entry"
    __table_args__ = (
        CheckConstraint("points >= 1 AND points <= 100", name="points_range"),
        Index("ix_point_entry_member_date", "member_id", "on_date"),
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("point_item.id"), index=True)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    points: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Appraisal(RecordMixin, Base):
    """民主评议党员: a full member's grade for a year, decided by the branch, with its basis."""

    __tablename__ = "appraisal"
    __table_args__ = (UniqueConstraint("member_id", "year", name="uq_appraisal_member_year"),)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    grade: Mapped[Grade] = mapped_column(enum_column(Grade))
    basis: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)


class Correction(RecordMixin, Base):
    """限期改正 after a 不合格 grade: the period, its due date and how it ended."""

    __tablename__ = "correction"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    appraisal_id: Mapped[int | None] = mapped_column(ForeignKey("appraisal.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
