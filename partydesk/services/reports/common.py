"""Page frame, styles and table helpers shared by every printed document (A4, CJK font)."""

from __future__ import annotations

import bisect
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.reports.cjk import CJKParagraph, NameListParagraph
from partydesk.services.reports.fonts import register_fonts

FONT = register_fonts()
MARGIN = 18 * mm
HEADER_GAP = 8 * mm
GRID = colors.HexColor("#333333")
SHADE = colors.HexColor("#EEEEEE")
WEEKDAYS = "一二三四五六日"
CELL_PADDING = 6  # reportlab's default left/right cell padding, in points


def _style(name: str, size: float, leading: float, alignment=TA_LEFT, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading, alignment=alignment,
                          wordWrap="CJK", **extra)


STYLES = {
    "title": _style("title", 20, 28, TA_CENTER, spaceAfter=4 * mm),
    "subtitle": _style("subtitle", 12, 18, TA_CENTER, spaceAfter=4 * mm),
    "heading": _style("heading", 13, 20, spaceBefore=4 * mm, spaceAfter=2 * mm),
    "body": _style("body", 11, 19, firstLineIndent=22, spaceAfter=1.5 * mm),
    "plain": _style("plain", 11, 17),
    # Cell text leads like reportlab's plain table strings (12 pt), so both sit at the same height.
    "cell": _style("cell", 10, 12.5),
    "cell_center": _style("cell_center", 10, 12.5, TA_CENTER),
    "cell_right": _style("cell_right", 10, 12.5, TA_RIGHT),
    "small": _style("small", 9, 11.5),
    "sign": _style("sign", 11, 17, TA_RIGHT),
}


@dataclass
class Document:
    """What one printed document holds: its title, the office, the flowables, the paper."""

    title: str
    office: str
    story: list[Flowable]
    printed_on: date
    landscape: bool = False
    author: str = "partydesk"
    keywords: list[str] = field(default_factory=list)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def frame_size(self) -> tuple[float, float]:
        """Width and height available to the story on one page."""
        width, height = self.pagesize
        return width - 2 * MARGIN, height - 2 * MARGIN - 2 * HEADER_GAP


def chinese_date(value: date | None, weekday: bool = False) -> str:
    """2026年3月5日 (星期四): how dates read in the body of a Chinese document."""
    if value is None:
        return ""
    text = f"{value.year}年{value.month}月{value.day}日"
    return f"{text}（星期{WEEKDAYS[value.weekday()]}）" if weekday else text


def clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def hours_text(value: float) -> str:
    """Study hours without a needless .0 (4, 2.5)."""
    return f"{value:g}"


def para(text: str, style: str = "cell") -> CJKParagraph:
    """Text as a wrapping paragraph; markup characters in user text are escaped."""
    return CJKParagraph(escape(text), STYLES[style])


def name_list(items: Sequence[str], style: str = "cell") -> CJKParagraph:
    """Names (or "name（reason）" items) joined by 、, never broken inside an item."""
    return NameListParagraph(escape("、".join(items)), STYLES[style])


def one_line(text: str, width: float, size: float = 10, padding: float = CELL_PADDING,
             smallest: float = 5.5) -> str | CJKParagraph:
    """A name kept on one line: as is when it fits, else in a font shrunk to fit (a long ethnic name)."""
    text = text or ""
    room, natural = width - 2 * padding, stringWidth(text, FONT, size)
    if natural <= room:
        return text
    fit = math.floor(size * room / natural * 10) / 10
    if fit < smallest:
        return NameListParagraph(escape(text), STYLES["small"])  # wider than any font we would print
    return CJKParagraph(escape(text), ParagraphStyle(f"fit{fit}", parent=STYLES["cell"], fontSize=fit,
                                                     leading=fit * 1.25))


def fitted(text: str, width: float, size: float = 10, padding: float = CELL_PADDING) -> str | CJKParagraph:
    """Plain text when it fits the column (fast, centred by the table), else a wrapping paragraph."""
    text = text or ""
    if stringWidth(text, FONT, size) <= width - 2 * padding:
        return text
    return para(text, "cell" if size >= 10 else "small")


