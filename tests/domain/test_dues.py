"""monthly_dues on every bracket boundary, each fixed category, and the rounding settings."""

from decimal import Decimal

import pytest

from partydesk.domain.dues import DuesRules, month_label, monthly_dues, parse_month
from partydesk.domain.errors import ValidationError


@pytest.mark.parametrize(("base", "expected"), [
    ("0", "0.00"),
    ("3000", "15.00"),
    ("3000.01", "30.00"),
    ("5000", "50.00"),
    ("5000.01", "75.00"),
    ("10000", "150.00"),
    ("10000.01", "200.00"),
    ("2999.99", "15.00"),
    ("4321.50", "43.22"),
])
def test_in_service_dues_follow_the_four_brackets(base, expected):
    assert monthly_dues("in_service", Decimal(base)) == Decimal(expected)


@pytest.mark.parametrize(("base", "expected"), [("5000", "25.00"), ("5000.01", "50.00"), ("1234", "6.17")])
def test_retired_dues_follow_the_two_brackets(base, expected):
    assert monthly_dues("retired", Decimal(base)) == Decimal(expected)


@pytest.mark.parametrize("category", ["student", "unemployed", "relief", "学生", "下岗失业"])
def test_fixed_low_categories_pay_twenty_fen_whatever_the_base(category):
    assert monthly_dues(category, Decimal("8000")) == Decimal("0.20")


def test_farmers_pay_the_office_setting_and_one_yuan_by_default():
    assert monthly_dues("farmer", Decimal("99999")) == Decimal("1.00")
    assert monthly_dues("farmer", Decimal("0"), DuesRules(farmer_amount=Decimal("0.5"))) == Decimal("0.50")


@pytest.mark.parametrize("amount", ["0.19", "1.01"])
def test_a_farmer_amount_outside_twenty_fen_to_one_yuan_is_refused(amount):
    with pytest.raises(ValidationError) as error:
        DuesRules(farmer_amount=Decimal(amount))
    assert error.value.field == "farmer_amount"


def test_rounding_is_half_up_to_the_fen_by_default_and_to_the_jiao_when_set():
    assert monthly_dues("in_service", Decimal("2001")) == Decimal("10.01")  # 10.005 -> 10.01
    jiao = DuesRules(rounding_step=Decimal("0.1"))
    assert monthly_dues("in_service", Decimal("2010"), jiao) == Decimal("10.10")  # 10.05 -> 10.1
    assert monthly_dues("in_service", Decimal("2008"), jiao) == Decimal("10.00")  # 10.04 -> 10.0
    assert monthly_dues("retired", Decimal("5000.01"), DuesRules(rounding_step=Decimal("1"))) == Decimal("50.00")


def test_an_unknown_rounding_step_is_refused():
    with pytest.raises(ValidationError):
        DuesRules(rounding_step=Decimal("0.05"))


@pytest.mark.parametrize("base", ["-1", "abc", "", "NaN", "Infinity", None, True, "1e400"])
def test_negative_or_non_numeric_bases_are_a_validation_error_on_base(base):
    with pytest.raises(ValidationError) as error:
        monthly_dues("in_service", base)
    assert error.value.field == "base"


def test_typed_bases_with_separators_and_yuan_are_read():
    assert monthly_dues("in_service", "4,000元") == Decimal("40.00")


def test_an_unknown_category_is_a_validation_error_on_category():
    with pytest.raises(ValidationError) as error:
        monthly_dues("millionaire", Decimal("1"))
    assert error.value.field == "category"


def test_months_are_read_in_the_ways_people_write_them():
    assert month_label(parse_month("2026-03")) == "2026-03"
    assert month_label(parse_month("2026年3月")) == "2026-03"
    for bad in ("2026-13", "March", "", "2026-00"):
        with pytest.raises(ValidationError):
            parse_month(bad)
