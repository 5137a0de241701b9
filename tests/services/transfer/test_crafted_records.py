"""Packages whose talks, dues, 先锋模范 records, consents or answers break their forms' rules are refused whole."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

import pytest

from partydesk import i18n
from partydesk.cli.language import catalogue_translator
from partydesk.domain.enums import TalkKind
from partydesk.domain.fields import field_label
from partydesk.domain.reminders import ReminderKind
from partydesk.domain.vanguard import Grade, HonourLevel, PostKind
from partydesk.services import dues, publicity, reminders, talks, transfer, vanguard
from partydesk.services.backup.container import BackupError
from partydesk.services.transfer import package as transfer_package
from partydesk.services.transfer import receive as transfer_import

from ..helpers import add_member, table_counts

PASS = "correct horse battery"
TODAY = date(2026, 12, 6)
NOBODY = "6f1d0c2e-0000-4000-8000-00000000dead"
pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def sender(db, branch_uuid):
    """An office with one record of every newer table."""
    member = add_member(db, branch_uuid, name="王昇")
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, date(2026, 3, 2), member, talker_name="李书记",
                                          follow_up="再谈", follow_up_due=date(2026, 4, 1)))
    dues.set_base(db, member, 2026, "in_service", "6000")
    dues.record_payment(db, dues.PaymentInput(member, "2026-01"), today=TODAY)
    reminder = next(r for r in reminders.reminders(db, TODAY) if r.kind is ReminderKind.DUES_ARREARS)
    reminders.dismiss(db, reminder, "已联系", today=TODAY)
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2026, 6, 28),
                                                 member_uuid=member, citation="事迹"))
    vanguard.add_post(db, member, PostKind.ZONE, "3号楼责任区", date(2026, 1, 1), date(2026, 12, 31))
    vanguard.add_entry(db, member, "INDUSTRY", date(2026, 3, 1), note="带头种植")
    vanguard.set_grade(db, member, 2026, Grade.UNQUALIFIED, decided_on=date(2026, 11, 20))
    publicity.set_consent(db, member, name=True, photo=False, on=date(2026, 5, 1))
    return db


def row_values(table, **values):
    """Change columns of the first row of a table."""
    def change(lines):
        at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == table)
        for column, value in values.items():
            lines[at + 1][lines[at]["columns"].index(column)] = value
        return lines
    return change


def branch_of_member(lines):
    """The first honour given to both its member and the member's branch."""
    at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == "branch")
    branch = lines[at + 1][lines[at]["columns"].index("uuid")]
    return row_values("recognition", branch_id=branch)(lines)


def crafted_package(sender, tmp_path, monkeypatch, change_lines):
    real_write = transfer_package.write_container

    def crafted_write(out, kind, kdf, metadata, plain, size, *rest, **options):
        lines = [json.loads(line) for line in gzip.decompress(plain.read()).splitlines()]
        data = gzip.compress(b"".join(json.dumps(x, ensure_ascii=False).encode() + b"\n"
                                      for x in change_lines(lines)))
        metadata["size"] = len(data)
        return real_write(out, kind, kdf, metadata, io.BytesIO(data), len(data), *rest, **options)

    monkeypatch.setattr(transfer_package, "write_container", crafted_write)
    return transfer.export_package(sender, tmp_path, PASS).path


LONG = "长" * 20_000
RULE_CASES = {  # (change, table label, table code, field named)
    "a follow-up due before the talk": (row_values("talk", follow_up_due="2026-01-01"),
                                        "Talk records", "talk", "follow_up_due"),
    "a talk held by nobody": (row_values("talk", talker_name="  ", talker_member_id=None),
                              "Talk records", "talk", "talker"),
    "a talk summary of 60,000 characters": (row_values("talk", summary="谈" * 60_000),
                                            "Talk records", "talk", "summary"),
    "a talk with a member in neither office": (row_values("talk", member_id=NOBODY), "Talk records", "talk", "member"),
    "a talk held by a member in neither office": (row_values("talk", talker_member_id=NOBODY),
                                                  "Talk records", "talk", "talker"),
    "a payment of -5 yuan": (row_values("dues_payment", amount_fen=-500), "Dues payments", "dues_payment", "amount"),
    "a payment for month 13": (row_values("dues_payment", month=13), "Dues payments", "dues_payment", "month"),
    "a payment in the year 1800": (row_values("dues_payment", year=1800), "Dues payments", "dues_payment", "year"),
    "a payment of a member in neither office": (row_values("dues_payment", member_id=NOBODY),
                                                "Dues payments", "dues_payment", "member"),
    "a negative dues base": (row_values("dues_base", base_fen=-1), "Dues bases", "dues_base", "base"),
    "an honour for a member and a branch at once": (branch_of_member, "Recognitions", "recognition", "member"),
    "an honour revoked before it was given": (row_values("recognition", revoked_on="2026-01-01", revoked_reason="x"),
                                              "Recognitions", "recognition", "revoked_on"),
    "an honour with a blank title": (row_values("recognition", title="   "), "Recognitions", "recognition", "title"),
    "a 20,000-character note where the form allows 2,000": (row_values("recognition", note=LONG),
                                                            "Recognitions", "recognition", "note"),
    "a post ending before it starts": (row_values("exemplar_post", term_end="2025-01-01"),
                                       "Exemplar posts", "exemplar_post", "term_end"),
    "a post scored 150": (row_values("exemplar_post", score=150), "Exemplar posts", "exemplar_post", "score"),
    "an item worth 0 points": (row_values("point_item", points=0), "Points items", "point_item", "points"),
    "an item capped at 5000": (row_values("point_item", yearly_cap=5000), "Points items", "point_item", "yearly_cap"),
    "an entry of 101 points": (row_values("point_entry", points=101), "Points entries", "point_entry", "points"),
    "an entry for an item in neither office": (row_values("point_entry", item_id=NOBODY),
                                               "Points entries", "point_entry", "item"),
    "an appraisal of the year 1800": (row_values("appraisal", year=1800), "Appraisals", "appraisal", "year"),
    "a correction closed before it starts": (row_values("correction", closed_on="2020-01-01"),
                                             "Corrections", "correction", "closed_on"),
    "a consent of a member in neither office": (row_values("publish_consent", member_id=NOBODY),
                                                "Publishing consents", "publish_consent", "member"),
    "a history event of a member in neither office": (row_values("member_event", member_id=NOBODY),
                                                      "Member history", "member_event", "member"),
    "a member in a branch in neither office": (row_values("member", branch_id=NOBODY), "Members", "member", "branch"),
    "an answer with a 3,000-character note": (row_values("reminder_answer", note="答" * 3000),
                                              "Reminder answers", "reminder_answer", "note"),
}


