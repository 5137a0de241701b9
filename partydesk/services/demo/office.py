"""Demo office: fills an empty database with a realistic community Party committee.

Branches and Party groups, members at every development stage with valid resident IDs, a year
of study-plan activities with attendance up to `today`, minutes, service entries and talks.
Deterministic by seed. Built for 100,000 members in well under a minute, so rows go in with
one compiled Core INSERT per table executed by the driver in batches (no per-row ORM objects,
no per-row bind processing) inside ONE transaction: cancelled or failed, nothing is left.
Rows carry exactly what the services write (uuid, origin, created_at/updated_at, member_event
history of the development stages), with values already in the stored form.
"""

from __future__ import annotations

import multiprocessing
import random
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import Enum
from operator import itemgetter

from sqlalchemy import func, insert, select

from partydesk.domain.calendars import plan_dates
from partydesk.domain.compliance import ComplianceRules, hours_for_duration
from partydesk.domain.enums import (
    ActivityKind as K,
)
from partydesk.domain.enums import (
    ActivityLevel,
    ActivityState,
    AttendanceStatus,
    BranchRole,
    Frequency,
    OrgKind,
    ServiceCategory,
    TalkKind,
    TopicArea,
)
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.demo import dues as demo_dues
from partydesk.services.demo import names
from partydesk.services.demo.names import Person, people_of_branch
from partydesk.services.demo.publicity import add_consents
from partydesk.services.demo.vanguard import add_vanguard
from partydesk.services.pinyin import initials
from partydesk.store.base import utcnow
from partydesk.store.db import Database, advance_sequences
from partydesk.store.models import Base, Member, Office

MAX_MEMBERS = 1_000_000
MEMBERS_PER_BRANCH = 50
BATCH_ROWS = 20_000
# From this size rows are generated in a second process (where fork exists) while this one inserts.
PARALLEL_FROM = 20_000
# How SQLAlchemy's SQLite dialect stores DateTime and Time values.
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
SPECIAL_BRANCHES = (
    ("老年党支部", "elderly", 0.8),
    ("流动党员党支部", "flowing", 0.4),
    ("两新组织党支部", "new_org", 0.5),
)

# Common columns come last, as in the tables, so rows need no reordering.
COMMON = ("id", "uuid", "created_at", "updated_at", "origin")
TABLES = (
    "office",
    "branch",
    "party_group",
    "member",
    "member_event",
    "study_plan",
    "activity",
    "attendance",
    "service_entry",
    "service_participant",
    "talk",
    "dues_base",
    "dues_payment",
)  # parents first
LEFT_TO_DEFAULTS = {"study_plan": ("weekday",)}  # columns the demo never fills


def _columns(table: str) -> tuple[str, ...]:
    """The columns a demo row gives values for, in the schema's order (`_Writer.add` takes them so)."""
    skipped = {*COMMON, "deleted_at", *LEFT_TO_DEFAULTS.get(table, ())}
    return tuple(column.name for column in Base.metadata.tables[table].columns if column.name not in skipped)


COLUMNS = {table: _columns(table) for table in TABLES}
PRESENT, LEAVE, ABSENT = (s.value for s in AttendanceStatus)


@dataclass(frozen=True)
class DemoSummary:
    office_uuid: str
    office_name: str
    year: int
    today: date
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Recurring:
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
    _Recurring(K.THEME_DAY, Frequency.MONTHLY, 15, 1, time(9), time(11), "每月15日主题党日"),
    _Recurring(
        K.PARTY_LECTURE, Frequency.QUARTERLY, 20, 2, time(14, 30), time(16, 30), "每季度党课", TopicArea.PARTY_STYLE
    ),
    _Recurring(K.BRANCH_MEETING, Frequency.QUARTERLY, 10, 3, time(19), time(20, 30), "每季度支部党员大会"),
    _Recurring(K.LIFE_MEETING, Frequency.YEARLY, 20, 1, time(9), time(12), "年度组织生活会", TopicArea.PARTY_STYLE),
    _Recurring(
        K.DEMOCRATIC_REVIEW, Frequency.YEARLY, 20, 1, time(14, 30), time(17), "年度民主评议党员", TopicArea.DISCIPLINE
    ),
)
# Kinds a branch sometimes fails to hold in a month or quarter, and how often (per branch).
MISSED = {K.THEME_DAY: 0.25, K.PARTY_LECTURE: 0.15, K.BRANCH_COMMITTEE: 0.15, K.GROUP_MEETING: 0.10}


