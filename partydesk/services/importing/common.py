"""What roster and attendance imports share: the row report shapes and the walk over data rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.common import Cancelled, OperationCancelled, Progress
from partydesk.services.importing.headers import (
    HEADER_SEARCH_ROWS,
    IGNORE,
    HeaderMatch,
    detect_header,
    is_repeated_header,
)
from partydesk.services.importing.sheets import Cell, Sheet, cell_text, open_sheet

_FOOTER = re.compile(r"^(合计|总计|小计|共计|注|说明|备注[:：]|填表|制表|审核|统计|负责人|联系人|单位盖章|盖章)")
_NAME_SHAPE = re.compile(r"^[^\d\W]{1,10}$")


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class RowOutcome:
    """What happens (or would happen) to one spreadsheet row."""

    row: int
    action: Action
    name: str = ""
    field: str = ""
    reason: str = ""
    uuid: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """The checked file before anything is written: mapping and every row's outcome."""

    path: Path
    kind: str
    sheet_name: str
    encoding: str
    header_row: int
    columns: tuple[str, ...]
    mapping: dict[int, str]
    outcomes: tuple[RowOutcome, ...]
    branch_uuid: str | None = None
    activity_uuid: str | None = None
    new_groups: tuple[str, ...] = ()

    def of(self, action: Action) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action is action]

    @property
    def result(self) -> ImportResult:
        return ImportResult.from_outcomes(self.outcomes, written=False)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    skipped: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    written: bool = True

    @classmethod
    def from_outcomes(cls, outcomes, written: bool) -> ImportResult:
        return cls(
            imported=sum(1 for o in outcomes if o.action is Action.CREATE),
            updated=sum(1 for o in outcomes if o.action is Action.UPDATE),
            skipped=[{"row": o.row, "reason": o.reason} for o in outcomes if o.action is Action.SKIP],
            rejected=[{"row": o.row, "field": o.field, "reason": o.reason}
                      for o in outcomes if o.action is Action.REJECT],
            written=written,
        )

    def as_json(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "rejected": self.rejected}


class ImportRejected(ValidationError):
    """All-or-nothing import with rejected rows: nothing was written; `result` lists them."""

    def __init__(self, result: ImportResult):
        first = result.rejected[0] if result.rejected else {}
        super().__init__(
            "file",
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "{count} rows were rejected (first: row {first}), so nothing was imported. Correct them "
                "in the file, or choose to import only the valid rows",
            ),
            count=len(result.rejected), first=first.get("row", ""),
        )
        self.result = result


@dataclass
class Table:
    """An opened file with its header found: the data rows to walk."""

    sheet: Sheet
    header: HeaderMatch
    _rest: Iterator[tuple[int, tuple[Cell, ...]]]

    @property
    def mapping(self) -> dict[int, str]:
        return self.header.mapping

    def data_rows(self) -> Iterator[tuple[int, tuple[Cell, ...]]]:
        return self._rest


NO_HEADER = QT_TRANSLATE_NOOP(
    "ValidationError",
    "No header row found in the first {rows} rows of sheet “{sheet}”: the sheet needs a row of column "
    "names such as 姓名, 性别, 身份证号码",
)


def open_table(
    path: str | Path,
    synonyms: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    mapping: dict[int, str] | None = None,
) -> Table:
    """Open the file and find its header; a mapping given by the user replaces the automatic one."""
    sheet = open_sheet(path)
    rows = sheet.rows()
    head: list[tuple[int, tuple[Cell, ...]]] = []
    for number, values in rows:
        head.append((number, values))
        if number >= HEADER_SEARCH_ROWS:
            break
    header = detect_header(head, synonyms, required)
    if header is None:
        raise ValidationError("file", NO_HEADER, rows=HEADER_SEARCH_ROWS, sheet=sheet.sheet_name)
    if mapping is not None:
        header = HeaderMatch(header.row, header.columns, {int(k): v for k, v in mapping.items() if v and v != IGNORE})
    if not set(required) & set(header.mapping.values()):
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("ValidationError", "Map one column to {field}"),
            field="/".join(synonyms[name][0] for name in required),
        )
    after_header = [(n, v) for n, v in head if n > header.row]
    return Table(sheet, header, _chain(after_header, rows))


def _chain(first, rest) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    yield from first
    yield from rest


def classified_rows(
    table: Table, progress: Progress, cancelled: Cancelled, total: int,
) -> Iterator[tuple[int, tuple[Cell, ...], str | None]]:
    """(row number, values, why it is skipped or None); blank rows after the last filled one are dropped."""
    name_columns = tuple(i for i, f in table.mapping.items() if f == "name")
    blanks: list[int] = []
    for number, values in table.data_rows():
        check_cancel(cancelled)
        report_progress(progress, number, total)
        if not any(cell_text(v) for v in values):
            blanks.append(number)
            continue
        for blank in blanks:
            yield blank, (), translate("Import", QT_TRANSLATE_NOOP("Import", "blank row"))
        blanks.clear()
        yield number, values, skip_reason(values, table.header, name_columns)


def skip_reason(values: tuple[Cell, ...], header: HeaderMatch, name_columns: tuple[int, ...]) -> str | None:
    """Why a row is not a data row (blank, 合计/注 footer, repeated header, a lone note), or None."""
    texts = [cell_text(v) for v in values]
    filled = [(i, t) for i, t in enumerate(texts) if t]
    if not filled:
        return translate("Import", QT_TRANSLATE_NOOP("Import", "blank row"))
    first = filled[0][1]
    if _FOOTER.match(first):
        return translate("Import", QT_TRANSLATE_NOOP("Import", "footer or note row: “{value}”"), value=first[:20])
    if is_repeated_header(values, header):
        return translate("Import", QT_TRANSLATE_NOOP("Import", "the header row repeated"))
    mapped = [(i, t) for i, t in filled if i in header.mapping]
    if not mapped:
        return translate("Import", QT_TRANSLATE_NOOP("Import", "no value in the imported columns"))
    if not any(i in name_columns for i, _ in filled) and not any(ch.isdigit() for _, t in filled for ch in t):
        # e.g. the second line of a two-row header (年 / 月 under 入党时间), or a remark
        return translate("Import", QT_TRANSLATE_NOOP("Import", "no name and no numbers: a heading or note row"))
    if len(filled) == 1 and not (filled[0][0] in name_columns and _NAME_SHAPE.match(first.replace(" ", ""))):
        return translate("Import", QT_TRANSLATE_NOOP("Import", "title or note row: “{value}”"), value=first[:20])
    return None


def check_cancel(cancelled: Cancelled) -> None:
    if cancelled():
        raise OperationCancelled()


def report_progress(progress: Progress, done: int, total: int) -> None:
    if done % 200 == 0 or done == total:
        progress(min(done, total), total)
