"""Find the header row among title rows and map each column to a field by its (varying) name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from partydesk.domain.fields import FIELD_LABELS
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.importing.sheets import Cell, cell_text

HEADER_SEARCH_ROWS = 15
IGNORE = "ignore"

# Field -> header names offices use; the first is what our exports and the template write.
ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "党员姓名", "名字"),
    "gender": ("性别",),
    "ethnicity": ("民族",),
    "resident_id": ("公民身份号码", "身份证号码", "身份证号", "身份证", "证件号码"),
    "birth_date": ("出生年月", "出生日期", "出生年月日"),
    "education": ("学历", "文化程度", "最高学历"),
    "applied_on": ("申请入党时间", "申请入党日期", "递交入党申请书时间"),
    "activist_on": ("确定积极分子时间", "确定为入党积极分子时间", "列为积极分子时间"),
    "candidate_on": ("确定发展对象时间", "确定为发展对象时间"),
    "joined_on": ("入党时间", "入党日期", "入党年月"),
    "full_on": ("转正时间", "转正日期", "转正年月"),
    "status": ("人员类别", "党员类别", "身份", "党员状态", "类别"),
    "branch": ("所在党支部", "党支部", "支部", "所在支部"),
    "party_group": ("所在党小组", "党小组", "小组"),
    "branch_role": ("党内职务",),
    "phone": ("联系电话", "手机号码", "电话", "手机", "联系方式", "电话号码"),
    "address": ("家庭住址", "住址", "现居住地", "家庭地址", "居住地址"),
    "post": ("工作岗位", "职务", "工作单位及职务", "岗位", "工作单位"),
    "exemplar_post": ("示范岗/责任区", "示范岗", "责任区", "党员示范岗", "党员责任区"),
    "is_flowing": ("流动党员", "是否流动党员"),
    "notes": ("备注",),
    IGNORE: ("序号", "编号", "no"),
}

ATTENDANCE_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "党员姓名", "名字"),
    "resident_id": ("公民身份号码", "身份证号码", "身份证号", "身份证"),
    "attendance": ("出席情况", "出勤情况", "出勤", "到会情况", "出席", "状态", "考勤"),
    "signature": ("签到", "签名", "本人签名", "签字", "签到签名", "签到情况"),
    "leave_reason": ("请假原因", "请假事由", "缺席原因", "事由", "备注"),
    "hours": ("学时", "计入学时"),
    IGNORE: ("序号", "编号", "no"),
}

_EXTRA_LABELS = {
    "branch_role": QT_TRANSLATE_NOOP("Field", "Branch post"),
    "is_flowing": QT_TRANSLATE_NOOP("Field", "Flowing member"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "signature": QT_TRANSLATE_NOOP("Field", "Signature"),
    "activity": QT_TRANSLATE_NOOP("Field", "Activity"),
    IGNORE: QT_TRANSLATE_NOOP("Field", "(not imported)"),
}

_BRACKETED = re.compile(r"[(（\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s*:：.。]")


def import_field_label(field: str) -> str:
    """What the mapping page shows for a field (translated when the GUI installed a translator)."""
    source = FIELD_LABELS.get(field) or _EXTRA_LABELS.get(field)
    return translate("Field", source) if source else field


def normalise_header(text: str) -> str:
    """身份证号码（18位）* -> 身份证号码: fold width, drop notes in brackets, spaces and marks."""
    folded = unicodedata.normalize("NFKC", text)
    return _NOISE.sub("", _BRACKETED.sub("", folded)).lower()


def _lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise_header(name): field for field, names in synonyms.items() for name in names}


_LOOKUPS: dict[int, dict[str, str]] = {}


def field_for_header(text: str, synonyms: dict[str, tuple[str, ...]]) -> str | None:
    lookup = _LOOKUPS.setdefault(id(synonyms), _lookup(synonyms))
    key = normalise_header(text)
    return lookup.get(key) if key else None


@dataclass(frozen=True)
class HeaderMatch:
    """The header row (as Excel numbers it), its column titles and the automatic mapping."""

    row: int
    columns: tuple[str, ...]
    mapping: dict[int, str]


def map_columns(values: tuple[Cell, ...], synonyms: dict[str, tuple[str, ...]]) -> dict[int, str]:
    """Column index -> field; a field named twice keeps its first column; 序号 and unknowns unmapped."""
    mapping: dict[int, str] = {}
    for index, value in enumerate(values):
        field = field_for_header(cell_text(value), synonyms)
        if field and field != IGNORE and field not in mapping.values():
            mapping[index] = field
    return mapping


def detect_header(
    head: list[tuple[int, tuple[Cell, ...]]],
    synonyms: dict[str, tuple[str, ...]],
    required: tuple[str, ...] = ("name",),
) -> HeaderMatch | None:
    """The row among the first ones naming the most known fields, one of `required` among them."""
    best: HeaderMatch | None = None
    for number, values in head[:HEADER_SEARCH_ROWS]:
        mapping = map_columns(values, synonyms)
        known = len(mapping) + sum(1 for v in values if field_for_header(cell_text(v), synonyms) == IGNORE)
        if known < 2 or not set(required) & set(mapping.values()):
            continue
        if best is None or len(mapping) > len(best.mapping):
            best = HeaderMatch(number, tuple(cell_text(v) for v in values), mapping)
    return best


def is_repeated_header(values: tuple[Cell, ...], match: HeaderMatch) -> bool:
    """A header printed again further down (long rosters repeat it on every printed page)."""
    texts = [cell_text(v) for v in values]
    same = sum(1 for i in match.mapping if i < len(texts) and texts[i] == match.columns[i] != "")
    return same >= max(2, len(match.mapping) // 2)
