"""The annual summary of a branch counts the posts made from that branch's own records, not the office's."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityKind, ActivityLevel, ActivityState, ServiceCategory
from partydesk.domain.vanguard import HonourLevel, PostKind
from partydesk.services import calendar, offices, publicity, service_log, vanguard
from partydesk.services.publicity import Channel, PosterTemplate, SourceKind, SourceRef
from partydesk.services.reports.annual_counts import year_counts

from ..helpers import add_member
from .conftest import TODAY


def post_from(db, ref: SourceRef, folder) -> None:
    prepared = publicity.prepare(db, ref, PosterTemplate.PLAIN, TODAY)
    publicity.save(db, prepared, folder, Channel.WECHAT_GROUP)


def test_a_branch_summary_counts_only_the_posts_of_its_own_records(office, branch_uuid, tmp_path):
    db = office.db
    second = offices.create_branch(db, "第二党支部").uuid
    other = add_member(db, second, name="赵敏")
    theirs = calendar.create_activity(db, calendar.ActivityInput(
        kind=ActivityKind.THEME_DAY, title="第二支部主题党日", on_date=date(2026, 11, 2), branch_uuid=second,
        state=ActivityState.HELD))
    office_wide = calendar.create_activity(db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="党委书记讲党课", on_date=date(2026, 11, 3),
        level=ActivityLevel.COMMITTEE, state=ActivityState.HELD))
    service = service_log.create_entry(db, service_log.ServiceInput(
        category=next(iter(ServiceCategory)), title="清扫楼道", on_date=date(2026, 10, 1), branch_uuid=second,
        participants=[service_log.Participant(other)]))
    honour = vanguard.add_honour(db, vanguard.HonourInput(
        title="优秀共产党员", level=HonourLevel.BRANCH, on_date=date(2026, 7, 1), member_uuid=other))
    branch_honour = vanguard.add_honour(db, vanguard.HonourInput(
        title="五好党支部", level=HonourLevel.COMMITTEE, on_date=date(2026, 7, 1), branch_uuid=branch_uuid))
    post = vanguard.add_post(db, office.agreed, PostKind.PIONEER, "便民服务窗口")
    refs = [SourceRef(SourceKind.ACTIVITY, office.activity), SourceRef(SourceKind.ACTIVITY, theirs),
            SourceRef(SourceKind.ACTIVITY, office_wide), SourceRef(SourceKind.SERVICE, service),
            SourceRef(SourceKind.HONOUR, honour), SourceRef(SourceKind.HONOUR, branch_honour),
            SourceRef(SourceKind.POST, post), SourceRef(SourceKind.NOTICE, text="通知\n明天学习")]
    for n, ref in enumerate(refs):
        post_from(db, ref, tmp_path / str(n))
    assert year_counts(db, TODAY.year, None, TODAY).publicity == len(refs)
    # the first branch: its activity, its own honour and its member's post
    assert year_counts(db, TODAY.year, branch_uuid, TODAY).publicity == 3
    # the second: its activity, its service entry and its member's honour
    assert year_counts(db, TODAY.year, second, TODAY).publicity == 3
    assert year_counts(db, TODAY.year - 1, second, TODAY).publicity == 0
