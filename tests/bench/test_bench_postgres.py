"""On a PostgreSQL server: a roster page and the compliance report of 100,000 members (goal <= 2x) and a
10,000-row import (goal <= 3x), each vs raw psycopg.

Skipped unless PARTYDESK_TEST_DB_URL names a server (`.ci/postgres` starts one; the databases are the
run's own, dropped at its end). Run with:
PARTYDESK_TEST_DB_URL=postgresql+psycopg://… python -m pytest tests/bench/test_bench_postgres.py -m bench -s
"""

from __future__ import annotations

import time
from datetime import date

import openpyxl
import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import make_url

from partydesk.config import resolve
from partydesk.domain.enums import ActivityKind, ActivityState, MemberStatus
from partydesk.services import offices, roster
from partydesk.services.importing import run_roster_import
from partydesk.store.migrate import open_database
from partydesk.store.models import Activity, Branch
from tests.bench.conftest import BENCH_MEMBERS, BENCH_YEAR, best_of, ratio_line
from tests.bench.test_bench_compliance import LIMIT, raw_figures, uncached_report
from tests.bench.test_bench_import import IMPORT_ROWS, TODAY, roster_workbook, seed_members
from tests.server import TEST_SERVER

pytestmark = [pytest.mark.bench,
              pytest.mark.skipif(TEST_SERVER is None, reason="needs PARTYDESK_TEST_DB_URL (a PostgreSQL server)")]

ROUNDS = 7
ON_ROSTER = [s.value for s in MemberStatus if s.is_on_roster]
FROM = """
FROM member m JOIN branch b ON b.id = m.branch_id LEFT JOIN party_group g ON g.id = m.party_group_id
WHERE m.deleted_at IS NULL AND ({match}) AND m.status = ANY(%s)"""
COLUMNS = """m.uuid, m.name, m.gender, m.birth_date, m.resident_id, m.phone, b.name, g.name, m.status,
m.branch_role, m.joined_on, m.full_on, m.post, m.exemplar_post, m.is_flowing, m.deleted_at"""
# (search text, the WHERE clause roster.search_condition builds for it on PostgreSQL, its parameters)
SEARCHES = {
    "first page, no search": ("", "TRUE", ()),
    "common character 王": ("王", "m.name ILIKE %s ESCAPE '\\'", ("%王%",)),
    "rare character 喆": ("喆", "m.name ILIKE %s ESCAPE '\\'", ("%喆%",)),
    "digits 0234": ("0234", "m.name ILIKE %s ESCAPE '\\' OR m.phone LIKE %s ESCAPE '\\' OR m.resident_id LIKE %s "
                            "ESCAPE '\\'", ("%0234%", "%0234%", "%0234")),
}


def connect_raw(url: str):
    """A plain psycopg connection to the database an SQLAlchemy URL names."""
    import psycopg

    parsed = make_url(url)
    return psycopg.connect(dbname=parsed.database, user=parsed.username, password=parsed.password,
                           host=parsed.query.get("host") or parsed.host, port=parsed.query.get("port") or parsed.port)


def fresh_office(server_databases, folder):
    db = open_database(resolve(folder, db_url=server_databases.create_migrated()))
    offices.init_office(db, "基准社区党委")
    offices.create_branch(db, "第一党支部")
    return db


@pytest.fixture(scope="module")
def roster_100k(server_databases, tmp_path_factory):
    """100,000 members in one branch of a server database (the page query, not the demo, is measured)."""
    db = fresh_office(server_databases, tmp_path_factory.mktemp("pg-roster"))
    seed_members(db, BENCH_MEMBERS)
    with connect_raw(str(db.engine.url.render_as_string(hide_password=False))) as conn:
        conn.execute("ANALYZE")
    yield db
    db.dispose()


def insert_a_year_of_attendance(db) -> None:
    """The branch's meetings of the year to the benchmark's today, and each member at a fifth of them.

    About 600,000 marks of 1-7 hours each (about a fifth of the members reach their 32 hours), and every
    hundredth member probationary since late 2025, so that each figure of the report has work to do.
    """
    with db.write() as session:
        branch_id = session.scalar(select(Branch.id).where(Branch.name == "第一党支部"))
        meetings = [(kind, date(BENCH_YEAR, month, day)) for month in range(1, 12) for kind, day in (
            (ActivityKind.BRANCH_COMMITTEE, 5), (ActivityKind.THEME_DAY, 10))]
        meetings += [(kind, date(BENCH_YEAR, month, 20)) for month in (1, 4, 7, 10)
                     for kind in (ActivityKind.BRANCH_MEETING, ActivityKind.PARTY_LECTURE)]
        session.execute(insert(Activity), [
            {"branch_id": branch_id, "kind": kind, "state": ActivityState.HELD, "title": f"{kind.value} {on}",
             "on_date": on, "planned_hours": 2, "origin": db.office_uuid} for kind, on in meetings])
    with connect_raw(db.engine.url.render_as_string(hide_password=False)) as conn:
        conn.execute("""
            INSERT INTO attendance (uuid, created_at, updated_at, origin, activity_id, member_id, status,
                                    leave_reason, hours)
            SELECT gen_random_uuid()::text, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', m.origin, a.id,
                   m.id, 'PRESENT', '', 1 + m.id % 7
            FROM member m JOIN activity a ON (m.id + a.id) % 5 = 0""")
        conn.execute("""
            UPDATE member SET status = 'PROBATIONARY', full_on = NULL, joined_on = DATE '2025-10-01' + id % 90
            WHERE id % 100 = 0""")
        conn.execute("ANALYZE")


