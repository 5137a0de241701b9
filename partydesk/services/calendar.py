"""Study calendar: activities (三会一课, 主题党日, training...), their minutes and the study plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, and_, extract, func, or_, select

from partydesk.domain.calendars import plan_dates
from partydesk.domain.compliance import check_hours, hours_for_duration
from partydesk.domain.dates import parse_date, parse_time
from partydesk.domain.enums import ActivityKind, ActivityLevel, ActivityState, AttendanceStatus, Frequency, TopicArea
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import (
    Cancelled,
    OperationCancelled,
    Page,
    Progress,
    get_live,
    id_of,
    like_pattern,
    limit_text,
    live_or_deleted,
    never_cancelled,
    no_progress,
    page_of,
    require_text,
    soft_delete,
    sorted_by,
    stamp_new,
)
from partydesk.services.settings import compliance_rules
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, PartyGroup, StudyPlan

ACTIVITY, PLAN = TEXT_LIMITS["activity"], TEXT_LIMITS["study_plan"]


@dataclass
class ActivityInput:
    kind: ActivityKind
    title: str
    on_date: date | str
    branch_uuid: str | None = None
    level: ActivityLevel = ActivityLevel.BRANCH
    topic_area: TopicArea = TopicArea.THEORY
    party_group_uuid: str | None = None
    start_time: time | str | None = None
    end_time: time | str | None = None
    place: str = ""
    host: str = ""
    speaker: str = ""
    recorder: str = ""
    planned_hours: float | None = None
    minutes: str = ""
    state: ActivityState = ActivityState.PLANNED


@dataclass(frozen=True)
class ActivityRow:
    uuid: str
    on_date: date
    start_time: time | None
    kind: ActivityKind
    topic_area: TopicArea
    level: ActivityLevel
    title: str
    branch_name: str
    place: str
    host: str
    planned_hours: float
    state: ActivityState
    present: int
    marked: int
    has_minutes: bool
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ActivityDetail:
    uuid: str
    kind: ActivityKind
    title: str
    on_date: date
    branch_uuid: str | None
    branch_name: str
    level: ActivityLevel
    topic_area: TopicArea
    party_group_uuid: str | None
    start_time: time | None
    end_time: time | None
    place: str
    host: str
    speaker: str
    recorder: str
    planned_hours: float
    minutes: str
    state: ActivityState
    study_plan_uuid: str | None
    updated_at: datetime

    def as_input(self) -> ActivityInput:
        return ActivityInput(
            kind=self.kind, title=self.title, on_date=self.on_date, branch_uuid=self.branch_uuid, level=self.level,
            topic_area=self.topic_area, party_group_uuid=self.party_group_uuid, start_time=self.start_time,
            end_time=self.end_time, place=self.place, host=self.host, speaker=self.speaker,
            recorder=self.recorder, planned_hours=self.planned_hours, minutes=self.minutes, state=self.state,
        )


@dataclass(frozen=True)
class ActivityQuery:
    search: str = ""
    year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    branch_uuid: str | None = None
    kinds: tuple[ActivityKind, ...] = ()
    states: tuple[ActivityState, ...] = ()
    deleted: bool = False
    sort: str = "date"
    descending: bool = False
    offset: int = 0
    limit: int = 100


@dataclass
class PlanInput:
    """A recurring activity: e.g. 主题党日 on the 15th of every month."""

    kind: ActivityKind
    title: str
    year: int
    frequency: Frequency
    day: int = 1
    month_in_period: int = 1
    weekday: int | None = None
    branch_uuid: str | None = None
    topic_area: TopicArea = TopicArea.THEORY
    level: ActivityLevel = ActivityLevel.BRANCH
    start_time: time | str | None = None
    end_time: time | str | None = None
    planned_hours: float | None = None
    place: str = ""


@dataclass(frozen=True)
class PlanResult:
    plan_uuid: str
    created: tuple[date, ...]
    skipped: tuple[date, ...]


@dataclass(frozen=True)
class PlanRow:
    uuid: str
    year: int
    kind: ActivityKind
    title: str
    frequency: Frequency
    day: int
    branch_name: str
    activity_count: int


# ---- activities ----------------------------------------------------------------------------


def _as_time(value: time | str | None, field_name: str) -> time | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_time(value, field_name)


def credited_length(db: Database, start: time | None, end: time | None, given: float | None) -> float:
    """Study hours of an activity: as given, else by the office's convention from its times."""
    if given is not None:
        return check_hours(given, "planned_hours")
    if start and end:
        return hours_for_duration(start, end, compliance_rules(db))
    return 0.0


