"""OpenDocument spreadsheets (.ods, as LibreOffice and WPS save them), read with python-calamine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.importing.sheets import Cell, Sheet, cell_text, file_error, not_spreadsheet

_SEARCH_ROWS = 20


def open_ods(path: Path) -> Sheet:
    """The first sheet with text in its first rows, numbered from A1 as the office suite shows them."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        found = None
        for name in book.sheet_names:
            # skip_empty_area=False: rows above the first filled one count, so row numbers match.
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if any(cell_text(v) for row in rows[:_SEARCH_ROWS] for v in row):
                found = name, rows
                break
    except Exception as error:  # calamine's errors of a damaged or encrypted package
        raise not_spreadsheet(path) from error
    if found is None:
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} has no rows"), name=path.name)
    name, rows = found
    values = [tuple(None if v == "" else v for v in row) for row in rows]

    def numbered() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        yield from enumerate(values, start=1)

    return Sheet(path, "ods", "", name, len(values), numbered)
