"""An ID that Excel stored as a number is quoted the way Excel shows it, not as a rebuilt number."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import excel_general_text, parse_resident_id


def test_excel_general_text_matches_what_a_standard_column_shows():
    assert excel_general_text(5.30112196503121e17) == "5.30112E+17"
    assert excel_general_text(5.3e17) == "5.3E+17"
    assert excel_general_text(12345.0) == "12345"


def test_an_id_stored_as_a_number_is_quoted_as_excel_shows_it():
    with pytest.raises(ValidationError) as caught:
        parse_resident_id(530112196503120234.0, date(2026, 1, 1))
    assert "“5.30112E+17”" in caught.value.message and "530112196503120000" not in caught.value.message
