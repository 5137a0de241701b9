"""Conflicts and skipped rows in the office's words: 字段 联系电话, 本单位 …, 对方 …; why a row was skipped."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from partydesk.domain.fields import FIELD_LABELS
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.transfer.link import NOT_DECIDED
from partydesk.services.transfer.rows import RAW, foreign_keys
from partydesk.store.models import Base

TABLE_LABELS = {
    "branch": QT_TRANSLATE_NOOP("TransferLabels", "Branches"),
    "party_group": QT_TRANSLATE_NOOP("TransferLabels", "Party groups"),
    "member": QT_TRANSLATE_NOOP("TransferLabels", "Members"),
    "member_event": QT_TRANSLATE_NOOP("TransferLabels", "Member history"),
    "study_plan": QT_TRANSLATE_NOOP("TransferLabels", "Study plans"),
    "activity": QT_TRANSLATE_NOOP("TransferLabels", "Activities"),
    "attendance": QT_TRANSLATE_NOOP("TransferLabels", "Attendance"),
    "service_entry": QT_TRANSLATE_NOOP("TransferLabels", "Service entries"),
    "service_participant": QT_TRANSLATE_NOOP("TransferLabels", "Service participants"),
    "talk": QT_TRANSLATE_NOOP("TransferLabels", "Talk records"),
    "recognition": QT_TRANSLATE_NOOP("TransferLabels", "Recognitions"),
    "publish_consent": QT_TRANSLATE_NOOP("TransferLabels", "Publishing consents"),
    "dues_base": QT_TRANSLATE_NOOP("TransferLabels", "Dues bases"),
    "dues_payment": QT_TRANSLATE_NOOP("TransferLabels", "Dues payments"),
    "reminder_answer": QT_TRANSLATE_NOOP("TransferLabels", "Reminder answers"),
    "exemplar_post": QT_TRANSLATE_NOOP("TransferLabels", "Exemplar posts"),
    "point_item": QT_TRANSLATE_NOOP("TransferLabels", "Points items"),
    "point_entry": QT_TRANSLATE_NOOP("TransferLabels", "Points entries"),
    "appraisal": QT_TRANSLATE_NOOP("TransferLabels", "Appraisals"),
    "correction": QT_TRANSLATE_NOOP("TransferLabels", "Corrections"),
    "attachment_blob": QT_TRANSLATE_NOOP("TransferLabels", "Photos and scans"),
    "attachment": QT_TRANSLATE_NOOP("TransferLabels", "Photos and scans"),
}
_MORE_FIELDS = {
    "parent_id": QT_TRANSLATE_NOOP("Field", "Parent organisation"),
    "branch_role": QT_TRANSLATE_NOOP("Field", "Branch post"),
    "is_flowing": QT_TRANSLATE_NOOP("Field", "Flowing member"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "deleted_at": QT_TRANSLATE_NOOP("Field", "Deleted"),
    "roster_order": QT_TRANSLATE_NOOP("Field", "Roster order"),
    "sort_order": QT_TRANSLATE_NOOP("Field", "Order"),
    "content": QT_TRANSLATE_NOOP("Field", "Content"),
    "minutes": QT_TRANSLATE_NOOP("Field", "Minutes"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
}
# Why a row of a package was not stored: reason code -> words (the parent's table is named).
_REASONS = {
    "missing": QT_TRANSLATE_NOOP("TransferReasons", "its {parent} is neither in this office nor in the package"),
    "held": QT_TRANSLATE_NOOP(
        "TransferReasons", "its {parent} waits in a conflict; once it is decided, import a package with all history"
    ),
    "unknown_table": QT_TRANSLATE_NOOP("TransferReasons", "this program does not know these records (newer version?)"),
}
_PARENTS = {
    "branch": QT_TRANSLATE_NOOP("TransferReasons", "branch"),
    "party_group": QT_TRANSLATE_NOOP("TransferReasons", "party group"),
    "member": QT_TRANSLATE_NOOP("TransferReasons", "member"),
    "activity": QT_TRANSLATE_NOOP("TransferReasons", "activity"),
    "study_plan": QT_TRANSLATE_NOOP("TransferReasons", "study plan"),
    "service_entry": QT_TRANSLATE_NOOP("TransferReasons", "service entry"),
    "attachment_blob": QT_TRANSLATE_NOOP("TransferReasons", "image"),
    "talk": QT_TRANSLATE_NOOP("TransferReasons", "talk record"),
    "recognition": QT_TRANSLATE_NOOP("TransferReasons", "honour"),
    "point_item": QT_TRANSLATE_NOOP("TransferReasons", "points item"),
    "appraisal": QT_TRANSLATE_NOOP("TransferReasons", "appraisal"),
}
EMPTY = QT_TRANSLATE_NOOP("TransferLabels", "(empty)")
YES, NO = QT_TRANSLATE_NOOP("TransferLabels", "yes"), QT_TRANSLATE_NOOP("TransferLabels", "no")
DIFFERENCE = QT_TRANSLATE_NOOP("TransferLabels", "Field: {field}, this office: {ours}, theirs: {theirs}")


@dataclass(frozen=True)
class FieldDifference:
    """One field two offices disagree on, with both values as a person reads them."""

    field: str
    label: str
    ours: str
    theirs: str

    def sentence(self) -> str:
        return translate("TransferLabels", DIFFERENCE, field=self.label, ours=self.ours, theirs=self.theirs)


def table_label(name: str) -> str:
    return translate("TransferLabels", TABLE_LABELS[name]) if name in TABLE_LABELS else name


def field_words(column: str) -> str:
    source = _MORE_FIELDS.get(column) or FIELD_LABELS.get(column.removesuffix("_id"))
    return translate("Field", source) if source else column


def skip_reason(code: str) -> str:
    """missing_member -> "its member is neither in this office nor in the package" (translated)."""
    kind, _, parent = code.partition("_")
    if code in _REASONS:
        return translate("TransferReasons", _REASONS[code])
    if kind in _REASONS and parent:
        words = translate("TransferReasons", _PARENTS[parent]) if parent in _PARENTS else parent
        return translate("TransferReasons", _REASONS[kind], parent=words)
    return code


def describe_differences(conn: Connection, name: str, ours: dict, theirs: dict) -> tuple[FieldDifference, ...]:
    """Fields (bookkeeping aside) the two versions disagree on, values in words."""
    fks = foreign_keys(name) if name in RAW else {}
    out = []
    for column in sorted(set(ours) | set(theirs)):
        if column in NOT_DECIDED or _blank(ours.get(column)) == _blank(theirs.get(column)):
            continue
        out.append(
            FieldDifference(
                column,
                field_words(column),
                _words(conn, name, column, ours.get(column), fks),
                _words(conn, name, column, theirs.get(column), fks),
            )
        )
    return tuple(out)


def record_label(conn: Connection, name: str, row: dict) -> str:
    """A member's or branch's name, an activity's title, else the member a history row belongs to."""
    for column in ("name", "title"):
        if row.get(column):
            return str(row[column])
    if row.get("member_id"):
        return _name_of(conn, "member", row["member_id"]) or row.get("uuid", "")
    return str(row.get("uuid", ""))


def _blank(value):
    return "" if value is None else value


def _words(conn: Connection, name: str, column: str, value, fks: dict[str, str]) -> str:
    if value is None or value == "":
        return translate("TransferLabels", EMPTY)
    if column in fks:
        return _name_of(conn, fks[column], value) or str(value)
    if isinstance(value, bool):
        return translate("TransferLabels", YES if value else NO)
    enum_class = getattr(Base.metadata.tables[name].c[column].type, "enum_class", None) if name in RAW else None
    if enum_class is not None:
        try:
            return enum_class(value).label()
        except ValueError:
            return str(value)
    if column == "deleted_at":
        return str(value)[:10]
    return str(value)


def _name_of(conn: Connection, table_name: str, uuid: str) -> str | None:
    table = RAW.get(table_name)
    if table is None:
        return None
    column = next((c for c in ("name", "title") if c in table.c), None)
    if column is None:
        return None
    return conn.execute(select(table.c[column]).where(table.c.uuid == uuid)).scalar()
