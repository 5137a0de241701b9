"""Honours of members and branches, revocation, filters, and exemplar posts with their term scores."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.domain.vanguard import HonourLevel, PostKind, PostOutcome
from partydesk.services import offices, vanguard
from partydesk.services.vanguard import HonourInput, HonourQuery
from tests.services.helpers import add_member

CITATION = "该同志" + "扎根基层、服务群众，" * 150


def test_an_honour_is_given_to_a_member_or_a_branch_never_both_or_neither(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    vanguard.add_honour(db, HonourInput("优秀共产党员", "县级", "2026-06-28", member_uuid=member, issuer="中共某县委",
                                        doc_no="某发〔2026〕12号", citation=CITATION))
    vanguard.add_honour(db, HonourInput("先进基层党组织", HonourLevel.COMMITTEE, date(2026, 6, 30),
                                        branch_uuid=branch_uuid))
    for holders in ({}, {"member_uuid": member, "branch_uuid": branch_uuid}):
        with pytest.raises(ValidationError) as raised:
            vanguard.add_honour(db, HonourInput("某称号", HonourLevel.BRANCH, date(2026, 7, 1), **holders))
        assert raised.value.field == "member"
    rows = vanguard.query_honours(db, HonourQuery(year=2026)).rows
    assert [(r.holder_name, r.level) for r in rows] == [("第一党支部", HonourLevel.COMMITTEE),
                                                          ("王昇", HonourLevel.COUNTY)]
    assert rows[1].citation == CITATION and rows[1].doc_no == "某发〔2026〕12号"


def test_filters_by_year_branch_member_level_and_text(db, branch_uuid):
    other = offices.create_branch(db, "第二党支部").uuid
    a = add_member(db, branch_uuid, name="王昇")
    b = add_member(db, other, name="李玥")
    vanguard.add_honour(db, HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2025, 7, 1), member_uuid=a))
    vanguard.add_honour(db, HonourInput("优秀党务工作者", HonourLevel.BRANCH, date(2026, 7, 1), member_uuid=b))
    titles = lambda **kw: [r.title for r in vanguard.query_honours(db, HonourQuery(**kw)).rows]  # noqa: E731
    assert titles(year=2026) == ["优秀党务工作者"]
    assert titles(branch_uuid=branch_uuid) == ["优秀共产党员"]
    assert titles(member_uuid=b) == ["优秀党务工作者"]
    assert titles(level=HonourLevel.COUNTY) == ["优秀共产党员"]
    assert titles(search="李") == ["优秀党务工作者"]
    assert titles(search="%") == []


def test_a_revoked_honour_keeps_its_date_and_reason(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    uuid = vanguard.add_honour(db, HonourInput("优秀共产党员", HonourLevel.BRANCH, date(2026, 7, 1),
                                               member_uuid=member))
    with pytest.raises(ValidationError):
        vanguard.revoke_honour(db, uuid, date(2026, 6, 1), "早于授予")
    with pytest.raises(ValidationError):
        vanguard.revoke_honour(db, uuid, date(2026, 8, 1), " ")
    vanguard.revoke_honour(db, uuid, date(2026, 8, 1), "事迹失实")
    honour = vanguard.get_honour(db, uuid)
    assert (honour.revoked_on, honour.revoked_reason) == (date(2026, 8, 1), "事迹失实")
    assert vanguard.query_honours(db, HonourQuery(include_revoked=False)).total == 0


def test_an_unknown_level_is_refused_in_words(db, branch_uuid):
    member = add_member(db, branch_uuid)
    with pytest.raises(ValidationError) as raised:
        vanguard.add_honour(db, HonourInput("称号", "乡级", date(2026, 7, 1), member_uuid=member))
    assert raised.value.field == "level"


def test_a_post_term_scored_below_seventy_is_withdrawn(db, branch_uuid):
    member = add_member(db, branch_uuid, name="王昇")
    good = vanguard.add_post(db, member, PostKind.ZONE, "3号楼责任区", "2026-01-01", "2026-12-31")
    poor = vanguard.add_post(db, member, PostKind.PIONEER, "窗口先锋岗", "2026-01-01")
    assert vanguard.score_post(db, good, 92, date(2026, 12, 31)) is PostOutcome.EXCELLENT
    assert vanguard.score_post(db, poor, 65, date(2026, 12, 31)) is PostOutcome.WITHDRAWN
    assert [p.title for p in vanguard.list_posts(db, member, current_only=True)] == ["3号楼责任区"]
    with pytest.raises(ValidationError):
        vanguard.add_post(db, member, PostKind.MODEL, "示范岗", "2026-05-01", "2026-01-01")


def test_a_certificate_scan_is_kept_with_its_honour(db, branch_uuid):
    import io

    from PIL import Image

    from partydesk.services import attachments

    member = add_member(db, branch_uuid, name="王昇")
    honour = vanguard.add_honour(db, HonourInput("优秀共产党员", HonourLevel.BRANCH, date(2026, 7, 1),
                                                 member_uuid=member))
    scan = io.BytesIO()
    Image.new("RGB", (1200, 900), "white").save(scan, "PNG")
    attachments.add_attachment(db, "recognition", honour, scan.getvalue(), "证书.png")
    [info] = attachments.list_attachments(db, "recognition", honour)
    assert info.filename == "证书.png" and max(info.width, info.height) <= 2000
