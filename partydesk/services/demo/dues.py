"""A year of 党费 for the demo office: bases by kind of member, monthly habits and realistic arrears."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from partydesk.domain.dues import DuesCategory, month_index, monthly_dues
from partydesk.services.demo.names import Person

PROXIES = ("配偶代交", "子女代交", "党小组长代收")


def _category(rng: random.Random, person: Person, year: int) -> tuple[DuesCategory, int]:
    """Category and base in whole yuan: pensioners, wage earners, some farmers, students and the laid off."""
    age = year - person.birth_date.year
    if person.kind == "elderly" or age >= 62:
        return DuesCategory.RETIRED, rng.randrange(2300, 7200, 50)
    if age < 23:
        return DuesCategory.STUDENT, 0
    roll = rng.random()
    if roll < 0.08:
        return DuesCategory.FARMER, 0
    if roll < 0.12:
        return DuesCategory.UNEMPLOYED, 0
    return DuesCategory.IN_SERVICE, rng.randrange(2600, 14000, 100)


def _paid_months(rng: random.Random, person: Person, first: int, last: int) -> list[int]:
    """Most pay every month; drifting members stop some months ago, a few are a month or two late."""
    months = list(range(first, last + 1))
    if person.propensity < 0.6 and rng.random() < 0.75:
        stop = rng.randrange(2, 9)
        return months[:-stop] if stop < len(months) else []
    if rng.random() < 0.06:
        return months[:-rng.randrange(1, 3)]
    return months


def add_year_of_dues(add: Callable[..., int], rng: random.Random, year: int, today: date, party: list[Person],
                     unpaid_from: dict[int, int | None] | None = None) -> None:
    """Queue each party member's base for the year and the months paid up to the last finished month.

    `unpaid_from` maps a drifting member's id to the first month (index) they stop paying.
    """
    unpaid_from = unpaid_from or {}
    last = min(month_index(year, 12), month_index(today.year, today.month) - 1)
    for person in party:
        category, base = _category(rng, person, year)
        add("dues_base", person.id, year, category.value, base * 100, "")
        due_fen = int(monthly_dues(category, Decimal(base)) * 100)
        joined = person.joined_on
        first = max(month_index(year, 1), month_index(joined.year, joined.month) if joined != date.max else 0)
        proxy = rng.choice(PROXIES) if person.is_flowing else ""
        stop = unpaid_from.get(person.id)
        for index in _paid_months(rng, person, first, last):
            month = index % 12 + 1
            paid_on = date(year, month, rng.randrange(5, 26))
            if stop is not None and index >= stop:
                continue  # drawn all the same: the members after this one pay as they did before drifters existed
            add("dues_payment", person.id, year, month, due_fen, paid_on.isoformat(),
                f"{year}{month:02d}{person.id:05d}", proxy, "", "")
