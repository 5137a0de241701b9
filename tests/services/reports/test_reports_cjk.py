"""Chinese line breaking: no line starts with closing punctuation, lines stay inside their width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle

from partydesk.services.reports.cjk import CANNOT_END, CANNOT_START, CJKParagraph, line_spans
from partydesk.services.reports.common import Document, para, render
from partydesk.services.reports.fonts import FONT, has_glyph, register_fonts
from tests.services.reports.test_reports_support import (
    FULL_WIDTH_CLOSING,
    assert_embedded_cjk_only,
    bad_line_starts,
    needs_poppler,
)

register_fonts()
STYLE = ParagraphStyle("t", fontName=FONT, fontSize=11, leading=16, wordWrap="CJK")
HAN = "党员教育培训学习会议记录支部组织生活"
text_with_punctuation = st.lists(
    st.tuples(
        st.sampled_from(HAN), st.sampled_from(["", "", ""] + list(FULL_WIDTH_CLOSING) + ["。”", "）。", "《", "“"])
    ),
    min_size=1,
    max_size=120,
).map(lambda pairs: "".join(a + b for a, b in pairs))


def lines_of(paragraph: CJKParagraph) -> list[str]:
    return ["".join(frag.text for frag in line.words) for line in paragraph.blPara.lines]


def test_reportlab_alone_would_start_lines_with_full_width_punctuation():
    """Why cjk.py exists: reportlab's own CJK wrap lets ，and ； start a line."""
    from reportlab.platypus import Paragraph

    text = "党员教育培训，学习会议；记录支部党员，教育培训学习；会议记录支部，" * 6
    starts = set()
    for width in range(60, 300, 7):
        plain = Paragraph(text, STYLE)
        plain.wrap(width, 1000)
        starts |= {line[1][0][0] for line in plain.blPara.lines[1:] if line[1] and line[1][0]}
    assert starts & set("，；")


@settings(max_examples=300, deadline=None)
@given(text=text_with_punctuation, width=st.floats(min_value=60, max_value=400))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(text, width):
    paragraph = CJKParagraph(text, STYLE)
    paragraph.wrap(width, 10_000)
    lines = lines_of(paragraph)
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in CANNOT_START, lines
    for line in lines[:-1]:
        assert line[-1] not in CANNOT_END, lines
    for line in paragraph.blPara.lines:
        assert line.currentWidth <= width + 1e-6


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=HAN + "，。abc 12", min_size=0, max_size=80),
    widths=st.lists(st.floats(min_value=5, max_value=80), min_size=1, max_size=4),
)
def test_line_spans_cover_the_text_and_always_progress(text, widths):
    spans = line_spans(list(text), [10.0] * len(text), widths)
    covered = "".join(text[start:end] for start, end, _ in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")
    assert all(end > start for start, end, _ in spans)


def test_latin_words_and_numbers_stay_whole_when_there_is_room():
    chars = list("会议于2026年召开")
    spans = line_spans(chars, [10.0] * len(chars), [55.0])
    assert [("".join(chars[a:b])) for a, b, _ in spans] == ["会议于", "2026年", "召开"]


def test_hard_breaks_end_lines():
    paragraph = CJKParagraph("第一行<br/>第二行，很长很长很长", STYLE)
    paragraph.wrap(400, 1000)
    assert lines_of(paragraph) == ["第一行", "第二行，很长很长很长"]


def test_markup_in_user_text_is_shown_not_interpreted():
    paragraph = para("<b>加粗</b> & 其他")
    paragraph.wrap(400, 100)
    assert "".join(lines_of(paragraph)) == "<b>加粗</b> & 其他"


def test_rare_name_characters_have_glyphs():
    for char in "喆赟堃昇犇淼玥珺琤彧垚龑":
        assert has_glyph(char), char


@needs_poppler
def test_pdf_text_has_no_line_starting_with_full_width_punctuation():
    text = "一、传达学习全会精神，强调：要把思想和行动统一到全会精神上来；要结合社区实际，抓好贯彻落实！" * 12
    story = [CJKParagraph(text, STYLE), CJKParagraph(text.replace("，", "”，"), STYLE)]
    data = render(Document("测试", "测试党委", story, printed_on=__import__("datetime").date(2026, 11, 26)))
    assert bad_line_starts(data) == []
    assert_embedded_cjk_only(data)
