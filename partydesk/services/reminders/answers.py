"""Answering a reminder: a 提醒谈话, a 正当理由 until a date, or a dismissal; audited, never a status change."""

from __future__ import annotations

from datetime import date

from partydesk.domain.dates import parse_date
from partydesk.domain.enums import TalkKind
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.reminders import AnswerKind, ReminderKind
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, require_text, stamp_new
from partydesk.services.reminders.compute import Reminder
from partydesk.services.talks import TalkInput, create_talk_in
from partydesk.store.db import Database
from partydesk.store.models import Member, ReminderAnswer

NOTE_LIMIT = TEXT_LIMITS["reminder_answer"]["note"]


def prefilled_talk(reminder: Reminder, today: date, talker_name: str = "") -> TalkInput:
    """A 提醒谈话 with the member and the evidence filled in, for the clerk to complete."""
    return TalkInput(TalkKind.REMINDER, today, reminder.member_uuid, talker_name=talker_name,
                     summary=f"{reminder.evidence}\n{reminder.suggested}")


def _save(session, db: Database, reminder: Reminder, answer: AnswerKind, on: date, note: str,
          until: date | None = None, talk_id: int | None = None) -> str:
    member = get_live(session, Member, reminder.member_uuid, "member")
    record = ReminderAnswer(member_id=member.id, kind=ReminderKind(reminder.kind), period=reminder.period,
                            level=reminder.level, answer=answer, answered_on=on, until=until, talk_id=talk_id,
                            note=note)
    stamp_new(record, db)
    session.add(record)
    session.flush()
    audit.record(session, db.actor, f"reminder.{answer.value}", "reminder_answer", record.uuid,
                 {"member": reminder.member_uuid, "kind": reminder.kind.value, "period": reminder.period,
                  "level": reminder.level})
    return record.uuid


def answer_with_talk(db: Database, reminder: Reminder, talk: TalkInput, today: date | None = None) -> str:
    """Save the talk and count it as the reminder's answer, in one transaction; returns the talk's uuid."""
    require(db, Permission.WRITE_RECORDS)
    if talk.member_uuid != reminder.member_uuid:
        raise ValidationError("member", QT_TRANSLATE_NOOP(
            "ValidationError", "The talk must be with the member reminded"))
    with db.write() as session:
        record = create_talk_in(session, db, talk)
        _save(session, db, reminder, AnswerKind.TALK, today or record.on_date, "", talk_id=record.id)
        return record.uuid


def justify(db: Database, reminder: Reminder, until: date | str, note: str, today: date | None = None) -> str:
    """正当理由 (working away, illness...): the kind stays quiet for this member through `until`."""
    require(db, Permission.WRITE_RECORDS)
    today = today or date.today()
    end = parse_date(until, "until")
    if end < today:
        raise ValidationError("until", QT_TRANSLATE_NOOP(
            "ValidationError", "The reason must hold until today or later"))
    with db.write() as session:
        note = require_text(note, "note", NOTE_LIMIT)
        return _save(session, db, reminder, AnswerKind.JUSTIFICATION, today, note, end)


def dismiss(db: Database, reminder: Reminder, note: str, today: date | None = None) -> str:
    """Dismiss with a note saying why; it returns if the run reaches a higher level."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        return _save(session, db, reminder, AnswerKind.DISMISSAL, today or date.today(),
                     require_text(note, "note", NOTE_LIMIT))
