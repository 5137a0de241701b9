"""党费: the monthly amount a member owes (中组部 2008 rules) and the months of a ledger."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from partydesk.domain.enums import LabeledEnum
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

FEN = Decimal("0.01")
JIAO = Decimal("0.1")
YUAN = Decimal("1")
ROUNDING_STEPS = (FEN, JIAO, YUAN)
FIXED_LOW_AMOUNT = Decimal("0.20")
FARMER_RANGE = (Decimal("0.20"), Decimal("1.00"))
MAX_BASE = Decimal("10000000")

# (upper bound included, rate): the last bracket has no upper bound.
IN_SERVICE_BRACKETS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("3000"), Decimal("0.005")),
    (Decimal("5000"), Decimal("0.01")),
    (Decimal("10000"), Decimal("0.015")),
    (None, Decimal("0.02")),
)
RETIRED_BRACKETS: tuple[tuple[Decimal | None, Decimal], ...] = (
    (Decimal("5000"), Decimal("0.005")),
    (None, Decimal("0.01")),
)
_MONTH = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*$")


class DuesCategory(LabeledEnum):
    IN_SERVICE = ("in_service", "在职", "In service")
    RETIRED = ("retired", "离退休", "Retired")
    FARMER = ("farmer", "农民", "Farmer")
    STUDENT = ("student", "学生", "Student")
    UNEMPLOYED = ("unemployed", "下岗失业", "Laid off or unemployed")
    RELIEF = ("relief", "依靠抚恤或救济", "On relief or subsistence allowance")

    @property
    def uses_base(self) -> bool:
        """Only wage earners and pensioners pay a share of a base; the others a fixed amount."""
        return self in (DuesCategory.IN_SERVICE, DuesCategory.RETIRED)


@dataclass(frozen=True)
class DuesRules:
    """Office settings: the farmers' fixed amount and the rounding step (fen by default)."""

    farmer_amount: Decimal = Decimal("1.00")
    rounding_step: Decimal = FEN

    def __post_init__(self) -> None:
        farmer = to_amount(self.farmer_amount, "farmer_amount")
        if not FARMER_RANGE[0] <= farmer <= FARMER_RANGE[1]:
            raise ValidationError("farmer_amount", QT_TRANSLATE_NOOP(
                "ValidationError", "Farmers pay from 0.20 to 1.00 yuan a month"))
        if Decimal(str(self.rounding_step)) not in ROUNDING_STEPS:
            raise ValidationError("rounding_step", QT_TRANSLATE_NOOP(
                "ValidationError", "Round to 0.01, 0.1 or 1 yuan"))

    def to_dict(self) -> dict[str, str]:
        return {"farmer_amount": str(self.farmer_amount), "rounding_step": str(self.rounding_step)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DuesRules:
        defaults = cls()
        return cls(Decimal(str(data.get("farmer_amount", defaults.farmer_amount))),
                   Decimal(str(data.get("rounding_step", defaults.rounding_step))))


def parse_category(value: object) -> DuesCategory:
    """A category from its code, its Chinese term or its English label."""
    if isinstance(value, DuesCategory):
        return value
    try:
        category: DuesCategory = DuesCategory.from_text(str(value or ""))
    except ValueError:
        raise ValidationError("category", QT_TRANSLATE_NOOP(
            "ValidationError", "Unknown dues category {value}"), value=str(value)) from None
    return category


def to_amount(value: object, field: str = "base") -> Decimal:
    """A non-negative Decimal from typed text, a number or a Decimal; ValidationError otherwise."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter an amount in yuan"))
    text = str(value).strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter an amount in yuan")) from None
    if not amount.is_finite():
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter an amount in yuan"))
    if amount < 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "The amount cannot be negative"))
    if amount > MAX_BASE:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "The amount is too large"))
    return amount


def round_to_step(amount: Decimal, step: Decimal = FEN) -> Decimal:
    """Half up to the step (fen, jiao or yuan), always shown with two decimals."""
    steps = (amount / step).quantize(YUAN, rounding=ROUND_HALF_UP)
    return (steps * step).quantize(FEN)


def monthly_dues(category: str, base: Decimal, rules: DuesRules | None = None) -> Decimal:
    """The month's 党费 for a category and base (wage after tax or pension), rounded per the office."""
    rules = rules or DuesRules()
    kind = parse_category(category)
    amount = to_amount(base)
    if kind is DuesCategory.FARMER:
        return round_to_step(Decimal(str(rules.farmer_amount)), FEN)
    if not kind.uses_base:
        return FIXED_LOW_AMOUNT
    brackets = IN_SERVICE_BRACKETS if kind is DuesCategory.IN_SERVICE else RETIRED_BRACKETS
    rate = next(rate for upper, rate in brackets if upper is None or amount <= upper)
    return round_to_step(amount * rate, Decimal(str(rules.rounding_step)))


def month_index(year: int, month: int) -> int:
    """Months counted from year 0, so that consecutive months differ by one."""
    return year * 12 + month - 1


def month_of(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def month_label(index: int) -> str:
    year, month = month_of(index)
    return f"{year:04d}-{month:02d}"


def parse_month(value: object, field: str = "month") -> int:
    """A month index from 'YYYY-MM' (or 2026年3月, 2026.3)."""
    match = _MONTH.match(str(value or ""))
    if match is None or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2100:
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter a month as YYYY-MM"))
    return month_index(int(match.group(1)), int(match.group(2)))


def check_year(year: object) -> int:
    """The year of a base or a payment: a whole number from 1900 to 2100."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        raise ValidationError("year", QT_TRANSLATE_NOOP("ValidationError", "Enter a year from 1900 to 2100"))
    return year


def fen_amount(fen: object, field: str = "amount") -> Decimal:
    """A stored amount in fen as yuan, held to the same rules as a typed amount."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "Enter an amount in yuan"))
    return to_amount(Decimal(fen) / 100, field)
