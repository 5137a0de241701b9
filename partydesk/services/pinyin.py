"""Pinyin initials of names for the roster search box (张三丰 -> zsf)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20_000)
def _initial(char: str) -> str:
    if char.isascii():
        return char.lower() if char.isalnum() else ""
    # Imported on first use: loading pypinyin's dictionaries costs ~0.7 s at every start.
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(char, style=Style.FIRST_LETTER, errors="ignore")
    return letters[0][:1].lower() if letters and letters[0] else ""


def initials(name: str) -> str:
    return "".join(_initial(char) for char in name)
