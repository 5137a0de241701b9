"""Text limits and the newer records' rules live in the domain, shared by forms, services and packages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from partydesk.domain.dues import check_year, fen_amount
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS, check_texts, limit_text, require_text
from partydesk.domain.talks import check_follow_up_due, check_talker
from partydesk.domain.vanguard import check_correction_end, check_one_holder, check_revoked_on, check_term


def test_text_is_trimmed_and_held_to_its_limit():
    assert limit_text("  党课  ", "title", 2) == "党课"
    with pytest.raises(ValidationError) as refused:
        limit_text("三个字", "title", 2)
    assert refused.value.field == "title" and refused.value.params == {"n": 2}


def test_required_text_refuses_blanks_and_none():
    for blank in ("", "   ", None):
        with pytest.raises(ValidationError):
            require_text(blank, "title")


def test_a_record_is_held_to_its_tables_limits_and_required_fields():
    check_texts("recognition", {"title": "优秀共产党员", "note": "好" * TEXT_LIMITS["recognition"]["note"]})
    with pytest.raises(ValidationError) as too_long:
        check_texts("recognition", {"title": "优秀共产党员", "citation": "长" * 20_001})
    assert too_long.value.field == "citation"
    with pytest.raises(ValidationError) as blank:
        check_texts("point_item", {"code": " ", "name": "带头致富"})
    assert blank.value.field == "code"
    check_texts("talk", {})  # an older sender's row without the columns: their defaults apply


def test_a_talk_names_who_held_it_and_its_follow_up_is_not_due_before_it():
    check_talker(True, "")
    check_talker(False, "李书记")
    with pytest.raises(ValidationError):
        check_talker(False, "  ")
    check_follow_up_due(date(2026, 3, 2), None)
    with pytest.raises(ValidationError) as early:
        check_follow_up_due(date(2026, 3, 2), date(2026, 3, 1))
    assert early.value.field == "follow_up_due"


def test_amounts_in_fen_keep_the_rules_of_typed_amounts():
    assert fen_amount(7550) == Decimal("75.5")
    for bad in (-500, "abc", 1.5, True, None):
        with pytest.raises(ValidationError):
            fen_amount(bad)
    with pytest.raises(ValidationError):
        fen_amount(10**12)
    assert check_year(2026) == 2026
    with pytest.raises(ValidationError):
        check_year(1800)


def test_honours_posts_and_corrections_keep_their_dates_in_order():
    with pytest.raises(ValidationError):
        check_one_holder(True, True)
    with pytest.raises(ValidationError):
        check_one_holder(False, False)
    check_one_holder(False, True)
    with pytest.raises(ValidationError):
        check_revoked_on(date(2026, 6, 28), date(2026, 1, 1))
    check_term(None, date(2026, 1, 1))
    with pytest.raises(ValidationError):
        check_term(date(2026, 1, 1), date(2025, 12, 31))
    with pytest.raises(ValidationError):
        check_correction_end(date(2026, 12, 1), date(2026, 11, 30))
