"""How long typed text may be, per table and column: one home for the forms, the services and transfer packages."""

from __future__ import annotations

from collections.abc import Mapping

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

CITATION_LENGTH = 20_000
TALK_TEXT_LENGTH = 50_000
NOTE_LENGTH = 2000
SERVICE_TEXT_LENGTH = 20_000
# Text the forms limit, per table and column (String(n) columns are also held to n by their type).
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "member": {"notes": 4000},
    "study_plan": {"title": 200},
    "activity": {"title": 200, "minutes": 100_000},
    "service_entry": {"title": 200, "description": SERVICE_TEXT_LENGTH, "outcome": SERVICE_TEXT_LENGTH,
                      "follow_up": SERVICE_TEXT_LENGTH},
    "talk": {"talker_name": 40, "place": 200, "summary": TALK_TEXT_LENGTH, "response": TALK_TEXT_LENGTH,
             "follow_up": TALK_TEXT_LENGTH},
    "dues_base": {"note": NOTE_LENGTH},
    "dues_payment": {"receipt_no": 40, "proxy_name": 40, "approval": 200, "note": NOTE_LENGTH},
    "reminder_answer": {"note": NOTE_LENGTH},
    "recognition": {"title": 200, "issuer": 100, "doc_no": 100, "citation": CITATION_LENGTH, "note": NOTE_LENGTH,
                    "revoked_reason": NOTE_LENGTH},
    "exemplar_post": {"title": 100, "note": NOTE_LENGTH},
    "point_item": {"code": 20, "name": 100},
    "point_entry": {"note": NOTE_LENGTH},
    "appraisal": {"basis": 5000},
    "correction": {"outcome": 5000},
    "publish_consent": {"note": 200},
}
# Text the forms refuse to leave blank.
REQUIRED_TEXT: dict[str, tuple[str, ...]] = {
    "study_plan": ("title",),
    "activity": ("title",),
    "service_entry": ("title",),
    "recognition": ("title",),
    "exemplar_post": ("title",),
    "point_item": ("code", "name"),
}


def limit_text(value: str | None, field_name: str, max_length: int) -> str:
    """The text without surrounding blanks; ValidationError when longer than max_length."""
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            field_name, QT_TRANSLATE_NOOP("ValidationError", "At most {n} characters"), n=max_length
        )
    return text


def require_text(value: str | None, field_name: str, max_length: int = 200) -> str:
    """Like limit_text, and blank text is refused."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("ValidationError", "This field is required"))
    return limit_text(text, field_name, max_length)


def check_texts(table: str, row: Mapping[str, object]) -> None:
    """Hold a record's text columns (column -> value) to the table's limits and required fields."""
    required = REQUIRED_TEXT.get(table, ())
    for column, limit in TEXT_LIMITS.get(table, {}).items():
        value = row.get(column)
        if column not in row or not isinstance(value, str | None):
            continue  # absent (an older sender) or not text: the column's own check decides
        if column in required:
            require_text(value, column, limit)
        else:
            limit_text(value, column, limit)