def _apply(activity: Activity, data: ActivityInput, session, db: Database) -> None:
    start, end = _as_time(data.start_time, "start_time"), _as_time(data.end_time, "end_time")
    if start and end and end <= start:
        raise ValidationError("end_time", QT_TRANSLATE_NOOP("ValidationError", "The end must be after the start"))
    branch_id = id_of(session, Branch, data.branch_uuid, "branch")
    group_id = id_of(session, PartyGroup, data.party_group_uuid, "party_group")
    if data.level is ActivityLevel.BRANCH and branch_id is None:
        raise ValidationError("branch", QT_TRANSLATE_NOOP("ValidationError", "Choose a branch"))
    if data.level is ActivityLevel.GROUP and group_id is None:
        raise ValidationError("party_group", QT_TRANSLATE_NOOP("ValidationError", "Choose a Party group"))
    activity.kind = ActivityKind(data.kind)
    activity.title = require_text(data.title, "title", ACTIVITY["title"])
    activity.on_date = parse_date(data.on_date, "on_date")
    activity.branch_id = branch_id
    activity.party_group_id = group_id
    activity.level = ActivityLevel(data.level)
    activity.topic_area = TopicArea(data.topic_area)
    activity.start_time, activity.end_time = start, end
    activity.place = limit_text(data.place, "place", 200)
    activity.host = limit_text(data.host, "host", 40)
    activity.speaker = limit_text(data.speaker, "speaker", 40)
    activity.recorder = limit_text(data.recorder, "recorder", 40)
    activity.planned_hours = credited_length(db, start, end, data.planned_hours)
    activity.minutes = limit_text(data.minutes, "minutes", ACTIVITY["minutes"])
    activity.state = ActivityState(data.state)


def create_activity(db: Database, data: ActivityInput) -> str:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        activity = Activity()
        stamp_new(activity, db)
        _apply(activity, data, session, db)
        session.add(activity)
        session.flush()
        audit.record(session, db.actor, "activity.create", "activity", activity.uuid)
        return activity.uuid


def update_activity(db: Database, uuid: str, data: ActivityInput) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        activity = get_live(session, Activity, uuid, "activity")
        old_hours = activity.planned_hours
        _apply(activity, data, session, db)
        if activity.planned_hours != old_hours:
            _recredit(session, activity, old_hours)
        audit.record(session, db.actor, "activity.update", "activity", uuid)


def _recredit(session, activity: Activity, old_hours: float) -> None:
    """Present members credited the old length get the new one; individual changes are kept."""
    for mark in session.scalars(select(Attendance).where(Attendance.activity_id == activity.id)):
        if mark.status is AttendanceStatus.PRESENT and mark.hours == old_hours:
            mark.hours = activity.planned_hours


