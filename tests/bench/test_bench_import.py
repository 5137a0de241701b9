"""Benchmarks of issue 7, each against its raw floor in the same run.

- Import of a 10,000-row roster .xlsx vs openpyxl read-only + raw sqlite3 insert (goal <= 3x).
- Export of 100,000 members vs a bare openpyxl write-only loop (goal <= 1.5x).

Run with: python -m pytest tests/bench/test_bench_import.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta

import openpyxl
import pytest
from sqlalchemy import insert, select

from partydesk.config import resolve
from partydesk.domain.enums import BranchRole, Gender, MemberStatus
from partydesk.domain.id_number import check_digit
from partydesk.services import exporting, offices
from partydesk.services.importing import roster as importing_roster
from partydesk.services.importing import run_roster_import
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.migrate import open_database
from partydesk.store.models import Branch, Member

pytestmark = pytest.mark.bench

TODAY = date(2026, 11, 26)
IMPORT_ROWS = 10_000
EXPORT_ROWS = 100_000
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋"
HEADERS = [
    "序号",
    "姓名",
    "性别",
    "公民身份号码",
    "出生年月",
    "入党时间",
    "转正时间",
    "所在党小组",
    "联系电话",
    "家庭住址",
]


def person(i: int) -> tuple:
    """Row i: a valid unique ID (birth date and sequence from i), Chinese name, dates as offices type them."""
    born = date(1950, 1, 1) + timedelta(days=i % 18_000)
    first17 = f"530112{born:%Y%m%d}{i // 18_000:03d}"
    number = first17 + check_digit(first17)
    name = SURNAMES[i % 10] + GIVEN[(i // 10) % 10] + GIVEN[(i // 100) % 10]
    gender = "男" if int(number[16]) % 2 else "女"
    joined = date(born.year + 25, born.month, 1)
    return (
        i + 1,
        name,
        gender,
        number,
        f"{born.year}.{born.month:02d}",
        f"{joined.year}年{joined.month}月",
        date(joined.year + 1, joined.month, 1),
        f"第{i % 8 + 1}党小组",
        f"138{i:08d}",
        "某某小区",
    )


def roster_workbook(path, rows: int) -> str:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["某某社区党员花名册"])
    sheet.append(HEADERS)
    seen = set()
    for i in range(rows):
        row = person(i)
        assert row[3] not in seen
        seen.add(row[3])
        sheet.append(row)
    book.save(path)
    return str(path)


def raw_import_seconds(path: str, target) -> float:
    """The floor: read the sheet read-only and insert the values with plain sqlite3."""
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    connection = sqlite3.connect(target)
    connection.execute(
        "CREATE TABLE member (name TEXT, gender TEXT, resident_id TEXT UNIQUE, birth TEXT, "
        "joined TEXT, full TEXT, party_group TEXT, phone TEXT, address TEXT)"
    )
    with connection:
        connection.executemany(
            "INSERT INTO member VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                [str(v) if v is not None else None for v in row[1:10]]
                for row in book.active.iter_rows(min_row=3, values_only=True)
            ),
        )
    connection.close()
    book.close()
    return time.perf_counter() - started


def fresh_office(folder):
    db = open_database(resolve(folder))
    offices.init_office(db, "基准社区党委")
    offices.create_branch(db, "第一党支部")
    return db


def test_import_of_10000_rows_within_three_times_the_raw_floor(tmp_path, benchmark, monkeypatch):
    path = roster_workbook(tmp_path / "roster.xlsx", IMPORT_ROWS)
    floor = min(raw_import_seconds(path, tmp_path / f"raw{n}.sqlite3") for n in range(2))
    runs = []
    in_service = []
    create = importing_roster.create_members_in

    def timed_create(*args, **kwargs):
        started = time.perf_counter()
        try:
            return create(*args, **kwargs)
        finally:
            in_service.append(time.perf_counter() - started)

    monkeypatch.setattr(importing_roster, "create_members_in", timed_create)

    def run_import():
        db = fresh_office(tmp_path / f"office{len(runs)}")
        try:
            started = time.perf_counter()
            result = run_roster_import(db, path, today=TODAY)
            runs.append(time.perf_counter() - started)
            assert (result.imported, result.rejected) == (IMPORT_ROWS, [])
        finally:
            db.dispose()

    benchmark.pedantic(run_import, rounds=2, iterations=1)
    ratio = min(runs) / floor
    service = sum(in_service) / len(runs)
    print(
        f"\nimport {IMPORT_ROWS} rows: {min(runs):.2f} s; openpyxl read-only + sqlite3 floor {floor:.2f} s; "
        f"ratio {ratio:.2f} (goal <= 3); of which roster_bulk.create_members_in {service:.2f} s, "
        f"the rest {(sum(runs) / len(runs) - service) / floor:.2f}x the floor"
    )


def seed_members(db, count: int) -> None:
    """100,000 members straight into the table (the export, not the import, is measured here)."""
    with db.write() as session:
        branch_id = session.scalar(select(Branch.id).where(Branch.name == "第一党支部"))
        now = utcnow()
        batch = []
        for i in range(count):
            row = person(i)
            batch.append(
                {
                    "uuid": new_uuid(),
                    "created_at": now,
                    "updated_at": now,
                    "origin": db.office_uuid,
                    "name": row[1],
                    "name_initials": "",
                    "gender": Gender.MALE if row[2] == "男" else Gender.FEMALE,
                    "ethnicity": "汉族",
                    "birth_date": date(int(row[3][6:10]), int(row[3][10:12]), int(row[3][12:14])),
                    "resident_id": row[3],
                    "education": "本科",
                    "phone": row[8],
                    "address": row[9],
                    "branch_id": branch_id,
                    "status": MemberStatus.FULL,
                    "branch_role": BranchRole.NONE,
                    "joined_on": row[6].replace(year=row[6].year - 1),
                    "full_on": row[6],
                    "post": "",
                    "exemplar_post": "",
                    "is_flowing": False,
                    "notes": "",
                    "roster_order": i,
                }
            )
            if len(batch) == 10_000:
                session.execute(insert(Member), batch)
                batch = []
        if batch:
            session.execute(insert(Member), batch)


def bare_write_seconds(rows: list[tuple], target) -> float:
    """The floor: the same values appended to an unstyled write-only workbook."""
    started = time.perf_counter()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    for row in rows:
        sheet.append(row)
    book.save(target)
    return time.perf_counter() - started


def test_export_of_100000_members_within_one_and_a_half_times_a_bare_write(tmp_path, benchmark):
    db = fresh_office(tmp_path / "office")
    try:
        seed_members(db, EXPORT_ROWS)
        runs = []

        def run_export():
            started = time.perf_counter()
            result = exporting.export_roster(db, tmp_path / f"export{len(runs)}.xlsx")
            runs.append(time.perf_counter() - started)
            assert result.rows == EXPORT_ROWS

        benchmark.pedantic(run_export, rounds=2, iterations=1)
        values = [
            tuple(c.value for c in row)
            for row in openpyxl.load_workbook(tmp_path / "export0.xlsx", read_only=True).active.iter_rows()
        ]
        floor = min(bare_write_seconds(values, tmp_path / f"bare{n}.xlsx") for n in range(2))
    finally:
        db.dispose()
    ratio = min(runs) / floor
    print(
        f"\nexport {EXPORT_ROWS} members: {min(runs):.2f} s; bare write-only loop {floor:.2f} s; "
        f"ratio {ratio:.2f} (goal <= 1.5)"
    )
    assert ratio <= 1.5