def heading(text: str) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(35 * mm), para(text, "heading")]


def escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_block(text: str, style: str = "body") -> list[Flowable]:
    """User text with its paragraphs kept (one flowable a non-empty line)."""
    lines = [line.strip() for line in (text or "").splitlines()]
    return [para(line, style) for line in lines if line]


def grid_style(header_rows: int = 1, extra: Sequence[tuple] = ()) -> TableStyle:
    """Thin black grid, CJK font, shaded header rows, vertically centred cells."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ]
    return TableStyle([*commands, *extra])


def data_table(rows: Sequence[Sequence], col_widths: Sequence[float], row_heights=None,
               extra: Sequence[tuple] = (), progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> PagedTable:
    """A long list whose first row is a header repeated on every page it runs onto.

    Style commands apply to each page's piece: row 0 is that page's header, -1 its last row.
    """
    return PagedTable(list(rows[:1]), list(rows[1:]), col_widths, grid_style(1, extra), row_heights,
                      progress, cancelled)


def grid_table(rows: Sequence[Sequence], col_widths: Sequence[float], extra: Sequence[tuple] = ()) -> Table:
    """A short table (statistics) with a shaded header row, repeated if it ever runs onto a new page."""
    table = Table(list(rows), colWidths=list(col_widths), repeatRows=1)
    table.setStyle(grid_style(1, extra))
    return table


class PagedTable(Flowable):
    """A long table cut page by page, each page a Table that starts with the header rows.

    reportlab's Table re-measures and copies every remaining row at each page break, which
    is quadratic in the rows (minutes for a 10,000-member roster); this measures the rows
    once, in batches, and cuts by cumulative height.
    """

    MEASURE_BATCH = 500

    def __init__(self, header: list, rows: list, col_widths: Sequence[float], style: TableStyle,
                 row_heights=None, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                 _shared=None, _start: int = 0):
        super().__init__()
        self.header, self.rows, self.col_widths, self.style = header, rows, list(col_widths), style
        self.given_heights = row_heights
        self.progress, self.cancelled = progress, cancelled
        self._shared = _shared if _shared is not None else {}
        self._start = _start
        self.width = sum(self.col_widths)

    def _measure(self) -> dict:
        """Header height and cumulative row heights (cum[i] = height of rows before i)."""
        shared = self._shared
        if "cum" not in shared:
            heights = list(self.given_heights) if self.given_heights is not None else self._measured_heights()
            head = len(self.header)
            cum = [0.0]
            for height in heights[head:]:
                cum.append(cum[-1] + height)
            shared.update(head_heights=heights[:head], row_heights=heights[head:], head=sum(heights[:head]), cum=cum)
        return shared

    def _measured_heights(self) -> list[float]:
        heights: list[float] = []
        batch = self.MEASURE_BATCH
        for first in range(0, max(len(self.rows), 1), batch):
            probe = Table([*self.header, *self.rows[first:first + batch]], colWidths=self.col_widths)
            probe.setStyle(self.style)
            probe.wrap(self.width, 1e9)
            measured = list(probe._rowHeights)
            heights += measured if first == 0 else measured[len(self.header):]
        return heights

    def _piece(self, start: int, end: int) -> Table:
        shared = self._measure()
        table = Table([*self.header, *self.rows[start:end]], colWidths=self.col_widths,
                      rowHeights=[*shared["head_heights"], *shared["row_heights"][start:end]])
        table.setStyle(self.style)
        return table

    def wrap(self, available_width, available_height):
        shared = self._measure()
        return self.width, shared["head"] + shared["cum"][-1] - shared["cum"][self._start]

    def split(self, available_width, available_height):
        if self.cancelled():
            raise OperationCancelled()
        shared = self._measure()
        cum, start = shared["cum"], self._start
        end = bisect.bisect_right(cum, cum[start] + available_height - shared["head"] + 1e-6) - 1
        if end <= start:
            return []
        self.progress(end, len(self.rows))
        if end >= len(self.rows):
            return [self]
        rest = PagedTable(self.header, self.rows, self.col_widths, self.style, self.given_heights,
                          self.progress, self.cancelled, shared, end)
        return [self._piece(start, end), rest]

    def draw(self):
        table = self._piece(self._start, len(self.rows))
        table.wrapOn(self.canv, self.width, 1e9)
        table.drawOn(self.canv, 0, 0)
        self.progress(len(self.rows), len(self.rows))


def form_table(rows: Sequence[Sequence], col_widths: Sequence[float], label_columns: Sequence[int] = (0,),
               extra: Sequence[tuple] = (), row_heights=None) -> Table:
    """A label/value form (会议记录, 谈话记录表): label cells shaded and centred.

    A label column's cell left "" is covered by a span and stays unshaded.
    """
    commands = [
        cmd for row, cells in enumerate(rows) for column in label_columns if cells[column] != ""
        for cmd in (("BACKGROUND", (column, row), (column, row), SHADE),
                    ("ALIGN", (column, row), (column, row), "CENTER"))
    ]
    table = Table(list(rows), colWidths=list(col_widths), rowHeights=row_heights, splitInRow=1)
    table.setStyle(grid_style(0, [*commands, *extra]))
    return table


def signature_line(*labels: str) -> Table:
    """Signature fields (主持人签字：＿＿＿＿ 日期) to be signed by hand."""
    cells = [[para(f"{label}：", "plain"), ""] for label in labels]
    flat = [item for pair in cells for item in pair]
    width = 170 * mm / len(labels)
    table = Table([flat], colWidths=[width * 0.45, width * 0.55] * len(labels), rowHeights=[12 * mm])
    commands = [("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.6, GRID) for i in range(len(labels))]
    table.setStyle(TableStyle([*commands, ("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    return table


def ruled_lines(count: int, width: float, height: float = 9 * mm) -> Table:
    """Empty ruled lines to write on by hand (minutes not typed in)."""
    table = Table([[""]] * count, colWidths=[width], rowHeights=[height] * count)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888"))]))
    return table


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def _frame_canvas(document: Document):
    """A canvas class that keeps pages until save() so each footer can say 共 y 页."""

    class FramedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = FONT  # keep an unembedded Helvetica out of the PDF
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._kept_pages)
            for state in self._kept_pages:
                self.__dict__.update(state)
                draw_frame(self, document, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FramedCanvas


def shortened(text: str, width: float, size: float) -> str:
    """The text cut with an ellipsis to fit one line of `width` points (a 60-character office name)."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def draw_frame(canvas: Canvas, document: Document, total: int) -> None:
    """Header (office, title) and footer (第 x 页 共 y 页, printed date) of one page."""
    width, height = document.pagesize
    top = height - MARGIN + 2 * mm
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.setFillColor(colors.HexColor("#444444"))
    room = width - 2 * MARGIN - stringWidth(document.title, FONT, 9) - 6 * mm
    canvas.drawString(MARGIN, top, shortened(document.office, room, 9))
    canvas.drawRightString(width - MARGIN, top, document.title)
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
    bottom = MARGIN - 6 * mm
    canvas.drawCentredString(width / 2, bottom, f"第 {canvas.getPageNumber()} 页 共 {total} 页")
    canvas.drawRightString(width - MARGIN, bottom, f"打印日期：{chinese_date(document.printed_on)}")
    canvas.restoreState()


def render(document: Document, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """The document as PDF bytes; progress counts flowables laid out, Cancel stops between them."""
    buffer = io.BytesIO()
    width, height = document.frame_size()
    template = BaseDocTemplate(
        buffer, pagesize=document.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_GAP, bottomMargin=MARGIN + HEADER_GAP, title=document.title,
        author=document.author, subject=f"{document.office} {document.title}", creator="partydesk",
        keywords=document.keywords,
    )
    frame = Frame(MARGIN, MARGIN + HEADER_GAP, width, height, id="body", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    total = [len(document.story)]

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = value
        elif kind == "PROGRESS":
            if cancelled():
                raise OperationCancelled()
            progress(value, total[0])

    template.setProgressCallBack(on_progress)
    template.build(list(document.story), canvasmaker=_frame_canvas(document))
    return buffer.getvalue()
