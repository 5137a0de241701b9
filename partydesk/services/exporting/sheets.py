"""Writing export tables to .xlsx (openpyxl write-only, set up to print) and CSV, and the blank import template."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from partydesk.domain.enums import BranchRole, MemberStatus
from partydesk.services.common import FORMULA_STARTS, Cancelled, OperationCancelled, Progress
from partydesk.services.importing.headers import ROSTER_HEADERS

TEXT_FORMAT = "@"
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML
_TICK = 1000

ROSTER_FIELDS = (
    "name", "gender", "ethnicity", "resident_id", "birth_date", "education", "status", "branch", "party_group",
    "branch_role", "applied_on", "activist_on", "candidate_on", "joined_on", "full_on", "phone", "address", "post",
    "exemplar_post", "is_flowing", "notes",
)
_DATE_FIELDS = {"birth_date", "applied_on", "activist_on", "candidate_on", "joined_on", "full_on"}
_WIDTHS = {"name": 10, "resident_id": 21, "phone": 14, "address": 30, "notes": 30, "post": 20, "branch": 20,
           "party_group": 12, "exemplar_post": 16, "status": 12}


@dataclass(frozen=True)
class Column:
    header: str
    width: int = 12
    kind: str = "text"  # text, date, number, secret (ID or phone: always a text cell)


@dataclass
class SheetSpec:
    title: str
    columns: list[Column]
    rows: Iterable[tuple]
    total: int
    heading: str = ""  # the title row above the header (.xlsx): office, what, date
    footer: tuple[str, ...] = ()  # note lines after the rows, e.g. how many records were withheld


def csv_text_formula(value: str) -> str:
    """="530112…": Excel, WPS and LibreOffice show the text as typed, never as a number; import unwraps it."""
    return f'="{value}"'


def csv_defused(value: object) -> object:
    """Text a spreadsheet would run as a formula, behind a ' that makes it text (import takes it off)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def roster_columns() -> list[Column]:
    """序号 then each roster field under the first header name the importer recognises."""
    columns = [Column("序号", 6, "number")]
    for field in ROSTER_FIELDS:
        kind = "date" if field in _DATE_FIELDS else "secret" if field in ("resident_id", "phone") else "text"
        columns.append(Column(ROSTER_HEADERS[field][0], _WIDTHS.get(field, 12), kind))
    return columns


def write_xlsx(target: Path, specs: list[SheetSpec], progress: Progress, cancelled: Cancelled) -> int:
    """Write-only workbook: constant memory for 100,000 rows; returns the rows of the first sheet."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        return _fill(book, specs, progress, cancelled, target)
    except BaseException:
        _discard(book)
        raise


def _discard(book) -> None:
    """Close the half-written sheets and remove the temporary files openpyxl streams them to."""
    for sheet in book.worksheets:
        if not sheet.closed:
            sheet.close()
        out = getattr(getattr(sheet, "_writer", None), "out", None)
        if out:
            Path(out).unlink(missing_ok=True)


def _fill(book, specs: list[SheetSpec], progress: Progress, cancelled: Cancelled, target: Path) -> int:
    total = sum(spec.total for spec in specs) or 1
    done, first_count = 0, None
    for spec in specs:
        sheet = book.create_sheet(spec.title)
        _prepare_for_print(sheet, spec)
        secret_columns = _secret_cells(sheet, spec.columns)
        count = 0
        for values in spec.rows:
            row: Sequence = _text_not_formulas(sheet, values)
            if secret_columns:
                row = with_cells = list(row)
                for index, cell in secret_columns:
                    if with_cells[index]:
                        cell.value = with_cells[index]
                        cell.data_type = "s"  # an ID or phone is text even if it starts with =
                        with_cells[index] = cell
            sheet.append(row)
            count += 1
            if count % _TICK == 0:
                if cancelled():
                    raise OperationCancelled()
                progress(done + count, total)
        for line in spec.footer:
            sheet.append([line])
        done += count
        first_count = count if first_count is None else first_count
    if cancelled():
        raise OperationCancelled()
    book.save(target)
    progress(total, total)
    return first_count or 0


def _text_not_formulas(sheet, row: Sequence) -> Sequence:
    """The row with each string that starts like a formula as a text cell (openpyxl makes "=…" a formula)."""
    if not any(value.startswith(FORMULA_STARTS) for value in row if value.__class__ is str):
        return row  # nearly every row: one pass, no cell objects
    from openpyxl.cell import WriteOnlyCell

    row = list(row)
    for index, value in enumerate(row):
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type, cell.number_format, cell.quotePrefix = "s", TEXT_FORMAT, True
            row[index] = cell
    return row


def _prepare_for_print(sheet, spec: SheetSpec) -> int:
    """Widths, the title row and the header row; landscape A4 fitted to the page width, header repeated."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(spec.columns):
        dimension = sheet.column_dimensions[get_column_letter(index + 1)]
        dimension.width = column.width
        if column.kind == "secret":
            dimension.number_format = TEXT_FORMAT
    # Write-only mode writes the sheet's properties and view with the first row: set them first.
    header_row = 2 if spec.heading else 1
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", PAPER_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    if spec.total:
        _frame_rows(sheet, len(spec.columns), header_row + 1, header_row + spec.total)
    if spec.heading:
        title = WriteOnlyCell(sheet, value=spec.heading)
        title.font = Font(bold=True, size=14)
        sheet.append([title])
    bold, wrap = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.alignment, cell.border = bold, wrap, thin_border()
        header.append(cell)
    sheet.append(header)
    return header_row


