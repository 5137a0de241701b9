"""Rows of the spreadsheet an office hands us (.xlsx, old .xls/.et, .ods, or a CSV in UTF-8, GBK or UTF-16)."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.common import FORMULA_STARTS

MAX_FILE_BYTES = 50 * 1024 * 1024
FIELD = "file"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
# Encrypted OOXML is an OLE container holding a stream of this name (UTF-16 in the directory).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
_SNIFF_BYTES = 64 * 1024
_PLAUSIBLE_ROWS = 200_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# What a damaged package raises while its rows are read: bad zip data, bad XML (ParseError is a
# SyntaxError), missing parts, values openpyxl cannot convert.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError, SyntaxError, OSError)

Cell = object  # str | int | float | datetime | date | time | bool | None


@dataclass(frozen=True)
class Sheet:
    """An opened spreadsheet: its rows as value tuples numbered as Excel shows them."""

    path: Path
    kind: str  # "xlsx", "xls", "ods" or "csv"
    encoding: str
    sheet_name: str
    row_count: int  # best estimate for progress; 0 when unknown
    _rows: object

    def rows(self) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        """(row number, values) from row 1, blank rows included so numbers stay right."""
        return self._rows()


def file_error(template: str, **params: object) -> ValidationError:
    return ValidationError(FIELD, template, **params)


def open_sheet(path: str | Path) -> Sheet:
    """Check and open a spreadsheet file; every unusable file gets its own plain message."""
    path = Path(path)
    if not path.is_file():
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} does not exist"), name=path.name)
    size = path.stat().st_size
    if size == 0:
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} is empty"), name=path.name)
    if size > MAX_FILE_BYTES:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "The file {name} is {size} MB; at most {limit} MB can be imported. Split it into smaller files",
            ),
            name=path.name, size=round(size / 1024 / 1024, 1), limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(_OLE_MAGIC):
        return _open_ole(path)
    if head.startswith(_ZIP_MAGIC):
        return _open_xlsx(path)
    if head.startswith(_UTF16_BOMS):
        return _open_csv(path)
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".et", ".ods"} or b"\x00" in head:
        raise not_spreadsheet(path)
    return _open_csv(path)


def _open_ole(path: Path) -> Sheet:
    """An OLE compound file: an Excel 97-2003 / WPS workbook, or an encrypted .xlsx."""
    whole = path.read_bytes()
    if _ENCRYPTION_STREAM in whole:
        raise password_error(path)
    from partydesk.services.importing.legacy import open_xls

    return open_xls(path, whole)


def password_error(path: Path) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "ValidationError",
            "The file {name} is protected by a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook) and save it again",
        ),
        name=path.name,
    )


def not_spreadsheet(path: Path) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "ValidationError",
            "The file {name} is not a spreadsheet (.xlsx, .xls, .ods) or a CSV file, or it is damaged",
        ),
        name=path.name,
    )


def _open_xlsx(path: Path) -> Sheet:
    import openpyxl

    if _is_opendocument(path):
        from partydesk.services.importing.opendocument import open_ods

        return open_ods(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        declared = {ws.title: _declared_rows(ws) for ws in book.worksheets}
        for ws in book.worksheets:
            # The declared <dimension> may be stale (rows dropped) or A1:XFD1048576 (rows padded
            # to 16,384 cells): read the rows that are in the file instead.
            ws.reset_dimensions()
        sheet = _first_sheet_with_data(book)
    except Exception as error:  # zip, XML and openpyxl errors of a damaged or foreign package
        raise not_spreadsheet(path) from error
    if sheet is None:
        book.close()
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} has no rows"), name=path.name)

    def rows() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, tuple(values)
        except _DAMAGED as error:
            raise not_spreadsheet(path) from error
        finally:
            book.close()

    return Sheet(path, "xlsx", "", sheet.title, declared[sheet.title], rows)


def _declared_rows(ws) -> int:
    """The row count the sheet declares, for progress only; 0 when absent or implausible."""
    try:
        rows = ws.max_row or 0
    except Exception:  # a malformed <dimension ref>
        return 0
    return rows if rows <= _PLAUSIBLE_ROWS else 0


def _is_opendocument(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _first_sheet_with_data(book):
    """The active sheet, or the first worksheet that has cells (offices keep notes sheets too)."""
    candidates = [book.active] + [ws for ws in book.worksheets if ws is not book.active]
    for ws in candidates:
        readable = ws is not None and hasattr(ws, "iter_rows")
        if readable and any(cell_text(v) for row in ws.iter_rows(max_row=20, values_only=True) for v in row):
            return ws
    return None


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """Text and encoding: UTF-16 with a BOM, UTF-8 (with or without BOM) when it decodes strictly, else GB18030."""
    encodings = ("utf-16",) if data.startswith(_UTF16_BOMS) else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("gb18030", data, 0, 1, "undecodable")


def _open_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    try:
        text, encoding = decode_csv_bytes(data)
    except UnicodeDecodeError:
        raise not_spreadsheet(path) from None
    if not text.strip():
        raise file_error(QT_TRANSLATE_NOOP("ValidationError", "The file {name} is empty"), name=path.name)
    if any(unicodedata.category(ch) == "Cc" and ch not in "\r\n\t" for ch in text[:_SNIFF_BYTES]):
        raise not_spreadsheet(path)
    delimiter = _delimiter(text[:_SNIFF_BYTES])
    row_count = text.count("\n") + 1

    def rows() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        try:
            for number, values in enumerate(reader, start=1):
                yield number, tuple(_unwrap_text_formula(v) for v in values)
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise _cell_too_long(path, number + 1) from error
            raise not_spreadsheet(path) from error

    return Sheet(path, "csv", encoding, path.stem, row_count, rows)


def _unwrap_text_formula(value: str) -> str:
    """="530112…" (how our CSV export keeps IDs text in Excel) is the text inside the quotes;

    '=… (how it keeps text that starts like a formula from running) is the text after the '.
    """
    if value.startswith('="') and value.endswith('"') and len(value) >= 3 and '"' not in value[2:-1]:
        return value[2:-1]
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _cell_too_long(path: Path, row: int) -> ValidationError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "ValidationError",
            "Row {line} of {name} has a cell longer than {limit} characters, the most one cell of a CSV file "
            "may hold. Check that the file is a roster, or shorten that cell",
        ),
        line=row, name=path.name, limit=csv.field_size_limit(),
    )


def _delimiter(sample: str) -> str:
    first_lines = sample.splitlines()[:20]
    counts = {d: sum(line.count(d) for line in first_lines) for d in (",", "\t", ";")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def cell_text(value: Cell) -> str:
    """A cell as the text a person reads in it (whole numbers without .0), kept as typed: 在外经商（成都）."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def match_text(value: Cell) -> str:
    """The cell folded for matching only (full-width letters, digits and marks as half-width)."""
    return unicodedata.normalize("NFKC", cell_text(value))


