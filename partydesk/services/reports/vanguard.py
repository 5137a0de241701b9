"""表彰名册, 积分公示表 (no IDs, no phones) and 民主评议党员结果统计表, and the member file's 先锋模范 section."""

from __future__ import annotations

from collections import Counter
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from partydesk.domain.dates import format_date
from partydesk.domain.vanguard import Grade, excellent_limit, star_text
from partydesk.services import vanguard
from partydesk.services.common import Cancelled, OperationCancelled, never_cancelled
from partydesk.services.offices import local_office
from partydesk.services.reports.common import Document, data_table, fitted, gap, grid_table, heading, para
from partydesk.services.reports.roster import organisation_name
from partydesk.store.db import Database

HONOURS_TITLE = "表彰名册"
POINTS_TITLE = "党员积分公示表"
REVIEW_TITLE = "民主评议党员结果统计表"
QUARTERS = "一二三四"
CENTER_BODY = ("ALIGN", (0, 1), (-1, -1), "CENTER")


def _office_name(db: Database) -> str:
    office = local_office(db)
    return office.name if office else ""


def honours_document(db: Database, year: int, branch_uuid: str | None = None,
                     printed_on: date | None = None, cancelled: Cancelled = never_cancelled) -> Document:
    """Honours of the year still standing (revoked ones leave the roll), members and branches."""
    rows = vanguard.query_honours(db, vanguard.HonourQuery(year=year, branch_uuid=branch_uuid,
                                                           include_revoked=False, limit=100_000)).rows
    if cancelled():
        raise OperationCancelled()
    table = [["序号", "获表彰个人或集体", "所在党支部", "表彰名称", "级别", "颁发单位", "文号", "时间"]]
    widths = [12 * mm, 36 * mm, 36 * mm, 50 * mm, 16 * mm, 44 * mm, 40 * mm, 28 * mm]
    for number, row in enumerate(sorted(rows, key=lambda r: (r.on_date, r.holder_name)), start=1):
        values = (str(number), row.holder_name, row.branch_name, row.title, row.level.zh, row.issuer, row.doc_no,
                  format_date(row.on_date))
        table.append([fitted(value, width) for value, width in zip(values, widths, strict=True)])
    people = sum(1 for r in rows if r.member_uuid)
    story: list[Flowable] = [
        para(f"{organisation_name(db, branch_uuid)}{year}年度{HONOURS_TITLE}", "title"),
        para(f"共 {len(rows)} 项，其中表彰个人 {people} 项、集体 {len(rows) - people} 项。", "plain"), gap(2),
        data_table(table, widths, extra=[CENTER_BODY]) if rows else para("本年度无表彰记录。", "plain"),
    ]
    return Document(HONOURS_TITLE, _office_name(db), story, printed_on or date.today(), landscape=True)


def points_document(db: Database, year: int, quarter: int | None = None, branch_uuid: str | None = None,
                    printed_on: date | None = None, cancelled: Cancelled = never_cancelled) -> Document:
    """季度公示: name, branch, points and stars only (never an ID number or a phone)."""
    page = vanguard.points_summary(db, vanguard.PointsQuery(year, branch_uuid, quarter))
    if cancelled():
        raise OperationCancelled()
    period = f"{year}年第{QUARTERS[quarter - 1]}季度" if quarter else f"{year}年度"
    table = [["序号", "姓名", "所在党支部", "基础分", "加分", "减分", "总积分", "星级"]]
    widths = [14 * mm, 28 * mm, 44 * mm, 18 * mm, 16 * mm, 16 * mm, 20 * mm, 26 * mm]
    for number, row in enumerate(page.rows, start=1):
        table.append([str(number), fitted(row.name, widths[1]), fitted(row.branch_name, widths[2]), str(row.base),
                      str(row.added), str(row.deducted), str(row.total), star_text(row.stars)])
    stars = Counter(row.stars for row in page.rows)
    summary = "；".join(f"{n}星 {stars[n]} 人" for n in range(5, 0, -1)) + f"；不足60分 {stars[0]} 人。"
    story: list[Flowable] = [
        para(f"{organisation_name(db, branch_uuid)}{POINTS_TITLE}", "title"),
        para(f"（{period}，累计至{'本季度末' if quarter else '年末'}）", "subtitle"),
        para(f"参加积分 {page.total} 人：{summary}", "plain"), gap(2),
        data_table(table, widths, extra=[CENTER_BODY]),
        gap(4), para("公示期间如有异议，请向党支部反映。", "plain"),
    ]
    return Document(POINTS_TITLE, _office_name(db), story, printed_on or date.today())


