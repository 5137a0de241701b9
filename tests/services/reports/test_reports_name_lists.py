"""Name lists in printed documents: never cut inside a name, moved below the form when long."""

from __future__ import annotations

from partydesk.domain.enums import AttendanceStatus
from partydesk.services.attendance import AttendanceLine
from partydesk.services.reports.cjk import line_spans
from partydesk.services.reports.common import name_list
from partydesk.services.reports.minutes import attendance_rows

NAMES = ["贾佳华", "廖海林", "欧阳振华", "买买提·艾力", "张三"] * 40


def _lines_of(paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1e9)
    return ["".join(word.text for word in line.words) for line in paragraph.blPara.lines]


def test_a_name_list_breaks_only_between_names():
    for width in (100, 137, 200, 401):
        for line in _lines_of(name_list(NAMES), width):
            assert all(item in NAMES for item in line.strip("、").split("、")), line


def test_a_leave_item_with_its_reason_is_never_cut():
    items = [f"{name}（外出务工）" for name in NAMES[:30]]
    for line in _lines_of(name_list(items), 150):
        assert all(item in items for item in line.strip("、").split("、")), line


def test_a_name_wider_than_the_line_still_breaks_rather_than_overflowing():
    spans = line_spans(list("一二三四五六"), [10.0] * 6, [25.0], glued=[False] + [True] * 5)
    assert [end - start for start, end, _ in spans] == [2, 2, 2]


def test_plain_cjk_text_still_breaks_anywhere():
    spans = line_spans(list("一二三四五六"), [10.0] * 6, [25.0])
    assert len(spans) == 3


def _line(name: str, status=AttendanceStatus.PRESENT, reason: str = "") -> AttendanceLine:
    return AttendanceLine(name, name, "", status, reason, 2.0, True)


def test_a_long_attendance_list_moves_below_the_form_with_its_count():
    lines = [_line(f"成员{n:03d}") for n in range(380)] + [_line("请假甲", AttendanceStatus.LEAVE, "外出务工")]
    rows, below = attendance_rows(lines)
    present_cell = rows[2][1]
    assert "380" in present_cell.text and "表后" in present_cell.text
    assert any("出席人员（380人）" in getattr(item, "text", "") for item in below)
    assert "请假甲（外出务工）" in rows[3][1].text  # a short list stays in its cell


def test_a_short_attendance_list_stays_in_the_form():
    rows, below = attendance_rows([_line("贾佳华"), _line("廖海林")])
    assert below == [] and "贾佳华、廖海林" in rows[2][1].text
