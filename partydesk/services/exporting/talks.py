"""Talk records (谈话记录): confidential talks are counted, never written, and the file says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from partydesk.domain.enums import TalkKind
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.exporting.files import (
    ExportResult,
    audit_export,
    by_year,
    date_for,
    format_of,
    heading,
    write_sheets,
)
from partydesk.services.exporting.sheets import Column, SheetSpec
from partydesk.store.db import Database
from partydesk.store.models import Member, Talk

TALK_COLUMNS = [
    Column("日期", 12, "date"), Column("谈话类型", 12), Column("谈话对象", 10), Column("谈话人", 10),
    Column("地点", 16), Column("谈话内容", 40), Column("本人表态", 30), Column("后续措施", 30),
    Column("跟进期限", 12, "date"), Column("完成日期", 12, "date"),
]


def withheld_note(count: int) -> str:
    """The line at the end of the file: how many talks were left out, and why."""
    return f"注：另有{count}条保密谈话记录（诫勉谈话或标为保密的谈话）按规定未导出，请在本系统中查阅。"


def export_talks(db: Database, path: str | Path, *, year: int | None = None, today: date | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ExportResult:
    """Talks that are not confidential; 诫勉谈话 and flagged talks are counted as withheld, never written."""
    path = Path(path)
    fmt = format_of(path)
    require(db, Permission.EXPORT)
    as_date = date_for(fmt)
    talker = aliased(Member)
    secret = or_(Talk.confidential.is_(True), Talk.kind == TalkKind.ADMONISHMENT)
    with db.read() as session:
        talks = session.execute(by_year(
            select(Talk.on_date, Talk.kind, Member.name, Talk.talker_name, talker.name, Talk.place, Talk.summary,
                   Talk.response, Talk.follow_up, Talk.follow_up_due, Talk.follow_up_done)
            .join(Member, Member.id == Talk.member_id)
            .outerjoin(talker, talker.id == Talk.talker_member_id)
            .where(Talk.deleted_at.is_(None), ~secret)
            .order_by(Talk.on_date, Talk.id), Talk.on_date, year)).all()
        withheld = session.scalar(by_year(
            select(func.count()).select_from(Talk).where(Talk.deleted_at.is_(None), secret), Talk.on_date, year)) or 0
    rows = [(as_date(t[0]), t[1].zh, t[2], t[4] or t[3], t[5], t[6], t[7], t[8], as_date(t[9]), as_date(t[10]))
            for t in talks]
    footer = (withheld_note(withheld),) if withheld else ()
    spec = SheetSpec("谈话记录", TALK_COLUMNS, rows, len(rows), heading(db, "谈话记录", today or date.today()), footer)
    count = write_sheets(path, fmt, [spec], progress, cancelled)
    audit_export(db, "export.talks", path, count, False, withheld=withheld)
    return ExportResult(path, count, withheld=withheld)
