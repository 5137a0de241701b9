"""The annual summary lists probationary members whose year is over and those whose year ends soon, labelled."""

from __future__ import annotations

import re
from datetime import date

from partydesk.domain.enums import MemberStatus
from partydesk.services.reports import annual_pdf
from tests.services.helpers import add_member
from tests.services.reports.test_reports_support import needs_poppler, pdf_text

pytestmark = needs_poppler
TODAY = date(2026, 11, 26)


def test_the_annual_summary_shows_due_and_due_soon_apart(db, branch_uuid):
    add_member(db, branch_uuid, "期满甲", status=MemberStatus.PROBATIONARY, joined_on=date(2025, 11, 20), full_on=None)
    add_member(db, branch_uuid, "将满乙", status=MemberStatus.PROBATIONARY, joined_on=date(2025, 12, 10), full_on=None)
    add_member(db, branch_uuid, "尚早丙", status=MemberStatus.PROBATIONARY, joined_on=date(2026, 3, 1), full_on=None)
    text = re.sub(r"\s+", "", pdf_text(annual_pdf(db, 2026, printed_on=TODAY, today=TODAY), layout=True))
    assert "七、预备党员转正情况" in text
    assert "预备期已满待转正1人" in text and "30日内预备期满1人" in text
    assert "期满甲第一党支部2025-11-202026-11-20预备期已满，待讨论转正" in text
    assert "将满乙第一党支部2025-12-102026-12-1030日内期满" in text
    assert "尚早丙" not in text
