"""Many new members in one statement batch: the roster import's path (same rules as one by one)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.roster import (
    MemberInput,
    SaveResult,
    checked_input,
    group_of_other_branch_error,
    id_taken_error,
    member_values,
    stage_event_values,
)
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, MemberEvent, PartyGroup

CHUNK = 500


class _Places:
    """Live branch and group ids by uuid, read once for the whole batch."""

    def __init__(self, session):
        self.branches = dict(session.execute(select(Branch.uuid, Branch.id).where(Branch.deleted_at.is_(None))).all())
        self.groups = {
            uuid: (group_id, branch_id)
            for uuid, group_id, branch_id in session.execute(
                select(PartyGroup.uuid, PartyGroup.id, PartyGroup.branch_id).where(PartyGroup.deleted_at.is_(None))
            )
        }

    def ids(self, data: MemberInput) -> tuple[int, int | None]:
        branch_id = self.branches.get(data.branch_uuid or "")
        if branch_id is None:
            raise ValidationError("branch", QT_TRANSLATE_NOOP("ValidationError", "Choose a branch"))
        if not data.party_group_uuid:
            return branch_id, None
        group = self.groups.get(data.party_group_uuid)
        if group is None:
            raise ValidationError("party_group", QT_TRANSLATE_NOOP("ValidationError", "Unknown record {uuid}"),
                                  uuid=data.party_group_uuid)
        if group[1] != branch_id:
            raise group_of_other_branch_error()
        return branch_id, group[0]


def _names_by_live_id(session, resident_ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(resident_ids), CHUNK):
        chunk = resident_ids[start:start + CHUNK]
        found.update(session.execute(
            select(Member.resident_id, Member.name).where(Member.resident_id.in_(chunk), Member.deleted_at.is_(None))
        ).all())
    return found


def _ids_by_uuid(session, uuids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(uuids), CHUNK):
        chunk = uuids[start:start + CHUNK]
        found.update(session.execute(select(Member.uuid, Member.id).where(Member.uuid.in_(chunk))).all())
    return found


def create_members_in(session, db: Database, inputs: list[MemberInput],
                      today: date) -> list[SaveResult | ValidationError]:
    """Create every valid input in the caller's transaction; an invalid one comes back as its error."""
    places = _Places(session)
    results: list[SaveResult | ValidationError | None] = [None] * len(inputs)
    prepared = []
    for index, data in enumerate(inputs):
        try:
            facts, warnings = checked_input(data, None, today)
            branch_id, group_id = places.ids(data)
            prepared.append((index, member_values(data, facts, branch_id, group_id, None), warnings))
        except ValidationError as error:
            results[index] = error
    taken = _names_by_live_id(session, [v["resident_id"] for _, v, _ in prepared if v["resident_id"]])
    rows, now, origin = [], utcnow(), db.office_uuid
    for index, values, warnings in prepared:
        resident_id = values["resident_id"]
        if resident_id and resident_id in taken:
            results[index] = id_taken_error(taken[resident_id])
            continue
        if resident_id:
            taken[resident_id] = str(values["name"])
        values.update(uuid=new_uuid(), origin=origin, created_at=now, updated_at=now)
        rows.append(values)
        results[index] = SaveResult(str(values["uuid"]), tuple(warnings))
    _insert(session, db, rows, now)
    return results  # type: ignore[return-value]


def _insert(session, db: Database, rows: list[dict], now) -> None:
    if not rows:
        return
    session.execute(insert(Member.__table__), rows)
    ids = _ids_by_uuid(session, [row["uuid"] for row in rows])
    events = [event for row in rows for event in stage_event_values(ids[row["uuid"]], row, row["origin"])]
    for event in events:
        event.update(uuid=new_uuid(), created_at=now, updated_at=now)
    if events:
        session.execute(insert(MemberEvent.__table__), events)
    for row in rows:
        audit.record(session, db.actor, "member.create", "member", str(row["uuid"]))
