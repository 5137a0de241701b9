"""早提醒: every member at risk on a day judged, and the answers (talk, 正当理由, dismissal)."""

from partydesk.services.reminders.answers import (
    answer_with_talk,
    dismiss,
    justify,
    prefilled_talk,
)
from partydesk.services.reminders.compute import (
    REMINDER_RULES,
    Reminder,
    counts,
    reminder_rules,
    reminders,
    save_reminder_rules,
)

__all__ = [
    "answer_with_talk",
    "dismiss",
    "justify",
    "prefilled_talk",
    "REMINDER_RULES",
    "Reminder",
    "counts",
    "reminder_rules",
    "reminders",
    "save_reminder_rules",
]
