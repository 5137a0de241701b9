"""Roster (花名册) import: every row created, updated (same resident ID), skipped or rejected.

One transaction for the whole file. A preview runs the same work and rolls it back, so what
the preview says is exactly what the import will do. Empty cells never erase stored values.
Party groups named in the file but missing in the branch are created (offices keep group
names as free text; asking the clerk to create them first would only stop the import).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.enums import MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.members import probation_end
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.importing.cells import ROSTER_CONVERTERS, normalise_name
from partydesk.services.importing.common import (
    Action,
    ImportPreview,
    ImportRejected,
    ImportResult,
    RowOutcome,
    Table,
    check_cancel,
    classified_rows,
    open_table,
    report_progress,
)
from partydesk.services.importing.headers import ROSTER_HEADERS
from partydesk.services.importing.places import Places
from partydesk.services.roster import MemberInput, update_member_in
from partydesk.services.roster_bulk import create_members_in
from partydesk.store.db import Database
from partydesk.store.models import Member

_INPUT_FIELDS = {f.name for f in fields(MemberInput)}
_ID_CHUNK = 500


@dataclass
class _Candidate:
    row: int
    values: dict[str, object]

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


class _Rollback(Exception):
    """Raised inside the transaction of a preview so nothing it did is kept."""


def preview_roster_import(
    db: Database, path: str | Path, mapping: dict[int, str] | None = None, branch_uuid: str | None = None,
    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled, today: date | None = None,
) -> ImportPreview:
    """Read and check the whole file; report each row's outcome; write nothing."""
    require(db, Permission.IMPORT)
    table = open_table(path, ROSTER_HEADERS, ("name",), mapping)
    today = today or date.today()
    read = _read_candidates(table, today, progress, cancelled)
    outcomes, new_groups = [], []
    try:
        with db.write() as session:
            outcomes, new_groups = _import(session, db, read, branch_uuid, today, progress, cancelled)
            raise _Rollback()
    except _Rollback:
        pass
    return _preview(table, outcomes, branch_uuid, new_groups)


def run_roster_import(
    db: Database, source: ImportPreview | str | Path, skip_invalid: bool = False,
    mapping: dict[int, str] | None = None, branch_uuid: str | None = None,
    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled, today: date | None = None,
) -> ImportResult:
    """Import in one transaction; with rejected rows nothing is written unless skip_invalid."""
    require(db, Permission.IMPORT)
    if isinstance(source, ImportPreview):
        path, mapping, branch_uuid = source.path, source.mapping, source.branch_uuid
    else:
        path = Path(source)
    table = open_table(path, ROSTER_HEADERS, ("name",), mapping)
    today = today or date.today()
    read = _read_candidates(table, today, progress, cancelled)  # the file is read before the write lock
    with db.write() as session:
        outcomes, _ = _import(session, db, read, branch_uuid, today, progress, cancelled)
        result = ImportResult.from_outcomes(outcomes, written=True)
        if result.rejected and not skip_invalid:
            raise ImportRejected(ImportResult.from_outcomes(outcomes, written=False))
        audit.record(session, db.actor, "import.roster", "member", "", {
            "file": path.name, "imported": result.imported, "updated": result.updated,
            "skipped": len(result.skipped), "rejected": len(result.rejected),
        })
    return result


def _preview(table: Table, outcomes, branch_uuid, new_groups) -> ImportPreview:
    sheet = table.sheet
    return ImportPreview(
        path=sheet.path, kind="roster", sheet_name=sheet.sheet_name, encoding=sheet.encoding,
        header_row=table.header.row, columns=table.header.columns, mapping=dict(table.mapping),
        outcomes=tuple(outcomes), branch_uuid=branch_uuid, new_groups=tuple(new_groups),
    )


