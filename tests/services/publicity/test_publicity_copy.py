"""Text copy and consent: WeChat limits, masked names, no IDs, phones or addresses anywhere."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from partydesk.domain.publicity import (
    SUMMARY_LIMIT,
    TITLE_LIMIT,
    Consent,
    SourceKind,
    clip,
    masked_name,
    scrub,
    wechat_length,
)
from partydesk.services import publicity
from partydesk.services.publicity.copy import write_copy
from partydesk.services.publicity.sources import PosterSource

from .conftest import PHONE, TODAY


def test_a_long_title_is_cut_at_a_character_boundary_with_an_ellipsis():
    title = "学习贯彻" * 40
    cut = clip(title, TITLE_LIMIT)
    assert wechat_length(cut) == TITLE_LIMIT and cut.endswith("…") and cut[:-1] == title[: TITLE_LIMIT - 1]


def test_an_emoji_counts_two_and_is_never_split():
    text = "党员风采" + "👍" * 100
    cut = clip(text, SUMMARY_LIMIT)
    assert wechat_length(cut) <= SUMMARY_LIMIT and cut.endswith("…")
    assert all(ord(c) < 0xD800 or ord(c) > 0xDFFF for c in cut)
    accented = "红旗\u0301" * 70
    kept = clip(accented, 9)[:-1]
    assert accented.startswith(kept) and accented[len(kept)] != "\u0301"  # an accent stays with its letter


def test_text_within_the_limit_is_kept_whole():
    assert clip("主题党日", TITLE_LIMIT) == "主题党日"


def test_copy_of_long_inputs_keeps_title_and_summary_limits():
    source = PosterSource(SourceKind.SERVICE, "u", "昇平社区党委", "基层治理", "长" * 300, TODAY,
                          body=("这是一段很长的正文，" * 80,))
    copy = write_copy(source)
    assert wechat_length(copy.title) <= TITLE_LIMIT and wechat_length(copy.summary) <= SUMMARY_LIMIT
    assert copy.title.endswith("…") and copy.summary.endswith("…")


def test_a_name_without_consent_is_masked_and_numbers_are_removed():
    text = "李玥光，身份证530112196503120234，电话138 1234 3456，座机0871-65123456，住青云街88号。王昇领学。"
    result = scrub(text, {"李玥光": Consent(), "王昇": Consent(True, False)}, ["青云街88号"])
    assert "李玥光" not in result and "李**" in result and "王昇" in result
    assert not any(part in result for part in ("530112196503120234", "1234", "65123456", "青云街88号"))
    assert masked_name("张三") == masked_name("张三丰") == "张**"


def test_activity_copy_names_only_members_who_agreed(office):
    prepared = publicity.prepare(office.db, publicity.SourceRef(publicity.SourceKind.ACTIVITY, office.activity),
                                 publicity.PosterTemplate.RED, TODAY)
    text = prepared.copy.as_text()
    assert "王昇" in text and "3名党员参加" in text
    for forbidden in ("李玥光", "张堃", PHONE, "13900001111", "青云街"):
        assert forbidden not in text
        assert all(forbidden not in line for line in prepared.texts)


def test_a_name_in_the_renderer_text_layer_is_masked_when_consent_is_withdrawn(office):
    publicity.set_consent(office.db, office.agreed, name=False, photo=False, on=date(2026, 12, 1))
    ref = publicity.SourceRef(publicity.SourceKind.ACTIVITY, office.activity)
    prepared = publicity.prepare(office.db, ref, publicity.PosterTemplate.PLAIN, TODAY,
                                 body="王昇和李玥光带领大家学习。")
    assert not any("王昇" in line or "李玥光" in line for line in prepared.texts)
    assert any("王**" in line for line in prepared.texts)
    history = publicity.consent_history(office.db, office.agreed)
    assert [entry.current for entry in history] == [True, False] and history[1].withdrawn_on == date(2026, 12, 1)


def test_a_notice_from_free_text_is_scrubbed_too(office):
    ref = publicity.SourceRef(publicity.SourceKind.NOTICE, text="周六集中学习\n请李玥光同志（13900001111）准备发言。")
    prepared = publicity.prepare(office.db, ref, publicity.PosterTemplate.RED, TODAY)
    assert prepared.copy.title == "周六集中学习"
    assert "李**" in prepared.copy.notice and "13900001111" not in prepared.copy.as_text()


def test_a_coming_activity_gives_a_group_chat_notice_with_time_and_place(office, branch_uuid):
    from partydesk.domain.enums import ActivityKind
    from partydesk.services import calendar

    coming = calendar.create_activity(office.db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="书记讲党课", on_date=date(2026, 12, 20), branch_uuid=branch_uuid,
        start_time="14:30", place="村委会会议室"))
    prepared = publicity.prepare(office.db, publicity.SourceRef(publicity.SourceKind.ACTIVITY, coming),
                                 publicity.PosterTemplate.RED, TODAY)
    notice = prepared.copy.notice
    assert notice.startswith("【通知】书记讲党课") and "2026年12月20日 14:30" in notice and "村委会会议室" in notice


def test_an_honour_without_name_consent_shows_the_member_masked_and_its_citation(office):
    from partydesk.domain.vanguard import HonourLevel
    from partydesk.store.models import Member, Recognition

    with office.db.write() as session:
        member_id = session.scalar(select(Member.id).where(Member.uuid == office.refused))
        honour = Recognition(member_id=member_id, title="优秀共产党员", level=HonourLevel.COUNTY, issuer="中共盘龙区委",
                             on_date=date(2026, 7, 1),
                             citation="李玥光同志（13900001111）扎根社区二十年，服务群众三百余次。")
        session.add(honour)
        session.flush()
        uuid = honour.uuid
    prepared = publicity.prepare(office.db, publicity.SourceRef(publicity.SourceKind.HONOUR, uuid),
                                 publicity.PosterTemplate.RED, TODAY)
    text = prepared.copy.as_text() + "\n".join(prepared.texts)
    assert "李**同志被中共盘龙区委授予“优秀共产党员”（县级）" in text and "扎根社区二十年" in text
    assert "李玥光" not in text and "13900001111" not in text and "COUNTY" not in text


def test_a_branchs_honour_makes_a_poster_naming_the_branch(office):
    from partydesk.domain.vanguard import HonourLevel
    from partydesk.store.models import Branch, Recognition

    with office.db.write() as session:
        branch = session.scalars(select(Branch).where(Branch.kind == "BRANCH")).first()
        honour = Recognition(branch_id=branch.id, title="先进基层党组织", level=HonourLevel.COMMITTEE,
                             issuer="社区党委", on_date=date(2026, 7, 1), citation="服务群众有成效。")
        session.add(honour)
        session.flush()
        uuid, name = honour.uuid, branch.name
    prepared = publicity.prepare(office.db, publicity.SourceRef(publicity.SourceKind.HONOUR, uuid),
                                 publicity.PosterTemplate.RED, TODAY)
    text = prepared.copy.as_text() + "\n".join(prepared.texts)
    assert f"{name}被社区党委授予“先进基层党组织”（党委）" in text


def test_consent_travels_with_the_member_in_a_transfer_package(office, tmp_path, fast_kdf):
    from partydesk.config import resolve
    from partydesk.services import offices, transfer
    from partydesk.store.migrate import open_database

    receiver = open_database(resolve(tmp_path / "receiver"))
    try:
        offices.init_office(receiver, "某某街道党工委")
        package = transfer.export_package(office.db, tmp_path, "correct horse battery")
        transfer.import_package(receiver, package.path, "correct horse battery")
        assert publicity.current_consent(receiver, office.agreed) == publicity.Consent(True, True)
        assert publicity.current_consent(receiver, office.refused) == publicity.Consent(False, False)
    finally:
        receiver.dispose()
