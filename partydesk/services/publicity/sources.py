"""What a poster is made of, read from an activity, a service entry, an honour, an exemplar post or a notice.

Everything leaving here has passed the consent rules: names of members without consent are masked
in free text and left out of name lists, IDs, phone numbers and members' addresses are removed,
and only photos ticked 可公开 are taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import literal, or_, select
from sqlalchemy.orm import Session

from partydesk.domain.dates import format_date
from partydesk.domain.enums import ActivityState, AttendanceStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.publicity import Consent, SourceKind, bring_line, scrub, shown_name
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.common import get_live
from partydesk.services.publicity.consent import consents_by_id
from partydesk.store.models import (
    Activity,
    Attachment,
    AttachmentBlob,
    Attendance,
    Branch,
    ExemplarPost,
    Member,
    Office,
    PartyGroup,
    Recognition,
    ServiceEntry,
    ServiceParticipant,
)

MAX_PHOTOS = 9
NAMES_SHOWN = 12


@dataclass(frozen=True)
class SourceRef:
    """Which record a poster is made from (`text` holds a notice's own words)."""

    kind: SourceKind
    uuid: str = ""
    text: str = ""


@dataclass(frozen=True)
class PosterSource:
    """The publishable facts of one record: the renderer and the copy writer see nothing else."""

    kind: SourceKind
    uuid: str
    office: str
    label: str
    title: str
    on_date: date | None = None
    time_text: str = ""
    place: str = ""
    body: tuple[str, ...] = ()
    participants: int = 0
    names: tuple[str, ...] = ()
    citation: str = ""
    coming: bool = False
    photos: tuple[bytes, ...] = field(default=(), repr=False)
    # Participants who did not agree to be shown: the clerk checks they are not in the photos used.
    not_in_photos: int = 0
    bring: str = ""  # 请携带…: only as the activity or the clerk's text says it, never a stock sentence
    audience: str = ""  # 第一党支部全体党员: who is asked to come, from the activity's group or branch


def date_text(day: date) -> str:
    """2026年12月6日, built from its parts (no non-ASCII in a date format)."""
    return str(day.year) + "年" + str(day.month) + "月" + str(day.day) + "日"


def _time_text(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    text = f"{start.hour:02d}:{start.minute:02d}"
    return text + (f"–{end.hour:02d}:{end.minute:02d}" if end else "")


class _Publisher:
    """Collects a record's free text, then scrubs it against the members it names (one query)."""

    def __init__(self, session: Session, member_ids: Iterable[int] = ()):
        self.session = session
        self.member_ids = set(member_ids)

    def names_in(self, texts: Iterable[str]) -> tuple[dict[str, Consent], list[str]]:
        joined = "\n".join(t for t in texts if t)
        rows = self.session.execute(
            select(Member.id, Member.name, Member.address)
            .where(or_(Member.id.in_(self.member_ids), literal(joined).contains(Member.name)))
        ).all() if joined or self.member_ids else []
        consents = consents_by_id(self.session, [row.id for row in rows])
        names: dict[str, Consent] = {}
        for row in rows:  # the same name held by two people: both must agree
            known = names.get(row.name, Consent(True, True))
            mine = consents[row.id]
            names[row.name] = Consent(known.name and mine.name, known.photo and mine.photo)
        return names, [row.address for row in rows if row.address]

    def clean(self, texts: dict[str, str]) -> dict[str, str]:
        names, addresses = self.names_in(texts.values())
        return {key: scrub(value, names, addresses).strip() for key, value in texts.items()}


def _office_name(session: Session) -> str:
    return session.scalar(select(Office.name).where(Office.is_local.is_(True))) or ""


def _public_photos(session: Session, column, owner_id: int) -> tuple[bytes, ...]:
    rows = session.scalars(
        select(AttachmentBlob.data).join(Attachment, Attachment.blob_id == AttachmentBlob.id)
        .where(column == owner_id, Attachment.deleted_at.is_(None), Attachment.is_public.is_(True))
        .order_by(Attachment.id).limit(MAX_PHOTOS)
    ).all()
    return tuple(rows)


def _people(session: Session, member_rows: list[tuple[int, str]]) -> tuple[tuple[str, ...], int]:
    """Names of those who agreed to be named (the others are counted, not listed), and how many refused photos."""
    consents = consents_by_id(session, [member_id for member_id, _ in member_rows])
    names = tuple(name for member_id, name in member_rows if consents[member_id].name)[:NAMES_SHOWN]
    return names, sum(1 for member_id, _ in member_rows if not consents[member_id].photo)


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _audience(session: Session, activity: Activity) -> str:
    """Who a coming activity asks to come: its party group's, its branch's or the whole office's members."""
    group = session.scalar(select(PartyGroup.name).where(PartyGroup.id == activity.party_group_id)) \
        if activity.party_group_id else None
    holder = group or (activity.branch.name if activity.branch else "")
    return holder + "全体党员"


def _activity(session: Session, uuid: str, today: date, body: str | None) -> PosterSource:
    activity = get_live(session, Activity, uuid, "activity")
    present = session.execute(
        select(Member.id, Member.name).join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None),
               Attendance.status == AttendanceStatus.PRESENT, Member.deleted_at.is_(None))
        .order_by(Member.roster_order, Member.id)
    ).all()
    organiser = activity.branch.name if activity.branch else _office_name(session)
    coming = activity.state is ActivityState.PLANNED and activity.on_date >= today
    bring = bring_line((body or "", activity.minutes)) if coming else ""
    if body is None:
        verb = "将在" if coming else "在"
        lead = (date_text(activity.on_date) + "，" + organiser + (verb + activity.place if activity.place else "")
                + ("将" if coming and not activity.place else "") + "开展" + activity.kind.zh + "“" + activity.title
                + "”" + ("，由" + activity.speaker + "主讲" if activity.speaker else "")
                + ("" if coming or not present else "，" + str(len(present)) + "名党员参加") + "。")
        body = lead
    texts = _Publisher(session, [member_id for member_id, _ in present]).clean(
        {"title": activity.title, "place": activity.place, "body": body, "bring": bring})
    names, not_in_photos = _people(session, list(present))
    photos = () if coming else _public_photos(session, Attachment.activity_id, activity.id)
    return PosterSource(SourceKind.ACTIVITY, uuid, _office_name(session), activity.kind.zh, texts["title"],
                        activity.on_date, _time_text(activity.start_time, activity.end_time), texts["place"],
                        _paragraphs(texts["body"]), len(present), names, "", coming, photos,
                        not_in_photos if photos else 0, texts["bring"], _audience(session, activity) if coming else "")


