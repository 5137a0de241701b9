"""Rows of the newer tables held to the same domain rules as their forms: talks, dues, 先锋模范, consents, answers.

Each rule reads a row as column -> JSON value, after the column checks (so a date is an ISO date
and a number a number); columns an older sender does not send are left to their defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from partydesk.domain.dues import check_year, fen_amount, parse_month
from partydesk.domain.limits import check_texts
from partydesk.domain.talks import check_follow_up_due, check_talker
from partydesk.domain.vanguard import (
    check_appraisal_year,
    check_cap,
    check_correction_end,
    check_item_points,
    check_one_holder,
    check_post_score,
    check_revoked_on,
    check_term,
)

RowRule = Callable[[dict[str, Any], date], None]  # raises ValidationError


def day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None  # the form was checked by the column's rule


def _talk(row: dict[str, Any], _today: date) -> None:
    if "talker_name" in row or "talker_member_id" in row:
        check_talker(bool(row.get("talker_member_id")), row.get("talker_name"))
    on_date = day(row.get("on_date"))
    if on_date is not None:
        check_follow_up_due(on_date, day(row.get("follow_up_due")))


def _dues_base(row: dict[str, Any], _today: date) -> None:
    check_year(row.get("year"))
    if "base_fen" in row:
        fen_amount(row["base_fen"], "base")


def _dues_payment(row: dict[str, Any], _today: date) -> None:
    year = check_year(row.get("year"))
    parse_month(f"{year}-{row.get('month')}")
    fen_amount(row.get("amount_fen"), "amount")


def _honour(row: dict[str, Any], _today: date) -> None:
    if "member_id" in row and "branch_id" in row:
        check_one_holder(bool(row["member_id"]), bool(row["branch_id"]))
    on_date = day(row.get("on_date"))
    if on_date is not None:
        check_revoked_on(on_date, day(row.get("revoked_on")))


def _post(row: dict[str, Any], _today: date) -> None:
    check_term(day(row.get("term_start")), day(row.get("term_end")))
    if row.get("score") is not None:
        check_post_score(row["score"])


def _point_item(row: dict[str, Any], _today: date) -> None:
    check_item_points(row.get("points"))
    check_cap(row.get("yearly_cap"))


def _point_entry(row: dict[str, Any], _today: date) -> None:
    check_item_points(row.get("points"))


def _appraisal(row: dict[str, Any], _today: date) -> None:
    check_appraisal_year(row["year"])


def _correction(row: dict[str, Any], _today: date) -> None:
    starts_on = day(row.get("starts_on"))
    if starts_on is not None:
        check_correction_end(starts_on, day(row.get("closed_on")))


def texts_of(table: str) -> RowRule:
    def rule(row: dict[str, Any], _today: date) -> None:
        check_texts(table, row)

    return rule


NEWER_RULES: dict[str, tuple[RowRule, ...]] = {
    "talk": (_talk, texts_of("talk")),
    "dues_base": (_dues_base, texts_of("dues_base")),
    "dues_payment": (_dues_payment, texts_of("dues_payment")),
    "reminder_answer": (texts_of("reminder_answer"),),
    "recognition": (_honour, texts_of("recognition")),
    "exemplar_post": (_post, texts_of("exemplar_post")),
    "point_item": (_point_item, texts_of("point_item")),
    "point_entry": (_point_entry, texts_of("point_entry")),
    "appraisal": (_appraisal, texts_of("appraisal")),
    "correction": (_correction, texts_of("correction")),
    "publish_consent": (texts_of("publish_consent"),),
}
