from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.enums import Gender
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import (
    check_digit,
    is_valid_resident_id,
    normalise_resident_id,
    parse_resident_id,
)

TODAY = date(2026, 11, 24)
VALID = "530112196503120234"


def make_id(region: str, born: date, sequence: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)


def message_of(text, today=TODAY) -> str:
    with pytest.raises(ValidationError) as caught:
        parse_resident_id(text, today)
    assert caught.value.field == "resident_id"
    return caught.value.template


resident_ids = st.builds(
    make_id,
    st.from_regex(r"[1-9][0-9]{5}", fullmatch=True),
    st.dates(date(1900, 1, 1), TODAY),
    st.integers(0, 999),
)


def test_known_id_gives_birth_date_gender_and_region():
    resident = parse_resident_id(VALID, TODAY)
    assert resident.number == VALID
    assert resident.birth_date == date(1965, 3, 12)
    assert resident.gender is Gender.MALE
    assert resident.region_code == "530112"


def test_check_digit_ten_is_x():
    # Sum of weights times digits is 2 mod 11 for this base: the check character is X.
    first17 = "11010519491231002"
    assert check_digit(first17) == "X"
    assert parse_resident_id(first17 + "x").number == first17 + "X"


def test_even_sequence_digit_is_female():
    number = make_id("110105", date(1990, 1, 1), 2)
    assert parse_resident_id(number).gender is Gender.FEMALE


@pytest.mark.parametrize(
    "typed",
    [
        " 530112 19650312 0234 ",
        "530112\u300019650312\u30000234",
        "５３０１１２１９６５０３１２０２３４",
        "'530112196503120234",
        "\ufeff530112196503120234\u200b",
    ],
)
def test_spaces_full_width_and_excel_marks_are_normalised(typed):
    assert parse_resident_id(typed, TODAY).number == VALID


@given(resident_ids)
def test_any_valid_id_round_trips(number):
    resident = parse_resident_id(number, TODAY)
    assert resident.number == number
    assert f"{resident.birth_date:%Y%m%d}" == number[6:14]
    assert (resident.gender is Gender.MALE) == (int(number[16]) % 2 == 1)
    assert parse_resident_id(number.lower(), TODAY) == resident


@given(resident_ids, st.integers(0, 17), st.integers(1, 9))
def test_any_single_changed_digit_is_rejected(number, position, shift):
    if position == 17:
        alphabet = "0123456789X"
        changed = alphabet[(alphabet.index(number[17]) + shift) % 11]
    else:
        changed = str((int(number[position]) + shift) % 10)
    mutated = number[:position] + changed + number[position + 1 :]
    assert not is_valid_resident_id(mutated, TODAY)


@given(resident_ids)
def test_excel_numbers_get_their_own_message(number):
    as_float = float(number[:17] + ("0" if number[17] == "X" else number[17]))
    excel_message = message_of(as_float)
    assert "Excel" in excel_message
    for shown in (f"{as_float:.14E}", f"{as_float:.14e}".replace("e+", "E"), f"{int(as_float)}.0"):
        assert message_of(shown) == excel_message


def test_fifteen_significant_digits_with_bad_check_hint_at_excel():
    assert "Excel" in message_of("530112196503120000")
    assert "Excel" in message_of(530112196503120000)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Enter"),
        ("   ", "Enter"),
        (None, "Enter"),
        ("53011219650312023", "18 characters"),
        ("5301121965031202345", "18 characters"),
        ("530112650312023", "15-digit"),
        ("53011219650312023A", "digit or X"),
        ("5301121965031X0234", "digit or X"),
        ("53011219650230023X", "real birth date"),
        ("530112196513120234", "real birth date"),
        ("530112189912310234", "1900"),
        ("530112196503120235", "check digit"),
    ],
)
def test_each_failure_has_its_own_message(text, words):
    assert words in message_of(text)


def test_birth_date_after_today_is_rejected_only_with_today():
    number = make_id("530112", date(2026, 11, 25), 23)
    assert "future" in message_of(number, TODAY)
    assert parse_resident_id(number).birth_date == date(2026, 11, 25)
    assert is_valid_resident_id(make_id("530112", TODAY, 23), TODAY)


def test_check_digit_refuses_wrong_input():
    with pytest.raises(ValidationError):
        check_digit("1234")
    with pytest.raises(ValidationError):
        check_digit("1101051949123100X")


def test_message_fills_params():
    with pytest.raises(ValidationError) as caught:
        parse_resident_id("123", TODAY)
    assert "3" in caught.value.message
    assert "Resident ID" in str(caught.value)


def test_normalise_is_tolerant_of_none():
    assert normalise_resident_id(None) == ""