def as_stored(value):
    """The value as the SQLite dialect stores it: enum codes, ISO dates, HH:MM:SS.ffffff times."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, time):
        return value.strftime(DATETIME_FORMAT[9:])
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Writer:
    """Numbers and buffers rows per table; hands full batches, parent tables first, to `sink(table, rows)`."""

    def __init__(self, sink, prefixes: dict[str, str], now: str):
        self.sink = sink
        self.now = now
        self.prefixes = prefixes
        self.buffers: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        self.counts = dict.fromkeys(COLUMNS, 0)
        self.origin = self.uuid_of("office", 1)

    def uuid_of(self, table: str, row_id: int) -> str:
        return f"{self.prefixes[table]}{row_id:012x}"

    def add(self, table: str, *values) -> int:
        """Queue one row (values in COLUMNS order, already in stored form); returns its id."""
        self.counts[table] += 1
        row_id = self.counts[table]
        self.buffers[table].append(
            (*values, row_id, f"{self.prefixes[table]}{row_id:012x}", self.now, self.now, self.origin)
        )
        if len(self.buffers[table]) >= BATCH_ROWS:
            self.flush()
        return row_id

    def add_attendance(self, activity_id: int, marks: list[tuple]) -> None:
        """Queue the marks (member_id, status, leave_reason, hours) of one activity: the bulk of the rows."""
        start, prefix, now, origin = self.counts["attendance"], self.prefixes["attendance"], self.now, self.origin
        buffer = self.buffers["attendance"]
        buffer.extend(
            [
                (activity_id, *mark, row_id, f"{prefix}{row_id:012x}", now, now, origin)
                for row_id, mark in enumerate(marks, start + 1)
            ]
        )
        self.counts["attendance"] = start + len(marks)
        if len(buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for name in COLUMNS:
            if self.buffers[name]:
                self.sink(name, self.buffers[name])
                self.buffers[name] = []


class _Inserter:
    """Bulk-inserts batches with each table's compiled Core INSERT, executed by the driver."""

    def __init__(self, connection):
        self.connection = connection
        self.statements = {name: self._compiled(name) for name in COLUMNS}

    def __call__(self, table: str, rows: list[tuple]) -> None:
        sql, reorder, keys = self.statements[table]
        if reorder is not None:
            rows = [reorder(row) for row in rows]
        if keys is not None:
            rows = [dict(zip(keys, row, strict=True)) for row in rows]
        self.connection.exec_driver_sql(sql, rows)

    def _compiled(self, name: str):
        """The table's INSERT for our columns, and how to put a row in its parameter order."""
        keys = COLUMNS[name] + COMMON
        compiled = insert(Base.metadata.tables[name]).compile(dialect=self.connection.dialect, column_keys=list(keys))
        if not compiled.positional:
            return compiled.string, None, keys
        positions = [keys.index(key) for key in compiled.positiontup]
        reorder = None if positions == list(range(len(keys))) else itemgetter(*positions)
        return compiled.string, reorder, None