def _service(session: Session, uuid: str, body: str | None) -> PosterSource:
    entry = get_live(session, ServiceEntry, uuid, "service_entry")
    people = session.execute(
        select(Member.id, Member.name).join(ServiceParticipant, ServiceParticipant.member_id == Member.id)
        .where(ServiceParticipant.service_entry_id == entry.id, ServiceParticipant.deleted_at.is_(None),
               Member.deleted_at.is_(None)).order_by(Member.roster_order, Member.id)
    ).all()
    if body is None:
        body = "\n".join(part for part in (entry.description, entry.outcome) if part)
        if entry.people_served:
            body += "\n" + "服务群众" + str(entry.people_served) + "人次。"
    texts = _Publisher(session, [member_id for member_id, _ in people]).clean(
        {"title": entry.title, "place": entry.place, "body": body})
    names, not_in_photos = _people(session, list(people))
    photos = _public_photos(session, Attachment.service_entry_id, entry.id)
    return PosterSource(SourceKind.SERVICE, uuid, _office_name(session), entry.category.zh, texts["title"],
                        entry.on_date, "", texts["place"], _paragraphs(texts["body"]), len(people), names, "", False,
                        photos, not_in_photos if photos else 0)


REVOKED = QT_TRANSLATE_NOOP("ValidationError", "This honour was revoked on {date}: a revoked honour is not published")
WITHDRAWN = QT_TRANSLATE_NOOP("ValidationError", "This post was withdrawn on {date}: a withdrawn post is not published")


def refuse_unpublishable(session: Session, ref: SourceRef) -> None:
    """A revoked honour or a withdrawn exemplar post is on file, never held up as an example."""
    if ref.kind is SourceKind.HONOUR:
        honour = get_live(session, Recognition, ref.uuid, "recognition")
        if honour.revoked_on is not None:
            raise ValidationError("", REVOKED, date=format_date(honour.revoked_on))
    elif ref.kind is SourceKind.POST:
        post = get_live(session, ExemplarPost, ref.uuid, "exemplar_post")
        if post.withdrawn_on is not None:
            raise ValidationError("", WITHDRAWN, date=format_date(post.withdrawn_on))


