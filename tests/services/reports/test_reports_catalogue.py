"""The catalogue of printed documents: one list for the window and the console, safe file names."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import ValidationError
from partydesk.services import reports


def test_suggested_file_names_are_safe():
    assert (
        reports.safe_file_name("会议记录", date(2026, 3, 15), "学习/讨论: 第一次?")
        == "会议记录_2026-03-15_学习_讨论_第一次_.pdf"
    )
    assert len(reports.safe_file_name("长" * 500)) == 124


def test_every_document_makes_a_pdf_named_after_its_title(demo_db):
    from partydesk.services import calendar, roster, talks
    from partydesk.services.roster import MemberQuery
    from partydesk.services.talks import TalkQuery

    subjects = {
        reports.ACTIVITY: calendar.query_activities(demo_db, calendar.ActivityQuery(limit=1)).rows[0].uuid,
        reports.MEMBER: roster.query_members(demo_db, MemberQuery(limit=1)).rows[0].uuid,
        reports.TALK: talks.query_talks(demo_db, TalkQuery(limit=1)).rows[0].uuid,
    }
    for kind in reports.CATALOGUE:
        request = reports.Request(
            subjects.get(kind.subject), 2026 if kind.needs_year else None, None, date(2026, 11, 30)
        )
        assert reports.make_report(demo_db, kind.code, request)[:5] == b"%PDF-"
        assert reports.suggested_name(demo_db, kind.code, request).startswith(kind.title + "_")


def test_an_unknown_document_is_a_validation_error(db):
    with pytest.raises(ValidationError):
        reports.make_report(db, "poster", reports.Request())
