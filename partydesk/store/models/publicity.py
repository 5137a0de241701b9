"""Publicity records: members' consent to be named or shown, and the log of posters and posts made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partydesk.store.base import Base, RecordMixin


class PublishConsent(RecordMixin, Base):
    """发布同意: one row a consent given (or refused) by a member; the newest live row counts."""

    __tablename__ = "publish_consent"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    publish_name: Mapped[bool] = mapped_column(Boolean, default=False)
    publish_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")


class PublicityItem(RecordMixin, Base):
    """One export of a poster and its text: what from, which channel, when, by whom."""

    __tablename__ = "publicity_item"
    source_kind: Mapped[str] = mapped_column(String(20))
    source_uuid: Mapped[str] = mapped_column(String(36), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(20), default="")
    made_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    made_by: Mapped[str] = mapped_column(String(40), default="")
    files: Mapped[str] = mapped_column(Text, default="")
