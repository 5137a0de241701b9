"""Every printed document on large and hostile data lays out cleanly.

500 names in one cell, a 20,000-character minutes text and talk, 60-character office and
branch names, markup characters, and documents with nothing in them: no two glyphs overlap
(pypdfium2 text boxes), nothing is drawn outside the page frame, every name extracts intact.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest
from reportlab.lib.units import mm

from partydesk.config import resolve
from partydesk.domain.enums import ActivityKind, AttendanceStatus, ServiceCategory, TalkKind
from partydesk.services import attendance, calendar, offices, roster, service_log, talks
from partydesk.services.reports import (
    annual_pdf,
    member_file_pdf,
    minutes_pdf,
    roster_pdf,
    sign_in_pdf,
    talk_form_pdf,
)
from partydesk.services.reports.common import MARGIN
from partydesk.store.migrate import open_database
from tests.services.reports.layout import assert_clean_layout
from tests.services.reports.test_reports_support import needs_poppler, pdf_text

pytestmark = needs_poppler
TODAY = date(2026, 11, 26)
MEETING = date(2026, 3, 10)
SIDE, TOP_BOTTOM = MARGIN, 10 * mm  # the footer sits 12 mm above the paper's edge
OFFICE = "云南省昆明市五华区" + "某某街道某某社区某某某某党委" * 3 + "第一"
BRANCH = ("昆明市五华区某某街道某某社区" * 4 + "第一党支部")[-60:]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "佳华海林振国秀英建军丽娟志强明辉晓燕桂兰玉梅"
REASON = "外出务工（成都）"
LONG_REASON = "在外经商（四川省成都市武侯区），已向支部书记书面请假"


def hostile_names(count: int) -> list[str]:
    """Distinct 3-character names, a few 4-character and ethnic ones with the middle dot."""
    special = ["欧阳振华", "买买提·艾力", "司马相如", "阿依古丽·买买提"]
    common = ("".join(parts) for parts in itertools.product(SURNAMES, GIVEN, GIVEN) if parts[1] != parts[2])
    return special + list(itertools.islice(common, count - len(special)))


def long_text(characters: int) -> str:
    """Paragraphs of Chinese with punctuation, a paragraph with no break at all, markup and a long URL."""
    sentence = "会议传达学习了上级文件精神，结合支部实际进行了讨论；大家一致表示：要把学习成果转化为工作动力！"
    paragraphs = [sentence * 8, "<b>&amp; 5 < 6 > 4</b> " + "https://example.org/" + "a" * 300,
                  "二" * 3000, "第一条：" + sentence * 4]
    text, parts = "", itertools.cycle(paragraphs)
    while len(text) < characters:
        text += next(parts) + "\n"
    return text[:characters]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    db = open_database(resolve(tmp_path_factory.mktemp("hostile") / "data"))
    offices.init_office(db, OFFICE)
    branch = offices.create_branch(db, BRANCH).uuid
    names = hostile_names(500)
    members = [roster.create_member(db, roster.MemberInput(name=name, branch_uuid=branch, joined_on=date(1990, 7, 1),
                                                           full_on=date(1991, 7, 1)), today=TODAY).uuid
               for name in names]
    activity = calendar.create_activity(db, calendar.ActivityInput(
        ActivityKind.TRAINING, "专题培训" * 50, MEETING, branch_uuid=branch, place="社区党群服务中心" * 25,
        host="主持人" * 13, speaker="主讲人" * 13, recorder="记录人" * 13, minutes=long_text(20_000),
        start_time="14:30", end_time="16:30", planned_hours=4))
    marks = [attendance.Mark(uuid, AttendanceStatus.PRESENT) for uuid in members[:380]]
    marks += [attendance.Mark(uuid, AttendanceStatus.LEAVE, LONG_REASON if n % 3 else REASON)
              for n, uuid in enumerate(members[380:460])]
    marks += [attendance.Mark(uuid, AttendanceStatus.ABSENT) for uuid in members[460:]]
    attendance.record_attendance(db, activity, marks)
    talk = talks.create_talk(db, talks.TalkInput(
        TalkKind.HEART_TO_HEART, "2026-05-06", members[0], talker_name="书记" * 20, place="办公室" * 60,
        summary=long_text(20_000), response=long_text(5_000), follow_up=long_text(3_000),
        follow_up_due="2026-06-01"))
    service_log.create_entry(db, service_log.ServiceInput(
        ServiceCategory.VOLUNTEER, "清扫楼道" * 50, "2026-04-01", branch, place="小区" * 100, hours=2,
        people_served=30, description=long_text(20_000), outcome=long_text(2_000),
        participants=[service_log.Participant(members[0])]))
    yield {"db": db, "branch": branch, "names": names, "activity": activity, "talk": talk, "member": members[0]}
    db.dispose()


@pytest.fixture(scope="module")
def bare(tmp_path_factory):
    """An office with nothing in it but what each document needs to exist."""
    db = open_database(resolve(tmp_path_factory.mktemp("bare") / "data"))
    offices.init_office(db, "党委")
    branch = offices.create_branch(db, "支部").uuid
    member = roster.create_member(db, roster.MemberInput(name="甲", branch_uuid=branch, joined_on=date(1990, 7, 1),
                                                         full_on=date(1991, 7, 1)), today=TODAY).uuid
    activity = calendar.create_activity(db, calendar.ActivityInput(ActivityKind.PARTY_LECTURE, "课", MEETING, branch))
    talk = talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, "2026-05-06", member, talker_name="乙"))
    yield {"db": db, "branch": branch, "activity": activity, "talk": talk, "member": member}
    db.dispose()


def documents(data) -> dict[str, bytes]:
    db = data["db"]
    return {
        "minutes": minutes_pdf(db, data["activity"], TODAY),
        "sign-in": sign_in_pdf(db, data["activity"], TODAY),
        "roster": roster_pdf(db, data["branch"], TODAY),
        "talk": talk_form_pdf(db, data["talk"], TODAY),
        "annual": annual_pdf(db, 2026, data["branch"], TODAY, today=TODAY),
        "member-file": member_file_pdf(db, data["member"], 2026, TODAY, today=TODAY),
    }


@pytest.fixture(scope="module")
def hostile_pdfs(hostile):
    return documents(hostile)


@pytest.mark.parametrize("name", ["minutes", "sign-in", "roster", "talk", "annual", "member-file"])
def test_no_text_overlaps_and_nothing_leaves_the_frame_on_hostile_data(hostile_pdfs, name):
    assert assert_clean_layout(hostile_pdfs[name], SIDE, TOP_BOTTOM) >= 1


@pytest.mark.parametrize("name", ["minutes", "sign-in", "roster", "talk", "annual", "member-file"])
def test_documents_with_nothing_in_them_lay_out_cleanly(bare, name):
    assert assert_clean_layout(documents(bare)[name], SIDE, TOP_BOTTOM) >= 1


@pytest.mark.parametrize("name", ["minutes", "sign-in", "roster"])
def test_every_name_extracts_intact(hostile, hostile_pdfs, name):
    text = pdf_text(hostile_pdfs[name])
    broken = [person for person in hostile["names"] if person not in text]
    assert not broken, broken[:10]


def test_leave_items_extract_with_their_reason_intact(hostile, hostile_pdfs):
    text = pdf_text(hostile_pdfs["minutes"])
    for person in hostile["names"][380:460:7]:
        assert re.search(re.escape(person) + "（(" + re.escape(REASON) + "|" + re.escape(LONG_REASON) + ")）", text)


def test_the_minutes_text_and_the_talk_content_run_over_pages_in_full(hostile_pdfs):
    written = long_text(20_000)
    minutes = re.sub(r"\s+", "", pdf_text(hostile_pdfs["minutes"]))
    sentence = "大家一致表示：要把学习成果转化为工作动力！"
    assert minutes.count(sentence) == written.count(sentence) > 50
    assert minutes.replace("星期二", "").count("二") == written.count("二")
    talk = re.sub(r"\s+", "", pdf_text(hostile_pdfs["talk"]))
    assert talk.count(sentence) == written.count(sentence) + long_text(5_000).count(sentence) + long_text(
        3_000).count(sentence)