def raw_page(connection, match: str, params: tuple) -> tuple[list, int]:
    where = FROM.format(match=match)
    args = (*params, ON_ROSTER)
    total = connection.execute("SELECT count(*) " + where, args).fetchone()[0]
    rows = connection.execute(f"SELECT {COLUMNS} {where} ORDER BY b.sort_order, m.roster_order, m.id LIMIT 100",
                              args).fetchall()
    return rows, total


@pytest.mark.parametrize("label", list(SEARCHES))
def test_bench_roster_page_on_postgresql_vs_raw_psycopg(roster_100k, benchmark, label):
    text, match, params = SEARCHES[label]
    query = roster.MemberQuery(search=text, limit=100)
    with connect_raw(roster_100k.engine.url.render_as_string(hide_password=False)) as connection:
        rows, total = raw_page(connection, match, params)
        page = roster.query_members(roster_100k, query)
        assert page.total == total and [r.uuid for r in page.rows] == [r[0] for r in rows]
        floor = best_of(lambda: raw_page(connection, match, params), ROUNDS)
    ours = best_of(lambda: roster.query_members(roster_100k, query), ROUNDS)
    print("\n" + ratio_line(f"PostgreSQL roster page '{label}' ({total:,} matches)", ours, floor, 2.0,
                            floor_name="raw psycopg"))
    benchmark.extra_info.update({"ours_s": ours, "raw_s": floor, "ratio": ours / floor, "matches": total})
    benchmark.pedantic(roster.query_members, args=(roster_100k, query), rounds=1, iterations=1)


def raw_import_seconds(path: str, url: str) -> float:
    """The floor: read the sheet read-only and insert the values with plain psycopg into a bare table."""
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    with connect_raw(url) as connection:
        connection.execute(
            "CREATE TABLE raw_member (name TEXT, gender TEXT, resident_id TEXT UNIQUE, birth TEXT, "
            "joined TEXT, full_on TEXT, party_group TEXT, phone TEXT, address TEXT)"
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO raw_member VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [[str(v) if v is not None else None for v in row[1:10]]
                 for row in book.active.iter_rows(min_row=3, values_only=True)],
            )
    book.close()
    return time.perf_counter() - started


def test_bench_import_of_10000_rows_on_postgresql_vs_raw_psycopg(server_databases, tmp_path, benchmark):
    path = roster_workbook(tmp_path / "roster.xlsx", IMPORT_ROWS)
    floor = min(raw_import_seconds(path, server_databases.create()) for _ in range(2))
    runs = []

    def run_import():
        db = fresh_office(server_databases, tmp_path / f"office{len(runs)}")
        try:
            started = time.perf_counter()
            result = run_roster_import(db, path, today=TODAY)
            runs.append(time.perf_counter() - started)
            assert (result.imported, result.rejected) == (IMPORT_ROWS, [])
        finally:
            db.dispose()

    benchmark.pedantic(run_import, rounds=2, iterations=1)
    ratio = min(runs) / floor
    print(f"\nPostgreSQL import {IMPORT_ROWS} rows: {min(runs):.2f} s; openpyxl read-only + psycopg floor "
          f"{floor:.2f} s; ratio {ratio:.2f}x (goal <= 3x) {'ok' if ratio <= 3 else 'OVER GOAL'}")
    benchmark.extra_info.update({"ours_s": min(runs), "raw_s": floor, "ratio": ratio})


def test_bench_compliance_report_on_postgresql_vs_raw_psycopg(roster_100k, benchmark):
    insert_a_year_of_attendance(roster_100k)
    with connect_raw(roster_100k.engine.url.render_as_string(hide_password=False)) as connection:
        def floor_report():
            return raw_figures(connection, lambda day: day, placeholder="%s")

        expected = floor_report()
        report = uncached_report(roster_100k)
        assert (report.members, report.compliant, report.below) == (expected["members"], expected["compliant"],
                                                                   expected["below"])
        assert 0 < report.compliant < report.members
        assert [m.name for m in report.members_below] == expected["below_names"]
        assert len(report.shortfalls) == expected["shortfalls"]
        assert (report.without_talk_count, report.overdue_count,
                len(report.probationary_due) + len(report.probationary_due_soon)) == (
            expected["without_talk"], expected["overdue"], expected["due"])
        floor = best_of(floor_report, ROUNDS)
    ours = best_of(lambda: uncached_report(roster_100k), ROUNDS)
    print("\n" + ratio_line(f"PostgreSQL compliance report ({report.members:,} members, {LIMIT}-row lists)",
                            ours, floor, 2.0, floor_name="raw psycopg"))
    benchmark.extra_info.update({"ours_s": ours, "raw_s": floor, "ratio": ours / floor})
    benchmark.pedantic(uncached_report, args=(roster_100k,), rounds=1, iterations=1)
