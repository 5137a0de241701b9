"""Printed documents (reportlab platypus, A4, embedded CJK font): each a function returning PDF bytes.

CATALOGUE lists them for the GUI's Reports menu and `partydesk report`. The GUI previews and
prints the bytes; the CLI saves them with `write_pdf`. Every function
takes `progress(done, total)` and `cancelled()` like other long work.
"""

from __future__ import annotations

from datetime import date

from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.reports.catalogue import (
    ACTIVITY,
    CATALOGUE,
    MEMBER,
    TALK,
    ReportKind,
    Request,
    make_report,
    report_kind,
    safe_file_name,
    suggested_name,
)
from partydesk.services.reports.output import ReportWriteError, write_pdf
from partydesk.store.db import Database

__all__ = [
    "ACTIVITY", "CATALOGUE", "MEMBER", "TALK", "ReportKind", "Request", "make_report", "report_kind", "safe_file_name",
    "suggested_name",
    "Document", "ReportWriteError", "annual_pdf", "member_file_pdf", "minutes_pdf", "page_count", "render",
    "roster_pdf", "sign_in_pdf", "talk_form_pdf", "honours_pdf", "points_pdf", "review_pdf", "dues_register_pdf",
    "dues_publicity_pdf", "reminders_pdf", "write_pdf",
]


def render(document, progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """PDF bytes of a document (reportlab is imported here, on first use: it costs ~1 s at start-up)."""
    from partydesk.services.reports.common import render as render_document

    return render_document(document, progress, cancelled)


def __getattr__(name: str):
    if name == "Document":
        from partydesk.services.reports.common import Document

        return Document
    raise AttributeError(name)


def minutes_pdf(db: Database, activity_uuid: str, printed_on: date | None = None,
                progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """会议记录 of one activity, with its photos."""
    from partydesk.services.reports.minutes import minutes_document

    return render(minutes_document(db, activity_uuid, printed_on), progress, cancelled)


def sign_in_pdf(db: Database, activity_uuid: str, printed_on: date | None = None,
                progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """签到表 of one activity, filling whole pages."""
    from partydesk.services.reports.sign_in import sign_in_document

    return render(sign_in_document(db, activity_uuid, printed_on), progress, cancelled)


def roster_pdf(db: Database, branch_uuid: str | None = None, printed_on: date | None = None,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """党员花名册 of a branch (or the whole office), resident IDs masked."""
    from partydesk.services.reports.roster import roster_document

    # Progress comes from the table rows; render only checks for Cancel.
    return render(roster_document(db, branch_uuid, printed_on, progress, cancelled), cancelled=cancelled)


def talk_form_pdf(db: Database, talk_uuid: str, printed_on: date | None = None,
                  progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """谈话记录表 of one talk (内容保密 for roles that may not read a confidential talk)."""
    from partydesk.services.reports.talk_form import talk_form_document

    return render(talk_form_document(db, talk_uuid, printed_on), progress, cancelled)


def annual_pdf(db: Database, year: int, branch_uuid: str | None = None, printed_on: date | None = None,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
               today: date | None = None) -> bytes:
    """年度党员教育培训情况统计 of the office or one branch."""
    from partydesk.services.reports.annual import annual_document

    document = annual_document(db, year, branch_uuid, printed_on, today, progress, cancelled)
    return render(document, cancelled=cancelled)


def member_file_pdf(db: Database, member_uuid: str, year: int, printed_on: date | None = None,
                    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                    today: date | None = None) -> bytes:
    """党员教育培训档案 of one member for one year (hours as of `today`)."""
    from partydesk.services.reports.member_file import member_file_document

    return render(member_file_document(db, member_uuid, year, printed_on, today), progress, cancelled)


def honours_pdf(db: Database, year: int, branch_uuid: str | None = None, printed_on: date | None = None,
                progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """表彰名册 of the year (standing honours of members and branches)."""
    from partydesk.services.reports.vanguard import honours_document

    return render(honours_document(db, year, branch_uuid, printed_on, cancelled), progress, cancelled)


def points_pdf(db: Database, year: int, quarter: int | None = None, branch_uuid: str | None = None,
               printed_on: date | None = None, progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> bytes:
    """积分公示表: name, branch, points and stars to the end of a quarter (no IDs, no phones)."""
    from partydesk.services.reports.vanguard import points_document

    return render(points_document(db, year, quarter, branch_uuid, printed_on, cancelled), progress, cancelled)


def review_pdf(db: Database, year: int, branch_uuid: str | None = None, printed_on: date | None = None,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> bytes:
    """民主评议党员结果统计表: counts per grade per branch, and the list."""
    from partydesk.services.reports.vanguard import review_document

    return render(review_document(db, year, branch_uuid, printed_on, cancelled), progress, cancelled)


def page_count(data: bytes) -> int:
    """Pages of a finished PDF (for the CLI's summary line and the preview)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def dues_register_pdf(db: Database, branch_uuid: str | None, month_index: int, printed_on: date | None = None,
                      progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                      today: date | None = None) -> bytes:
    """党费收缴登记表 of one branch and month, with a signature column."""
    from partydesk.services.reports.dues import register_document

    return render(register_document(db, branch_uuid, month_index, printed_on, today), progress, cancelled)


def dues_publicity_pdf(db: Database, year: int, branch_uuid: str | None = None, printed_on: date | None = None,
                       progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                       today: date | None = None) -> bytes:
    """党费收缴情况公示 of a year: per branch, names and amounts (no ID numbers)."""
    from partydesk.services.reports.dues import publicity_document

    return render(publicity_document(db, year, branch_uuid, printed_on, today), progress, cancelled)


def reminders_pdf(db: Database, branch_uuid: str | None = None, today: date | None = None,
                  printed_on: date | None = None, progress: Progress = no_progress,
                  cancelled: Cancelled = never_cancelled) -> bytes:
    """提醒清单 of a branch (or the office) on a day judged."""
    from partydesk.services.reports.dues import reminders_document

    return render(reminders_document(db, branch_uuid, today, printed_on), progress, cancelled)
