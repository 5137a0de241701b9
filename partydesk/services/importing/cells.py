"""One spreadsheet cell to one field value, as offices write them; None for an empty cell."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from partydesk.domain.dates import MAX_YEAR, MIN_YEAR, parse_date
from partydesk.domain.enums import AttendanceStatus, BranchRole, Gender, MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import parse_resident_id
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.importing.sheets import Cell, cell_text, match_text

Converter = Callable[[Cell, str, date], object]

_CJK_WITH_SPACES = re.compile(r"^[\u3400-\u9fff\s]+$")
_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE,
            "male": Gender.MALE, "female": Gender.FEMALE, "男性": Gender.MALE, "女性": Gender.FEMALE}
_STATUSES = {
    "正式": MemberStatus.FULL, "党员": MemberStatus.FULL, "中共党员": MemberStatus.FULL,
    "正式党员": MemberStatus.FULL, "预备": MemberStatus.PROBATIONARY, "中共预备党员": MemberStatus.PROBATIONARY,
    "积极分子": MemberStatus.ACTIVIST, "申请人": MemberStatus.APPLICANT, "发展对象": MemberStatus.CANDIDATE,
}
_ROLES = {
    "无": BranchRole.NONE,
    "党员": BranchRole.NONE,
    "支部书记": BranchRole.SECRETARY,
    "书记": BranchRole.SECRETARY,
    "党支部书记": BranchRole.SECRETARY,
    "支部副书记": BranchRole.DEPUTY_SECRETARY,
    "副书记": BranchRole.DEPUTY_SECRETARY,
    "支委": BranchRole.COMMITTEE_MEMBER,
    "支部委员": BranchRole.COMMITTEE_MEMBER,
    "组织委员": BranchRole.COMMITTEE_MEMBER,
    "宣传委员": BranchRole.COMMITTEE_MEMBER,
    "纪检委员": BranchRole.COMMITTEE_MEMBER,
    "组长": BranchRole.GROUP_LEADER,
    "党小组长": BranchRole.GROUP_LEADER,
    "小组长": BranchRole.GROUP_LEADER,
}
_YES = {"是", "√", "✓", "✔", "y", "yes", "1", "true", "流动", "流动党员"}
_NO = {"否", "×", "n", "no", "0", "false", "无", "-"}
ATTENDANCE_WORDS = {
    "出席": AttendanceStatus.PRESENT,
    "到": AttendanceStatus.PRESENT,
    "已到": AttendanceStatus.PRESENT,
    "参加": AttendanceStatus.PRESENT,
    "签到": AttendanceStatus.PRESENT,
    "√": AttendanceStatus.PRESENT,
    "✓": AttendanceStatus.PRESENT,
    "✔": AttendanceStatus.PRESENT,
    "present": AttendanceStatus.PRESENT,
    "请假": AttendanceStatus.LEAVE,
    "假": AttendanceStatus.LEAVE,
    "事假": AttendanceStatus.LEAVE,
    "病假": AttendanceStatus.LEAVE,
    "leave": AttendanceStatus.LEAVE,
    "on leave": AttendanceStatus.LEAVE,
    "缺席": AttendanceStatus.ABSENT,
    "缺": AttendanceStatus.ABSENT,
    "未到": AttendanceStatus.ABSENT,
    "×": AttendanceStatus.ABSENT,
    "absent": AttendanceStatus.ABSENT,
}


def normalise_name(value: Cell) -> str:
    """王  伟 -> 王伟 (spaces pad two-character names); 阿依古丽·买买提 and Latin names keep theirs."""
    text = cell_text(value)
    return "".join(text.split()) if _CJK_WITH_SPACES.match(text) else " ".join(text.split())


def _text(value: Cell, field: str, today: date) -> str | None:
    return cell_text(value) or None


def _phone(value: Cell, field: str, today: date) -> str | None:
    """Digits typed full-width (１３８…) are folded: a phone number is dialled, not read."""
    return match_text(value) or None


def _name(value: Cell, field: str, today: date) -> str | None:
    return normalise_name(value) or None


def _gender(value: Cell, field: str, today: date) -> Gender | None:
    text = match_text(value).lower()
    if not text:
        return None
    if text in _GENDERS:
        return _GENDERS[text]
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not a gender; write 男 or 女"), value=cell_text(value)
    )


def resident_id_cell(value: Cell, field: str, today: date) -> str | None:
    """A normalised valid ID; a number cell is refused: Excel has already lost its last digits."""
    if value is None or cell_text(value) == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        parse_resident_id(float(value), today)  # raises the domain's "stored as a number" message
    text = match_text(value)
    if "*" in text:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "ValidationError", "This resident ID is masked (“{value}”); import a file exported with full IDs"
            ),
            value=text,
        )
    return parse_resident_id(text, today).number


def date_cell(value: Cell, field: str, today: date) -> date | None:
    """Real dates pass; text in any form the domain reads; 1972.11 typed as a number too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and not value.is_integer() and MIN_YEAR <= value < MAX_YEAR + 1:
        return _year_month_number(value, field)
    if isinstance(value, datetime):
        return value.date()
    return parse_date(value, field, allow_month_only=True)


def _year_month_number(value: float, field: str) -> date:
    """Excel keeps 1972.11 as a number; 1972.1 could have been typed as 1972.10 (October)."""
    text = repr(value)
    year, _, month = text.partition(".")
    if month == "1":
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "ValidationError",
                "“{value}” was stored by Excel as a number, so January and October look the same; "
                "write it as {year}-01 or {year}-10",
            ),
            value=text,
            year=year,
        )
    return parse_date(f"{year}-{month}", field, allow_month_only=True)


def _choice(table: dict, enum_cls, message: str) -> Converter:
    def convert(value: Cell, field: str, today: date):
        text = match_text(value)
        if not text:
            return None
        if text.lower() in table:
            return table[text.lower()]
        try:
            return enum_cls.from_text(text)
        except ValueError:
            raise ValidationError(field, message, value=text) from None

    return convert


def _flag(value: Cell, field: str, today: date) -> bool | None:
    text = match_text(value).lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(field, QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not 是 or 否"), value=text)


def attendance_cell(value: Cell, field: str, today: date) -> AttendanceStatus | None:
    text = match_text(value).lower()
    if not text:
        return None
    if text in ATTENDANCE_WORDS:
        return ATTENDANCE_WORDS[text]
    try:
        return AttendanceStatus.from_text(text)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not 出席, 请假 or 缺席"), value=cell_text(value)
        ) from None


ROSTER_CONVERTERS: dict[str, Converter] = {
    "name": _name,
    "gender": _gender,
    "resident_id": resident_id_cell,
    "status": _choice(
        _STATUSES,
        MemberStatus,
        QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not a member category such as 正式党员 or 预备党员"),
    ),
    "branch_role": _choice(
        _ROLES,
        BranchRole,
        QT_TRANSLATE_NOOP("ValidationError", "“{value}” is not a branch post such as 书记, 支委 or 党小组长"),
    ),
    "is_flowing": _flag,
    **{name: date_cell for name in ("birth_date", "applied_on", "activist_on", "candidate_on", "joined_on", "full_on")},
    "phone": _phone,
    **{
        name: _text
        for name in ("ethnicity", "education", "address", "post", "exemplar_post", "notes", "branch", "party_group")
    },
}
