"""Rules a talk record keeps wherever it comes from: the form, a reminder's answer, a transfer package."""

from __future__ import annotations

from datetime import date

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP


def check_talker(has_talker_member: bool, talker_name: str | None) -> None:
    """A talk names who held it: a member of the roster or a name."""
    if not has_talker_member and not (talker_name or "").strip():
        raise ValidationError("talker", QT_TRANSLATE_NOOP("ValidationError", "Say who held the talk"))


def check_follow_up_due(on_date: date, follow_up_due: date | None) -> None:
    if follow_up_due is not None and follow_up_due < on_date:
        raise ValidationError(
            "follow_up_due", QT_TRANSLATE_NOOP("ValidationError", "The follow-up cannot be due before the talk"))
