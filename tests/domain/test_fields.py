"""Every field a validation message can name has a label a person reads, in Chinese too."""

from __future__ import annotations

import dataclasses

import pytest

from partydesk.domain.dues import DuesRules
from partydesk.domain.errors import ValidationError
from partydesk.domain.fields import FIELD_LABELS, field_label, label_key
from partydesk.domain.reminders import ReminderRules
from partydesk.store import models
from partydesk.store.base import RecordMixin

BOOKKEEPING = set(RecordMixin.__annotations__)  # id, uuid, timestamps, origin, deleted_at
NEW_TABLES = (
    models.DuesBase, models.DuesPayment, models.ReminderAnswer,
    models.Recognition, models.ExemplarPost, models.PointItem, models.PointEntry, models.Appraisal, models.Correction,
    models.PublishConsent, models.PublicityItem,
)


def columns_of(table) -> list[str]:
    return [column.name for column in table.__table__.columns if column.name not in BOOKKEEPING]


@pytest.mark.parametrize("table", NEW_TABLES, ids=lambda table: table.__tablename__)
def test_every_column_of_the_dues_vanguard_and_publicity_tables_has_a_label(table):
    missing = [column for column in columns_of(table) if label_key(column) not in FIELD_LABELS]
    assert not missing, (table.__tablename__, missing)


@pytest.mark.parametrize("rules", [DuesRules, ReminderRules])
def test_every_field_of_the_office_rules_has_a_label(rules):
    assert {f.name for f in dataclasses.fields(rules)} <= FIELD_LABELS.keys()


def test_a_validation_message_names_the_field_in_words_not_its_code():
    error = ValidationError("receipt_no", "Too long")
    assert str(error) == "Receipt number: Too long"
    assert field_label("amount_fen") == "amount_fen"  # a column's name goes through label_key first
    assert label_key("amount_fen") == "amount" and label_key("member_id") == "member"


def test_no_two_fields_share_a_label_by_accident():
    by_label: dict[str, list[str]] = {}
    for key, label in FIELD_LABELS.items():
        by_label.setdefault(label, []).append(key)
    shared = {label: keys for label, keys in by_label.items() if len(keys) > 1}
    assert shared == {"Date": ["on_date", "on"]}