def _frame_rows(sheet, columns: int, first: int, last: int) -> None:
    """Thin borders on every data cell as one always-true conditional format over the rows' range.

    A styled cell per value costs write-only openpyxl a failed conversion each (2.2 million for a
    100,000-member roster); one rule draws the same frame in Excel, WPS and LibreOffice, on screen
    and on paper.
    """
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.utils import get_column_letter

    sheet.conditional_formatting.add(f"A{first}:{get_column_letter(columns)}{last}",
                                     FormulaRule(formula=["TRUE"], border=thin_border()))


def _secret_cells(sheet, columns: list[Column]) -> list:
    """One text-formatted cell per ID or phone column, reused: write-only mode writes it out on append."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for index, column in enumerate(columns):
        if column.kind == "secret":
            cell = WriteOnlyCell(sheet)
            cell.number_format = TEXT_FORMAT
            cells.append((index, cell))
    return cells


@lru_cache(maxsize=1)
def thin_border():
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def write_csv(target: Path, specs: list[SheetSpec], progress: Progress, cancelled: Cancelled) -> int:
    """The first table as UTF-8 CSV with a BOM and CRLF line ends, as Excel expects; no cell runs as a formula.

    ID and phone columns hold our own ="…" text formula (see csv_text_formula) and are left as they are.
    """
    spec = specs[0]
    total = spec.total or 1
    count = 0
    secret = {index for index, column in enumerate(spec.columns) if column.kind == "secret"}
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.header for column in spec.columns])
        for row in spec.rows:
            writer.writerow(["" if value is None else value if index in secret else csv_defused(value)
                             for index, value in enumerate(row)])
            count += 1
            if count % _TICK == 0:
                if cancelled():
                    raise OperationCancelled()
                progress(count, total)
        for line in spec.footer:
            writer.writerow([line])
    progress(total, total)
    return count


_NOTES = {
    "name": ("必填", "党员姓名；两字姓名中间不要加空格也可以，导入时会自动去掉", "张三"),
    "gender": ("", "男 或 女（有身份证号码时以身份证号码为准）", "男"),
    "ethnicity": ("", "如：汉族", "汉族"),
    "resident_id": ("建议填写", "18位公民身份号码；本列已设为文本格式，请勿改为数字格式，否则末尾数字会丢失",
                    "530112196503120234"),
    "birth_date": ("", "日期可写作 1965-03-12、1965.03、1965年3月 或 19650312", "1965-03"),
    "education": ("", "如：大专、本科", "本科"),
    "status": ("", "正式党员 / 预备党员 / 发展对象 / 入党积极分子 / 入党申请人；不填时按入党时间判断", "正式党员"),
    "branch": ("", "须与系统中的党支部名称一致；不填时使用导入时选择的党支部", "第一党支部"),
    "party_group": ("", "系统中没有的党小组会自动建立", "第一党小组"),
    "branch_role": ("", "书记 / 副书记 / 支委委员 / 党小组组长，普通党员不填", ""),
    "applied_on": ("", "日期，格式同上", ""),
    "activist_on": ("", "日期，格式同上", ""),
    "candidate_on": ("", "日期，格式同上", ""),
    "joined_on": ("正式、预备党员必填", "日期，格式同上；入党时须年满18周岁", "1988-02"),
    "full_on": ("", "日期，格式同上；须在入党满一年之后", "1989-02"),
    "phone": ("", "手机或固定电话（文本格式）", "13812345678"),
    "address": ("", "", "某某小区3栋2单元"),
    "post": ("", "工作单位及职务", "社区网格员"),
    "exemplar_post": ("", "党员示范岗或责任区", "3号楼责任区"),
    "is_flowing": ("", "流动党员填 是", ""),
    "notes": ("", "", ""),
}


def write_template(target: Path) -> None:
    """Blank 花名册 sheet (text-formatted ID and phone columns, drop-down lists) and 填写说明."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "花名册"
    columns = roster_columns()
    sheet.append([column.header for column in columns])
    fill = PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[letter].width = column.width
        if column.kind == "secret":
            # A column style: Excel gives it to every cell typed into the column later.
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
    sheet.freeze_panes = "A2"
    header_index = {column.header: get_column_letter(i) for i, column in enumerate(columns, start=1)}
    lists = {
        "gender": '"男,女"',
        "status": '"' + ",".join(s.zh for s in MemberStatus if s.is_on_roster) + '"',
        "branch_role": '"' + ",".join(r.zh for r in BranchRole if r.zh) + '"',
        "is_flowing": '"是,否"',
    }
    for field, formula in lists.items():
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        sheet.add_data_validation(validation)
        validation.add(f"{header_index[ROSTER_HEADERS[field][0]]}2:{header_index[ROSTER_HEADERS[field][0]]}1001")
    _notes_sheet(book.create_sheet("填写说明"))
    book.save(target)


def _notes_sheet(sheet) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.append(["党员花名册导入模板 填写说明"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["1. 请在“花名册”工作表的第2行起逐行填写，每行一名党员；第1行列名请勿修改。"])
    sheet.append(["2. 身份证号码、联系电话两列已设为文本格式；从其他表格粘贴时请选择“只粘贴值”。"])
    sheet.append(["3. 身份证号码相同的人员会更新系统中已有的记录；空白单元格不会清除已有内容。"])
    sheet.append(["4. 导入前会先显示每一行的检查结果，确认无误后才会写入。"])
    sheet.append([])
    sheet.append(["列名", "是否必填", "填写要求", "示例"])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for field in ROSTER_FIELDS:
        required, rule, example = _NOTES[field]
        sheet.append([ROSTER_HEADERS[field][0], required, rule, example])
        sheet.cell(row=sheet.max_row, column=4).number_format = TEXT_FORMAT
    for letter, width in zip("ABCD", (18, 16, 70, 22), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=8):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
