"""Chinese line breaking with kinsoku: no line starts with closing punctuation.

reportlab's own CJK wrap misses the full-width forms (，；：！？》” ...) and, when it does
know a character, lets it hang past the margin only once (`。”` still breaks badly). Here a
line that would start with such a character (or end with an opening one) gives its last
character(s) to the next line instead, so every line stays inside its width.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus.paragraph import Paragraph, ParaLines, cjkU, makeCJKParaLine

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
) -> list[tuple[int, int, float]]:
    """Greedy lines as (start, end, used width); breaks move back to respect kinsoku.

    `hard_breaks[i]` marks a forced break after character i (<br/>). Spaces at the start of
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
            end = _kinsoku_end(chars, start, end)
        used = sum(widths[start:end])
        spans.append((start, end, used))
        start = end
        while start < count and chars[start] == " " and not hard[start]:
            start += 1
    return spans


def _kinsoku_end(chars: Sequence[str], start: int, end: int) -> int:
    """Move a break back until it is allowed; keep the greedy one if none is."""
    candidate = end
    while candidate > start + 1 and chars[candidate] != " " and _bad_break(chars, candidate):
        candidate -= 1
    if candidate == start + 1 and _bad_break(chars, candidate) and chars[candidate] != " ":
        return end
    return candidate


class CJKParagraph(Paragraph):
    """A Paragraph whose CJK wrapping follows `line_spans` (both plain text and markup)."""

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
        glyphs = []
        for frag in self.frags:
            text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
            if text:
                glyphs.extend(cjkU(char, frag, "utf8") for char in text)
            else:  # an image or a <br/> carries no text but still takes its place
                glyphs.append(cjkU(text, frag, "utf8"))
        hard = [hasattr(glyph.frag, "lineBreak") for glyph in glyphs]
        spans = line_spans([str(g) or "\0" for g in glyphs], [g.width for g in glyphs], maxWidths, hard)
        lines = []
        for number, (start, end, used) in enumerate(spans):
            limit = maxWidths[min(number, len(maxWidths) - 1)]
            line = makeCJKParaLine(glyphs[start:end], limit, used, limit - used, hard[end - 1], calc_bounds)
            lines.append(line)
        return ParaLines(kind=1, lines=lines)
