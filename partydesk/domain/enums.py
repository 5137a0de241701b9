"""Enumerations with their official Chinese terms and English labels.

The stored value is the code (e.g. "FULL"); `.zh` is the term offices write
(预备党员, 三会一课 ...) and is what printed documents show; `.label()` follows
the UI language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from partydesk.i18n import language


class LabeledEnum(StrEnum):
    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Self:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.zh = zh
        obj.en = en
        return obj

    def label(self) -> str:
        return self.zh if language().startswith("zh") else self.en

    @classmethod
    def from_text(cls, text: str) -> Self:
        """Accept a code, a Chinese term or an English label (as found in spreadsheets)."""
        cleaned = (text or "").strip()
        for item in cls:
            if cleaned in (item.value, item.zh, item.en) or cleaned.lower() == item.en.lower():
                return item
        raise ValueError(cleaned)


class Gender(LabeledEnum):
    MALE = ("M", "男", "Male")
    FEMALE = ("F", "女", "Female")


class MemberStatus(LabeledEnum):
    APPLICANT = ("APPLICANT", "入党申请人", "Applicant")
    ACTIVIST = ("ACTIVIST", "入党积极分子", "Activist")
    CANDIDATE = ("CANDIDATE", "发展对象", "Candidate")
    PROBATIONARY = ("PROBATIONARY", "预备党员", "Probationary member")
    FULL = ("FULL", "正式党员", "Full member")
    TRANSFERRED_OUT = ("TRANSFERRED_OUT", "已转出", "Transferred out")
    DECEASED = ("DECEASED", "已去世", "Deceased")
    LEFT = ("LEFT", "已出党", "Left the Party")

    @property
    def is_party_member(self) -> bool:
        """Probationary and full members: the people compliance counts."""
        return self in (MemberStatus.PROBATIONARY, MemberStatus.FULL)

    @property
    def is_on_roster(self) -> bool:
        return self not in (MemberStatus.TRANSFERRED_OUT, MemberStatus.DECEASED, MemberStatus.LEFT)


DEVELOPMENT_ORDER = (
    MemberStatus.APPLICANT,
    MemberStatus.ACTIVIST,
    MemberStatus.CANDIDATE,
    MemberStatus.PROBATIONARY,
    MemberStatus.FULL,
)


class BranchRole(LabeledEnum):
    NONE = ("NONE", "", "")
    SECRETARY = ("SECRETARY", "书记", "Secretary")
    DEPUTY_SECRETARY = ("DEPUTY_SECRETARY", "副书记", "Deputy secretary")
    COMMITTEE_MEMBER = ("COMMITTEE_MEMBER", "支委委员", "Committee member")
    GROUP_LEADER = ("GROUP_LEADER", "党小组组长", "Group leader")

    @property
    def is_cadre(self) -> bool:
        """Branch secretaries and committee members have the higher study-hours requirement."""
        return self in (BranchRole.SECRETARY, BranchRole.DEPUTY_SECRETARY, BranchRole.COMMITTEE_MEMBER)


class OrgKind(LabeledEnum):
    COMMITTEE = ("COMMITTEE", "党委", "Party committee")
    GENERAL_BRANCH = ("GENERAL_BRANCH", "党总支", "General branch")
    BRANCH = ("BRANCH", "党支部", "Branch")


class ActivityKind(LabeledEnum):
    BRANCH_MEETING = ("BRANCH_MEETING", "支部党员大会", "Branch general meeting")
    BRANCH_COMMITTEE = ("BRANCH_COMMITTEE", "支委会", "Branch committee meeting")
    GROUP_MEETING = ("GROUP_MEETING", "党小组会", "Party group meeting")
    PARTY_LECTURE = ("PARTY_LECTURE", "党课", "Party lecture")
    THEME_DAY = ("THEME_DAY", "主题党日", "Theme Party day")
    TRAINING = ("TRAINING", "专题培训", "Thematic training")
    WARNING_EDUCATION = ("WARNING_EDUCATION", "警示教育", "Warning education")
    INTEGRITY_EDUCATION = ("INTEGRITY_EDUCATION", "廉政教育", "Clean-government education")
    LIFE_MEETING = ("LIFE_MEETING", "组织生活会", "Organizational life meeting")
    DEMOCRATIC_REVIEW = ("DEMOCRATIC_REVIEW", "民主评议党员", "Democratic review of members")
    OTHER = ("OTHER", "其他", "Other")

    @property
    def is_three_meetings_one_lecture(self) -> bool:
        """三会一课: branch general meeting, committee meeting, group meeting, Party lecture."""
        return self in THREE_MEETINGS_ONE_LECTURE


THREE_MEETINGS_ONE_LECTURE = (
    ActivityKind.BRANCH_MEETING,
    ActivityKind.BRANCH_COMMITTEE,
    ActivityKind.GROUP_MEETING,
    ActivityKind.PARTY_LECTURE,
)


class TopicArea(LabeledEnum):
    THEORY = ("THEORY", "理论", "Theory")
    PARTY_STYLE = ("PARTY_STYLE", "党风", "Party style")
    DISCIPLINE = ("DISCIPLINE", "纪律", "Discipline")
    LAW = ("LAW", "法律法规", "Laws and regulations")
    ECONOMY = ("ECONOMY", "经济", "Economy")
    SCIENCE = ("SCIENCE", "科技", "Science and technology")
    SKILLS = ("SKILLS", "实用技能", "Practical skills")
    OTHER = ("OTHER", "其他", "Other")


class ActivityLevel(LabeledEnum):
    COMMITTEE = ("COMMITTEE", "党委", "Committee")
    BRANCH = ("BRANCH", "支部", "Branch")
    GROUP = ("GROUP", "党小组", "Party group")


class ActivityState(LabeledEnum):
    PLANNED = ("PLANNED", "计划", "Planned")
    HELD = ("HELD", "已开展", "Held")
    CANCELLED = ("CANCELLED", "已取消", "Cancelled")


class AttendanceStatus(LabeledEnum):
    PRESENT = ("PRESENT", "出席", "Present")
    LEAVE = ("LEAVE", "请假", "On leave")
    ABSENT = ("ABSENT", "缺席", "Absent")


class ServiceCategory(LabeledEnum):
    GOVERNANCE = ("GOVERNANCE", "基层治理", "Grassroots governance")
    PETITION = ("PETITION", "党建+信访", "Party building + petitions")
    TECH_AID = ("TECH_AID", "科技创新帮扶", "Science and technology help")
    LAST_MILE = ("LAST_MILE", "服务群众“最后一公里”", "Serving the masses (last mile)")
    VOLUNTEER = ("VOLUNTEER", "志愿服务", "Volunteer service")
    OTHER = ("OTHER", "其他", "Other")


class TalkKind(LabeledEnum):
    HEART_TO_HEART = ("HEART_TO_HEART", "谈心谈话", "Heart-to-heart talk")
    REMINDER = ("REMINDER", "提醒谈话", "Reminder talk")
    ADMONISHMENT = ("ADMONISHMENT", "诫勉谈话", "Admonishment talk")
    INTEGRITY = ("INTEGRITY", "廉政谈话", "Clean-government talk")
    CRITICISM = ("CRITICISM", "批评教育", "Criticism and education")
    OTHER = ("OTHER", "其他", "Other")

    @property
    def always_confidential(self) -> bool:
        return self is TalkKind.ADMONISHMENT


class MemberEventKind(LabeledEnum):
    APPLIED = ("APPLIED", "递交入党申请", "Applied")
    BECAME_ACTIVIST = ("BECAME_ACTIVIST", "确定为入党积极分子", "Became activist")
    BECAME_CANDIDATE = ("BECAME_CANDIDATE", "确定为发展对象", "Became candidate")
    JOINED = ("JOINED", "接收为预备党员", "Joined as probationary member")
    BECAME_FULL = ("BECAME_FULL", "转为正式党员", "Became full member")
    TRANSFERRED_IN = ("TRANSFERRED_IN", "组织关系转入", "Transferred in")
    TRANSFERRED_OUT = ("TRANSFERRED_OUT", "组织关系转出", "Transferred out")
    DIED = ("DIED", "去世", "Died")
    LEFT = ("LEFT", "出党", "Left the Party")
    STATUS_CHANGED = ("STATUS_CHANGED", "状态变更", "Status changed")
    BRANCH_CHANGED = ("BRANCH_CHANGED", "支部变更", "Branch changed")


class Frequency(LabeledEnum):
    WEEKLY = ("WEEKLY", "每周", "Weekly")
    MONTHLY = ("MONTHLY", "每月", "Monthly")
    QUARTERLY = ("QUARTERLY", "每季度", "Quarterly")
    HALF_YEARLY = ("HALF_YEARLY", "每半年", "Half-yearly")
    YEARLY = ("YEARLY", "每年", "Yearly")


class Role(LabeledEnum):
    ADMIN = ("ADMIN", "管理员", "Administrator")
    SECRETARY = ("SECRETARY", "书记", "Secretary")
    CLERK = ("CLERK", "录入员", "Clerk")
    VIEWER = ("VIEWER", "查看", "Viewer")
