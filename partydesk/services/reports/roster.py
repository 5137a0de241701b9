"""党员花名册: the roster of a branch or the whole office, landscape, personal numbers masked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

from reportlab.lib.units import mm

from partydesk.domain.dates import format_date
from partydesk.domain.enums import Gender, MemberStatus, OrgKind
from partydesk.domain.errors import NotFoundError
from partydesk.domain.members import PARTY_MEMBERS
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.offices import list_branches, local_office
from partydesk.services.reports.common import Document, data_table, fitted, gap, one_line, para
from partydesk.services.roster import MemberQuery, MemberRow, query_members
from partydesk.store.db import Database

TITLE = "党员花名册"
COLUMNS = (
    ("序号", 10), ("姓名", 17), ("性别", 9), ("出生日期", 20), ("公民身份号码", 36), ("党支部", 28),
    ("党小组", 22), ("人员类别", 18), ("党内职务", 18), ("入党日期", 20), ("转正日期", 20),
    ("联系电话", 23), ("工作岗位", 20),
)
WIDTHS = [width * mm for _, width in COLUMNS]
FETCH = 5000
SIZE = 9
PADDING = 3


def roster_rows(db: Database, branch_uuid: str | None, cancelled: Cancelled = never_cancelled) -> Iterator[MemberRow]:
    """Party members in roster order, fetched a slice at a time."""
    offset = 0
    while True:
        if cancelled():
            raise OperationCancelled()
        page = query_members(db, MemberQuery(branch_uuid=branch_uuid, statuses=PARTY_MEMBERS, sort="roster",
                                             offset=offset, limit=FETCH))
        yield from page.rows
        offset += FETCH
        if offset >= page.total:
            return


def organisation_name(db: Database, branch_uuid: str | None) -> str:
    """The branch's name, or the office's when printing for the whole office."""
    if not branch_uuid:
        office = local_office(db)
        return office.name if office else ""
    kinds = tuple(OrgKind)
    for branch in list_branches(db, kinds=kinds):
        if branch.uuid == branch_uuid:
            return branch.name
    raise NotFoundError("branch", branch_uuid)


def row_cells(number: int, row: MemberRow) -> list:
    values = (
        str(number), row.name, row.gender.zh if row.gender else "", format_date(row.birth_date),
        row.resident_id_masked, row.branch_name, row.group_name, row.status.zh, row.branch_role.zh,
        format_date(row.joined_on), format_date(row.full_on), row.phone_masked, row.post,
    )
    cells = [fitted(value, width, SIZE, PADDING) for value, width in zip(values, WIDTHS, strict=True)]
    cells[1] = one_line(row.name, WIDTHS[1], SIZE, PADDING)  # a name is never broken over two lines
    return cells


def summary(rows: list[MemberRow]) -> str:
    """共 N 人，其中正式党员 a 人、预备党员 b 人；男 x 人、女 y 人."""
    status = Counter(row.status for row in rows)
    gender = Counter(row.gender for row in rows)
    return (
        f"共 {len(rows)} 人，其中{MemberStatus.FULL.zh} {status[MemberStatus.FULL]} 人、"
        f"{MemberStatus.PROBATIONARY.zh} {status[MemberStatus.PROBATIONARY]} 人；"
        f"男 {gender[Gender.MALE]} 人、女 {gender[Gender.FEMALE]} 人。"
    )


def roster_document(db: Database, branch_uuid: str | None = None, printed_on: date | None = None,
                    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> Document:
    """The roster; progress counts rows laid out on pages."""
    name = organisation_name(db, branch_uuid)
    rows = list(roster_rows(db, branch_uuid, cancelled))
    office = local_office(db)
    header = [column for column, _ in COLUMNS]
    table = data_table([header, *(row_cells(n, row) for n, row in enumerate(rows, start=1))], WIDTHS,
                       extra=[("FONTSIZE", (0, 0), (-1, -1), SIZE), ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                              ("RIGHTPADDING", (0, 0), (-1, -1), PADDING), ("ALIGN", (0, 1), (3, -1), "CENTER"),
                              ("ALIGN", (7, 1), (-1, -1), "CENTER")],
                       progress=progress, cancelled=cancelled)
    story = [para(f"{name}{TITLE}", "title"), para(summary(rows), "plain"), gap(2), table]
    return Document(TITLE, office.name if office else "", story, printed_on or date.today(), landscape=True)
