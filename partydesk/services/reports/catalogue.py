"""The printed documents there are: what each covers, how it is made and named. The window's Reports menu
and `partydesk report` are both built from this one list."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.store.db import Database

ACTIVITY, MEMBER, TALK = "activity", "member", "talk"  # what a document is about, besides a year or a branch


@dataclass(frozen=True)
class Request:
    """What one document is asked for: its subject's uuid, the year and the branch where they apply."""

    subject: str | None = None
    year: int | None = None
    branch: str | None = None
    printed_on: date | None = None
    quarter: int | None = None  # documents that post a quarter (积分公示表); None: the whole year


@dataclass(frozen=True)
class ReportKind:
    code: str  # the console's word: `partydesk report CODE`
    title: str  # the document's own (official) title, the start of its file name
    subject: str | None  # ACTIVITY, MEMBER, TALK, or None for the office or a branch
    needs_year: bool
    by_branch: bool  # may be narrowed to one branch (else the whole office)
    make: Callable[[Database, Request, Progress, Cancelled], bytes]
    name_parts: Callable[[Database, Request], tuple[object, ...]]
    by_quarter: bool = False  # may be narrowed to the year up to the end of a quarter


def _minutes(db, request, progress, cancelled):
    from partydesk.services.reports import minutes_pdf

    return minutes_pdf(db, request.subject, request.printed_on, progress, cancelled)


def _sign_in(db, request, progress, cancelled):
    from partydesk.services.reports import sign_in_pdf

    return sign_in_pdf(db, request.subject, request.printed_on, progress, cancelled)


def _member_file(db, request, progress, cancelled):
    from partydesk.services.reports import member_file_pdf

    return member_file_pdf(db, request.subject, request.year, request.printed_on, progress, cancelled)


def _annual(db, request, progress, cancelled):
    from partydesk.services.reports import annual_pdf

    return annual_pdf(db, request.year, request.branch, request.printed_on, progress, cancelled)


def _roster(db, request, progress, cancelled):
    from partydesk.services.reports import roster_pdf

    return roster_pdf(db, request.branch, request.printed_on, progress, cancelled)


def _talk_form(db, request, progress, cancelled):
    from partydesk.services.reports import talk_form_pdf

    return talk_form_pdf(db, request.subject, request.printed_on, progress, cancelled)


def _honours(db, request, progress, cancelled):
    from partydesk.services.reports import honours_pdf

    return honours_pdf(db, request.year, request.branch, request.printed_on, progress, cancelled)


def _points(db, request, progress, cancelled):
    from partydesk.services.reports import points_pdf

    return points_pdf(db, request.year, request.quarter, request.branch, request.printed_on, progress, cancelled)


def _review(db, request, progress, cancelled):
    from partydesk.services.reports import review_pdf

    return review_pdf(db, request.year, request.branch, request.printed_on, progress, cancelled)


def _points_parts(db, request):
    return (request.year, f"第{'一二三四'[request.quarter - 1]}季度" if request.quarter else "")


def _activity_parts(db, request):
    from partydesk.services import calendar

    activity = calendar.get_activity(db, request.subject)
    return activity.on_date, activity.title


def _member_parts(db, request):
    from partydesk.services import roster

    return request.year, roster.get_member(db, request.subject).name


def _talk_parts(db, request):
    from partydesk.services import talks

    talk = talks.get_talk(db, request.subject)
    return talk.on_date, talk.member_name


CATALOGUE = (
    ReportKind("minutes", "会议记录", ACTIVITY, False, False, _minutes, _activity_parts),
    ReportKind("sign-in", "签到表", ACTIVITY, False, False, _sign_in, _activity_parts),
    ReportKind("member-file", "党员教育培训档案", MEMBER, True, False, _member_file, _member_parts),
    ReportKind("annual", "年度党员教育培训情况统计", None, True, True, _annual, lambda db, r: (r.year,)),
    ReportKind("roster", "党员花名册", None, False, True, _roster, lambda db, r: (r.printed_on or date.today(),)),
    ReportKind("talk", "谈话记录表", TALK, False, False, _talk_form, _talk_parts),
    ReportKind("honours", "表彰名册", None, True, True, _honours, lambda db, r: (r.year,)),
    ReportKind("points", "党员积分公示表", None, True, True, _points, _points_parts, by_quarter=True),
    ReportKind("review", "民主评议党员结果统计表", None, True, True, _review, lambda db, r: (r.year,)),
)
KINDS = {kind.code: kind for kind in CATALOGUE}


def report_kind(code: str) -> ReportKind:
    try:
        return KINDS[code]
    except KeyError:
        raise ValidationError("document", QT_TRANSLATE_NOOP("ValidationError", "Unknown document {value}"),
                              value=code) from None


def make_report(db: Database, code: str, request: Request, progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> bytes:
    """PDF bytes of the document `code` for `request`."""
    return report_kind(code).make(db, request, progress, cancelled)


def suggested_name(db: Database, code: str, request: Request) -> str:
    """A safe file name for the document: 会议记录_2026-03-15_支部党员大会.pdf."""
    kind = report_kind(code)
    return safe_file_name(kind.title, *kind.name_parts(db, request))


def safe_file_name(*parts: object) -> str:
    """Parts joined by _, without what Windows forbids in a name, cut to 120 characters, with .pdf."""
    text = "_".join(str(part) for part in parts if part)
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text)[:120] + ".pdf"
