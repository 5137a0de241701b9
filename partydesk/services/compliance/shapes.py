"""What the compliance picture is made of: frozen rows the dashboard, the reports and the console show."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum

from partydesk.domain.compliance import (
    ComplianceRules,
)
from partydesk.domain.enums import ActivityKind, BranchRole, MemberStatus


@dataclass(frozen=True)
class MemberHours:
    member_uuid: str
    name: str
    branch_uuid: str
    branch_name: str
    status: MemberStatus
    branch_role: BranchRole
    hours: float
    required: float
    shortfall: float


@dataclass(frozen=True)
class MeetingShortfall:
    """Fewer activities of `kind` than required in a period of one branch."""

    branch_uuid: str
    branch_name: str
    kind: ActivityKind
    period: str
    period_start: date
    period_end: date
    required: int
    held: int


@dataclass(frozen=True)
class BranchCompliance:
    branch_uuid: str
    branch_name: str
    members: int
    compliant: int
    below: int
    average_hours: float
    shortfalls: tuple[MeetingShortfall, ...]
    in_progress: tuple[MeetingShortfall, ...]

    @property
    def completion(self) -> float:
        """Share of members at or above their required hours (1.0 for a branch without members)."""
        return self.compliant / self.members if self.members else 1.0


@dataclass(frozen=True)
class MemberRef:
    member_uuid: str
    name: str
    branch_name: str


@dataclass(frozen=True)
class OverdueFollowUp:
    talk_uuid: str
    member_uuid: str
    member_name: str
    branch_name: str
    kind: str
    on_date: date
    follow_up_due: date
    days_overdue: int


@dataclass(frozen=True)
class ProbationDue:
    member_uuid: str
    name: str
    branch_name: str
    joined_on: date
    probation_ends: date


@dataclass(frozen=True)
class ComplianceReport:
    year: int
    today: date
    branch_uuid: str | None
    rules: ComplianceRules
    members: int
    compliant: int
    below: int
    average_hours: float
    branches: tuple[BranchCompliance, ...]
    members_below: tuple[MemberHours, ...]
    shortfalls: tuple[MeetingShortfall, ...]
    without_talk_count: int
    without_talk: tuple[MemberRef, ...]
    overdue_count: int
    overdue_follow_ups: tuple[OverdueFollowUp, ...]
    probationary_due: tuple[ProbationDue, ...]  # probation year over on or before `today`
    probationary_due_soon: tuple[ProbationDue, ...] = ()  # ending within rules.probation_due_soon_days

    def to_dict(self) -> dict:
        """JSON-ready: enums as codes, dates ISO, completion ratios included."""
        data = _plain(self)
        data["rules"] = self.rules.to_dict()
        for branch, plain in zip(self.branches, data["branches"], strict=True):
            plain["completion"] = round(branch.completion, 4)
        return data


@dataclass(frozen=True)
class YearData:
    """The expensive part of a year, cached until attendance, activities or members change.

    `standing`: (member id, branch id, hours, required) of every counted member.
    `held`: dates of held required meetings by branch id (None: committee-level or branch-less).
    """

    standing: tuple[tuple[int, int, float, float], ...]
    held: dict


@dataclass(frozen=True)
class ReportDetails:
    """The report plus what the dashboard draws from the same pass."""

    report: ComplianceReport
    data: YearData
    cells: dict[str, list]  # branch uuid -> [(requirement, period, held)] of every period
    without_talk: tuple[MemberRef, ...]


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value