def _member_named(session: Session, member_id: int) -> str:
    """The member's name as a poster may print it (张** without consent)."""
    member = session.scalars(select(Member).where(Member.id == member_id)).one()
    return shown_name(member.name, consents_by_id(session, [member.id])[member.id])


def _honour(session: Session, uuid: str, body: str | None) -> PosterSource:
    honour = get_live(session, Recognition, uuid, "recognition")
    if honour.member_id is None:  # a branch's honour (先进基层党组织): no person to ask
        return _branch_honour(session, uuid, honour, body)
    who = _member_named(session, honour.member_id)
    if body is None:
        body = who + "同志" + _awarded(honour)
    texts = _Publisher(session, [honour.member_id]).clean(
        {"title": honour.title, "body": body, "citation": honour.citation})
    # the member is named (or masked) in the body; no 参加人数 line: an honour has no participants
    return PosterSource(SourceKind.HONOUR, uuid, _office_name(session), "先进典型", texts["title"], honour.on_date,
                        "", "", _paragraphs(texts["body"]), 0, (), texts["citation"])


def _awarded(honour: Recognition) -> str:
    """被中共某某区委授予“优秀共产党员”（县级）。 — the level as offices write it, whatever the window's language."""
    issuer = "被" + honour.issuer if honour.issuer else ""
    level = "（" + honour.level.zh + "）" if honour.level else ""
    return issuer + "授予“" + honour.title + "”" + level + "。"


def _branch_honour(session: Session, uuid: str, honour: Recognition, body: str | None) -> PosterSource:
    branch = session.get(Branch, honour.branch_id)
    name = branch.name if branch is not None else ""
    texts = _Publisher(session, []).clean({"title": honour.title, "body": body or name + _awarded(honour),
                                          "citation": honour.citation})
    return PosterSource(SourceKind.HONOUR, uuid, _office_name(session), "先进典型", texts["title"], honour.on_date,
                        "", "", _paragraphs(texts["body"]), 0, (), texts["citation"])


def _term(post: ExemplarPost) -> str:
    """2026年1月1日至2026年12月31日 (either end may be open)."""
    start = date_text(post.term_start) if post.term_start else ""
    end = date_text(post.term_end) if post.term_end else ""
    return start + ("至" + end if end else ("起" if start else ""))


def _post(session: Session, uuid: str, body: str | None) -> PosterSource:
    post = get_live(session, ExemplarPost, uuid, "exemplar_post")
    who = _member_named(session, post.member_id)
    if body is None:
        body = who + "同志" + _term(post) + "担任“" + post.title + "”" + post.kind.zh + "。"
        if post.note:
            body += "\n" + post.note
    texts = _Publisher(session, [post.member_id]).clean({"title": post.title, "body": body})
    return PosterSource(SourceKind.POST, uuid, _office_name(session), post.kind.zh, texts["title"], None,
                        "", "", _paragraphs(texts["body"]))  # the term is in the body; a post has no one date


EMPTY_NOTICE = QT_TRANSLATE_NOOP("ValidationError", "Write the notice: its first line is the title")


def _notice(session: Session, text: str) -> PosterSource:
    lines = _paragraphs(text)
    if not lines:
        raise ValidationError("text", EMPTY_NOTICE)
    texts = _Publisher(session).clean({"title": lines[0], "body": "\n".join(lines[1:])})
    return PosterSource(SourceKind.NOTICE, "", _office_name(session), "通知", texts["title"], None, "", "",
                        _paragraphs(texts["body"]), coming=True)


def load_source(session: Session, ref: SourceRef, today: date, body: str | None = None) -> PosterSource:
    """The publishable facts of the record `ref` names; `body` replaces the generated text when given."""
    if ref.kind is SourceKind.ACTIVITY:
        return _activity(session, ref.uuid, today, body)
    if ref.kind is SourceKind.SERVICE:
        return _service(session, ref.uuid, body)
    refuse_unpublishable(session, ref)
    if ref.kind is SourceKind.HONOUR:
        return _honour(session, ref.uuid, body)
    if ref.kind is SourceKind.POST:
        return _post(session, ref.uuid, body)
    return _notice(session, ref.text if body is None else body)
