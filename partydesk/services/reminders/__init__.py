"""早提醒: every member at risk on a day judged, and the answers (talk, 正当理由, dismissal)."""

from partydesk.services.reminders.answers import (  # noqa: F401  (the API)
    answer_with_talk,
    dismiss,
    justify,
    prefilled_talk,
)
from partydesk.services.reminders.compute import (  # noqa: F401  (the API)
    REMINDER_RULES,
    Reminder,
    counts,
    reminder_rules,
    reminders,
    save_reminder_rules,
)
