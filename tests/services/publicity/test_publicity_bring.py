"""What to bring (请携带…) and who comes in a coming activity's notice: as the record says it, or not at all."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityKind
from partydesk.domain.publicity import bring_line
from partydesk.services import calendar, publicity
from partydesk.services.publicity import PosterTemplate, SourceKind, SourceRef

from .conftest import TODAY


def coming(office, branch_uuid, minutes: str = "") -> str:
    return calendar.create_activity(office.db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="书记讲党课", on_date=date(2026, 12, 20), branch_uuid=branch_uuid,
        start_time="14:30", place="村委会会议室", minutes=minutes))


def everything(prepared) -> str:
    return prepared.copy.as_text() + "\n".join(prepared.texts)


def test_the_clause_asking_to_bring_something_is_found_and_leading_or_praising_is_not():
    assert bring_line(["会后合影，请携带笔记本和党章，准时参加。"]) == "请携带笔记本和党章。"
    assert bring_line(["", "请带笔记本"]) == "请带笔记本。"
    assert bring_line(["书记带领大家学习，党员带头示范。"]) == ""
    assert bring_line([]) == ""


def test_a_coming_activity_that_says_nothing_to_bring_gets_no_bring_line(office, branch_uuid):
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, coming(office, branch_uuid)),
                                 PosterTemplate.RED, TODAY)
    assert "携带" not in everything(prepared) and "学习资料" not in everything(prepared)
    assert prepared.copy.notice.startswith("【通知】书记讲党课")


def test_the_bring_line_comes_from_the_activitys_own_text(office, branch_uuid):
    uuid = coming(office, branch_uuid, minutes="会前准备：请携带《中国共产党章程》和学习笔记本，提前十分钟到场。")
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, uuid), PosterTemplate.RED, TODAY)
    assert "请携带《中国共产党章程》和学习笔记本。" in prepared.copy.notice
    assert any("请携带《中国共产党章程》" in line for line in prepared.texts)


def test_the_clerks_notice_text_wins_and_a_phone_in_it_never_shows(office, branch_uuid):
    uuid = coming(office, branch_uuid, minutes="请携带党章。")
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, uuid), PosterTemplate.PLAIN, TODAY,
                                 body="请党员自带水杯和13900001111联系人李玥光的签到表。")
    notice = prepared.copy.notice
    assert "自带水杯" in notice and "党章" not in notice
    assert "13900001111" not in everything(prepared) and "李玥光" not in everything(prepared)


def test_a_held_activity_has_no_bring_line_even_when_its_minutes_mention_one(office):
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, office.activity), PosterTemplate.RED,
                                 TODAY)
    assert prepared.source.bring == ""


def test_the_notice_asks_the_activitys_own_branch_or_the_whole_office_to_come(office, branch_uuid):
    from partydesk.domain.enums import ActivityLevel

    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, coming(office, branch_uuid)),
                                 PosterTemplate.RED, TODAY)
    assert "参加人员：第一党支部全体党员" in prepared.copy.notice
    office_wide = calendar.create_activity(office.db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="党委书记讲党课", on_date=date(2026, 12, 21),
        level=ActivityLevel.COMMITTEE))
    prepared = publicity.prepare(office.db, SourceRef(SourceKind.ACTIVITY, office_wide), PosterTemplate.RED, TODAY)
    assert "\n参加人员：全体党员\n" in prepared.copy.notice
