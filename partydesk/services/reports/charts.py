"""Bar charts (reportlab.graphics) for the annual summary, labelled in the embedded CJK font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from partydesk.services.reports.common import FONT

BAR = colors.HexColor("#B22222")
WIDTH = 170 * mm


def _axis(values: Sequence[float]) -> tuple[float, float]:
    """A round axis end and step (1, 2, 5 x 10^n) a little above the largest value; 5 for an empty year."""
    top = max([*values, 0])
    if top <= 5:
        return 5, 1
    raw = top / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    step = next(f * magnitude for f in (1, 2, 5, 10) if f * magnitude >= raw)
    return step * (int(top // step) + 1), step


def _drawing(height: float) -> Drawing:
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = FONT  # the renderer starts in Helvetica unless told
    return drawing


def _label_axes(chart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = FONT
        labels.fontSize = 8
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8


def column_chart(title: str, labels: Sequence[str], values: Sequence[float], height: float = 66 * mm,
                 axis_note: str = "") -> Drawing:
    """Vertical bars with their values on top (e.g. members per band of study hours)."""
    drawing = _drawing(height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 16 * mm
    chart.width, chart.height = WIDTH - 20 * mm, height - 28 * mm
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis(values)
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    _label_axes(chart)
    drawing.add(chart)
    drawing.add(String(WIDTH / 2, height - 6 * mm, title, fontName=FONT, fontSize=10, textAnchor="middle"))
    if axis_note:
        drawing.add(String(WIDTH / 2, 2 * mm, axis_note, fontName=FONT, fontSize=8, textAnchor="middle"))
    return drawing


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float]) -> Drawing:
    """Horizontal bars, one a category (e.g. activities held by kind)."""
    rows = max(len(labels), 1)
    height = rows * 7 * mm + 20 * mm
    drawing = _drawing(height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 34 * mm, 8 * mm
    chart.width, chart.height = WIDTH - 46 * mm, height - 20 * mm
    # Listed top to bottom in the given order (the chart draws the first category lowest).
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis(values)
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 8
    chart.barLabels.boxAnchor = "w"
    _label_axes(chart)
    drawing.add(chart)
    drawing.add(String(WIDTH / 2, height - 6 * mm, title, fontName=FONT, fontSize=10, textAnchor="middle"))
    return drawing
