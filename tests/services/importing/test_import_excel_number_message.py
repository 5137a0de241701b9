"""The roster import names an ID cell stored as a number by what Excel shows (5.30112E+17)."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.services.importing.cells import resident_id_cell


@pytest.mark.parametrize("cell", [530112196503120000, 5.30112196503121e17])
def test_a_number_cell_is_quoted_as_excel_shows_it(cell):
    with pytest.raises(ValidationError) as caught:
        resident_id_cell(cell, "resident_id", date(2026, 11, 26))
    assert caught.value.field == "resident_id" and "“5.30112E+17”" in caught.value.message