def save_minutes(db: Database, uuid: str, minutes: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        activity = get_live(session, Activity, uuid, "activity")
        activity.minutes = limit_text(minutes, "minutes", ACTIVITY["minutes"])
        audit.record(session, db.actor, "activity.minutes", "activity", uuid)


def delete_activity(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        soft_delete(get_live(session, Activity, uuid, "activity"))
        audit.record(session, db.actor, "activity.delete", "activity", uuid)


def restore_activity(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        get_live(session, Activity, uuid, "activity", deleted=True).deleted_at = None
        audit.record(session, db.actor, "activity.restore", "activity", uuid)


def get_activity(db: Database, uuid: str, *, deleted: bool = False) -> ActivityDetail:
    require(db, Permission.READ)
    with db.read() as session:
        a = get_live(session, Activity, uuid, "activity", deleted=deleted)
        group_uuid = session.scalar(select(PartyGroup.uuid).where(PartyGroup.id == a.party_group_id))
        plan_uuid = session.scalar(select(StudyPlan.uuid).where(StudyPlan.id == a.study_plan_id))
        return ActivityDetail(
            uuid=a.uuid, kind=a.kind, title=a.title, on_date=a.on_date,
            branch_uuid=a.branch.uuid if a.branch else None, branch_name=a.branch.name if a.branch else "",
            level=a.level, topic_area=a.topic_area, party_group_uuid=group_uuid, start_time=a.start_time,
            end_time=a.end_time, place=a.place, host=a.host, speaker=a.speaker, recorder=a.recorder,
            planned_hours=a.planned_hours, minutes=a.minutes, state=a.state, study_plan_uuid=plan_uuid,
            updated_at=a.updated_at,
        )


def _count(status: AttendanceStatus | None):
    query = select(func.count()).where(Attendance.activity_id == Activity.id, Attendance.deleted_at.is_(None))
    if status is not None:
        query = query.where(Attendance.status == status)
    return query.scalar_subquery()


ACTIVITY_SORTS = {
    "date": (Activity.on_date, Activity.start_time, Activity.id),
    "kind": (Activity.kind, Activity.on_date),
    "title": (Activity.title, Activity.on_date),
    "branch": (Branch.sort_order, Activity.on_date),
    "hours": (Activity.planned_hours, Activity.on_date),
    "state": (Activity.state, Activity.on_date),
    "topic_area": (Activity.topic_area, Activity.on_date),
    "place": (Activity.place, Activity.on_date),
}


def activity_select(query: ActivityQuery) -> Select:
    stmt = select(
        Activity.uuid, Activity.on_date, Activity.start_time, Activity.kind, Activity.topic_area, Activity.level,
        Activity.title, func.coalesce(Branch.name, ""), Activity.place, Activity.host, Activity.planned_hours,
        Activity.state, _count(AttendanceStatus.PRESENT), _count(None), Activity.minutes != "", Activity.deleted_at,
    ).outerjoin(Branch, Branch.id == Activity.branch_id)
    stmt = live_or_deleted(stmt, Activity, query.deleted)
    if query.search.strip():
        pattern = like_pattern(query.search.strip())
        stmt = stmt.where(or_(Activity.title.ilike(pattern, escape="\\"), Activity.place.ilike(pattern, escape="\\"),
                              Activity.host.ilike(pattern, escape="\\"), Activity.speaker.ilike(pattern, escape="\\")))
    if query.year:
        stmt = stmt.where(Activity.on_date.between(date(query.year, 1, 1), date(query.year, 12, 31)))
    if query.date_from:
        stmt = stmt.where(Activity.on_date >= query.date_from)
    if query.date_to:
        stmt = stmt.where(Activity.on_date <= query.date_to)
    if query.branch_uuid:
        stmt = stmt.where(or_(Branch.uuid == query.branch_uuid, Activity.branch_id.is_(None)))
    if query.kinds:
        stmt = stmt.where(Activity.kind.in_(query.kinds))
    if query.states:
        stmt = stmt.where(Activity.state.in_(query.states))
    return sorted_by(stmt, ACTIVITY_SORTS, query.sort, "date", query.descending)


def query_activities(db: Database, query: ActivityQuery = ActivityQuery()) -> Page[ActivityRow]:
    """One page of the study calendar, filtered, sorted and counted in SQL."""
    require(db, Permission.READ)
    with db.read() as session:
        rows, total = page_of(session, activity_select(query), query.offset, query.limit)
    return Page([ActivityRow(*row) for row in rows], total)


def activity_days(db: Database, year: int, month: int, branch_uuid: str | None = None) -> dict[date, int]:
    """How many activities fall on each day of a month (for the calendar view)."""
    with db.read() as session:
        stmt = (
            select(Activity.on_date, func.count())
            .outerjoin(Branch, Branch.id == Activity.branch_id)
            .where(Activity.deleted_at.is_(None), extract("year", Activity.on_date) == year,
                   extract("month", Activity.on_date) == month, Activity.state != ActivityState.CANCELLED)
            .group_by(Activity.on_date)
        )
        if branch_uuid:
            stmt = stmt.where(or_(Branch.uuid == branch_uuid, Activity.branch_id.is_(None)))
        return {day: count for day, count in session.execute(stmt).all()}


# ---- study plans ---------------------------------------------------------------------------


def create_study_plan(db: Database, data: PlanInput, progress: Progress = no_progress,
                      cancelled: Cancelled = never_cancelled) -> PlanResult:
    """Save the plan and create its planned activities; a date already taken is skipped."""
    require(db, Permission.WRITE_RECORDS)
    dates = plan_dates(data.year, Frequency(data.frequency), day=data.day, month_in_period=data.month_in_period,
                       weekday=data.weekday)
    created, skipped = [], []
    with db.write() as session:
        plan = _new_plan(session, db, data)
        template = ActivityInput(kind=data.kind, title=data.title, on_date=dates[0], branch_uuid=data.branch_uuid,
                                 level=data.level, topic_area=data.topic_area, start_time=data.start_time,
                                 end_time=data.end_time, planned_hours=data.planned_hours, place=data.place)
        for index, day in enumerate(dates):
            if cancelled():
                raise OperationCancelled()
            if _taken(session, plan, day):
                skipped.append(day)
            else:
                _add_planned(session, db, plan, template, day)
                created.append(day)
            progress(index + 1, len(dates))
        audit.record(session, db.actor, "study_plan.create", "study_plan", plan.uuid, {"activities": len(created)})
        return PlanResult(plan.uuid, tuple(created), tuple(skipped))


def _new_plan(session, db: Database, data: PlanInput) -> StudyPlan:
    plan = StudyPlan(
        branch_id=id_of(session, Branch, data.branch_uuid, "branch"), year=data.year, kind=ActivityKind(data.kind),
        topic_area=TopicArea(data.topic_area), level=ActivityLevel(data.level),
        title=require_text(data.title, "title", PLAN["title"]), frequency=Frequency(data.frequency), day=data.day,
        month_in_period=data.month_in_period, weekday=data.weekday,
        start_time=_as_time(data.start_time, "start_time"), end_time=_as_time(data.end_time, "end_time"),
        planned_hours=check_hours(data.planned_hours or 0, "planned_hours"), place=limit_text(data.place, "place", 200),
    )
    stamp_new(plan, db)
    session.add(plan)
    session.flush()
    return plan


def _taken(session, plan: StudyPlan, day: date) -> bool:
    same_branch = Activity.branch_id.is_(None) if plan.branch_id is None else Activity.branch_id == plan.branch_id
    return session.scalar(
        select(func.count()).where(Activity.kind == plan.kind, Activity.on_date == day, same_branch,
                                   Activity.deleted_at.is_(None))
    ) > 0


def _add_planned(session, db: Database, plan: StudyPlan, template: ActivityInput, day: date) -> None:
    template.on_date = day
    activity = Activity(study_plan_id=plan.id)
    stamp_new(activity, db)
    _apply(activity, template, session, db)
    session.add(activity)


def list_study_plans(db: Database, year: int | None = None) -> list[PlanRow]:
    with db.read() as session:
        count = (
            select(func.count()).where(Activity.study_plan_id == StudyPlan.id, Activity.deleted_at.is_(None))
            .scalar_subquery()
        )
        stmt = (
            select(StudyPlan.uuid, StudyPlan.year, StudyPlan.kind, StudyPlan.title, StudyPlan.frequency,
                   StudyPlan.day, func.coalesce(Branch.name, ""), count)
            .outerjoin(Branch, Branch.id == StudyPlan.branch_id)
            .where(StudyPlan.deleted_at.is_(None))
            .order_by(StudyPlan.year, StudyPlan.id)
        )
        if year:
            stmt = stmt.where(StudyPlan.year == year)
        return [PlanRow(*row) for row in session.execute(stmt).all()]


def delete_study_plan(db: Database, uuid: str, *, with_planned: bool = True) -> int:
    """Remove a plan and (by default) its activities that are still only planned."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        plan = get_live(session, StudyPlan, uuid, "study_plan")
        soft_delete(plan)
        removed = 0
        if with_planned:
            for activity in session.scalars(select(Activity).where(
                    and_(Activity.study_plan_id == plan.id, Activity.state == ActivityState.PLANNED,
                         Activity.deleted_at.is_(None)))):
                soft_delete(activity)
                removed += 1
        audit.record(session, db.actor, "study_plan.delete", "study_plan", uuid, {"activities": removed})
        return removed