def _import(session, db: Database, read: _Read, branch_uuid: str | None, today: date,
            progress: Progress, cancelled: Cancelled) -> tuple[list[RowOutcome], list[str]]:
    total = read.total
    outcomes, candidates = list(read.outcomes), list(read.candidates)
    outcomes += _reject_duplicates(candidates)
    rejected = {o.row for o in outcomes}
    candidates = [c for c in candidates if c.row not in rejected]
    places = Places(session, db, branch_uuid)
    targets, unmatched = _match_existing(session, candidates)
    outcomes += unmatched
    candidates = [c for c in candidates if c.row in targets]
    new_members = []
    for index, candidate in enumerate(candidates, start=1):
        check_cancel(cancelled)
        report_progress(progress, total // 2 + index * (total // 2) // len(candidates), total)
        if targets[candidate.row] is None:
            refused = _prepare_new(candidate, places, today, new_members)
            if refused is not None:
                outcomes.append(refused)
        else:
            outcomes.append(_save_update(session, db, candidate, places, targets[candidate.row], today))
    outcomes += _create_all(session, db, new_members, today)
    progress(total, total)
    return sorted((o for o in outcomes if o is not None), key=lambda o: o.row), places.created


@dataclass(frozen=True)
class _Read:
    """The file's rows, converted: rows skipped or rejected on their own, and the candidates."""

    outcomes: list[RowOutcome]
    candidates: list[_Candidate]
    total: int  # progress steps: reading is the first half, writing the second


def _read_candidates(table: Table, today: date, progress: Progress, cancelled: Cancelled) -> _Read:
    total = max(table.sheet.row_count, 1) * 2
    outcomes, candidates = [], []
    name_columns = tuple(i for i, f in table.mapping.items() if f == "name")
    for number, values, reason in classified_rows(table, progress, cancelled, total):
        if reason:
            outcomes.append(RowOutcome(number, Action.SKIP, reason=reason))
            continue
        try:
            candidates.append(_Candidate(number, _convert(values, table.mapping, today)))
        except ValidationError as error:
            name = _row_name(values, name_columns)
            outcomes.append(RowOutcome(number, Action.REJECT, name, error.field, error.message))
    return _Read(outcomes, candidates, total)


def _convert(values: tuple, mapping: dict[int, str], today: date) -> dict[str, object]:
    converted: dict[str, object] = {}
    for index, field in mapping.items():
        value = values[index] if index < len(values) else None
        convert = ROSTER_CONVERTERS.get(field)
        result = convert(value, field, today) if convert else None
        if result is not None:
            converted[field] = result
    if not converted.get("name"):
        raise ValidationError("name", QT_TRANSLATE_NOOP("ValidationError", "Enter the name"))
    return converted


def _row_name(values: tuple, name_columns: tuple[int, ...]) -> str:
    for index in name_columns:
        if index < len(values) and values[index] is not None:
            return normalise_name(values[index])
    return ""


def _reject_duplicates(candidates: list[_Candidate]) -> list[RowOutcome]:
    rows_by_id: dict[str, list[int]] = {}
    for candidate in candidates:
        if candidate.values.get("resident_id"):
            rows_by_id.setdefault(str(candidate.values["resident_id"]), []).append(candidate.row)
    outcomes = []
    for candidate in candidates:
        rows = rows_by_id.get(str(candidate.values.get("resident_id") or ""), [])
        if len(rows) > 1:
            others = ", ".join(str(r) for r in rows if r != candidate.row)
            reason = translate("ValidationError", QT_TRANSLATE_NOOP(
                "ValidationError", "The same resident ID is also in row {rows} of this file"), rows=others)
            outcomes.append(RowOutcome(candidate.row, Action.REJECT, candidate.name, "resident_id", reason))
    return outcomes


def _match_existing(session, candidates: list[_Candidate]) -> tuple[dict[int, str | None], list[RowOutcome]]:
    """Row -> uuid of the live member it updates (None: a new member), and rows that cannot be matched.

    A row matches by resident ID; a row without one matches a member of the same name who has
    no ID either, when there is exactly one (so re-importing a roster never doubles people).
    """
    by_id = _existing(session, Member.resident_id, [c.values.get("resident_id") for c in candidates])
    no_id = [c for c in candidates if not c.values.get("resident_id")]
    by_name = _existing(session, Member.name, [c.name for c in no_id], Member.resident_id.is_(None))
    targets: dict[int, str | None] = {}
    outcomes = []
    for c in candidates:
        found = by_id.get(str(c.values["resident_id"])) if c.values.get("resident_id") else by_name.get(c.name)
        if isinstance(found, list) and len(found) > 1:
            outcomes.append(RowOutcome(c.row, Action.REJECT, c.name, "resident_id", translate(
                "ValidationError", QT_TRANSLATE_NOOP(
                    "ValidationError", "{count} members called {name} have no resident ID; add the ID to tell "
                    "them apart"), count=len(found), name=c.name)))
            continue
        targets[c.row] = found[0] if found else None
    rows_by_target: dict[str, list[int]] = {}
    for row, uuid in targets.items():
        if uuid:
            rows_by_target.setdefault(uuid, []).append(row)
    for rows in (r for r in rows_by_target.values() if len(r) > 1):
        for row in rows:
            name = next(c.name for c in candidates if c.row == row)
            outcomes.append(RowOutcome(row, Action.REJECT, name, "name", translate(
                "ValidationError", QT_TRANSLATE_NOOP(
                    "ValidationError", "The same member is also in row {rows} of this file"),
                rows=", ".join(str(r) for r in rows if r != row))))
            targets.pop(row)
    return targets, outcomes


def _existing(session, column, keys: list, *conditions) -> dict[str, list[str]]:
    """Live members' uuids by the value of `column`, looked up in chunks."""
    found: dict[str, list[str]] = {}
    keys = sorted({str(k) for k in keys if k})
    for start in range(0, len(keys), _ID_CHUNK):
        chunk = keys[start:start + _ID_CHUNK]
        for key, uuid in session.execute(
            select(column, Member.uuid).where(column.in_(chunk), Member.deleted_at.is_(None), *conditions)
        ):
            found.setdefault(key, []).append(uuid)
    return found


def _prepare_new(candidate: _Candidate, places: Places, today: date, new_members: list) -> RowOutcome | None:
    """Queue a new member for the bulk insert; a row whose branch or group is wrong is rejected now."""
    values = dict(candidate.values)
    try:
        branch_uuid, group_uuid = places.resolve(values)
    except ValidationError as error:
        return RowOutcome(candidate.row, Action.REJECT, candidate.name, error.field, error.message)
    new_members.append((candidate, _new_input(values, branch_uuid, group_uuid, today)))
    return None


def _create_all(session, db: Database, new_members: list, today: date) -> list[RowOutcome]:
    results = create_members_in(session, db, [data for _, data in new_members], today)
    outcomes = []
    for (candidate, _), saved in zip(new_members, results, strict=True):
        if isinstance(saved, ValidationError):
            outcomes.append(RowOutcome(candidate.row, Action.REJECT, candidate.name, saved.field, saved.message))
        else:
            outcomes.append(RowOutcome(candidate.row, Action.CREATE, candidate.name, reason=_warnings(saved),
                                       uuid=saved.uuid))
    return outcomes


def _save_update(session, db: Database, candidate: _Candidate, places: Places, uuid: str,
                 today: date) -> RowOutcome:
    values = dict(candidate.values)
    try:
        member = session.scalar(select(Member).where(Member.uuid == uuid))
        branch_uuid, group_uuid = places.resolve(values, member)
        # A savepoint: a rejected update must not leave half-applied fields in the session.
        with session.begin_nested():
            saved = update_member_in(session, db, uuid, _merged_input(member, values, branch_uuid, group_uuid), today)
        return RowOutcome(candidate.row, Action.UPDATE, candidate.name, reason=_warnings(saved), uuid=uuid)
    except ValidationError as error:
        return RowOutcome(candidate.row, Action.REJECT, candidate.name, error.field, error.message)


def _warnings(saved) -> str:
    """What the clerk should look at although the row is imported (e.g. the ID's birth date wins)."""
    return "; ".join(warning.message for warning in saved.warnings)


def _new_input(values: dict, branch_uuid: str, group_uuid: str | None, today: date) -> MemberInput:
    given = {k: v for k, v in values.items() if k in _INPUT_FIELDS and k not in ("branch_uuid",)}
    if "status" not in given:
        given["status"] = _inferred_status(values, today)
    return MemberInput(branch_uuid=branch_uuid, party_group_uuid=group_uuid, **given)


def _inferred_status(values: dict, today: date) -> MemberStatus:
    """Without a 人员类别 column: full once probation is over (offices rarely write 转正时间)."""
    joined = values.get("joined_on")
    if values.get("full_on") or not isinstance(joined, date):
        return MemberStatus.FULL
    return MemberStatus.FULL if probation_end(joined) <= today else MemberStatus.PROBATIONARY


def _merged_input(member: Member, values: dict, branch_uuid: str, group_uuid: str | None) -> MemberInput:
    stored = {name: getattr(member, name) for name in _INPUT_FIELDS if hasattr(member, name)}
    stored.update(resident_id=member.resident_id or "", phone=member.phone or "")
    stored.update({k: v for k, v in values.items() if k in _INPUT_FIELDS})
    stored.update(branch_uuid=branch_uuid, party_group_uuid=group_uuid)
    return MemberInput(**stored)
