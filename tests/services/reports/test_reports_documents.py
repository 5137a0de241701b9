"""Minutes, sign-in sheet, roster and talk form generated from the demo office and from bare data."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from PIL import Image

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, MemberStatus, Role, TalkKind
from partydesk.domain.errors import NotFoundError
from partydesk.services import attachments, attendance, calendar, offices, roster, talks
from partydesk.services.calendar import ActivityInput, ActivityQuery
from partydesk.services.common import OperationCancelled
from partydesk.services.reports import minutes_pdf, roster_pdf, sign_in_pdf, talk_form_pdf
from partydesk.services.reports.common import render
from partydesk.services.reports.minutes import Photo, minutes_document
from partydesk.services.reports.sign_in import rows_to_fill
from partydesk.services.roster import MemberQuery
from partydesk.services.talks import TalkInput, TalkQuery
from tests.services.reports.test_reports_support import (
    FULL_ID,
    assert_embedded_cjk_only,
    bad_line_starts,
    needs_poppler,
    page_count,
    page_texts,
    pdf_text,
)

pytestmark = needs_poppler
PRINTED = date(2026, 11, 26)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def activities(db, **filters):
    return calendar.query_activities(db, ActivityQuery(year=2026, limit=1000, **filters)).rows


@pytest.fixture
def held_with_minutes(demo_db):
    return next(a for a in activities(demo_db, states=(ActivityState.HELD,)) if a.has_minutes and a.marked > 3)


def test_minutes_of_a_held_activity_carry_attendance_and_text(demo_db, held_with_minutes):
    uuid = held_with_minutes.uuid
    data = minutes_pdf(demo_db, uuid, PRINTED)
    text = compact(pdf_text(data))
    detail = calendar.get_activity(demo_db, uuid)
    summary = attendance.attendance_summary(demo_db, uuid)
    lines = [line for line in attendance.attendance_sheet(demo_db, uuid) if line.recorded]
    assert detail.kind.zh in text and compact(detail.title) in text
    assert f"应到人数{summary.expected}" in text
    assert f"实到人数{summary.present}" in text
    assert f"请假人数{summary.leave}" in text and f"缺席人数{summary.absent}" in text
    for line in lines:
        assert line.name in text
        if line.status is AttendanceStatus.LEAVE and line.leave_reason:
            assert compact(f"{line.name}（{line.leave_reason}）") in text
    first_paragraph = next(p for p in detail.minutes.splitlines() if p.strip())
    assert compact(first_paragraph)[:30] in text
    assert "主持人签字" in text and "记录人签字" in text
    assert "会议记录" in text and "第1页共" in text and "打印日期：2026年11月26日" in text
    assert_embedded_cjk_only(data)
    assert bad_line_starts(data) == []


def test_minutes_paragraphs_are_kept(db, branch_uuid):
    uuid = calendar.create_activity(db, ActivityInput(
        ActivityKind.PARTY_LECTURE, "党课", PRINTED, branch_uuid, minutes="第一段内容。\n\n第二段内容。"))
    text = pdf_text(minutes_pdf(db, uuid, PRINTED))
    assert re.search(r"第一段内容。\s*\n+\s*第二段内容。", text)


def test_minutes_without_text_or_marks_print_blanks_to_fill_by_hand(db, branch_uuid):
    uuid = calendar.create_activity(db, ActivityInput(ActivityKind.THEME_DAY, "主题党日", PRINTED, branch_uuid))
    document = minutes_document(db, uuid, PRINTED, photos=[])
    data = render(document)
    text = compact(pdf_text(data))
    assert "会议内容" in text and "实到人数" in text
    assert "实到人数0" not in text  # left blank, not a false zero
    ruled = [f for f in document.story if type(f).__name__ == "Table" and len(f._cellvalues) >= 10]
    assert ruled, "ruled lines for handwritten minutes"


def test_minutes_photos_go_on_an_appendix_page(db, branch_uuid):
    uuid = calendar.create_activity(db, ActivityInput(ActivityKind.THEME_DAY, "主题党日", PRINTED, branch_uuid))
    photos = []
    for colour, size in (("red", (1200, 800)), ("blue", (600, 900)), ("green", (800, 800))):
        buffer = io.BytesIO()
        Image.new("RGB", size, colour).save(buffer, "JPEG")
        photos.append(Photo(buffer.getvalue(), f"{colour}照片"))
    data = render(minutes_document(db, uuid, PRINTED, photos=photos))
    pages = page_texts(data)
    assert "活动照片" not in pages[0]
    appendix = "".join(pages[1:])
    assert "活动照片" in appendix and "red照片" in appendix and "green照片" in appendix
    assert page_count(data) == len(pages)
    assert [len(re.findall(r"图\d", page)) for page in pages if re.search(r"图\d", page)] == [2, 1]


def test_minutes_use_the_attachments_service(db, branch_uuid):
    uuid = calendar.create_activity(db, ActivityInput(ActivityKind.THEME_DAY, "主题党日", PRINTED, branch_uuid))
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "orange").save(buffer, "PNG")
    attachments.add_attachment(db, "activity", uuid, buffer.getvalue(), "site.png", "志愿服务现场")
    text = pdf_text(minutes_pdf(db, uuid, PRINTED))
    assert "活动照片" in text and "志愿服务现场" in text


def test_sign_in_sheet_lists_expected_members_in_roster_order_and_fills_pages(demo_db):
    activity = next(a for a in activities(demo_db, states=(ActivityState.PLANNED,)))
    data = sign_in_pdf(demo_db, activity.uuid, PRINTED)
    lines = attendance.attendance_sheet(demo_db, activity.uuid)
    text = pdf_text(data, layout=True)
    table_start = text.index("序号")
    positions = [text.index(line.name, table_start) for line in lines]
    assert positions == sorted(positions)
    assert "签名" in text and "序号" in text and "党小组" in text
    pages = page_texts(data)
    assert all("签名" in page for page in pages)
    numbers = [int(n) for n in re.findall(r"^\s*(\d+)\s", text, re.M)]
    assert max(numbers) >= len(lines)
    assert_embedded_cjk_only(data)


def test_sign_in_rows_fill_whole_pages():
    assert rows_to_fill(3, 17, 21) == 17
    assert rows_to_fill(17, 17, 21) == 17
    assert rows_to_fill(18, 17, 21) == 38
    assert rows_to_fill(60, 17, 21) == 80


def test_sign_in_of_a_large_activity_runs_onto_full_pages(demo_db):
    office_wide = calendar.create_activity(demo_db, ActivityInput(
        ActivityKind.TRAINING, "全体党员专题培训", date(2026, 12, 20), None, level=calendar.ActivityLevel.COMMITTEE))
    lines = attendance.attendance_sheet(demo_db, office_wide)
    data = sign_in_pdf(demo_db, office_wide, PRINTED)
    pages = page_texts(data)
    assert len(pages) >= 2
    assert "党支部" in pages[0]  # an office-wide activity shows each member's branch
    last = pages[-1]
    # The last page is full: its last row number is the last number printed on the sheet.
    numbers = [int(n) for n in re.findall(r"^(\d+)$", pdf_text(data), re.M)]
    assert max(numbers) > len(lines)
    assert str(max(numbers)) in last


def test_roster_masks_ids_and_lists_every_party_member(demo_db):
    data = roster_pdf(demo_db, None, PRINTED)
    text = pdf_text(data)
    assert not FULL_ID.search(text)
    members = roster.query_members(demo_db, MemberQuery(statuses=(MemberStatus.FULL, MemberStatus.PROBATIONARY),
                                                        limit=10_000)).rows
    flat = compact(text)
    for member in members:
        assert member.name in flat
        if member.resident_id_masked:
            assert member.resident_id_masked in text
    assert f"共{len(members)}人" in flat
    assert_embedded_cjk_only(data)


def test_roster_of_one_branch_only_has_its_members(demo_db):
    branch = offices.list_branches(demo_db)[0]
    data = roster_pdf(demo_db, branch.uuid, PRINTED)
    text = compact(pdf_text(data))
    assert f"{branch.name}党员花名册" in text
    others = {b.name for b in offices.list_branches(demo_db)} - {branch.name}
    assert not any(name in text for name in others)


def test_roster_of_an_unknown_branch_is_not_found(demo_db):
    with pytest.raises(NotFoundError):
        roster_pdf(demo_db, "no-such-branch", PRINTED)


def test_talk_form_prints_a_talk(demo_db):
    talk = talks.query_talks(demo_db, TalkQuery(limit=1)).rows[0]
    detail = talks.get_talk(demo_db, talk.uuid)
    text = compact(pdf_text(talk_form_pdf(demo_db, talk.uuid, PRINTED)))
    assert "谈话记录表" in text and detail.kind.zh in text and detail.member_name in text
    assert compact(detail.summary)[:20] in text
    assert "谈话人签字" in text and "谈话对象签字" in text


@pytest.fixture
def admonishment(db, branch_uuid):
    from partydesk.services.roster import MemberInput

    member = roster.create_member(db, MemberInput(name="钱多多", branch_uuid=branch_uuid,
                                                  joined_on=date(2010, 7, 1), full_on=date(2011, 7, 1))).uuid
    return talks.create_talk(db, TalkInput(TalkKind.ADMONISHMENT, PRINTED, member, talker_name="张书记",
                                           summary="指出其工作中存在的问题。", response="诚恳接受。"))


def test_confidential_talk_form_shows_content_to_a_secretary(db, admonishment):
    db.actor = Actor("secretary", Role.SECRETARY)
    text = compact(pdf_text(talk_form_pdf(db, admonishment, PRINTED)))
    assert "指出其工作中存在的问题。" in text and "内容保密" not in text


def test_confidential_talk_form_hides_content_from_a_clerk(db, admonishment):
    db.actor = Actor("clerk", Role.CLERK)
    text = compact(pdf_text(talk_form_pdf(db, admonishment, PRINTED)))
    assert "内容保密" in text and "指出其工作中存在的问题" not in text and "诚恳接受" not in text
    assert "钱多多" in text and "诫勉谈话" in text


def test_cancel_stops_a_roster(demo_db):
    with pytest.raises(OperationCancelled):
        roster_pdf(demo_db, None, PRINTED, cancelled=lambda: True)


def test_progress_reaches_all_roster_rows(demo_db):
    seen = []
    roster_pdf(demo_db, None, PRINTED, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_unknown_activity_is_not_found(demo_db):
    with pytest.raises(NotFoundError):
        minutes_pdf(demo_db, "missing", PRINTED)
    with pytest.raises(NotFoundError):
        sign_in_pdf(demo_db, "missing", PRINTED)



def test_a_long_unbroken_minutes_text_flows_over_pages_intact(db, branch_uuid):
    text = "要把思想和行动统一到全会精神上来，抓好贯彻落实；" * 1200  # 30,000 characters, one paragraph
    uuid = calendar.create_activity(db, ActivityInput(ActivityKind.BRANCH_MEETING, "长会", PRINTED, branch_uuid,
                                                      minutes=text))
    data = minutes_pdf(db, uuid, PRINTED)
    assert page_count(data) > 10
    body = compact("".join(page.split("会议内容", 1)[-1].split("第")[0] for page in page_texts(data)))
    assert body.count("抓好贯彻落实") == 1200
    assert bad_line_starts(data) == []


def test_a_failed_write_leaves_neither_a_partial_nor_a_temporary_file(tmp_path, monkeypatch):
    import os

    from partydesk.services.reports import ReportWriteError, write_pdf

    target = tmp_path / "会议记录.pdf"
    target.write_bytes(b"old")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ReportWriteError) as caught:
        write_pdf(target, b"%PDF-new")
    assert str(target) in str(caught.value) and "No space left" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["会议记录.pdf"]


def test_documents_of_an_office_without_members(db, branch_uuid):
    roster_text = compact(pdf_text(roster_pdf(db, None, PRINTED)))
    assert "共0人" in roster_text and "公民身份号码" in roster_text
    uuid = calendar.create_activity(db, ActivityInput(ActivityKind.THEME_DAY, "主题党日", PRINTED, branch_uuid))
    sign_in = sign_in_pdf(db, uuid, PRINTED)
    assert page_count(sign_in) == 1 and re.search(r"应到人数\s+0\s", pdf_text(sign_in, layout=True))
    assert re.search(r"应到人数\s+0\s", pdf_text(minutes_pdf(db, uuid, PRINTED), layout=True))
