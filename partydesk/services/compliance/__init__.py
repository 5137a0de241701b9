"""The yearly compliance picture: study hours, 三会一课 frequencies, talks, follow-ups, probation.

Who counts: live probationary and full members (MemberStatus.is_party_member) on the roster.
Hours credited: attendance.hours of PRESENT marks in live, not cancelled activities of the year.
Meetings held: live activities of the year that are HELD or have attendance recorded.
Committee-level (or branch-less) 党课 and 主题党日 count for every branch, because a joint
lecture or theme day by the 党委 fulfils each branch's duty; the other required kinds
(支部党员大会, 支委会, 党小组会, 组织生活会, 民主评议) are a branch's own organs and count only for it.
A group meeting counts for its group's branch.

The heavy aggregate (attendance summed per member) runs in SQL; the per-branch rollup of
those per-member sums is done once in Python so a report scans attendance only once. That
aggregate and the held meetings are cached per database until attendance, activities or
members change, so the dashboard and paged lists after the first cost a few small queries.

Inside: the rows (shapes), the SQL (queries), the cached year and the branch rollup (rollup), the
use cases (report). This __init__ is the API.
"""

from partydesk.services.compliance.queries import (
    counted_activities,
    counted_members,
    held_meetings,
    hours_per_member,
    required_expression,
)
from partydesk.services.compliance.report import (
    LIST_LIMIT,
    compliance_report,
    members_below,
    members_without_talk,
    overdue_follow_ups,
    report_details,
)
from partydesk.services.compliance.rollup import below_rows, branch_meeting_days, held_by_period, year_data
from partydesk.services.compliance.shapes import (
    BranchCompliance,
    ComplianceReport,
    MeetingShortfall,
    MemberHours,
    MemberRef,
    OverdueFollowUp,
    ProbationDue,
    ReportDetails,
    YearData,
)

__all__ = [
    "BranchCompliance",
    "ComplianceReport",
    "LIST_LIMIT",
    "MeetingShortfall",
    "MemberHours",
    "MemberRef",
    "OverdueFollowUp",
    "ProbationDue",
    "ReportDetails",
    "YearData",
    "below_rows",
    "branch_meeting_days",
    "compliance_report",
    "counted_activities",
    "counted_members",
    "held_by_period",
    "held_meetings",
    "hours_per_member",
    "members_below",
    "members_without_talk",
    "overdue_follow_ups",
    "report_details",
    "required_expression",
    "year_data",
]
