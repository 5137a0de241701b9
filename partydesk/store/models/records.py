"""The records of the office: organisation, roster, calendar, service, talks, accounts, audit, sync."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum as PyEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from partydesk.domain.enums import (
    ActivityKind,
    ActivityLevel,
    ActivityState,
    AttendanceStatus,
    BranchRole,
    Frequency,
    Gender,
    MemberEventKind,
    MemberStatus,
    OrgKind,
    Role,
    ServiceCategory,
    TalkKind,
    TopicArea,
)
from partydesk.store.base import Base, RecordMixin, new_uuid, utcnow


def enum_column(enum_cls: type[PyEnum]) -> Enum:
    """Store the enum's code as text: portable and readable in a raw SQLite dump."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


LIVE = text("deleted_at IS NULL")


class Office(RecordMixin, Base):
    """This installation (is_local) and offices known from transfer packages."""

    __tablename__ = "office"
    name: Mapped[str] = mapped_column(String(100))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class Branch(RecordMixin, Base):
    """党委 / 党总支 / 党支部, nested by parent."""

    __tablename__ = "branch"
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind), default=OrgKind.BRANCH)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PartyGroup(RecordMixin, Base):
    __tablename__ = "party_group"
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Member(RecordMixin, Base):
    __tablename__ = "member"
    __table_args__ = (
        Index(
            "uq_member_resident_id_live",
            "resident_id",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
        Index("ix_member_branch_live", "branch_id", "deleted_at"),
    )
    name: Mapped[str] = mapped_column(String(40), index=True)
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    ethnicity: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    resident_id: Mapped[str | None] = mapped_column(String(18))
    education: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    party_group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id"), index=True)
    status: Mapped[MemberStatus] = mapped_column(enum_column(MemberStatus), index=True)
    branch_role: Mapped[BranchRole] = mapped_column(enum_column(BranchRole), default=BranchRole.NONE)
    applied_on: Mapped[date | None] = mapped_column(Date)
    activist_on: Mapped[date | None] = mapped_column(Date)
    candidate_on: Mapped[date | None] = mapped_column(Date)
    joined_on: Mapped[date | None] = mapped_column(Date)
    full_on: Mapped[date | None] = mapped_column(Date)
    post: Mapped[str] = mapped_column(String(100), default="")
    exemplar_post: Mapped[str] = mapped_column(String(100), default="")
    is_flowing: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    roster_order: Mapped[int] = mapped_column(Integer, default=0)

    branch: Mapped[Branch] = relationship(lazy="joined", innerjoin=True)
    party_group: Mapped[PartyGroup | None] = relationship(lazy="joined")


class MemberEvent(RecordMixin, Base):
    """History of a member: stages, transfers, death, leaving. Never rewritten."""

    __tablename__ = "member_event"
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[MemberEventKind] = mapped_column(enum_column(MemberEventKind))
    on_date: Mapped[date] = mapped_column(Date)
    from_status: Mapped[MemberStatus | None] = mapped_column(enum_column(MemberStatus))
    to_status: Mapped[MemberStatus | None] = mapped_column(enum_column(MemberStatus))
    note: Mapped[str] = mapped_column(Text, default="")


class StudyPlan(RecordMixin, Base):
    """A recurring activity that generates the year's planned activities."""

    __tablename__ = "study_plan"
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind))
    topic_area: Mapped[TopicArea] = mapped_column(enum_column(TopicArea), default=TopicArea.THEORY)
    level: Mapped[ActivityLevel] = mapped_column(enum_column(ActivityLevel), default=ActivityLevel.BRANCH)
    title: Mapped[str] = mapped_column(String(200))
    frequency: Mapped[Frequency] = mapped_column(enum_column(Frequency))
    day: Mapped[int] = mapped_column(Integer, default=1)
    month_in_period: Mapped[int] = mapped_column(Integer, default=1)
    weekday: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    planned_hours: Mapped[float] = mapped_column(Float, default=0)
    place: Mapped[str] = mapped_column(String(200), default="")


