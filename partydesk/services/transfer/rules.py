"""A package's rows held to the domain's rules, the same as typed and imported records.

The column checks in validate.py make sure a value has its column's form (a code, a date, a
length); here a member row must also pass `validate_member` (resident ID check digit, dates in
order and not in the future, age at joining, a joining date for Party members), hours must be
hours, and rows of the newer tables keep their forms' rules (record_rules.py). The first row that
fails stops the import, naming the table (in the clerk's words and by its code), the row and the field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from partydesk.domain.compliance import check_hours
from partydesk.domain.enums import Gender, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.members import STAGE_FIELDS, MemberFacts, validate_member
from partydesk.services.backup.container import BackupError
from partydesk.services.transfer.describe import table_label
from partydesk.services.transfer.record_rules import NEWER_RULES, RowRule, day, texts_of

HOURS_COLUMNS = ("hours", "planned_hours")


def _member(row: dict[str, Any], today: date) -> None:
    facts = MemberFacts(
        name=row.get("name") or "",
        status=MemberStatus.from_text(row.get("status") or MemberStatus.APPLICANT),
        gender=Gender.from_text(row["gender"]) if row.get("gender") else None,
        birth_date=day(row.get("birth_date")),
        resident_id=row.get("resident_id") or None,
        **{stage: day(row.get(stage)) for stage in STAGE_FIELDS},
    )
    validate_member(facts, today)


def _hours(row: dict[str, Any], _today: date) -> None:
    for column in HOURS_COLUMNS:
        if row.get(column) is not None:
            check_hours(row[column], column)


RULES: dict[str, tuple[RowRule, ...]] = {
    "member": (_member, texts_of("member")),
    "study_plan": (_hours, texts_of("study_plan")),
    "activity": (_hours, texts_of("activity")),
    "attendance": (_hours,),
    "service_entry": (_hours, texts_of("service_entry")),
    "service_participant": (_hours,),
    **NEWER_RULES,
}


def refused_row(path: Path, table: str, number: int, problem: ValidationError | str) -> BackupError:
    """The package refused at one row: its table in words and by code, its number, what is wrong."""
    return BackupError("refused_row", path=path, label=table_label(table), table=table, row=number,
                       problem=str(problem))


def check_rules(table: str, cols: list[str], row: list, today: date, path: Path, number: int) -> None:
    """Raise BackupError("refused_row") when a row (its columns already checked) breaks a domain rule."""
    rules = RULES.get(table)
    if not rules:
        return
    values = dict(zip(cols, row, strict=True))
    try:
        for rule in rules:
            rule(values, today)
    except ValidationError as error:
        raise refused_row(path, table, number, error) from None
