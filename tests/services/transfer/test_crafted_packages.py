"""Packages with valid encryption and checksum but bad contents: refused, naming the part; nothing merged."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from partydesk.domain.enums import ActivityKind
from partydesk.domain.fields import field_label
from partydesk.services import calendar, transfer
from partydesk.services.backup.container import BackupError
from partydesk.services.transfer import package as transfer_package
from partydesk.services.transfer import receive as transfer_import

from ..helpers import TODAY, add_member, resident_id, table_counts

PASS = "correct horse battery"
pytestmark = pytest.mark.usefixtures("fast_kdf")


def set_meta(key, value):
    def change(meta):
        if value is KeyError:
            del meta[key]
        else:
            meta[key] = value
    return change


def set_office(key, value):
    def change(meta):
        meta["office"] = {**meta["office"], key: value}
        if value is KeyError:
            del meta["office"][key]
    return change


def member_value(column, value):
    """Change one column of the first member row."""
    def change(lines):
        at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == "member")
        lines[at + 1][lines[at]["columns"].index(column)] = value
        return lines
    return change


def member_header(change_columns):
    def change(lines):
        at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == "member")
        lines[at] = {**lines[at], "columns": change_columns(list(lines[at]["columns"]))}
        return lines
    return change


def short_member_row(lines):
    at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == "member")
    lines[at + 1] = lines[at + 1][:3]
    return lines


def keep(x):
    return x


def encode(lines) -> bytes:
    return gzip.compress(b"".join(json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in lines))


CASES = {
    # metadata (the encrypted header)
    "no package uuid": (set_meta("package_uuid", KeyError), keep, None, "metadata package_uuid"),
    "package uuid a number": (set_meta("package_uuid", 12), keep, None, "metadata package_uuid"),
    "created yesterday": (set_meta("created_at", "yesterday"), keep, None, "metadata created_at"),
    "created 31/02/1990": (set_meta("created_at", "31/02/1990"), keep, None, "metadata created_at"),
    "no office": (set_meta("office", KeyError), keep, None, "metadata office"),
    "office a list": (set_meta("office", ["x"]), keep, None, "metadata office"),
    "office uuid missing": (set_office("uuid", KeyError), keep, None, "metadata office.uuid"),
    "office name a number": (set_office("name", 7), keep, None, "metadata office.name"),
    "schema revision missing": (set_meta("schema_revision", KeyError), keep, None, "metadata schema_revision"),
    "counts negative": (set_meta("counts", {"member": -1}), keep, None, "metadata counts"),
    "counts a string": (set_meta("counts", "many"), keep, None, "metadata counts"),
    # payload (gzip'd JSON lines)
    "truncated gzip": (keep, keep, lambda data: data[: len(data) // 2], "compressed data"),
    "not gzip": (keep, keep, lambda data: b"plain text, not gzip", "compressed data"),
    "not JSON": (keep, keep, lambda data: gzip.compress(b'{"table": "branch"\n'), "not JSON"),
    "a row before any table": (keep, lambda lines: [[1, 2]] + lines, None, "before any table"),
    "header without columns": (keep, member_header(lambda cols: "name"), None, "table header"),
    "unknown column": (keep, member_header(lambda cols: cols + ["salary"]), None, "member columns (salary)"),
    "uuid column missing": (keep, member_header(lambda cols: [c for c in cols if c != "uuid"]), None,
                            "member columns (missing uuid)"),
    "short row": (keep, short_member_row, None, "member row 1 (3 of"),
    # values, held to their column's rules
    "status BOGUS": (keep, member_value("status", "BOGUS"), None, "member row 1, status"),
    "birth date 31/02/1990": (keep, member_value("birth_date", "31/02/1990"), None, "member row 1, birth_date"),
    "birth date yesterday": (keep, member_value("birth_date", "yesterday"), None, "member row 1, birth_date"),
    "name too long": (keep, member_value("name", "名" * 5000), None, "member row 1, name"),
    "name a number": (keep, member_value("name", 42), None, "member row 1, name"),
    "name missing": (keep, member_value("name", None), None, "member row 1, name"),
    "uuid missing": (keep, member_value("uuid", None), None, "member row 1, uuid"),
    "branch a number": (keep, member_value("branch_id", 3), None, "member row 1, branch_id"),
    "updated_at not a time": (keep, member_value("updated_at", "soon"), None, "member row 1, updated_at"),
}


@pytest.fixture
def sender(tmp_path, branch_uuid, db):
    add_member(db, branch_uuid, name="王昇")
    return db


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_package_is_refused_naming_the_part_and_nothing_is_merged(sender, receiver, tmp_path,
                                                                           monkeypatch, case):
    change_meta, change_lines, change_bytes, part = CASES[case]
    real_write = transfer_package.write_container

    def crafted_write(out, kind, kdf, metadata, plain, size, *rest, **options):
        lines = [json.loads(line) for line in gzip.decompress(plain.read()).splitlines()]
        data = encode(change_lines(lines))
        data = change_bytes(data) if change_bytes else data
        change_meta(metadata)  # the same dict is checked again when the file is read back
        metadata["size"] = len(data)
        return real_write(out, kind, kdf, metadata, io.BytesIO(data), len(data), *rest, **options)

    monkeypatch.setattr(transfer_package, "write_container", crafted_write)
    package = transfer.export_package(sender, tmp_path, PASS)
    before = table_counts(receiver)
    with pytest.raises(BackupError) as refused:
        transfer_import.import_package(receiver, package.path, PASS)
    assert refused.value.key == "damaged_part", str(refused.value)
    assert "damaged or not a partydesk file" in str(refused.value) and part in str(refused.value)
    assert table_counts(receiver) == before


def test_an_untouched_package_still_arrives(sender, receiver, tmp_path):
    package = transfer.export_package(sender, tmp_path, PASS)
    result = transfer_import.import_package(receiver, package.path, PASS)
    assert result.inserted["member"] == 1


def row_value(table, column, value):
    """Change one column of the first row of a table."""
    def change(lines):
        at = next(i for i, item in enumerate(lines) if isinstance(item, dict) and item["table"] == table)
        lines[at + 1][lines[at]["columns"].index(column)] = value
        return lines
    return change


def member_values(**values):
    def change(lines):
        for column, value in values.items():
            lines = row_value("member", column, value)(lines)
        return lines
    return change


VALID_ID = resident_id(birth="19650312")
WRONG_CHECK_DIGIT = VALID_ID[:17] + ("1" if VALID_ID[17] != "1" else "2")
RULE_CASES = {  # a well-formed value that the domain refuses, as in the member form and the roster import
    "resident ID with a wrong check digit": (member_values(resident_id=WRONG_CHECK_DIGIT), "member", "resident_id"),
    "resident ID of someone born on 30 February": (
        member_values(resident_id="53011219650230" + "0230"), "member", "resident_id"),
    "birth date in the future": (member_values(birth_date="2999-01-01"), "member", "birth_date"),
    "joined before being born": (member_values(birth_date="1995-01-01"), "member", "joined_on"),
    "joined at ten years old": (member_values(birth_date="1980-01-01"), "member", "joined_on"),
    "full member without a joining date": (member_values(joined_on=None), "member", "joined_on"),
    "full membership a month after joining": (member_values(full_on="1990-08-01"), "member", "full_on"),
    "a name made of digits": (member_values(name="12345"), "member", "name"),
    "a blank name": (member_values(name="   "), "member", "name"),
    "an activity of 99 hours": (row_value("activity", "planned_hours", 99), "activity", "planned_hours"),
    "negative hours": (row_value("activity", "planned_hours", -2), "activity", "planned_hours"),
    "notes of 5,000 characters where the form allows 4,000": (member_values(notes="注" * 5000), "member", "notes"),
    "minutes of 200,000 characters": (row_value("activity", "minutes", "记" * 200_000), "activity", "minutes"),
    "an activity with a blank title": (row_value("activity", "title", "  "), "activity", "title"),
}


@pytest.fixture
def sender_with_activity(sender, branch_uuid):
    calendar.create_activity(sender, calendar.ActivityInput(ActivityKind.PARTY_LECTURE, "党课", TODAY, branch_uuid))
    return sender


@pytest.mark.parametrize("case", list(RULE_CASES))
def test_a_package_row_breaking_a_domain_rule_is_refused_naming_table_row_and_field(
    sender_with_activity, receiver, tmp_path, monkeypatch, case
):
    change_lines, table, column = RULE_CASES[case]
    real_write = transfer_package.write_container

    def crafted_write(out, kind, kdf, metadata, plain, size, *rest, **options):
        lines = [json.loads(line) for line in gzip.decompress(plain.read()).splitlines()]
        data = encode(change_lines(lines))
        metadata["size"] = len(data)
        return real_write(out, kind, kdf, metadata, io.BytesIO(data), len(data), *rest, **options)

    monkeypatch.setattr(transfer_package, "write_container", crafted_write)
    package = transfer.export_package(sender_with_activity, tmp_path, PASS)
    before = table_counts(receiver)
    with pytest.raises(BackupError) as refused:
        transfer_import.import_package(receiver, package.path, PASS)
    message = str(refused.value)
    assert refused.value.key == "refused_row", message
    assert f"table {table}, row 1, {field_label(column)}:" in message and "Nothing was changed" in message
    assert table_counts(receiver) == before


def test_a_member_with_a_valid_resident_id_and_dates_arrives(sender, branch_uuid, receiver, tmp_path):
    add_member(sender, branch_uuid, name="李玥", resident_id=VALID_ID)
    package = transfer.export_package(sender, tmp_path, PASS)
    result = transfer_import.import_package(receiver, package.path, PASS)
    assert result.inserted["member"] == 2
