"""Layout checks on a rendered PDF (pypdfium2): overlapping text, anything outside the page frame."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

OVERLAP_TOLERANCE = 0.3  # points two glyph boxes may share (anti-aliased edges, rounding)


@dataclass(frozen=True)
class Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float


@dataclass(frozen=True)
class PageLayout:
    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    objects: list[tuple[float, float, float, float]]  # (left, bottom, right, top) of each drawn object


def page_layouts(data: bytes) -> list[PageLayout]:
    """Every visible glyph (tight box) and every drawn object of each page."""
    pdf = pdfium.PdfDocument(data)
    layouts = []
    try:
        for number in range(len(pdf)):
            page = pdf[number]
            text = page.get_textpage()
            glyphs = []
            for index in range(text.count_chars()):
                char = text.get_text_range(index, 1)
                if char.strip():
                    glyphs.append(Glyph(char, *text.get_charbox(index)))
            width, height = page.get_size()
            objects = [tuple(obj.get_bounds()) for obj in page.get_objects()]
            layouts.append(PageLayout(number + 1, width, height, glyphs, objects))
    finally:
        pdf.close()
    return layouts


def overlapping_glyphs(layout: PageLayout, limit: int = 5) -> list[tuple[Glyph, Glyph]]:
    """Pairs of glyphs whose boxes overlap by more than the tolerance (a sweep along x)."""
    found: list[tuple[Glyph, Glyph]] = []
    active: list[Glyph] = []
    for glyph in sorted(layout.glyphs, key=lambda g: g.left):
        active = [other for other in active if other.right - OVERLAP_TOLERANCE > glyph.left]
        for other in active:
            if (min(glyph.top, other.top) - max(glyph.bottom, other.bottom) > OVERLAP_TOLERANCE
                    and min(glyph.right, other.right) - max(glyph.left, other.left) > OVERLAP_TOLERANCE):
                found.append((other, glyph))
                if len(found) >= limit:
                    return found
        active.append(glyph)
    return found


def outside_frame(layout: PageLayout, side: float, top_bottom: float) -> list[str]:
    """Glyphs and objects closer to the paper's edge than `side` (left/right) or `top_bottom` points."""
    # A ruled line may reach half its width past the frame.
    low_x, high_x = side - 1, layout.width - side + 1
    low_y, high_y = top_bottom - 1, layout.height - top_bottom + 1
    problems = [f"glyph {g.char!r} at ({g.left:.0f}, {g.bottom:.0f})" for g in layout.glyphs
                if g.left < low_x or g.right > high_x or g.bottom < low_y or g.top > high_y]
    problems += [f"object at {tuple(round(v) for v in box)}" for box in layout.objects
                 if box[0] < low_x or box[2] > high_x or box[1] < low_y or box[3] > high_y]
    return problems


def assert_clean_layout(data: bytes, side: float, top_bottom: float) -> int:
    """No overlapping text, nothing outside the frame, on every page; returns the page count."""
    layouts = page_layouts(data)
    for layout in layouts:
        overlaps = overlapping_glyphs(layout)
        assert not overlaps, f"page {layout.number}: overlapping text {overlaps}"
        outside = outside_frame(layout, side, top_bottom)
        assert not outside, f"page {layout.number}: outside the frame: {outside[:5]}"
    return len(layouts)
