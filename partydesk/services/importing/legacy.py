"""Old Excel 97-2003 workbooks (.xls, and WPS .et files, the same format inside), read with xlrd."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.importing.sheets import (
    Cell,
    Sheet,
    cell_text,
    file_error,
    not_spreadsheet,
    password_error,
)

_SEARCH_ROWS = 20


def open_xls(path: Path, data: bytes) -> Sheet:
    """The first sheet with data, its cells as Python values (dates by the workbook's datemode)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.XLRDError as error:
        if "encrypted" in str(error).lower():
            raise password_error(path) from error
        raise not_spreadsheet(path) from error
    except Exception as error:  # a damaged compound file or workbook stream
        raise not_spreadsheet(path) from error
    try:
        sheet = _first_sheet_with_data(book)
    except Exception as error:
        raise not_spreadsheet(path) from error
    if sheet is None:
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} has no rows"), name=path.name)
    rows = [tuple(_value(cell, book.datemode) for cell in sheet.row(index)) for index in range(sheet.nrows)]
    book.release_resources()

    def numbered() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        yield from enumerate(rows, start=1)

    return Sheet(path, "xls", "", sheet.name, len(rows), numbered)


def _first_sheet_with_data(book):
    """The sheet the file was saved on, else the first that has text (offices keep notes sheets too)."""
    sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
    sheets.sort(key=lambda s: not getattr(s, "sheet_selected", 0))
    for sheet in sheets:
        for index in range(min(sheet.nrows, _SEARCH_ROWS)):
            if any(cell_text(_value(cell, book.datemode)) for cell in sheet.row(index)):
                return sheet
    return None


def _value(cell, datemode: int) -> Cell:
    """A cell as openpyxl would give it: text, float, bool, datetime, or None (also for #N/A errors)."""
    import xlrd

    kind = cell.ctype
    if kind == xlrd.XL_CELL_TEXT:
        return cell.value
    if kind == xlrd.XL_CELL_NUMBER:
        return float(cell.value)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return float(cell.value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return None
