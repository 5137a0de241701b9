"""What the demo office holds: its branches' sizes, the study plans every branch keeps, and their agendas."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import time

from partydesk.domain.enums import ActivityKind as K
from partydesk.domain.enums import Frequency, TopicArea
from partydesk.services.demo import names

MEMBERS_PER_BRANCH = 50
SPECIAL_BRANCHES = (
    ("老年党支部", "elderly", 0.8),
    ("流动党员党支部", "flowing", 0.4),
    ("两新组织党支部", "new_org", 0.5),
)


@dataclass(frozen=True)
class Recurring:
    """A study plan of every branch: kind, frequency, (day, month in period), times, title."""

    kind: K
    frequency: Frequency
    day: int
    month_in_period: int
    start: time
    end: time
    title: str
    topic: TopicArea = TopicArea.THEORY


BRANCH_PLANS = (
    Recurring(K.THEME_DAY, Frequency.MONTHLY, 15, 1, time(9), time(11), "每月15日主题党日"),
    Recurring(
        K.PARTY_LECTURE, Frequency.QUARTERLY, 20, 2, time(14, 30), time(16, 30), "每季度党课", TopicArea.PARTY_STYLE
    ),
    Recurring(K.BRANCH_MEETING, Frequency.QUARTERLY, 10, 3, time(19), time(20, 30), "每季度支部党员大会"),
    Recurring(K.LIFE_MEETING, Frequency.YEARLY, 20, 1, time(9), time(12), "年度组织生活会", TopicArea.PARTY_STYLE),
    Recurring(
        K.DEMOCRATIC_REVIEW, Frequency.YEARLY, 20, 1, time(14, 30), time(17), "年度民主评议党员", TopicArea.DISCIPLINE
    ),
)
# Kinds a branch sometimes fails to hold in a month or quarter, and how often (per branch).
MISSED = {K.THEME_DAY: 0.25, K.PARTY_LECTURE: 0.15, K.BRANCH_COMMITTEE: 0.15, K.GROUP_MEETING: 0.10}



def branch_layout(members: int) -> list[tuple[str, str, int]]:
    """(name, kind, size) of each branch: numbered ones plus the elderly, flowing and new-org branches."""
    count = min(members, max(5, round(members / MEMBERS_PER_BRANCH)))
    regular = max(1, count - len(SPECIAL_BRANCHES))
    specials = SPECIAL_BRANCHES[: count - regular]
    layout = [(f"第{names.chinese_number(n + 1)}党支部", "regular", 1.0) for n in range(regular)]
    layout += list(specials)
    total_weight = sum(weight for *_, weight in layout)
    sizes = [int(members * weight / total_weight) for *_, weight in layout]
    for n in range(members - sum(sizes)):
        sizes[n % len(sizes)] += 1
    return [(name, kind, size) for (name, kind, _), size in zip(layout, sizes, strict=False)]


def agenda(rng: random.Random) -> str:
    """Three numbered agenda items and a decision, as a clerk writes them."""
    items = "\n".join(f"{n}. {item}" for n, item in enumerate(rng.sample(names.AGENDAS, 3), start=1))
    return f"{items}\n{rng.choice(names.DECISIONS)}"
