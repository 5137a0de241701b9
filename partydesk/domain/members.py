"""Rules for one member's record: name, resident ID, development stage dates, status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date, timedelta

from partydesk.domain.enums import Gender, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.fields import field_label
from partydesk.domain.id_number import ResidentId, parse_resident_id
from partydesk.i18n import QT_TRANSLATE_NOOP, translate

NAME_MAX_LENGTH = 40
MIN_JOINING_AGE = 18
# Development stages in the order they must happen (申请 → 积极分子 → 发展对象 → 预备 → 正式).
STAGE_FIELDS = ("applied_on", "activist_on", "candidate_on", "joined_on", "full_on")


@dataclass(frozen=True, kw_only=True)
class MemberFacts:
    """What the rules need to know about a member; `resident_id` is normalised or None."""

    name: str
    status: MemberStatus
    gender: Gender | None = None
    birth_date: date | None = None
    resident_id: str | None = None
    applied_on: date | None = None
    activist_on: date | None = None
    candidate_on: date | None = None
    joined_on: date | None = None
    full_on: date | None = None


@dataclass(frozen=True)
class MemberWarning:
    """A soft issue the user should see but may save anyway."""

    field: str
    template: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        return translate("ValidationError", self.template, **self.params)


def age_on(birth_date: date, day: date) -> int:
    """Completed years of age on `day` (someone born on 29 Feb turns a year older on 1 Mar)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def probation_end(joined_on: date) -> date:
    """The day the one-year probation is over: same day next year (29 Feb -> 28 Feb)."""
    try:
        return joined_on.replace(year=joined_on.year + 1)
    except ValueError:
        return date(joined_on.year + 1, 2, 28)


def is_due_for_full_membership(joined_on: date | None, today: date) -> bool:
    """True when the probation year has ended on or before `today`: the branch must decide now."""
    return joined_on is not None and probation_end(joined_on) <= today


def is_due_soon_for_full_membership(joined_on: date | None, today: date, within_days: int) -> bool:
    """True when the probation year ends after `today` but within `within_days` (time to prepare)."""
    return joined_on is not None and today < probation_end(joined_on) <= today + timedelta(days=within_days)


def reconcile_with_id(facts: MemberFacts) -> MemberFacts:
    """Take birth date and gender from the resident ID, which wins over what was typed."""
    if not facts.resident_id:
        return facts
    resident = parse_resident_id(facts.resident_id)
    return replace(
        facts,
        resident_id=resident.number,
        birth_date=resident.birth_date,
        gender=resident.gender,
    )


def validate_member(facts: MemberFacts, today: date) -> list[MemberWarning]:
    """Raise ValidationError for the first error found; otherwise return the soft warnings."""
    _check_name(facts.name)
    resident = parse_resident_id(facts.resident_id, today) if facts.resident_id else None
    warnings = _id_disagreements(facts, resident) if resident else []
    birth_date = resident.birth_date if resident else facts.birth_date
    _check_not_future("birth_date", birth_date, today)
    _check_stage_dates(facts, birth_date, today)
    _check_status(facts)
    return warnings + _status_warnings(facts, today)


def _check_name(name: str) -> None:
    cleaned = (name or "").strip()
    if not cleaned:
        raise ValidationError("name", QT_TRANSLATE_NOOP("ValidationError", "Enter the name"))
    if len(cleaned) > NAME_MAX_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "ValidationError", "A name has at most {max} characters; this has {count}"
            ),
            max=NAME_MAX_LENGTH,
            count=len(cleaned),
        )
    if any(char.isdigit() for char in cleaned):
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("ValidationError", "A name cannot contain digits")
        )


def _id_disagreements(facts: MemberFacts, resident: ResidentId) -> list[MemberWarning]:
    warnings = []
    if facts.birth_date and facts.birth_date != resident.birth_date:
        warnings.append(
            MemberWarning(
                "birth_date",
                QT_TRANSLATE_NOOP(
                    "ValidationError",
                    "The birth date {entered} differs from the resident ID's {from_id}; "
                    "the ID's date will be kept",
                ),
                {
                    "entered": facts.birth_date.isoformat(),
                    "from_id": resident.birth_date.isoformat(),
                },
            )
        )
    if facts.gender and facts.gender != resident.gender:
        warnings.append(
            MemberWarning(
                "gender",
                QT_TRANSLATE_NOOP(
                    "ValidationError",
                    "The gender differs from the resident ID's ({from_id}); the ID's will be kept",
                ),
                {"from_id": resident.gender.label()},
            )
        )
    return warnings


def _check_not_future(field_name: str, day: date | None, today: date) -> None:
    if day and day > today:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("ValidationError", "{day} is in the future"),
            day=day.isoformat(),
        )


def _check_stage_dates(facts: MemberFacts, birth_date: date | None, today: date) -> None:
    previous_field, previous = ("birth_date", birth_date)
    for name in STAGE_FIELDS:
        day = getattr(facts, name)
        if day is None:
            continue
        _check_not_future(name, day, today)
        if previous is not None and day < previous:
            raise ValidationError(
                name,
                QT_TRANSLATE_NOOP("ValidationError", "{day} is before the {other} ({other_day})"),
                day=day.isoformat(),
                other=field_label(previous_field).lower(),
                other_day=previous.isoformat(),
            )
        previous_field, previous = name, day
    _check_joining_age(facts.joined_on, birth_date)
    _check_probation_length(facts.joined_on, facts.full_on)


def _check_joining_age(joined_on: date | None, birth_date: date | None) -> None:
    if joined_on and birth_date and age_on(birth_date, joined_on) < MIN_JOINING_AGE:
        raise ValidationError(
            "joined_on",
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "The member was {age} on the joining date; members must be at least {min_age}",
            ),
            age=age_on(birth_date, joined_on),
            min_age=MIN_JOINING_AGE,
        )


def _check_probation_length(joined_on: date | None, full_on: date | None) -> None:
    if joined_on and full_on and full_on < probation_end(joined_on):
        raise ValidationError(
            "full_on",
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "Probation lasts at least one year: full membership cannot start before {end}",
            ),
            end=probation_end(joined_on).isoformat(),
        )


def _check_status(facts: MemberFacts) -> None:
    needs_joining_date = facts.status in (MemberStatus.PROBATIONARY, MemberStatus.FULL)
    if needs_joining_date and facts.joined_on is None:
        raise ValidationError(
            "joined_on",
            QT_TRANSLATE_NOOP("ValidationError", "Enter the joining date of a {status}"),
            status=facts.status.label(),
        )


def _status_warnings(facts: MemberFacts, today: date) -> list[MemberWarning]:
    if facts.status is not MemberStatus.PROBATIONARY or facts.joined_on is None:
        return []
    if facts.full_on is not None:
        return [
            MemberWarning(
                "status",
                QT_TRANSLATE_NOOP(
                    "ValidationError",
                    "A full membership date is recorded but the status is still probationary",
                ),
            )
        ]
    end = probation_end(facts.joined_on)
    if today > end:
        return [
            MemberWarning(
                "status",
                QT_TRANSLATE_NOOP(
                    "ValidationError",
                    "Probation ended on {end}; record the full membership (or the extension)",
                ),
                {"end": end.isoformat()},
            )
        ]
    return []


PARTY_MEMBERS = (MemberStatus.PROBATIONARY, MemberStatus.FULL)  # counted for hours, meetings and talks
