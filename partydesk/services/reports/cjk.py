"""Chinese line breaking with kinsoku: no line starts with closing punctuation.

reportlab's own CJK wrap misses the full-width forms (，；：！？》” ...) and, when it does
know a character, lets it hang past the margin only once (`。”` still breaks badly). Here a
line that would start with such a character (or end with an opening one) gives its last
character(s) to the next line instead, so every line stays inside its width.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import FragLine, Paragraph, ParaLines, cjkU, makeCJKParaLine

# Closing punctuation and marks that must not begin a line (GB/T 15834 usage).
CANNOT_START = frozenset(
    "，。；：！？、）》”’」』】〕〗〉…‥·～％‰"
    ",.;:!?)]}>%'\"" "\u3005\u30fc"
)
# Opening punctuation that must not end a line.
CANNOT_END = frozenset("（《“‘「『【〔〖〈([{<￥$")


def _is_word_char(char: str) -> bool:
    """Latin letters and digits, which read as one word and are kept together when possible."""
    return char.isascii() and char.isalnum()


def _bad_break(chars: Sequence[str], at: int) -> bool:
    before, after = chars[at - 1], chars[at]
    return (
        after in CANNOT_START
        or before in CANNOT_END
        or (_is_word_char(before) and _is_word_char(after))
    )


def line_spans(
    chars: Sequence[str],
    widths: Sequence[float],
    max_widths: Sequence[float],
    hard_breaks: Sequence[bool] | None = None,
    glued: Sequence[bool] | None = None,
) -> list[tuple[int, int, float]]:
    """Greedy lines as (start, end, used width); breaks move back to respect kinsoku.

    `hard_breaks[i]` marks a forced break after character i (<br/>); `glued[i]` forbids a break
    before character i (inside a name), unless the glued run is wider than the line. Spaces at the start of
    a continuation line are dropped. A line never exceeds its width unless it holds a single
    character or nothing in it allows a break.
    """
    count = len(chars)
    hard = hard_breaks or [False] * count
    spans: list[tuple[int, int, float]] = []
    start = 0
    while start < count:
        limit = max_widths[min(len(spans), len(max_widths) - 1)]
        used, index = 0.0, start
        while index < count:
            if used + widths[index] > limit + 1e-6 and index > start:
                break
            used += widths[index]
            index += 1
            if hard[index - 1]:
                break
        end = index
        if end < count and not hard[end - 1]:
            end = _kinsoku_end(chars, start, end, glued)
        used = sum(widths[start:end])
        spans.append((start, end, used))
        start = end
        while start < count and chars[start] == " " and not hard[start]:
            start += 1
    return spans


def _kinsoku_end(chars: Sequence[str], start: int, end: int, glued: Sequence[bool] | None = None) -> int:
    """Move a break back until it is allowed; keep the greedy one if none is."""

    def bad(at: int) -> bool:
        return (glued is not None and glued[at]) or (chars[at] != " " and _bad_break(chars, at))

    candidate = end
    while candidate > start + 1 and bad(candidate):
        candidate -= 1
    if candidate == start + 1 and bad(candidate):
        return end
    return candidate


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
