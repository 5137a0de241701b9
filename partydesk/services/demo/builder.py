"""The demo office generated branch by branch: members, study plans, activities with attendance, minutes."""

from __future__ import annotations

import random
from datetime import date, time

from partydesk.domain.calendars import plan_dates
from partydesk.domain.compliance import ComplianceRules, hours_for_duration
from partydesk.domain.enums import ActivityKind as K
from partydesk.domain.enums import ActivityLevel, ActivityState, BranchRole, Frequency, OrgKind, TopicArea
from partydesk.services.common import Cancelled, OperationCancelled, Progress
from partydesk.services.demo import dues as demo_dues
from partydesk.services.demo import names
from partydesk.services.demo.drift import Drift, absent_when_drifting, choose_drifters
from partydesk.services.demo.names import Person, people_of_branch
from partydesk.services.demo.plans import BRANCH_PLANS, MISSED, Recurring, agenda, branch_layout
from partydesk.services.demo.records import RecordMaker
from partydesk.services.demo.writer import ABSENT, LEAVE, PRESENT, RowWriter, as_stored, iso
from partydesk.services.pinyin import initials


class OfficeBuilder:
    """Generates the office branch by branch, streaming rows into the writer."""

    def __init__(self, writer: RowWriter, rng: random.Random, year: int, today: date, rules: ComplianceRules):
        self.w, self.rng, self.year, self.today, self.rules = writer, rng, year, today, rules
        self.taken_ids: set[str] = set()
        self.party: list[Person] = []
        self.committee_secretary = names.person_name(rng, True)
        self.agendas = [agenda(rng) for _ in range(40)]
        self.records = RecordMaker(writer, rng, year, today, self.committee_secretary)
        self.drifts: dict[int, Drift] = {}

    def build(self, office_name: str, members: int, progress: Progress, cancelled: Cancelled) -> None:
        w = self.w
        w.add("office", office_name, True)
        self.committee_id = w.add("branch", office_name, OrgKind.COMMITTEE.value, None, 0)
        layout = branch_layout(members)
        for index, (name, kind, size) in enumerate(layout):
            if cancelled():
                raise OperationCancelled()
            branch_id = w.add("branch", name, OrgKind.BRANCH.value, self.committee_id, index + 1)
            self._branch(branch_id, kind, size)
            progress(index + 1, len(layout) + 1)
        self._committee_activities()
        progress(len(layout) + 1, len(layout) + 1)

    # ---- one branch ----------------------------------------------------------------------

    def _branch(self, branch_id: int, kind: str, size: int) -> None:
        w, rng = self.w, self.rng
        group_count = max(1, min(5, size // 12))
        groups = [
            w.add("party_group", branch_id, f"第{names.chinese_number(n + 1)}党小组", n) for n in range(group_count)
        ]
        people = people_of_branch(rng, kind, size, groups, self.today, self.taken_ids)
        for order, person in enumerate(people):
            person.id = w.add(
                "member",
                person.name,
                initials(person.name),
                person.gender,
                person.ethnicity,
                person.birth_date.isoformat(),
                person.resident_id,
                person.education,
                person.phone,
                person.address,
                branch_id,
                person.group_id,
                person.status.value,
                person.role.value,
                *[iso(d) for d in person.stages],
                person.post,
                person.exemplar_post,
                person.is_flowing,
                "",
                order,
            )
            previous = None
            for event_kind, status, on in person.events():
                w.add("member_event", person.id, event_kind.value, on.isoformat(), previous, status.value, "")
                previous = status.value
        party = [p for p in people if p.status.is_party_member]
        self.party.extend(party)
        # Their own random streams, so the rest of the demo stays what it was before dues and drifters existed.
        drifting = choose_drifters(random.Random(hash(rng.getstate()[1][8:16])), party, self.year, self.today,
                                   len(self.drifts))
        self.drifts.update(drifting)
        unpaid_from = {member_id: drift.unpaid_from for member_id, drift in drifting.items()}
        demo_dues.add_year_of_dues(w.add, random.Random(hash(rng.getstate()[1][:8])), self.year, self.today, party,
                                   unpaid_from)
        secretary = next((p for p in party if p.role is BranchRole.SECRETARY), None)
        recorder = next((p for p in party if p.role is BranchRole.COMMITTEE_MEMBER), secretary)
        host = secretary.name if secretary else self.committee_secretary
        staff = (host, recorder.name if recorder else host)
        for plan in BRANCH_PLANS:
            self._plan(plan, branch_id, None, party, staff)
        cadres = [p for p in party if p.role.is_cadre]
        day = rng.randrange(3, 9)
        self._plan(
            Recurring(K.BRANCH_COMMITTEE, Frequency.MONTHLY, day, 1, time(19), time(20), f"每月{day}日支委会"),
            branch_id,
            None,
            cadres,
            staff,
        )
        for group_id in groups:
            day = rng.randrange(18, 29)
            members = [p for p in party if p.group_id == group_id]
            self._plan(
                Recurring(
                    K.GROUP_MEETING, Frequency.MONTHLY, day, 1, time(19, 30), time(20, 30), f"每月{day}日党小组会"
                ),
                branch_id,
                group_id,
                members,
                staff,
            )
        on = date(self.year, 7, rng.randrange(1, 10))
        self._activity(
            branch_id,
            None,
            None,
            K.INTEGRITY_EDUCATION,
            TopicArea.DISCIPLINE,
            ActivityLevel.BRANCH,
            "廉政教育：以案促改警示学习",
            on,
            time(15),
            time(17),
            rng.choice(names.VENUES),
            party,
            staff,
            missed=False,
        )
        self.records.talks(party, secretary)
        self.records.services(branch_id, party)

    def _plan(
        self, plan: Recurring, branch_id: int, group_id: int | None, attendees: list[Person], staff: tuple[str, str]
    ) -> None:
        hours = hours_for_duration(plan.start, plan.end, self.rules)
        level = ActivityLevel.GROUP if group_id else ActivityLevel.BRANCH
        place = self.rng.choice(names.VENUES)
        plan_id = self.w.add(
            "study_plan",
            branch_id,
            self.year,
            plan.kind.value,
            plan.topic.value,
            level.value,
            plan.title,
            plan.frequency.value,
            plan.day,
            plan.month_in_period,
            as_stored(plan.start),
            as_stored(plan.end),
            hours,
            place,
        )
        dates = plan_dates(self.year, plan.frequency, day=plan.day, month_in_period=plan.month_in_period)
        held = [d for d in dates if d < self.today]
        missed = self.rng.choice(held) if held and self.rng.random() < MISSED.get(plan.kind, 0) else None
        for on in dates:
            title = self._title(plan, on)
            venue = self.rng.choice(names.RED_SITES) if plan.kind is K.THEME_DAY and on.month in (4, 7) else place
            self._activity(
                branch_id,
                group_id,
                plan_id,
                plan.kind,
                plan.topic,
                level,
                title,
                on,
                plan.start,
                plan.end,
                venue,
                attendees,
                staff,
                missed=on == missed,
            )

    def _title(self, plan: Recurring, on: date) -> str:
        if plan.kind is K.THEME_DAY:
            return names.THEME_DAY_TITLES[on.month - 1].format(anniversary=self.year - 1921)
        if plan.kind is K.PARTY_LECTURE:
            return names.LECTURE_TITLES[(on.month - 1) // 3]
        if plan.kind in (K.LIFE_MEETING, K.DEMOCRATIC_REVIEW):
            return f"{self.year - 1}年度{plan.kind.zh}"
        return f"{on.month}月{plan.kind.zh}"

    def _activity(
        self,
        branch_id,
        group_id,
        plan_id,
        kind: K,
        topic: TopicArea,
        level: ActivityLevel,
        title: str,
        on: date,
        start: time,
        end: time,
        place: str,
        attendees: list[Person],
        staff: tuple[str, str],
        missed: bool,
        speaker: str = "",
    ) -> None:
        hours = hours_for_duration(start, end, self.rules)
        held = on < self.today and not missed
        state = ActivityState.HELD if held else ActivityState.PLANNED
        if missed and self.rng.random() < 0.5:
            state = ActivityState.CANCELLED
        marks = self._marks(attendees, on, hours) if held else []
        minutes = self._minutes(on, start, place, staff, marks, kind) if held else ""
        if kind is K.PARTY_LECTURE and not speaker:
            speaker = staff[0]
        activity_id = self.w.add(
            "activity",
            branch_id,
            group_id,
            plan_id,
            kind.value,
            topic.value,
            level.value,
            state.value,
            title,
            on.isoformat(),
            as_stored(start),
            as_stored(end),
            place,
            staff[0],
            speaker,
            staff[1],
            hours,
            minutes,
        )
        self.w.add_attendance(activity_id, marks)

    def _marks(self, attendees: list[Person], on: date, hours: float) -> list[tuple]:
        random_ = self.rng.random
        marks = []
        for person in attendees:
            if person.joined_on > on:
                continue
            if random_() < person.propensity:
                marks.append((person.id, PRESENT, "", hours))
            elif random_() < 0.7:
                marks.append((person.id, LEAVE, person.leave_reason(self.rng), 0.0))
            else:
                marks.append((person.id, ABSENT, "", 0.0))
        return absent_when_drifting(marks, self.drifts, on) if self.drifts else marks

    def _minutes(self, on: date, start: time, place: str, staff: tuple[str, str], marks: list[tuple], kind: K) -> str:
        present = sum(1 for mark in marks if mark[1] == PRESENT)
        leave = [mark[2] for mark in marks if mark[1] == LEAVE]
        reasons = "、".join(sorted(set(leave))) or "无"
        return (
            f"会议名称：{kind.zh}\n时间：{on.year}年{on.month:02d}月{on.day:02d}日 {start:%H:%M}\n"
            f"地点：{place}\n主持人：{staff[0]}\n"
            f"记录人：{staff[1]}\n应到{len(marks)}人，实到{present}人，请假{len(leave)}人（{reasons}），"
            f"缺席{len(marks) - present - len(leave)}人。\n会议内容：\n{self.rng.choice(self.agendas)}"
        )

    # ---- the committee's own activities ------------------------------------------------------

    def _committee_activities(self) -> None:
        staff = (self.committee_secretary, self.committee_secretary)
        venue = "社区党群服务中心大会议室"
        for month, (topic, title) in zip((3, 6, 9, 12), self.rng.sample(names.TRAINING_TOPICS, 4), strict=True):
            self._activity(
                self.committee_id,
                None,
                None,
                K.TRAINING,
                topic,
                ActivityLevel.COMMITTEE,
                title,
                date(self.year, month, 26),
                time(14, 30),
                time(17, 30),
                venue,
                self.party,
                staff,
                missed=False,
                speaker="市委党校讲师",
            )
        self._activity(
            self.committee_id,
            None,
            None,
            K.WARNING_EDUCATION,
            TopicArea.DISCIPLINE,
            ActivityLevel.COMMITTEE,
            "警示教育：观看警示教育片",
            date(self.year, 8, 8),
            time(15),
            time(17),
            venue,
            self.party,
            staff,
            missed=False,
        )
