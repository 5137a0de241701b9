"""User-facing names of fields named in ValidationError."""

from __future__ import annotations

from partydesk.i18n import QT_TRANSLATE_NOOP, translate

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "gender": QT_TRANSLATE_NOOP("Field", "Gender"),
    "ethnicity": QT_TRANSLATE_NOOP("Field", "Ethnicity"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "Birth date"),
    "resident_id": QT_TRANSLATE_NOOP("Field", "Resident ID"),
    "education": QT_TRANSLATE_NOOP("Field", "Education"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "branch": QT_TRANSLATE_NOOP("Field", "Branch"),
    "party_group": QT_TRANSLATE_NOOP("Field", "Party group"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "applied_on": QT_TRANSLATE_NOOP("Field", "Application date"),
    "activist_on": QT_TRANSLATE_NOOP("Field", "Activist date"),
    "candidate_on": QT_TRANSLATE_NOOP("Field", "Candidate date"),
    "joined_on": QT_TRANSLATE_NOOP("Field", "Joining date"),
    "full_on": QT_TRANSLATE_NOOP("Field", "Full membership date"),
    "post": QT_TRANSLATE_NOOP("Field", "Job / post"),
    "exemplar_post": QT_TRANSLATE_NOOP("Field", "Exemplar post"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "topic_area": QT_TRANSLATE_NOOP("Field", "Topic area"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "on_date": QT_TRANSLATE_NOOP("Field", "Date"),
    "start_time": QT_TRANSLATE_NOOP("Field", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("Field", "End time"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "hours": QT_TRANSLATE_NOOP("Field", "Hours"),
    "planned_hours": QT_TRANSLATE_NOOP("Field", "Study hours"),
    "people_served": QT_TRANSLATE_NOOP("Field", "People served"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "member": QT_TRANSLATE_NOOP("Field", "Member"),
    "attendance": QT_TRANSLATE_NOOP("Field", "Attendance"),
    "leave_reason": QT_TRANSLATE_NOOP("Field", "Reason for leave"),
    "follow_up_due": QT_TRANSLATE_NOOP("Field", "Follow-up due"),
    "follow_up_done": QT_TRANSLATE_NOOP("Field", "Follow-up done"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "talker": QT_TRANSLATE_NOOP("Field", "Talker"),
    "frequency": QT_TRANSLATE_NOOP("Field", "Frequency"),
    "day": QT_TRANSLATE_NOOP("Field", "Day"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    "office": QT_TRANSLATE_NOOP("Field", "Office"),
    "file": QT_TRANSLATE_NOOP("Field", "File"),
    "username": QT_TRANSLATE_NOOP("Field", "User name"),
    "password": QT_TRANSLATE_NOOP("Field", "Password"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "passphrase": QT_TRANSLATE_NOOP("Field", "Passphrase"),
}


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return translate("Field", source) if source else field
