"""GB 11643-1999 resident ID numbers (公民身份号码): normalise, check, read birth date, gender."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from partydesk.domain.enums import Gender
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

FIELD = "resident_id"
LENGTH = 18
EARLIEST_BIRTH_YEAR = 1900

# ISO 7064 MOD 11-2: weight of position i is 2**(17 - i) mod 11.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_ID_SHAPE = re.compile(r"\d{17}[\dX]")
# What Excel shows after storing an ID as a number: 5.30112196503121E+17 or 530112196503120000.0
_EXCEL_NUMBER = re.compile(r"\d(?:\.\d+)?E\+?\d+|\d+\.0*")
# A double keeps 15 significant digits, so an 18-digit ID read back from a number ends in 000.
_EXCEL_LOST_TAIL = "000"


@dataclass(frozen=True)
class ResidentId:
    """A valid 18-character resident ID and what it says about its holder."""

    number: str
    birth_date: date
    gender: Gender

    @property
    def region_code(self) -> str:
        """The six-digit administrative division code of the place of first registration."""
        return self.number[:6]


def normalise_resident_id(text: object) -> str:
    """Drop spaces (full-width too), Excel's text apostrophe and invisible marks; fold x to X."""
    folded = unicodedata.normalize("NFKC", str(text or "")).translate(_INVISIBLE)
    return "".join(folded.split()).lstrip("'").upper()


def check_digit(first17: str) -> str:
    """The MOD 11-2 check character (0-9 or X) for the first 17 digits of an ID."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("ValidationError", "The first 17 characters must be digits")
        )
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_resident_id(text: object, today: date | None = None) -> ResidentId:
    """Validate an ID as typed or imported; without `today` a future birth date is not checked."""
    if isinstance(text, float):
        _raise_lost_by_excel(text)
    if isinstance(text, str):
        return _parse_text(text, today)
    return _parse_text(str(text or ""), today)


@lru_cache(maxsize=4096)
def _parse_text(text: str, today: date | None) -> ResidentId:
    # Cached: member validation reads the same ID several times (check, reconcile, warnings).
    number = normalise_resident_id(text)
    _check_shape(number)
    birth_date = _birth_date(number, today)
    if check_digit(number[:17]) != number[17]:
        if number.endswith(_EXCEL_LOST_TAIL):
            raise ValidationError(
                FIELD,
                QT_TRANSLATE_NOOP(
                    "ValidationError",
                    "The check digit does not match; if this ID came from Excel, its last digits "
                    "were lost when it was stored as a number: re-enter it in a cell formatted "
                    "as text",
                ),
            )
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "The check digit does not match the other digits; a digit is probably mistyped",
            ),
        )
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return ResidentId(number, birth_date, gender)


def is_valid_resident_id(text: object, today: date | None = None) -> bool:
    """True when `parse_resident_id` would accept the text."""
    try:
        parse_resident_id(text, today)
    except ValidationError:
        return False
    return True


def _check_shape(number: str) -> None:
    if not number:
        raise ValidationError(FIELD, QT_TRANSLATE_NOOP("ValidationError", "Enter the resident ID"))
    if _EXCEL_NUMBER.fullmatch(number):
        _raise_lost_by_excel(number)
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "This is an old 15-digit ID; enter the holder's current 18-character ID",
            ),
        )
    if len(number) != LENGTH:
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP(
                "ValidationError", "A resident ID has 18 characters; this one has {count}"
            ),
            count=len(number),
        )
    if not _ID_SHAPE.fullmatch(number) or not number.isascii():
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "A resident ID is 17 digits followed by a digit or X",
            ),
        )


def _birth_date(number: str, today: date | None) -> date:
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        born = date(year, month, day)
    except ValueError:
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP(
                "ValidationError", "Digits 7-14 ({digits}) are not a real birth date"
            ),
            digits=number[6:14],
        ) from None
    if year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP("ValidationError", "The birth year {year} is before 1900"),
            year=year,
        )
    if today is not None and born > today:
        raise ValidationError(
            FIELD,
            QT_TRANSLATE_NOOP("ValidationError", "The birth date {born} is in the future"),
            born=born.isoformat(),
        )
    return born


def excel_general_text(number: float) -> str:
    """How Excel's General format shows a big number in a standard column: 5.30112E+17."""
    if abs(number) < 1e11:
        return f"{number:.11g}"
    mantissa, exponent = f"{number:.5E}".split("E")
    return f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"


def _raise_lost_by_excel(value: object) -> None:
    """Quote the ID as the user sees it in Excel (5.30112E+17), not as a number rebuilt from the cell."""
    if isinstance(value, float):
        value = excel_general_text(value)
    raise ValidationError(
        FIELD,
        QT_TRANSLATE_NOOP(
            "ValidationError",
            "“{value}” was stored by Excel as a number, which lost the last digits; "
            "re-enter the ID in a cell formatted as text",
        ),
        value=value,
    )
