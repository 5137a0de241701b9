"""Chinese line breaking for reportlab paragraphs, by the kinsoku rule of domain/line_breaking.py.

reportlab's own CJK wrap misses the full-width forms (，；：！？》” ...) and, when it does
know a character, lets it hang past the margin only once (`。”` still breaks badly). Here a
line that would start with such a character (or end with an opening one) gives its last
character(s) to the next line instead, so every line stays inside its width.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines, cjkU, makeCJKParaLine

from partydesk.domain.line_breaking import CANNOT_END, CANNOT_START, line_spans  # noqa: F401  (re-exported)


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows `line_spans` (both plain text and markup).

    With `break_after` set, a line may only break after one of those characters: the items
    between them (names, "name（reason）") are never cut.
    """

    break_after = ""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - reportlab's name
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        self.height = 0
        if not self.frags:
            return super().breakLinesCJK(maxWidths)
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        chars, widths, owners, hard = _glyph_arrays(self.frags)
        glued = None
        if self.break_after:
            glued = [k > 0 and chars[k - 1] not in self.break_after for k in range(len(chars))]
        spans = line_spans([c or "\0" for c in chars], widths, maxWidths, hard, glued)
        lines = []
        for number, (start, end, used) in enumerate(spans):
            limit = maxWidths[min(number, len(maxWidths) - 1)]
            lines.append(_line(self.frags, chars, owners, start, end, limit, used, hard[end - 1], calc_bounds))
        return ParaLines(kind=1, lines=lines)


def _glyph_arrays(frags) -> tuple[list[str], list[float], list[int], list[bool]]:
    """Per character: its text ("" for an image or <br/>), width, frag index and forced break after it."""
    chars: list[str] = []
    widths: list[float] = []
    owners: list[int] = []
    hard: list[bool] = []
    for index, frag in enumerate(frags):
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        if text and not hasattr(frag, "cbDefn"):
            table = _widths(frag.fontName, frag.fontSize)
            for char in text:
                width = table.get(char)
                if width is None:
                    width = table[char] = stringWidth(char, frag.fontName, frag.fontSize)
                widths.append(width)
            chars.extend(text)
            owners.extend([index] * len(text))
            hard.extend([False] * len(text))
        else:  # an image or a <br/>: no text, but it takes its place (and may end the line)
            chars.append("")
            widths.append(getattr(getattr(frag, "cbDefn", None), "width", 0) or 0)
            owners.append(index)
            hard.append(hasattr(frag, "lineBreak"))
    return chars, widths, owners, hard


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _widths(font: str, size: float) -> dict[str, float]:
    """Character widths measured once per font and size (a long text re-wraps at every page)."""
    return _WIDTHS.setdefault((font, size), {})


def _line(frags, chars, owners, start, end, limit, used, line_break, calc_bounds):
    """One FragLine of characters start..end; lines with images go through reportlab's own builder."""
    involved = sorted(set(owners[start:end]))
    if calc_bounds and any(hasattr(frags[i], "cbDefn") for i in involved):
        glyphs = [cjkU(chars[k], frags[owners[k]], "utf8") for k in range(start, end)]
        return makeCJKParaLine(glyphs, limit, used, limit - used, line_break, calc_bounds)
    words, run_start = [], start
    for k in range(start + 1, end + 1):
        if k == end or owners[k] != owners[run_start]:
            words.append(frags[owners[run_start]].clone(text="".join(chars[run_start:k])))
            run_start = k
    bounds = [getAscentDescent(frags[i].fontName, frags[i].fontSize) for i in involved]
    return FragLine(kind=1, extraSpace=limit - used, wordCount=1, words=words,
                    fontSize=max(frags[i].fontSize for i in involved), ascent=max(a for a, _ in bounds),
                    descent=min(d for _, d in bounds), maxWidth=limit, currentWidth=used, lineBreak=line_break)


class NameListParagraph(CJKParagraph):
    """Names separated by 、 that break only between names."""

    break_after = "、"
