from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.enums import Gender, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.members import (
    MemberFacts,
    age_on,
    is_due_for_full_membership,
    is_due_soon_for_full_membership,
    probation_end,
    reconcile_with_id,
    validate_member,
)

TODAY = date(2026, 11, 24)
ID = "530112196503120234"  # born 1965-03-12, male
BORN = date(1965, 3, 12)

FULL_MEMBER = MemberFacts(
    name="张三",
    status=MemberStatus.FULL,
    gender=Gender.MALE,
    birth_date=BORN,
    resident_id=ID,
    applied_on=date(1985, 3, 1),
    activist_on=date(1985, 9, 1),
    candidate_on=date(1986, 3, 1),
    joined_on=date(1986, 7, 1),
    full_on=date(1987, 7, 1),
)


def error_field(facts: MemberFacts, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_member(facts, today)
    return caught.value.field


def test_complete_record_has_no_warnings():
    assert validate_member(FULL_MEMBER, TODAY) == []


def test_minimal_applicant_is_valid():
    assert validate_member(MemberFacts(name="李四", status=MemberStatus.APPLICANT), TODAY) == []


@pytest.mark.parametrize("name", ["", "   ", "张三3", "A" * 41])
def test_bad_names(name):
    assert error_field(replace(FULL_MEMBER, name=name)) == "name"


def test_names_with_middle_dot_and_forty_characters_are_fine():
    validate_member(replace(FULL_MEMBER, name="买买提·艾力"), TODAY)
    validate_member(replace(FULL_MEMBER, name="A" * 40), TODAY)


def test_invalid_resident_id_is_an_error():
    assert error_field(replace(FULL_MEMBER, resident_id="530112196503120235")) == "resident_id"


def test_birth_date_and_gender_disagreeing_with_id_are_warnings():
    facts = replace(FULL_MEMBER, birth_date=date(1965, 3, 21), gender=Gender.FEMALE)
    warnings = validate_member(facts, TODAY)
    assert [w.field for w in warnings] == ["birth_date", "gender"]
    assert "1965-03-21" in warnings[0].message and "1965-03-12" in warnings[0].message


def test_reconcile_takes_birth_date_and_gender_from_id():
    facts = replace(
        FULL_MEMBER, birth_date=None, gender=Gender.FEMALE, resident_id=" 5301121965031202 34"
    )
    reconciled = reconcile_with_id(facts)
    assert reconciled.birth_date == BORN
    assert reconciled.gender is Gender.MALE
    assert reconciled.resident_id == ID
    assert reconcile_with_id(replace(facts, resident_id=None)) == replace(facts, resident_id=None)


def test_id_birth_date_wins_for_age_at_joining():
    # Typed birth date would make the member 17 on joining; the ID says 21.
    facts = replace(FULL_MEMBER, birth_date=date(1968, 7, 2))
    assert [w.field for w in validate_member(facts, TODAY)] == ["birth_date"]


@pytest.mark.parametrize(
    ("field", "day"),
    [
        ("activist_on", date(1985, 2, 28)),
        ("candidate_on", date(1985, 8, 31)),
        ("joined_on", date(1986, 2, 28)),
        ("applied_on", date(1964, 1, 1)),
    ],
)
def test_stage_dates_out_of_order_name_the_later_field(field, day):
    facts = replace(FULL_MEMBER, resident_id=None, **{field: day})
    assert error_field(facts) == field


def test_stage_dates_may_be_equal_or_missing():
    same_day = date(1986, 7, 1)
    facts = replace(FULL_MEMBER, applied_on=same_day, activist_on=same_day, candidate_on=None)
    validate_member(replace(facts, joined_on=same_day), TODAY)


@pytest.mark.parametrize("field", ["birth_date", "applied_on", "activist_on", "candidate_on"])
def test_no_date_in_the_future(field):
    tomorrow = TODAY + timedelta(days=1)
    facts = MemberFacts(name="李四", status=MemberStatus.CANDIDATE, **{field: tomorrow})
    assert error_field(facts) == field
    validate_member(replace(facts, **{field: TODAY}), TODAY)


def probationary(birth: date, joined: date) -> MemberFacts:
    return MemberFacts(
        name="王五", status=MemberStatus.PROBATIONARY, birth_date=birth, joined_on=joined
    )


def test_joined_at_17_years_364_days_is_rejected():
    birth = date(2008, 1, 10)
    assert error_field(probationary(birth, date(2026, 1, 9))) == "joined_on"


def test_joined_on_18th_birthday_is_accepted():
    birth = date(2008, 1, 10)
    assert validate_member(probationary(birth, date(2026, 1, 10)), TODAY) == []


def test_leap_day_birthday_turns_18_on_first_of_march():
    birth = date(2004, 2, 29)
    assert error_field(probationary(birth, date(2022, 2, 28))) == "joined_on"
    validate_member(probationary(birth, date(2022, 3, 1)), TODAY)


@pytest.mark.parametrize("status", [MemberStatus.PROBATIONARY, MemberStatus.FULL])
def test_members_need_a_joining_date(status):
    assert error_field(MemberFacts(name="王五", status=status)) == "joined_on"


def test_full_on_one_day_before_probation_is_over_is_rejected():
    joined = date(2024, 3, 10)
    facts = replace(FULL_MEMBER, joined_on=joined, full_on=date(2025, 3, 9))
    assert error_field(facts) == "full_on"


def test_full_on_exactly_a_year_or_later_is_accepted():
    joined = date(2024, 3, 10)
    validate_member(replace(FULL_MEMBER, joined_on=joined, full_on=date(2025, 3, 10)), TODAY)
    validate_member(replace(FULL_MEMBER, joined_on=joined, full_on=date(2025, 9, 10)), TODAY)


def test_full_member_without_full_on_is_fine():
    validate_member(replace(FULL_MEMBER, full_on=None), TODAY)


def test_probation_overdue_is_a_warning():
    facts = probationary(date(1990, 1, 1), date(2025, 11, 1))
    assert [w.field for w in validate_member(facts, TODAY)] == ["status"]
    assert validate_member(replace(facts, joined_on=date(2025, 11, 24)), TODAY) == []


def test_probationary_with_full_on_is_a_warning():
    facts = replace(probationary(date(1990, 1, 1), date(2024, 1, 1)), full_on=date(2025, 1, 1))
    assert [w.field for w in validate_member(facts, TODAY)] == ["status"]


def test_probation_end():
    assert probation_end(date(2025, 7, 1)) == date(2026, 7, 1)
    assert probation_end(date(2024, 2, 29)) == date(2025, 2, 28)


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
def test_probation_lasts_a_year(joined):
    end = probation_end(joined)
    assert end.year == joined.year + 1
    assert 365 <= (end - joined).days <= 366


def test_due_for_full_membership_only_once_the_probation_year_is_over():
    joined = date(2025, 12, 24)  # probation ends 2026-12-24
    assert not is_due_for_full_membership(joined, TODAY)
    assert not is_due_for_full_membership(joined, date(2026, 12, 23))  # ends tomorrow: not due yet
    assert is_due_for_full_membership(joined, date(2026, 12, 24))
    assert is_due_for_full_membership(joined, date(2027, 1, 1))
    assert not is_due_for_full_membership(None, TODAY)


def test_due_soon_looks_ahead_without_counting_those_already_due():
    joined = date(2025, 12, 24)  # probation ends 2026-12-24, 30 days after TODAY
    assert is_due_soon_for_full_membership(joined, TODAY, 30)
    assert not is_due_soon_for_full_membership(joined, TODAY, 29)
    assert is_due_soon_for_full_membership(joined, date(2026, 12, 23), 1)
    assert not is_due_soon_for_full_membership(joined, date(2026, 12, 24), 30)  # due, no longer "soon"
    assert not is_due_soon_for_full_membership(None, TODAY, 30)


def test_age_on():
    assert age_on(date(2000, 6, 15), date(2018, 6, 14)) == 17
    assert age_on(date(2000, 6, 15), date(2018, 6, 15)) == 18
    assert age_on(date(2004, 2, 29), date(2022, 2, 28)) == 17
    assert age_on(date(2004, 2, 29), date(2022, 3, 1)) == 18


@given(st.dates(date(1900, 1, 1), date(2050, 12, 31)), st.integers(0, 100))
def test_age_on_birthdays(birth, years):
    try:
        birthday = birth.replace(year=birth.year + years)
    except ValueError:
        return  # 29 February in a common year
    assert age_on(birth, birthday) == years
    assert age_on(birth, birthday - timedelta(days=1)) == years - 1
