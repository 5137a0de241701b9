"""A member search page (substring search, first 100 rows + total) vs the same SQL in raw sqlite3 (goal <= 2x).

Run with: python -m pytest tests/bench/test_bench_search.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import sqlite3

import pytest

from partydesk.domain.enums import MemberStatus
from partydesk.services import roster
from tests.bench.conftest import best_of, ratio_line

pytestmark = pytest.mark.bench

ROUNDS = 7
ON_ROSTER = tuple(s.value for s in MemberStatus if s.is_on_roster)
FROM = """
FROM member m JOIN branch b ON b.id = m.branch_id LEFT JOIN party_group g ON g.id = m.party_group_id
WHERE m.deleted_at IS NULL AND ({match}) AND m.status IN ({statuses})"""
COLUMNS = """m.uuid, m.name, m.gender, m.birth_date, m.resident_id, m.phone, b.name, g.name, m.status,
m.branch_role, m.joined_on, m.full_on, m.post, m.exemplar_post, m.is_flowing, m.deleted_at"""
# (search text, the WHERE clause roster.search_condition builds for it, its parameters)
SEARCHES = {
    "common character 王": ("王", "m.name LIKE ? ESCAPE '\\'", ("%王%",)),
    "rare character 喆": ("喆", "m.name LIKE ? ESCAPE '\\'", ("%喆%",)),
    "pinyin initials zw": ("zw", "m.name LIKE ? ESCAPE '\\' OR m.name_initials LIKE ? ESCAPE '\\'", ("%zw%", "zw%")),
    "digits 0234": ("0234", "m.name LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\' OR m.resident_id LIKE ? "
                            "ESCAPE '\\'", ("%0234%", "%0234%", "%0234")),
}


def raw_page(connection, match: str, params: tuple) -> tuple[list, int]:
    where = FROM.format(match=match, statuses=",".join("?" * len(ON_ROSTER)))
    args = (*params, *ON_ROSTER)
    total = connection.execute("SELECT count(*) " + where, args).fetchone()[0]
    rows = connection.execute(f"SELECT {COLUMNS} {where} ORDER BY b.sort_order, m.roster_order, m.id LIMIT 100",
                              args).fetchall()
    return rows, total


@pytest.mark.parametrize("label", list(SEARCHES))
def test_bench_member_search_vs_raw_sqlite(demo_100k_db, benchmark, label):
    text, match, params = SEARCHES[label]
    query = roster.MemberQuery(search=text, limit=100)
    connection = sqlite3.connect(str(demo_100k_db.path))
    try:
        rows, total = raw_page(connection, match, params)
        page = roster.query_members(demo_100k_db, query)
        assert page.total == total and [r.uuid for r in page.rows] == [r[0] for r in rows]
        floor = best_of(lambda: raw_page(connection, match, params), ROUNDS)
    finally:
        connection.close()
    ours = best_of(lambda: roster.query_members(demo_100k_db, query), ROUNDS)
    print("\n" + ratio_line(f"member search '{label}' ({total:,} matches)", ours, floor, 2.0))
    benchmark.extra_info.update({"ours_s": ours, "raw_s": floor, "ratio": ours / floor, "matches": total})
    benchmark.pedantic(roster.query_members, args=(demo_100k_db, query), rounds=1, iterations=1)
