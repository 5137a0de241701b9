"""Every member at risk on a day judged, with the evidence and a suggested action (SQL aggregates)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from partydesk.domain.dues import month_label
from partydesk.domain.enums import MemberStatus
from partydesk.domain.members import (
    PARTY_MEMBERS,
    is_due_for_full_membership,
    is_due_soon_for_full_membership,
    probation_end,
)
from partydesk.domain.reminders import (
    LOOKBACK_MONTHS,
    AnswerKind,
    ReminderKind,
    ReminderRules,
    hours_behind,
    is_suppressed,
    last_finished_month,
    level_for,
    suggested_action,
)
from partydesk.domain.vanguard import CORRECTION_EVIDENCE
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import settings
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live
from partydesk.services.compliance import hours_per_member, required_expression
from partydesk.services.reminders.sql import dues_arrears_runs, missed_meeting_runs
from partydesk.services.vanguard import CorrectionRow, open_corrections
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, ReminderAnswer, Talk

REMINDER_RULES = "reminder_rules"
EVIDENCE = {
    ReminderKind.MISSED_MEETINGS: QT_TRANSLATE_NOOP(
        "Reminders", "Absent from every meeting for {months} months in a row since {since}"),
    ReminderKind.DUES_ARREARS: QT_TRANSLATE_NOOP(
        "Reminders", "No dues paid for {months} months in a row since {since}"),
    ReminderKind.HOURS_BEHIND: QT_TRANSLATE_NOOP(
        "Reminders", "{hours} study hours this year, {behind} behind the pace of {required} a year"),
    ReminderKind.FOLLOW_UP_OVERDUE: QT_TRANSLATE_NOOP("Reminders", "Follow-up of the talk of {talk} was due {due}"),
    ReminderKind.PROBATION_DUE: QT_TRANSLATE_NOOP("Reminders", "Joined {joined}; probation ended {end}"),
    ReminderKind.PROBATION_DUE_SOON: QT_TRANSLATE_NOOP("Reminders", "Joined {joined}; probation ends {end}"),
    ReminderKind.CORRECTION_DUE: CORRECTION_EVIDENCE,
}
BATCH = 500  # member uuids per IN (...): well below every database's limit of bound parameters


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    member_uuid: str
    name: str
    branch: str
    level: int
    months: int | None
    since: str | None
    evidence: str
    suggested: str
    period: str
    facts: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind.value, "member_uuid": self.member_uuid, "name": self.name, "branch": self.branch,
                "level": self.level, "months": self.months, "since": self.since, "evidence": self.evidence,
                "suggested": self.suggested, "period": self.period}


def reminder_rules(db: Database) -> ReminderRules:
    stored = settings.get(db, REMINDER_RULES)
    return ReminderRules.from_dict(stored) if stored else ReminderRules()


def save_reminder_rules(db: Database, rules: ReminderRules) -> None:
    settings.put(db, REMINDER_RULES, rules.to_dict())


def _scope(session, branch_uuid: str | None, member_uuid: str | None) -> list:
    conditions = [Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS)]
    if branch_uuid:
        branch = get_live(session, Branch, branch_uuid, "branch")
        children = session.scalars(select(Branch.id).where(Branch.parent_id == branch.id)).all()
        conditions.append(Member.branch_id.in_([branch.id, *children]))
    if member_uuid:
        conditions.append(Member.uuid == member_uuid)
    return conditions


def _people(columns, scope):
    return select(Member.id, Member.uuid, Member.name, Branch.name, *columns).join(
        Branch, Branch.id == Member.branch_id).where(*scope)


def _make(kind: ReminderKind, person, level: int, period: str, months: int | None = None, since: str | None = None,
          **evidence: object) -> Reminder:
    text = translate("Reminders", EVIDENCE[kind], months=months, since=since, **evidence)
    return Reminder(kind, person[1], person[2], person[3], level, months, since, text,
                    translate("Reminders", suggested_action(kind, level)), period,
                    {"months": months, "since": since, **evidence})


def _runs(session, scope, today: date, rules: ReminderRules, member_id: int | None) -> list[tuple[int, Reminder]]:
    last = last_finished_month(today)
    first, least = last - LOOKBACK_MONTHS + 1, rules.level_months[0]
    found = []
    for kind, runs in ((ReminderKind.MISSED_MEETINGS, missed_meeting_runs(last, first, least, member_id)),
                       (ReminderKind.DUES_ARREARS, dues_arrears_runs(last, first, least, member_id))):
        stmt = _people([runs.c.months, runs.c.since], scope).join(runs, runs.c.member_id == Member.id)
        for person in session.execute(stmt):
            months, since = int(person[4]), month_label(int(person[5]))
            found.append((person[0], _make(kind, person, level_for(months, rules), since, months, since)))
    return found


def _hours(session, scope, today: date, rules: ReminderRules, office_rules) -> list[tuple[int, Reminder]]:
    if today.month < rules.hours_from_month:
        return []
    hours = hours_per_member(today.year)
    done, required = func.coalesce(hours.c.hours, 0.0), required_expression(office_rules)
    stmt = (_people([done, required], scope).outerjoin(hours, hours.c.member_id == Member.id)
            .where(required * (today.month - 1) / 12.0 - done > rules.hours_margin))
    found = []
    for person in session.execute(stmt):
        behind = hours_behind(float(person[4]), float(person[5]), today, rules)
        if behind is not None:
            found.append((person[0], _make(ReminderKind.HOURS_BEHIND, person, 1, str(today.year),
                                           hours=round(float(person[4]), 1), behind=behind, required=person[5])))
    return found


def _follow_ups(session, scope, today: date) -> list[tuple[int, Reminder]]:
    stmt = (_people([Talk.uuid, Talk.on_date, Talk.follow_up_due], scope).join(Talk, Talk.member_id == Member.id)
            .where(Talk.deleted_at.is_(None), Talk.follow_up_done.is_(None), Talk.follow_up_due < today)
            .order_by(Talk.follow_up_due))
    return [(p[0], _make(ReminderKind.FOLLOW_UP_OVERDUE, p, 1, p[4], talk=p[5].isoformat(), due=p[6].isoformat()))
            for p in session.execute(stmt)]


def _probation(session, scope, today: date, office_rules) -> list[tuple[int, Reminder]]:
    soon = office_rules.probation_due_soon_days
    latest = today + timedelta(days=soon) - timedelta(days=365)  # nobody who joined later can be either
    stmt = _people([Member.joined_on], scope).where(Member.status == MemberStatus.PROBATIONARY,
                                                    Member.joined_on <= latest)
    found = []
    for person in session.execute(stmt):
        joined = person[4]
        if is_due_for_full_membership(joined, today):
            kind = ReminderKind.PROBATION_DUE
        elif is_due_soon_for_full_membership(joined, today, soon):
            kind = ReminderKind.PROBATION_DUE_SOON
        else:
            continue
        found.append((person[0], _make(kind, person, 1, joined.isoformat(), joined=joined.isoformat(),
                                       end=probation_end(joined).isoformat())))
    return found


def _corrections(session, scope, today: date, open_ones: list[CorrectionRow]) -> list[tuple[int, Reminder]]:
    """限期改正 not closed and due soon: level 1 while the period runs, level 2 once it is over."""
    by_member: dict[str, list[CorrectionRow]] = {}
    for correction in open_ones:
        by_member.setdefault(correction.member_uuid, []).append(correction)
    uuids, found = list(by_member), []
    for start in range(0, len(uuids), BATCH):
        for person in session.execute(_people([], scope).where(Member.uuid.in_(uuids[start:start + BATCH]))):
            for correction in by_member[person[1]]:
                due = correction.due_on
                found.append((person[0], _make(ReminderKind.CORRECTION_DUE, person, 2 if due < today else 1,
                                               due.isoformat(), starts=correction.starts_on.isoformat(),
                                               due=due.isoformat())))
    return found


def _answered(session, member_ids: set[int], today: date):
    """(member, kind) justified today, and (member, kind, period) -> highest level answered."""
    justified, answered = set(), {}
    if not member_ids:
        return justified, answered
    rows = session.execute(select(ReminderAnswer.member_id, ReminderAnswer.kind, ReminderAnswer.period,
                                  ReminderAnswer.level, ReminderAnswer.answer, ReminderAnswer.until)
                           .where(ReminderAnswer.deleted_at.is_(None)))
    for member_id, kind, period, level, answer, until in rows:
        if member_id not in member_ids:
            continue
        if answer is AnswerKind.JUSTIFICATION:
            if is_suppressed(until, today):
                justified.add((member_id, kind))
        else:
            key = (member_id, kind, period)
            answered[key] = max(level, answered.get(key, 0))
    return justified, answered


def reminders(db: Database, today: date | None = None, branch_uuid: str | None = None,
              member_uuid: str | None = None) -> list[Reminder]:
    """Everyone at risk on `today` (open reminders only), most urgent first."""
    require(db, Permission.READ)
    today = today or date.today()
    rules, office_rules = reminder_rules(db), settings.compliance_rules(db)
    corrections = open_corrections(db, today + timedelta(days=rules.correction_notice_days))
    with db.read() as session:
        scope = _scope(session, branch_uuid, member_uuid)
        member_id = session.scalar(select(Member.id).where(Member.uuid == member_uuid)) if member_uuid else None
        if member_uuid and member_id is None:
            return []
        found = (_runs(session, scope, today, rules, member_id) + _hours(session, scope, today, rules, office_rules)
                 + _follow_ups(session, scope, today) + _probation(session, scope, today, office_rules)
                 + _corrections(session, scope, today, corrections))
        justified, answered = _answered(session, {member_id for member_id, _ in found}, today)
    open_ones = [r for member_id, r in found if (member_id, r.kind) not in justified
                 and answered.get((member_id, r.kind, r.period), 0) < max(r.level, 1)]
    order = list(ReminderKind)
    return sorted(open_ones, key=lambda r: (-r.level, order.index(r.kind), -(r.months or 0), r.branch, r.name))


def counts(found: list[Reminder]) -> dict[tuple[ReminderKind, int], int]:
    """How many reminders of each kind and level."""
    return dict(Counter((r.kind, r.level) for r in found))
