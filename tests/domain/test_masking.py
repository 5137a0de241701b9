import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.masking import mask_phone, mask_resident_id


def test_resident_id_keeps_region_and_last_four():
    assert mask_resident_id("530112196503120234") == "530112********0234"
    assert mask_resident_id("11010519491231002x") == "110105********002X"


def test_phone_keeps_prefix_and_last_four():
    assert mask_phone("13812343456") == "138****3456"
    assert mask_phone(" 138 1234 3456 ") == "138****3456"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_values_mask_to_empty(empty):
    assert mask_resident_id(empty) == ""
    assert mask_phone(empty) == ""


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("1", "*"),
        ("123", "***"),
        ("1234", "1**4"),
        ("65123456", "65****56"),
        ("0871-65123456", "087******3456"),
        (13812343456, "138****3456"),
    ],
)
def test_short_and_odd_phones_hide_the_middle(value, masked):
    assert mask_phone(value) == masked


def test_old_fifteen_digit_id_is_masked_too():
    assert mask_resident_id("530112650312023") == "530112*****2023"


visible_text = st.text(
    alphabet=st.characters(blacklist_categories=("Z", "C"), blacklist_characters="*xX"), max_size=30
)


@given(visible_text)
def test_masking_keeps_length_and_hides_four_or_half(value):
    for mask in (mask_phone, mask_resident_id):
        masked = mask(value)
        hidden = masked.count("*")
        assert len(masked) == len(value)
        assert hidden >= 4 or 2 * hidden >= len(value)
        assert [c for c in masked if c != "*"] == [c for c, m in zip(value, masked, strict=True) if m != "*"]
