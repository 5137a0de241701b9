"""党费收缴登记表 (a branch's month, signed), 党费收缴情况公示 (a year, no IDs) and the 提醒清单."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm

from partydesk.domain.dues import month_of
from partydesk.domain.reminders import ReminderKind
from partydesk.services import dues, reminders
from partydesk.services.offices import local_office
from partydesk.services.reports.common import Document, chinese_date, data_table, fitted, gap, para, signature_line
from partydesk.services.reports.roster import organisation_name
from partydesk.store.db import Database

REGISTER = "党费收缴登记表"
PUBLICITY = "党费收缴情况公示"
REMINDERS = "提醒清单"
REGISTER_COLUMNS = (("序号", 10), ("姓名", 22), ("人员类别", 20), ("缴费基数", 22), ("应交金额", 20),
                    ("实交金额", 20), ("交纳日期", 32), ("收据号", 28), ("备注", 32), ("本人签名", 30))
PUBLICITY_COLUMNS = (("序号", 14), ("姓名", 36), ("月应交", 28), ("应交", 30), ("实交", 30), ("欠交", 30))
REMINDER_COLUMNS = (("序号", 10), ("姓名", 20), ("党支部", 34), ("提醒事项", 34), ("等级", 12), ("情况", 70),
                    ("建议", 60))
SIZE = 9
EVIDENCE_ZH = {
    ReminderKind.MISSED_MEETINGS: "自{since}起连续{months}个月未参加组织生活",
    ReminderKind.DUES_ARREARS: "自{since}起连续{months}个月未交纳党费",
    ReminderKind.HOURS_BEHIND: "本年学时{hours}，落后进度{behind}学时",
    ReminderKind.FOLLOW_UP_OVERDUE: "{talk}谈话的跟进事项应于{due}完成",
    ReminderKind.PROBATION_DUE: "{joined}入党，预备期已于{end}届满",
    ReminderKind.PROBATION_DUE_SOON: "{joined}入党，预备期将于{end}届满",
    ReminderKind.CORRECTION_DUE: "民主评议不合格，限期改正{starts}至{due}",
}
SUGGESTED_ZH = {
    (ReminderKind.MISSED_MEETINGS, 1): "进行提醒谈话", (ReminderKind.DUES_ARREARS, 1): "提醒按时交纳党费",
    (ReminderKind.HOURS_BEHIND, 1): "帮助制定学习计划", (ReminderKind.FOLLOW_UP_OVERDUE, 1): "落实谈话跟进事项",
    (ReminderKind.PROBATION_DUE, 1): "提交支部党员大会讨论转正",
    (ReminderKind.PROBATION_DUE_SOON, 1): "准备转正程序",
    (ReminderKind.CORRECTION_DUE, 1): "期满前考察改正情况",
    (ReminderKind.CORRECTION_DUE, 2): "改正期已满，由支部研究处理",
}
ARTICLE_9 = "已满六个月，支部须按党章第九条研究处理"


def evidence_zh(reminder: reminders.Reminder) -> str:
    facts = dict(reminder.facts)
    if reminder.kind is ReminderKind.CORRECTION_DUE:  # 2026年11月6日: no hyphen for a narrow cell to break at
        facts.update({key: chinese_date(date.fromisoformat(facts[key])) for key in ("starts", "due")})
    return EVIDENCE_ZH.get(reminder.kind, "").format(**facts)


def suggested_zh(reminder: reminders.Reminder) -> str:
    if reminder.kind in (ReminderKind.MISSED_MEETINGS, ReminderKind.DUES_ARREARS) and reminder.level >= 2:
        return ARTICLE_9 if reminder.level >= 3 else "由支部书记谈话"
    return SUGGESTED_ZH.get((reminder.kind, reminder.level)) or SUGGESTED_ZH.get((reminder.kind, 1), "")


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _widths(columns) -> list[float]:
    return [width * mm for _, width in columns]


def _table(columns, rows: list[list[str]], amounts: tuple[int, int] | None = None):
    """A grid with the header row; `amounts` (first, last column) are right-aligned."""
    widths = _widths(columns)
    body = [[fitted(text, width, SIZE) for text, width in zip(row, widths, strict=True)] for row in rows]
    extra = [("FONTSIZE", (0, 0), (-1, -1), SIZE), ("ALIGN", (0, 1), (0, -1), "CENTER")]
    if amounts:
        extra.append(("ALIGN", (amounts[0], 1), (amounts[1], -1), "RIGHT"))
    return data_table([[name for name, _ in columns], *body], widths, extra=extra)


def _office(db: Database) -> str:
    office = local_office(db)
    return office.name if office else ""


def _remark(cell: dues.LedgerCell, month_index_paid: date | None, year: int, month: int) -> str:
    notes = []
    if cell.proxy_name:
        notes.append(f"{cell.proxy_name}代交")
    if month_index_paid and (month_index_paid.year, month_index_paid.month) > (year, month):
        notes.append("补交")
    return "，".join(notes)


def register_document(db: Database, branch_uuid: str | None, month_index: int, printed_on: date | None = None,
                      today: date | None = None) -> Document:
    """One month of one branch: each member's due and payment, with a column to sign."""
    year, month = month_of(month_index)
    rows = []
    total_due, total_paid = Decimal("0"), Decimal("0")
    for number, row in enumerate(dues.ledger(db, year, branch_uuid, today), start=1):
        cell = row.cells[month - 1]
        total_due += cell.due or 0
        total_paid += cell.paid or 0
        rows.append([str(number), row.name, row.category.zh if row.category else "",
                     money(row.base) if row.category and row.category.uses_base else "",
                     money(cell.due), money(cell.paid), chinese_date(cell.paid_on) if cell.paid_on else "",
                     cell.receipt_no, _remark(cell, cell.paid_on, year, month), ""])
    rows.append(["", "合计", "", "", money(total_due), money(total_paid), "", "", "", ""])
    name = organisation_name(db, branch_uuid)
    story = [para(f"{name}{REGISTER}", "title"), para(f"{year}年{month}月", "plain"), gap(2),
             _table(REGISTER_COLUMNS, rows, (3, 5)), gap(6), signature_line("收缴人", "支部书记")]
    return Document(REGISTER, _office(db), story, printed_on or date.today(), landscape=True)


