"""Shared shapes and helpers of the services: pages, lookups by uuid, progress callbacks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Generic, TypeVar

from sqlalchemy import Select, desc, func, select
from sqlalchemy.orm import Session

from partydesk.domain.errors import NotFoundError, ValidationError
from partydesk.domain.limits import limit_text, require_text  # noqa: F401 - the services' text checks
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.store.base import utcnow
from partydesk.store.db import Database

T = TypeVar("T")
# A spreadsheet cell starting with one of these is run as a formula by Excel, WPS or LibreOffice
# (a name or a note typed as =HYPERLINK(...) or +cmd|...): exports write such text as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def no_progress(done: int, total: int) -> None:
    return None


def never_cancelled() -> bool:
    return False


class OperationCancelled(Exception):
    """The user pressed Cancel; the transaction was rolled back."""


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: Sequence[T]
    total: int


def get_live(session: Session, model, uuid: str, kind: str, *, deleted: bool = False):
    """The record with this uuid, live (or in the recycle bin when deleted=True)."""
    record = session.scalar(select(model).where(model.uuid == uuid))
    if record is None or (record.deleted_at is not None) != deleted:
        raise NotFoundError(kind, uuid)
    return record


def id_of(session: Session, model, uuid: str | None, field_name: str) -> int | None:
    """Primary key for a uuid given in input, or a ValidationError naming the field."""
    if not uuid:
        return None
    found = session.scalar(select(model.id).where(model.uuid == uuid, model.deleted_at.is_(None)))
    if found is None:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("ValidationError", "Unknown record {uuid}"), uuid=uuid)
    return found


def local_time(at: datetime | None) -> datetime | None:
    """A stored time (naive UTC) on this computer's clock, naive: what people read in tables and messages."""
    if at is None:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)


def page_of(session: Session, query: Select, offset: int, limit: int) -> tuple[list, int]:
    """Rows of one page and the total count, both computed by the database."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = session.execute(query.offset(offset).limit(limit)).all()
    return rows, int(total or 0)


def sorted_by(stmt: Select, sorts: dict, key: str, default: str, descending: bool) -> Select:
    """Order a list query by one of its named sorts (unknown names fall back to the default)."""
    order = sorts.get(key, sorts[default])
    return stmt.order_by(*(desc(column) for column in order) if descending else order)


def live_or_deleted(stmt: Select, model, deleted: bool) -> Select:
    """Live records, or those in the recycle bin."""
    return stmt.where(model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None))


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def stamp_new(record, db: Database) -> None:
    record.origin = db.office_uuid


def soft_delete(record) -> None:
    record.deleted_at = utcnow()


