"""argparse value types the console's commands share: years, counts, dates and enum terms."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from partydesk.domain.dates import FIRST_YEAR, LAST_YEAR, parse_date
from partydesk.domain.enums import LabeledEnum
from partydesk.domain.errors import ValidationError


def year_value(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return year


def quarter_value(text: str) -> int:
    if text.strip() not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(f"a quarter is 1, 2, 3 or 4, not {text!r}")
    return int(text)


def count_value(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def enum_value(enum: type[LabeledEnum]) -> Callable[[str], LabeledEnum]:
    """argparse type accepting a code, the Chinese term or the English label."""

    def parse(text: str) -> LabeledEnum:
        try:
            return enum.from_text(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"unknown {enum.__name__}: {text!r}") from None

    parse.__name__ = enum.__name__
    return parse


def date_value(text: str) -> date:
    try:
        return parse_date(text, "today")
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
