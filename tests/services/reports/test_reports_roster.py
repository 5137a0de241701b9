"""A 1,000-member roster: page count, header on every page, masked IDs, every row once."""

from __future__ import annotations

import re
from datetime import date

import pytest

from partydesk.domain.enums import Gender, MemberStatus
from partydesk.services import offices
from partydesk.services.reports import roster_pdf
from partydesk.services.roster import MemberInput, create_member_in
from tests.services.reports.test_reports_support import (
    FULL_ID,
    assert_embedded_cjk_only,
    needs_poppler,
    page_count,
    page_texts,
    pdf_text,
)

pytestmark = needs_poppler
TODAY = date(2026, 11, 26)
DIGITS = "甲乙丙丁戊己庚辛壬癸"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(n: int) -> str:
    body = f"530112{1950 + n % 30}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11]


def name(n: int) -> str:
    """A distinct four-character name (names may not hold digits)."""
    return "王" + "".join(DIGITS[int(d)] for d in f"{n:03d}")


def add_members(db, count: int) -> list[str]:
    """`count` party members with one-line values in every column, written in one transaction."""
    branches = [offices.create_branch(db, name) for name in ("第二党支部", "第三党支部")]
    ids = []
    with db.write() as session:
        for n in range(count):
            ids.append(resident_id(n))
            create_member_in(session, db, MemberInput(
                name=name(n), branch_uuid=branches[n % 2].uuid, resident_id=ids[-1],
                phone=f"139{n:08d}", gender=Gender.MALE if n % 2 else Gender.FEMALE,
                status=MemberStatus.PROBATIONARY if n % 5 == 0 else MemberStatus.FULL,
                joined_on=date(2001, 7, 1), full_on=None if n % 5 == 0 else date(2002, 7, 1), post="网格员",
            ), TODAY)
    return ids


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    from partydesk.config import resolve
    from partydesk.store.migrate import open_database

    db = open_database(resolve(tmp_path_factory.mktemp("roster1000")))
    offices.init_office(db, "测试社区党委")
    ids = add_members(db, 1000)
    data = roster_pdf(db, None, TODAY)
    db.dispose()
    return data, ids


def test_page_count_of_a_thousand_member_roster(thousand):
    data, _ = thousand
    # Landscape A4 body 447.9 pt; rows 19 pt; the first page also holds title and summary:
    # 19 rows there, 22 on each further page -> 1 + ceil(981 / 22) = 46 pages.
    assert page_count(data) == 46


def test_header_and_frame_on_every_page(thousand):
    data, _ = thousand
    pages = page_texts(data)
    assert len(pages) == 46
    for number, page in enumerate(pages, start=1):
        assert "公民身份号码" in page and "姓名" in page and "入党日期" in page
        assert "测试社区党委" in page and "党员花名册" in page
        assert re.sub(r"\s+", "", f"第 {number} 页 共 46 页") in re.sub(r"\s+", "", page)


def test_every_member_once_with_a_masked_id_and_never_a_full_one(thousand):
    data, ids = thousand
    text = pdf_text(data)
    assert not FULL_ID.search(text)
    assert not any(full in text for full in ids)
    for n in range(1000):
        assert text.count(name(n)) == 1
    for full in ids[:50]:
        assert f"{full[:6]}********{full[-4:]}" in text
    assert "共 1000 人" in text and "预备党员 200 人" in text
    assert_embedded_cjk_only(data)