def populate(
    db: Database,
    members: int = 300,
    year: int | None = None,
    seed: int = 1,
    today: date | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    office_name: str | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo office of `members` people; refuses a database with data."""
    require(db, Permission.SETTINGS)
    require(db, Permission.WRITE_RECORDS)
    if isinstance(members, bool) or not isinstance(members, int) or not 1 <= members <= MAX_MEMBERS:
        raise ValidationError(
            "members", QT_TRANSLATE_NOOP("ValidationError", "Choose 1 to {max} members"), max=MAX_MEMBERS
        )
    today = today or date.today()
    year = year or today.year
    rng = random.Random(seed)
    office_name = (office_name or "").strip() or f"{rng.choice(names.PLACES)}社区党委"
    # A random v4 prefix per table and a sequence suffix: unique across offices, and the uuid
    # index fills in order (random uuids made the 100,000-member demo several times slower).
    prefixes = {name: str(uuid_module.uuid4())[:24] for name in COLUMNS}
    plan = (rng, year, today, office_name, members, prefixes, utcnow().strftime(DATETIME_FORMAT))
    with db.write() as session:
        _check_empty(session)
        insert_rows = _Inserter(session.connection())
        if members >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
            counts = _generate_in_child(plan, insert_rows, progress, cancelled)
        else:
            counts = _generate(plan, insert_rows, progress, cancelled)
        advance_sequences(session.connection())
        origin = f"{prefixes['office']}{1:012x}"
        counts.update(add_vanguard(session.connection(), random.Random(seed), year, today, origin))
        counts["publish_consent"] = add_consents(session.connection(), year, origin, plan[-1])
        audit.record(
            session,
            db.actor,
            "demo.populate",
            "office",
            origin,
            {"members": members, "seed": seed, "year": year, "today": today.isoformat()},
        )
    db.forget_office()
    return DemoSummary(origin, office_name, year, today, counts)


def _generate(plan: tuple, sink, progress: Progress, cancelled: Cancelled) -> dict[str, int]:
    """Build the office, handing row batches to `sink`; the row count of each table."""
    rng, year, today, office_name, members, prefixes, now = plan
    writer = _Writer(sink, prefixes, now)
    _Builder(writer, rng, year, today, ComplianceRules()).build(office_name, members, progress, cancelled)
    writer.flush()
    return dict(writer.counts)


def _generate_in_child(plan: tuple, insert_rows: _Inserter, progress: Progress, cancelled: Cancelled) -> dict:
    """Generate in a forked process while this one inserts: the two halves of the work on two cores.

    The child only computes rows and sends them down a pipe (which blocks when full, so memory
    stays bounded); the transaction, the inserts and the audit event stay in this process.
    """
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(plan, sending), name="partydesk-demo", daemon=True)
    child.start()
    sending.close()
    try:
        while True:
            try:
                message = receiving.recv()
            except EOFError:
                raise RuntimeError("the demo generator stopped unexpectedly") from None
            if message[0] == "rows":
                insert_rows(message[1], message[2])
            elif message[0] == "progress":
                progress(message[1], message[2])
                if cancelled():
                    raise OperationCancelled()
            elif message[0] == "done":
                return message[1]
            else:
                raise RuntimeError(f"the demo generator failed: {message[1]}")
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiving.close()


def _child(plan: tuple, sending) -> None:
    try:
        counts = _generate(
            plan,
            lambda table, rows: sending.send(("rows", table, rows)),
            lambda done, total: sending.send(("progress", done, total)),
            never_cancelled,
        )
        sending.send(("done", counts))
    except BaseException as error:  # reported to the parent, which raises it there
        sending.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sending.close()


def _check_empty(session) -> None:
    for model in (Office, Member):
        if session.scalar(select(func.count()).select_from(model)):
            raise ValidationError(
                "office",
                QT_TRANSLATE_NOOP("ValidationError", "Demo data goes only into an empty database; this one has data"),
            )


class _Builder:
    """Generates the office branch by branch, streaming rows into the writer."""

    def __init__(self, writer: _Writer, rng: random.Random, year: int, today: date, rules: ComplianceRules):
        self.w, self.rng, self.year, self.today, self.rules = writer, rng, year, today, rules
        self.taken_ids: set[str] = set()
        self.party: list[Person] = []
        self.committee_secretary = names.person_name(rng, True)
        self.agendas = [_agenda(rng) for _ in range(40)]

    def build(self, office_name: str, members: int, progress: Progress, cancelled: Cancelled) -> None:
        w = self.w
        w.add("office", office_name, True)
        self.committee_id = w.add("branch", office_name, OrgKind.COMMITTEE.value, None, 0)
        layout = _branch_layout(members)
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
                *[_iso(d) for d in person.stages],
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
        # Its own random stream, so the rest of the demo stays what it was before dues existed.
        demo_dues.add_year_of_dues(w.add, random.Random(hash(rng.getstate()[1][:8])), self.year, self.today, party)
        secretary = next((p for p in party if p.role is BranchRole.SECRETARY), None)
        recorder = next((p for p in party if p.role is BranchRole.COMMITTEE_MEMBER), secretary)
        host = secretary.name if secretary else self.committee_secretary
        staff = (host, recorder.name if recorder else host)
        for plan in BRANCH_PLANS:
            self._plan(plan, branch_id, None, party, staff)
        cadres = [p for p in party if p.role.is_cadre]
        day = rng.randrange(3, 9)
        self._plan(
            _Recurring(K.BRANCH_COMMITTEE, Frequency.MONTHLY, day, 1, time(19), time(20), f"每月{day}日支委会"),
            branch_id,
            None,
            cadres,
            staff,
        )
        for group_id in groups:
            day = rng.randrange(18, 29)
            members = [p for p in party if p.group_id == group_id]
            self._plan(
                _Recurring(
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
        self._talks(party, secretary)
        self._services(branch_id, party)

    def _plan(
        self, plan: _Recurring, branch_id: int, group_id: int | None, attendees: list[Person], staff: tuple[str, str]
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

    def _title(self, plan: _Recurring, on: date) -> str:
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
        return marks

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

    # ---- talks and service ---------------------------------------------------------------

    def _talks(self, party: list[Person], secretary: Person | None) -> None:
        rng, first, last = self.rng, date(self.year, 1, 1), min(self.today, date(self.year, 12, 31))
        if last < first:
            return
        for person in party:
            by_secretary = secretary is not None and person is not secretary
            talker_id, talker_name = (secretary.id, "") if by_secretary else (None, self.committee_secretary)
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
            _iso(due),
            _iso(done),
            confidential,
        )

    def _services(self, branch_id: int, party: list[Person]) -> None:
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


def _branch_layout(members: int) -> list[tuple[str, str, int]]:
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


def _agenda(rng: random.Random) -> str:
    """Three numbered agenda items and a decision, as a clerk writes them."""
    items = "\n".join(f"{n}. {item}" for n, item in enumerate(rng.sample(names.AGENDAS, 3), start=1))
    return f"{items}\n{rng.choice(names.DECISIONS)}"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
