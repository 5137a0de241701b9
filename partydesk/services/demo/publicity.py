"""Demo consents: most demo members agreed to be named, fewer to be shown, some never answered."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, func, insert, literal, select

from partydesk.store.base import new_uuid
from partydesk.store.models import Member, PublishConsent

# Of every ten members (by id): 0-6 agree to their name, 0-3 also to photos, 7-8 refuse, 9 never answered.
NAME_BELOW = 7
PHOTO_BELOW = 4
ANSWERED_BELOW = 9


def add_consents(connection: Connection, year: int, origin: str, stamp: str) -> int:
    """One consent row per answering member, written in a single INSERT ... SELECT; the rows written."""
    prefix = new_uuid()[:24]
    share = Member.id % 10
    stamped = literal(datetime.fromisoformat(stamp))  # a timestamp, not text: PostgreSQL will not cast it
    rows = select(
        Member.id, share < NAME_BELOW, share < PHOTO_BELOW, literal(date(year, 1, 15)), literal(""),
        literal(prefix) + func.substr(Member.uuid, 25, 12), stamped, stamped, literal(origin),
    ).where(Member.deleted_at.is_(None), share < ANSWERED_BELOW)
    columns = ["member_id", "publish_name", "publish_photo", "given_on", "note", "uuid", "created_at", "updated_at",
               "origin"]
    result = connection.execute(insert(PublishConsent).from_select(columns, rows))
    return int(result.rowcount or 0)
