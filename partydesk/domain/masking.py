"""Masked display of personal numbers on screen and paper (PIPL art. 28)."""

from __future__ import annotations

MASK = "*"
# Fewer hidden characters than this would leave a value practically readable.
_MIN_HIDDEN = 4


def mask_resident_id(value: object) -> str:
    """530112196503120234 -> 530112********0234: region code and last four stay readable."""
    return _mask_middle(_compact(value).replace("x", "X"), keep_start=6, keep_end=4)


def mask_phone(value: object) -> str:
    """13812343456 -> 138****3456: carrier prefix and last four stay readable."""
    return _mask_middle(_compact(value), keep_start=3, keep_end=4)


def _compact(value: object) -> str:
    return "".join(str(value).split()) if value is not None else ""


def _mask_middle(text: str, keep_start: int, keep_end: int) -> str:
    """Hide the middle; a value too short for the usual shape shows at most a quarter each side."""
    if len(text) < keep_start + keep_end + _MIN_HIDDEN:
        keep_start = keep_end = len(text) // 4
    hidden = len(text) - keep_start - keep_end
    return text[:keep_start] + MASK * hidden + text[len(text) - keep_end :]