class Activity(RecordMixin, Base):
    """One entry of the study calendar: a meeting, lecture, theme day or training."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("planned_hours >= 0 AND planned_hours <= 24", name="hours_range"),
        Index("ix_activity_date_live", "on_date", "deleted_at"),
    )
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    party_group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id"))
    study_plan_id: Mapped[int | None] = mapped_column(ForeignKey("study_plan.id"), index=True)
    kind: Mapped[ActivityKind] = mapped_column(enum_column(ActivityKind), index=True)
    topic_area: Mapped[TopicArea] = mapped_column(enum_column(TopicArea), default=TopicArea.THEORY)
    level: Mapped[ActivityLevel] = mapped_column(enum_column(ActivityLevel), default=ActivityLevel.BRANCH)
    state: Mapped[ActivityState] = mapped_column(enum_column(ActivityState), default=ActivityState.PLANNED)
    title: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    host: Mapped[str] = mapped_column(String(40), default="")
    speaker: Mapped[str] = mapped_column(String(40), default="")
    recorder: Mapped[str] = mapped_column(String(40), default="")
    planned_hours: Mapped[float] = mapped_column(Float, default=0)
    minutes: Mapped[str] = mapped_column(Text, default="")

    branch: Mapped[Branch | None] = relationship(lazy="joined")


class Attendance(RecordMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("activity_id", "member_id", name="uq_attendance_activity_member"),
        CheckConstraint("hours >= 0", name="hours_positive"),
    )
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    leave_reason: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[float] = mapped_column(Float, default=0)


class ServiceEntry(RecordMixin, Base):
    """One piece of front-line service practice."""

    __tablename__ = "service_entry"
    __table_args__ = (
        CheckConstraint("hours >= 0", name="hours_positive"),
        CheckConstraint("people_served >= 0", name="people_positive"),
    )
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    category: Mapped[ServiceCategory] = mapped_column(enum_column(ServiceCategory), index=True)
    title: Mapped[str] = mapped_column(String(200))
    on_date: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[float] = mapped_column(Float, default=0)
    people_served: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class ServiceParticipant(RecordMixin, Base):
    __tablename__ = "service_participant"
    __table_args__ = (UniqueConstraint("service_entry_id", "member_id", name="uq_service_participant"),)
    service_entry_id: Mapped[int] = mapped_column(ForeignKey("service_entry.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    hours: Mapped[float] = mapped_column(Float, default=0)


class Talk(RecordMixin, Base):
    """A talk record; confidential content is shown to secretary and admin only."""

    __tablename__ = "talk"
    kind: Mapped[TalkKind] = mapped_column(enum_column(TalkKind), index=True)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    talker_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    talker_name: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[date | None] = mapped_column(Date)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)


class AttachmentBlob(Base):
    """Image bytes, deduplicated by SHA-256 so a backup always carries them."""

    __tablename__ = "attachment_blob"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class Attachment(RecordMixin, Base):
    """留痕: a photo or scan attached to exactly one activity, service entry, talk or honour."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN service_entry_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN talk_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN recognition_id IS NULL THEN 0 ELSE 1 END)"
            " = 1",
            name="one_owner",
        ),
    )
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"), index=True)
    service_entry_id: Mapped[int | None] = mapped_column(ForeignKey("service_entry.id"), index=True)
    talk_id: Mapped[int | None] = mapped_column(ForeignKey("talk.id"), index=True)
    recognition_id: Mapped[int | None] = mapped_column(ForeignKey("recognition.id"), index=True)
    blob_id: Mapped[int] = mapped_column(ForeignKey("attachment_blob.id"))
    filename: Mapped[str] = mapped_column(String(200), default="")
    caption: Mapped[str] = mapped_column(String(200), default="")
    # 可公开: the photo may be used in publicity (posters, posts); off until someone ticks it.
    is_public: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class Account(RecordMixin, Base):
    __tablename__ = "account"
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """Append-only, hash-chained log of writes, reveals, exports, logins."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Office settings as JSON text by key (compliance rules, backup age, language...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SyncState(RecordMixin, Base):
    """Per peer office: when we last exported to / imported from it."""

    __tablename__ = "sync_state"
    peer_office_uuid: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    scope: Mapped[str] = mapped_column(String(36), default="")
    last_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_package_uuid: Mapped[str] = mapped_column(String(36), default="")


class TransferConflict(RecordMixin, Base):
    """A record changed on both sides since the last transfer, for a person to decide."""

    __tablename__ = "transfer_conflict"
    package_uuid: Mapped[str] = mapped_column(String(36), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    local_json: Mapped[str] = mapped_column(Text)
    incoming_json: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(20), default="")