def publicity_document(db: Database, year: int, branch_uuid: str | None = None, printed_on: date | None = None,
                       today: date | None = None) -> Document:
    """The year's dues per branch: names and amounts only (公示 carries no ID numbers)."""
    story = [para(f"{organisation_name(db, branch_uuid)}{year}年度{PUBLICITY}", "title"), gap(2)]
    by_branch: dict[str, list[dues.LedgerRow]] = {}
    for row in dues.ledger(db, year, branch_uuid, today):
        by_branch.setdefault(row.branch_name, []).append(row)
    for branch, rows in by_branch.items():
        due, paid = sum((r.due for r in rows), Decimal("0")), sum((r.paid for r in rows), Decimal("0"))
        lines = [[str(n), r.name, money(r.monthly), money(r.due), money(r.paid), money(r.owed)]
                 for n, r in enumerate(rows, start=1)]
        lines.append(["", "合计", "", money(due), money(paid), money(max(due - paid, Decimal("0")))])
        story += [para(f"{branch}（{len(rows)}人）", "heading"), _table(PUBLICITY_COLUMNS, lines, (2, 5)), gap(4)]
    story.append(para("如有疑问，请向党支部反映。", "plain"))
    return Document(PUBLICITY, _office(db), story, printed_on or date.today())


def reminders_document(db: Database, branch_uuid: str | None = None, today: date | None = None,
                       printed_on: date | None = None) -> Document:
    """Every open reminder of a branch (or the office), most urgent first."""
    today = today or date.today()
    found = reminders.reminders(db, today, branch_uuid)
    rows = [[str(n), r.name, r.branch, r.kind.zh, str(r.level), evidence_zh(r), suggested_zh(r)]
            for n, r in enumerate(found, start=1)]
    story = [para(f"{organisation_name(db, branch_uuid)}{REMINDERS}", "title"),
             para(f"截至{chinese_date(today)}，共{len(found)}项", "plain"), gap(2), _table(REMINDER_COLUMNS, rows)]
    return Document(REMINDERS, _office(db), story, printed_on or today, landscape=True)