@pytest.mark.parametrize("case", list(RULE_CASES))
def test_a_newer_record_breaking_its_forms_rule_refuses_the_package_naming_table_row_and_field(
    sender, receiver, tmp_path, monkeypatch, case
):
    change, label, table, field = RULE_CASES[case]
    path = crafted_package(sender, tmp_path, monkeypatch, change)
    before = table_counts(receiver)
    with pytest.raises(BackupError) as refused:
        transfer_import.import_package(receiver, path, PASS)
    message = str(refused.value)
    assert refused.value.key == "refused_row", message
    assert f"{label}, table {table}, row 1, {field_label(field)}:" in message and "Nothing was changed" in message
    assert table_counts(receiver) == before


FORM_CASES = {  # values that do not even have their column's form: refused as damaged, naming the part
    "a talk dated 30 February": (row_values("talk", on_date="2026-02-30"), "talk row 1, on_date"),
    "a payment of 'abc' yuan": (row_values("dues_payment", amount_fen="abc"), "dues_payment row 1, amount_fen"),
    "a payment of 1.5 fen": (row_values("dues_payment", amount_fen=1.5), "dues_payment row 1, amount_fen"),
    "an honour of an unknown level": (row_values("recognition", level="EMPEROR"), "recognition row 1, level"),
    "an item of an unknown kind": (row_values("point_item", kind="BONUS"), "point_item row 1, kind"),
    "a consent note of 20,000 characters": (row_values("publish_consent", note=LONG), "publish_consent row 1, note"),
    "an unknown dues category": (row_values("dues_base", category="king"), "dues_base row 1, category"),
}


@pytest.mark.parametrize("case", list(FORM_CASES))
def test_a_newer_record_with_a_malformed_value_refuses_the_package_naming_the_part(
    sender, receiver, tmp_path, monkeypatch, case
):
    change, part = FORM_CASES[case]
    path = crafted_package(sender, tmp_path, monkeypatch, change)
    before = table_counts(receiver)
    with pytest.raises(BackupError) as refused:
        transfer_import.import_package(receiver, path, PASS)
    assert refused.value.key == "damaged_part" and part in str(refused.value), str(refused.value)
    assert table_counts(receiver) == before


def test_an_untouched_package_of_every_newer_record_arrives_whole(sender, receiver, tmp_path):
    package = transfer.export_package(sender, tmp_path, PASS)
    result = transfer_import.import_package(receiver, package.path, PASS)
    newer = ("talk", "dues_base", "dues_payment", "reminder_answer", "recognition", "exemplar_post", "point_entry",
             "appraisal", "correction", "publish_consent")
    assert {name: result.inserted.get(name) for name in newer} == dict.fromkeys(newer, 1)
    assert not result.skipped


@pytest.fixture
def chinese():
    before = i18n.current_translator()
    i18n.set_translator(catalogue_translator("zh_CN"))
    yield
    i18n.set_translator(before)


@pytest.mark.parametrize(("change", "words"), [
    (row_values("talk", follow_up_due="2026-01-01"), "谈话记录（数据表 talk）第 1 行"),
    (row_values("dues_payment", amount_fen=-500), "党费缴纳（数据表 dues_payment）第 1 行"),
    (row_values("talk", member_id=NOBODY), "所属党员既不在本单位，也不在交接包中"),
    (row_values("point_entry", item_id=NOBODY), "所属积分项目既不在本单位，也不在交接包中"),
    (row_values("talk", on_date="2026-02-30"), "谈话记录（数据表 talk 第 1 行）的日期（on_date）"),
])
def test_the_refusal_names_the_table_in_the_clerks_language(sender, receiver, tmp_path, monkeypatch, chinese,
                                                             change, words):
    path = crafted_package(sender, tmp_path, monkeypatch, change)
    with pytest.raises(BackupError) as refused:
        transfer_import.import_package(receiver, path, PASS)
    assert words in str(refused.value) and "未作任何改动" in str(refused.value), str(refused.value)
