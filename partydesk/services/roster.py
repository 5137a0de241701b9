"""Members: create, edit, status history, recycle bin (the list itself: services/roster_list.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from partydesk.domain.dates import parse_date
from partydesk.domain.enums import BranchRole, Gender, MemberEventKind, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import parse_resident_id
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.masking import mask_phone, mask_resident_id
from partydesk.domain.members import MemberFacts, MemberWarning, reconcile_with_id, validate_member
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import (  # noqa: F401 - Page: the type query_members returns
    Page,
    get_live,
    id_of,
    limit_text,
    soft_delete,
    stamp_new,
)
from partydesk.services.pinyin import initials
from partydesk.services.roster_list import (  # noqa: F401 - the roster's API keeps the list's names
    OFF_ROSTER,
    ON_ROSTER,
    ROW_COLUMNS,
    SORTS,
    MemberQuery,
    MemberRow,
    member_select,
    query_members,
    search_condition,
)
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, MemberEvent, PartyGroup

STAGE_EVENTS = (
    ("applied_on", MemberEventKind.APPLIED, MemberStatus.APPLICANT),
    ("activist_on", MemberEventKind.BECAME_ACTIVIST, MemberStatus.ACTIVIST),
    ("candidate_on", MemberEventKind.BECAME_CANDIDATE, MemberStatus.CANDIDATE),
    ("joined_on", MemberEventKind.JOINED, MemberStatus.PROBATIONARY),
    ("full_on", MemberEventKind.BECAME_FULL, MemberStatus.FULL),
)
EXIT_EVENTS = {
    MemberStatus.TRANSFERRED_OUT: MemberEventKind.TRANSFERRED_OUT,
    MemberStatus.DECEASED: MemberEventKind.DIED,
    MemberStatus.LEFT: MemberEventKind.LEFT,
    MemberStatus.PROBATIONARY: MemberEventKind.JOINED,
    MemberStatus.FULL: MemberEventKind.BECAME_FULL,
}
DATE_FIELDS = ("birth_date", "applied_on", "activist_on", "candidate_on", "joined_on", "full_on")


@dataclass
class MemberInput:
    """What a form, an import row or the CLI gives for one member.

    `resident_id` and `phone` may be left as the masked text the form showed: that keeps
    the stored value unchanged. Dates may be `date` objects or text in any accepted form.
    """

    name: str
    branch_uuid: str
    status: MemberStatus = MemberStatus.FULL
    gender: Gender | None = None
    ethnicity: str = ""
    birth_date: date | str | None = None
    resident_id: str = ""
    education: str = ""
    phone: str = ""
    address: str = ""
    party_group_uuid: str | None = None
    branch_role: BranchRole = BranchRole.NONE
    applied_on: date | str | None = None
    activist_on: date | str | None = None
    candidate_on: date | str | None = None
    joined_on: date | str | None = None
    full_on: date | str | None = None
    post: str = ""
    exemplar_post: str = ""
    is_flowing: bool = False
    notes: str = ""


@dataclass(frozen=True)
class MemberDetail:
    uuid: str
    name: str
    gender: Gender | None
    ethnicity: str
    birth_date: date | None
    resident_id_masked: str
    education: str
    phone_masked: str
    address: str
    branch_uuid: str
    branch_name: str
    party_group_uuid: str | None
    group_name: str
    status: MemberStatus
    branch_role: BranchRole
    applied_on: date | None
    activist_on: date | None
    candidate_on: date | None
    joined_on: date | None
    full_on: date | None
    post: str
    exemplar_post: str
    is_flowing: bool
    notes: str
    updated_at: datetime
    deleted_at: datetime | None

    def as_input(self) -> MemberInput:
        """An input that, saved unchanged, changes nothing (masked ID and phone are kept)."""
        return MemberInput(
            name=self.name, branch_uuid=self.branch_uuid, status=self.status, gender=self.gender,
            ethnicity=self.ethnicity, birth_date=self.birth_date, resident_id=self.resident_id_masked,
            education=self.education, phone=self.phone_masked, address=self.address,
            party_group_uuid=self.party_group_uuid, branch_role=self.branch_role, applied_on=self.applied_on,
            activist_on=self.activist_on, candidate_on=self.candidate_on, joined_on=self.joined_on,
            full_on=self.full_on, post=self.post, exemplar_post=self.exemplar_post,
            is_flowing=self.is_flowing, notes=self.notes,
        )


@dataclass(frozen=True)
class SaveResult:
    uuid: str
    warnings: tuple[MemberWarning, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    on_date: date
    kind: MemberEventKind
    from_status: MemberStatus | None
    to_status: MemberStatus | None
    note: str


# ---- validation ---------------------------------------------------------------------------


def _as_date(value: date | str | None, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return parse_date(value, field_name, allow_month_only=True)
    return parse_date(value, field_name)


def _resolved_secret(new: str, stored: str | None, masker) -> str | None:
    """The value to store: unchanged if the form still shows the masked stored value."""
    text = (new or "").strip()
    if stored and text == masker(stored):
        return stored
    return text or None


def _facts(data: MemberInput, resident_id: str | None) -> MemberFacts:
    dates = {name: _as_date(getattr(data, name), name) for name in DATE_FIELDS}
    return MemberFacts(
        name=(data.name or "").strip(), gender=data.gender, resident_id=resident_id, status=data.status, **dates
    )


def checked_input(data: MemberInput, stored_id: str | None, today: date) -> tuple[MemberFacts, list[MemberWarning]]:
    """Domain-validated facts of an input (the ID's birth date and gender win) and its warnings."""
    raw_id = _resolved_secret(data.resident_id, stored_id, mask_resident_id)
    resident_id = parse_resident_id(raw_id, today).number if raw_id else None
    facts = _facts(data, resident_id)
    warnings = validate_member(facts, today)
    return reconcile_with_id(facts), warnings


def id_taken_error(other_name: str) -> ValidationError:
    return ValidationError(
        "resident_id",
        QT_TRANSLATE_NOOP("ValidationError", "Another member ({name}) already has this resident ID"),
        name=other_name,
    )


def _check_unique_id(session, resident_id: str | None, own_id: int | None) -> None:
    if not resident_id:
        return
    query = select(Member.name).where(Member.resident_id == resident_id, Member.deleted_at.is_(None))
    if own_id is not None:
        query = query.where(Member.id != own_id)
    other = session.scalar(query)
    if other is not None:
        raise id_taken_error(other)


def place_ids(session, data: MemberInput) -> tuple[int, int | None]:
    """Branch and Party group ids of the input; the group must belong to the branch."""
    branch_id = id_of(session, Branch, data.branch_uuid, "branch")
    if branch_id is None:
        raise ValidationError("branch", QT_TRANSLATE_NOOP("ValidationError", "Choose a branch"))
    group_id = id_of(session, PartyGroup, data.party_group_uuid, "party_group")
    if group_id is not None and session.get(PartyGroup, group_id).branch_id != branch_id:
        raise group_of_other_branch_error()
    return branch_id, group_id


def group_of_other_branch_error() -> ValidationError:
    return ValidationError(
        "party_group", QT_TRANSLATE_NOOP("ValidationError", "This Party group belongs to another branch")
    )


def member_values(
    data: MemberInput, facts: MemberFacts, branch_id: int, group_id: int | None, stored_phone: str | None
) -> dict[str, object]:
    """Column values of a member from checked input (shared by single and bulk saves)."""
    values: dict[str, object] = {
        "name": facts.name,
        "name_initials": initials(facts.name),
        "gender": facts.gender,
        "birth_date": facts.birth_date,
        "resident_id": facts.resident_id,
        "status": facts.status,
        "branch_id": branch_id,
        "party_group_id": group_id,
        "branch_role": data.branch_role,
        "ethnicity": limit_text(data.ethnicity, "ethnicity", 20),
        "education": limit_text(data.education, "education", 20),
        "phone": limit_text(_resolved_secret(data.phone, stored_phone, mask_phone), "phone", 30),
        "address": limit_text(data.address, "address", 200),
        "post": limit_text(data.post, "post", 100),
        "exemplar_post": limit_text(data.exemplar_post, "exemplar_post", 100),
        "is_flowing": bool(data.is_flowing),
        "notes": limit_text(data.notes, "notes", TEXT_LIMITS["member"]["notes"]),
    }
    values.update({name: getattr(facts, name) for name in DATE_FIELDS[1:]})
    return values


def _apply(member: Member, data: MemberInput, facts: MemberFacts, session, stored_phone: str | None) -> None:
    branch_id, group_id = place_ids(session, data)
    for name, value in member_values(data, facts, branch_id, group_id, stored_phone).items():
        setattr(member, name, value)


def stage_event_values(member_id: int, values, origin: str) -> list[dict[str, object]]:
    """History rows for the stage dates a new member arrives with (applied ... full)."""
    events, previous = [], None
    for name, kind, status in STAGE_EVENTS:
        on = values[name] if isinstance(values, dict) else getattr(values, name)
        if on is not None:
            events.append(
                {
                    "member_id": member_id,
                    "kind": kind,
                    "on_date": on,
                    "from_status": previous,
                    "to_status": status,
                    "origin": origin,
                }
            )
            previous = status
    return events


def _stage_events(member: Member) -> list[MemberEvent]:
    return [MemberEvent(**values) for values in stage_event_values(member.id, member, member.origin)]


# ---- use cases -----------------------------------------------------------------------------


def create_member(db: Database, data: MemberInput, today: date | None = None) -> SaveResult:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        return create_member_in(session, db, data, today or date.today())


def create_member_in(session, db: Database, data: MemberInput, today: date) -> SaveResult:
    """Create inside the caller's transaction (bulk import shares one transaction)."""
    facts, warnings = checked_input(data, None, today)
    _check_unique_id(session, facts.resident_id, None)
    member = Member()
    stamp_new(member, db)
    _apply(member, data, facts, session, None)
    session.add(member)
    session.flush()
    session.add_all(_stage_events(member))
    audit.record(session, db.actor, "member.create", "member", member.uuid)
    return SaveResult(member.uuid, tuple(warnings))


def update_member(db: Database, uuid: str, data: MemberInput, today: date | None = None, note: str = "") -> SaveResult:
    """Save an edited member; a status or branch change is written to the history."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        return update_member_in(session, db, uuid, data, today or date.today(), note)


def update_member_in(session, db: Database, uuid: str, data: MemberInput, today: date, note: str = "") -> SaveResult:
    """Update inside the caller's transaction."""
    member = get_live(session, Member, uuid, "member")
    facts, warnings = checked_input(data, member.resident_id, today)
    _check_unique_id(session, facts.resident_id, member.id)
    old_status, old_branch = member.status, member.branch_id
    _apply(member, data, facts, session, member.phone)
    if member.status != old_status:
        _add_status_event(session, member, old_status, member.status, today, note)
    if member.branch_id != old_branch:
        session.add(
            MemberEvent(
                member_id=member.id,
                kind=MemberEventKind.BRANCH_CHANGED,
                on_date=today,
                from_status=member.status,
                to_status=member.status,
                note=note,
                origin=db.office_uuid,
            )
        )
    audit.record(session, db.actor, "member.update", "member", member.uuid)
    return SaveResult(member.uuid, tuple(warnings))


def _add_status_event(session, member: Member, old: MemberStatus, new: MemberStatus, on: date, note: str) -> None:
    kind = EXIT_EVENTS.get(new, MemberEventKind.STATUS_CHANGED)
    if new is MemberStatus.PROBATIONARY and member.joined_on:
        on = member.joined_on
    if new is MemberStatus.FULL and member.full_on:
        on = member.full_on
    session.add(
        MemberEvent(
            member_id=member.id, kind=kind, on_date=on, from_status=old, to_status=new, note=note, origin=member.origin
        )
    )


def change_status(
    db: Database, uuid: str, status: MemberStatus, on_date: date | str, note: str = "", today: date | None = None
) -> SaveResult:
    """Record a development step, transfer, death or leaving; the member stays in the database."""
    on = _as_date(on_date, "on_date")
    if on is None:
        raise ValidationError("on_date", QT_TRANSLATE_NOOP("ValidationError", "This field is required"))
    detail = get_member(db, uuid)
    data = replace(detail.as_input(), status=status)
    if status is MemberStatus.PROBATIONARY and not data.joined_on:
        data.joined_on = on
    if status is MemberStatus.FULL and not data.full_on:
        data.full_on = on
    return update_member(db, uuid, data, today=today or on, note=note)


def delete_member(db: Database, uuid: str) -> None:
    """Move to the recycle bin (restorable)."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        member = get_live(session, Member, uuid, "member")
        soft_delete(member)
        audit.record(session, db.actor, "member.delete", "member", uuid)


def restore_member(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        member = get_live(session, Member, uuid, "member", deleted=True)
        _check_unique_id(session, member.resident_id, member.id)
        member.deleted_at = None
        audit.record(session, db.actor, "member.restore", "member", uuid)


def reveal_resident_id(db: Database, uuid: str) -> str:
    """The full resident ID, for roles allowed to see it; logged."""
    require(db, Permission.REVEAL_ID)
    with db.write() as session:
        member = get_live(session, Member, uuid, "member")
        audit.record(session, db.actor, "member.reveal_id", "member", uuid)
        return member.resident_id or ""


def reveal_phone(db: Database, uuid: str) -> str:
    require(db, Permission.REVEAL_ID)
    with db.write() as session:
        member = get_live(session, Member, uuid, "member")
        audit.record(session, db.actor, "member.reveal_phone", "member", uuid)
        return member.phone


# ---- reading -------------------------------------------------------------------------------


def get_member(db: Database, uuid: str, *, deleted: bool = False) -> MemberDetail:
    require(db, Permission.READ)
    with db.read() as session:
        m = get_live(session, Member, uuid, "member", deleted=deleted)
        group = m.party_group
        return MemberDetail(
            uuid=m.uuid,
            name=m.name,
            gender=m.gender,
            ethnicity=m.ethnicity,
            birth_date=m.birth_date,
            resident_id_masked=mask_resident_id(m.resident_id or ""),
            education=m.education,
            phone_masked=mask_phone(m.phone),
            address=m.address,
            branch_uuid=m.branch.uuid,
            branch_name=m.branch.name,
            party_group_uuid=group.uuid if group else None,
            group_name=group.name if group else "",
            status=m.status,
            branch_role=m.branch_role,
            applied_on=m.applied_on,
            activist_on=m.activist_on,
            candidate_on=m.candidate_on,
            joined_on=m.joined_on,
            full_on=m.full_on,
            post=m.post,
            exemplar_post=m.exemplar_post,
            is_flowing=m.is_flowing,
            notes=m.notes,
            updated_at=m.updated_at,
            deleted_at=m.deleted_at,
        )


def member_history(db: Database, uuid: str) -> list[HistoryEntry]:
    with db.read() as session:
        member = get_live(session, Member, uuid, "member")
        rows = session.execute(
            select(
                MemberEvent.on_date, MemberEvent.kind, MemberEvent.from_status, MemberEvent.to_status, MemberEvent.note
            )
            .where(MemberEvent.member_id == member.id, MemberEvent.deleted_at.is_(None))
            .order_by(MemberEvent.on_date, MemberEvent.id)
        ).all()
        return [HistoryEntry(*row) for row in rows]
