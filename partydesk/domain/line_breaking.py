"""Chinese line breaking with kinsoku: no line starts with closing punctuation nor ends with opening one.

One rule for every place that wraps text: the PDF reports (reportlab) and the posters (Pillow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


def wrap_text(text: str, width_of: Callable[[str], float], max_width: float) -> list[str]:
    """Lines of one paragraph (newlines are hard breaks) whose measured width fits max_width."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        chars = list(paragraph)
        if not chars:
            lines.append("")
            continue
        widths = [width_of(char) for char in chars]
        lines.extend(paragraph[start:end] for start, end, _ in line_spans(chars, widths, [max_width]))
    return lines
