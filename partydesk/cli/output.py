"""Printing for every command: aligned human tables (CJK-width aware) or UTF-8 JSON."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TextIO


def jsonable(value: Any) -> Any:
    """Plain JSON data from service results: dataclasses, enums (their codes), dates (ISO)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k.value if isinstance(k, Enum) else k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return value


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """One JSON document on stdout: UTF-8, Chinese kept readable (ensure_ascii=False)."""
    stream = stream or sys.stdout
    stream.write(json.dumps(jsonable(data), ensure_ascii=False, indent=2, sort_keys=False))
    stream.write("\n")


def cell_text(value: Any) -> str:
    """How one value reads in a table cell: enum labels, ISO dates, blanks for None."""
    if value is None:
        return ""
    if isinstance(value, Enum) and hasattr(value, "label"):
        return value.label() or ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\n", " ")


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters (汉字, ，) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def truncate(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def print_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    stream: TextIO | None = None,
    max_width: int = 40,
) -> None:
    """Columns aligned by display width; long cells cut with an ellipsis."""
    stream = stream or sys.stdout
    text_rows = [[truncate(cell_text(v), max_width) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in text_rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    lines = [headers, ["-" * w for w in widths], *text_rows]
    for line in lines:
        stream.write("  ".join(pad(cell, widths[i]) for i, cell in enumerate(line)).rstrip() + "\n")


def print_pairs(pairs: Iterable[tuple[str, Any]], stream: TextIO | None = None) -> None:
    """`label: value` lines with the values aligned, for single-record summaries."""
    stream = stream or sys.stdout
    items = [(label, cell_text(value)) for label, value in pairs]
    width = max((display_width(label) for label, _ in items), default=0)
    for label, value in items:
        stream.write(f"{pad(label + ':', width + 1)} {value}\n")


def wants_json(args) -> bool:
    """True when --json was given before or after the command name."""
    return bool(getattr(args, "json", False) or getattr(args, "global_json", False))


def add_json_flag(parser) -> None:
    """A command's own `--json` that never overrides the global one given before the command."""
    import argparse

    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
