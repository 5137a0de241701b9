"""The demo's talks (谈心谈话 and the rest, some confidential, some overdue) and service practice entries."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from partydesk.domain.enums import ServiceCategory, TalkKind
from partydesk.services.demo import names
from partydesk.services.demo.names import Person
from partydesk.services.demo.writer import RowWriter, iso


@dataclass
class RecordMaker:
    """Talks and service entries of one branch's party members, drawn from the office's random stream."""

    w: RowWriter
    rng: random.Random
    year: int
    today: date
    committee_secretary: str

    def talks(self, party: list[Person], secretary: Person | None) -> None:
        rng, first, last = self.rng, date(self.year, 1, 1), min(self.today, date(self.year, 12, 31))
        if last < first:
            return
        for person in party:
            talker_id, talker_name = (None, self.committee_secretary)
            if secretary is not None and person is not secretary:
                talker_id, talker_name = secretary.id, ""
            if rng.random() < (0.6 if person.is_flowing else 0.85):
                self._talk(
                    TalkKind.HEART_TO_HEART,
                    names.day_between(rng, first, last),
                    person,
                    talker_id,
                    talker_name,
                    names.HEART_TALK,
                )
            for kind, chance in (
                (TalkKind.REMINDER, 0.03),
                (TalkKind.ADMONISHMENT, 0.004),
                (TalkKind.CRITICISM, 0.005),
                (TalkKind.INTEGRITY, 0.5 if person.role.is_cadre else 0),
            ):
                if rng.random() < chance:
                    by_committee = kind is TalkKind.INTEGRITY or talker_id is None
                    self._talk(
                        kind,
                        names.day_between(rng, first, last),
                        person,
                        None if by_committee else talker_id,
                        self.committee_secretary if by_committee else "",
                        names.TALK_SUMMARIES[kind.value],
                    )

    def _talk(self, kind: TalkKind, on: date, person: Person, talker_id, talker_name: str, summary: str) -> None:
        rng = self.rng
        due = done = None
        follow_up = ""
        if kind in (TalkKind.REMINDER, TalkKind.ADMONISHMENT, TalkKind.CRITICISM):
            due = on + timedelta(days=30 if kind is TalkKind.REMINDER else 60)
            follow_up = "跟踪了解整改情况，按期回访。"
            if due < self.today and rng.random() < 0.6:
                done = names.day_between(rng, on, due)
        response = rng.choice(names.TALK_RESPONSES)
        confidential = kind is TalkKind.ADMONISHMENT or (kind is TalkKind.CRITICISM and rng.random() < 0.5)
        self.w.add(
            "talk",
            kind.value,
            on.isoformat(),
            person.id,
            talker_id,
            talker_name,
            "社区党群服务中心谈话室",
            summary,
            response,
            follow_up,
            iso(due),
            iso(done),
            confidential,
        )

    def services(self, branch_id: int, party: list[Person]) -> None:
        rng, first, last = self.rng, date(self.year, 1, 1), min(self.today, date(self.year, 12, 31))
        if not party or last < first:
            return
        categories = list(ServiceCategory)
        for n in range(max(2, len(party) // 8)):
            category = categories[n % len(categories)]
            title = rng.choice(names.SERVICE_TITLES[category])
            hours = float(rng.choice((2, 3, 4)))
            place = rng.choice(names.COMPOUNDS)
            entry_id = self.w.add(
                "service_entry",
                branch_id,
                category.value,
                title,
                names.day_between(rng, first, last).isoformat(),
                place,
                hours,
                rng.randrange(5, 81),
                f"党员志愿者在{place}开展{title}活动。",
                rng.choice(names.SERVICE_OUTCOMES),
                "",
            )
            for person in rng.sample(party, min(len(party), rng.randrange(2, 7))):
                self.w.add("service_participant", entry_id, person.id, hours)
