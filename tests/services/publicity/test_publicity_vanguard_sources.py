"""Honours and exemplar posts as poster sources: a revoked honour or a withdrawn post is never held up."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.domain.vanguard import HonourLevel, PostKind
from partydesk.services import publicity, vanguard
from partydesk.services.publicity import PosterTemplate, SourceKind, SourceRef

from .conftest import TODAY


def honour_of(office, member: str, title: str = "优秀共产党员") -> str:
    return vanguard.add_honour(office.db, vanguard.HonourInput(
        title=title, level=HonourLevel.COUNTY, on_date=date(2026, 7, 1), member_uuid=member, issuer="中共盘龙区委",
        citation="扎根社区二十年。"))


def test_a_revoked_honour_is_refused_as_a_poster_source_with_the_day_it_was_revoked(office):
    uuid = honour_of(office, office.agreed)
    vanguard.revoke_honour(office.db, uuid, date(2026, 9, 1), "经查不符合条件")
    ref = SourceRef(SourceKind.HONOUR, uuid)
    with pytest.raises(ValidationError) as refused:
        publicity.prepare(office.db, ref, PosterTemplate.RED, TODAY)
    assert "revoked" in str(refused.value) and "2026-09-01" in str(refused.value)
    with pytest.raises(ValidationError):
        publicity.check_publishable(office.db, ref)
    assert publicity.publicity_log(office.db) == []


def test_a_standing_honour_passes_the_check_and_makes_a_poster(office):
    uuid = honour_of(office, office.agreed)
    publicity.check_publishable(office.db, SourceRef(SourceKind.HONOUR, uuid))
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.HONOUR, uuid), PosterTemplate.PLAIN, TODAY)
    assert "王昇同志被中共盘龙区委授予“优秀共产党员”（县级）" in prepared.copy.as_text()
    assert "参加" not in prepared.copy.as_text() + "\n".join(prepared.texts)  # an honour has no participants


def test_an_exemplar_post_makes_a_poster_with_the_member_masked_without_consent(office):
    post = vanguard.add_post(office.db, office.refused, PostKind.PIONEER, "便民服务窗口",
                             date(2026, 1, 1), date(2026, 12, 31))
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.POST, post), PosterTemplate.RED, TODAY)
    text = prepared.copy.as_text() + "\n".join(prepared.texts)
    assert prepared.copy.title == "党员先锋岗｜便民服务窗口"
    assert "李**同志2026年1月1日至2026年12月31日担任“便民服务窗口”党员先锋岗。" in text
    assert "李玥光" not in text and "参加" not in text and "时间：" not in text  # the term says when


def test_a_withdrawn_exemplar_post_is_refused(office):
    post = vanguard.add_post(office.db, office.agreed, PostKind.MODEL, "党员示范岗·调解室")
    vanguard.score_post(office.db, post, 55, date(2026, 12, 1))
    with pytest.raises(ValidationError) as refused:
        publicity.prepare(office.db, SourceRef(SourceKind.POST, post), PosterTemplate.RED, TODAY)
    assert "withdrawn" in str(refused.value)


def test_a_post_poster_is_logged_under_its_kind(office, tmp_path):
    post = vanguard.add_post(office.db, office.agreed, PostKind.ZONE, "青云街责任区")
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.POST, post), PosterTemplate.RED, TODAY)
    publicity.save(office.db, prepared, tmp_path / "out", publicity.Channel.WECHAT_GROUP)
    [row] = publicity.publicity_log(office.db)
    assert row.source_kind is SourceKind.POST
