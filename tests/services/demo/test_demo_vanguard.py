"""The demo office has honours, posts, manual points and last year's grades to try the 先锋模范 tab on."""

from __future__ import annotations

from partydesk.domain.vanguard import Grade, excellent_over_limit
from partydesk.services import vanguard
from tests.conftest import DEMO_YEAR
from tests.services.helpers import table_counts


def test_the_demo_has_honours_posts_manual_points_and_last_years_grades(demo_db):
    counts = table_counts(demo_db)
    assert counts["recognition"] >= 1 and counts["exemplar_post"] >= 1 and counts["point_entry"] >= 1
    honours = vanguard.query_honours(demo_db, vanguard.HonourQuery(year=DEMO_YEAR)).rows
    assert any(h.branch_uuid for h in honours) and any(h.member_uuid for h in honours)
    sheet = vanguard.appraisal_sheet(demo_db, DEMO_YEAR - 1)
    graded = [line for line in sheet if line.grade]
    assert graded and all(line.refusal is None for line in graded)
    assert vanguard.grade_warnings(demo_db, DEMO_YEAR - 1) == []
    assert {line.grade for line in graded} >= {Grade.EXCELLENT, Grade.QUALIFIED}
    assert not excellent_over_limit(sum(line.grade is Grade.EXCELLENT for line in graded), len(graded))


def test_demo_points_spread_over_the_stars(demo_db):
    rows = vanguard.points_summary(demo_db, vanguard.PointsQuery(DEMO_YEAR)).rows
    assert len({row.stars for row in rows}) >= 3