def review_document(db: Database, year: int, branch_uuid: str | None = None,
                    printed_on: date | None = None, cancelled: Cancelled = never_cancelled) -> Document:
    """Per branch: counts of each grade, the one-third check, then the list of members and grades."""
    sheet = vanguard.appraisal_sheet(db, year, branch_uuid)
    if cancelled():
        raise OperationCancelled()
    branches: dict[str, list] = {}
    for line in sheet:
        branches.setdefault(line.branch_name, []).append(line)
    widths = [32 * mm, 18 * mm, 26 * mm, 13 * mm, 13 * mm, 20 * mm, 16 * mm, 16 * mm, 20 * mm]
    header = ["党支部", "参评党员", "预备党员（不评等次）", *[g.zh for g in Grade], "未评定", "优秀比例"]
    counts = [[fitted(text, width) for text, width in zip(header, widths, strict=True)]]
    for name, lines in branches.items():
        graded = [line for line in lines if line.grade]
        by_grade = Counter(line.grade for line in graded)
        over = "（超过三分之一）" if by_grade[Grade.EXCELLENT] > excellent_limit(len(graded)) else ""
        share = f"{by_grade[Grade.EXCELLENT]}/{len(graded)}{over}" if graded else ""
        counts.append([fitted(name, 36 * mm), str(len(lines)), str(sum(1 for line in lines if line.refusal)),
                       *[str(by_grade[g]) for g in Grade],
                       str(sum(1 for line in lines if not line.grade and not line.refusal)), fitted(share, widths[-1])])
    story: list[Flowable] = [
        para(f"{organisation_name(db, branch_uuid)}{year}年度{REVIEW_TITLE}", "title"),
        grid_table(counts, widths, extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")]),
    ]
    for name, lines in branches.items():
        rows = [["序号", "姓名", "身份", "评议等次", "依据"]]
        rows += [[str(n), fitted(line.name, 26 * mm), line.status.zh,
                  line.grade.zh if line.grade else ("不评等次" if line.refusal else ""), para(_basis(line))]
                 for n, line in enumerate(lines, start=1)]
        story += [*heading(name), data_table(rows, [12 * mm, 26 * mm, 24 * mm, 24 * mm, 88 * mm],
                                             extra=[("ALIGN", (0, 1), (3, -1), "CENTER")])]
    return Document(REVIEW_TITLE, _office_name(db), story, printed_on or date.today())


def _basis(line) -> str:
    return line.basis or ""


def member_vanguard_section(db: Database, member_uuid: str, year: int) -> list[Flowable]:
    """The education file's 先锋模范: honours, the year's points by quarter, grades."""
    honours = vanguard.query_honours(db, vanguard.HonourQuery(member_uuid=member_uuid, limit=1000)).rows
    points = vanguard.member_points(db, member_uuid, year)
    grades = vanguard.member_grades(db, member_uuid)
    story: list[Flowable] = []
    if honours:
        rows = [["时间", "表彰名称", "级别", "颁发单位", "备注"]]
        rows += [[format_date(h.on_date), fitted(h.title, 60 * mm), h.level.zh, fitted(h.issuer, 44 * mm),
                  f"{format_date(h.revoked_on)}撤销" if h.revoked_on else ""] for h in honours]
        story += [data_table(rows, [26 * mm, 60 * mm, 18 * mm, 44 * mm, 26 * mm], extra=[CENTER_BODY]), gap(2)]
    else:
        story += [para("无表彰记录。", "plain"), gap(1)]
    quarters = "，".join(f"第{QUARTERS[i]}季度 {value:+d}" for i, value in enumerate(points.quarters))
    story.append(para(f"{year}年度积分：基础分 {points.base}，加分 {points.added}，减分 {points.deducted}，"
                      f"总积分 {points.total}（{star_text(points.stars) or '未达星级'}）；{quarters}。", "plain"))
    if grades:
        rows = [["年度", "评议等次", "依据"]] + [[str(g.year), g.grade.zh, para(g.basis)] for g in grades]
        story += [gap(2), grid_table(rows, [24 * mm, 30 * mm, 120 * mm], extra=[("ALIGN", (0, 1), (1, -1), "CENTER")])]
    return story
