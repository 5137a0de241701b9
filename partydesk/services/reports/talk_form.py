"""谈话记录表: one talk on a form; confidential content only for roles allowed to read it."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from partydesk.services import roster, talks
from partydesk.services.offices import local_office
from partydesk.services.reports.common import (
    FONT,
    GRID,
    SHADE,
    Document,
    chinese_date,
    fitted,
    form_table,
    gap,
    para,
    signature_line,
)
from partydesk.store.db import Database

TITLE = "谈话记录表"
HIDDEN = "内容保密"
CONTENT_HEIGHT = 70 * mm
FOLLOW_UP_HEIGHT = 30 * mm
NARROW = [28 * mm, 60 * mm, 26 * mm, 60 * mm]
WIDE = [28 * mm, 146 * mm]


def _section(label: str, text: str, hidden: bool, empty_height: float) -> Table:
    """One labelled content block, a row a paragraph so long text breaks between pages cleanly."""
    if hidden:
        values = [para(HIDDEN, "cell")]
    else:
        values = [para(line.strip(), "cell") for line in (text or "").splitlines() if line.strip()]
    heights: list[float | None] = [None] * len(values)
    used = sum(value.wrap(WIDE[1] - 12, 1e6)[1] + 6 for value in values)
    if used < empty_height:  # a form keeps room to write more by hand
        values.append("")
        heights.append(empty_height - used)
    rows = [[label if index == 0 else "", value] for index, value in enumerate(values)]
    # splitInRow is only the fallback for a single paragraph taller than a page.
    table = Table(rows, colWidths=WIDE, rowHeights=heights, splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID), ("LINEAFTER", (0, 0), (0, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SHADE), ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def talk_form_document(db: Database, talk_uuid: str, printed_on: date | None = None) -> Document:
    talk = talks.get_talk(db, talk_uuid)
    member = roster.get_member(db, talk.member_uuid)
    office = local_office(db)
    hidden = talk.content_hidden
    head = form_table([
        ["谈话类型", talk.kind.zh, "密级", "保密" if talk.confidential else "一般"],
        ["谈话日期", chinese_date(talk.on_date), "谈话地点", fitted(talk.place, NARROW[3])],
        ["谈话人", fitted(talk.talker_name, NARROW[1]), "谈话对象", fitted(member.name, NARROW[3])],
        ["所在支部", fitted(member.branch_name, NARROW[1]), "党内身份", member.status.zh],
    ], NARROW, label_columns=(0, 2))
    tail = form_table([["跟进期限", chinese_date(talk.follow_up_due), "完成日期", chinese_date(talk.follow_up_done)]],
                      NARROW, label_columns=(0, 2))
    story = [
        para(TITLE, "title"), head,
        _section("谈话内容", talk.summary, hidden, CONTENT_HEIGHT),
        _section("谈话对象表态", talk.response, hidden, FOLLOW_UP_HEIGHT),
        _section("后续跟进", talk.follow_up, hidden, FOLLOW_UP_HEIGHT),
        tail, gap(10), signature_line("谈话人签字", "谈话对象签字"),
    ]
    return Document(TITLE, office.name if office else "", story, printed_on or date.today())
