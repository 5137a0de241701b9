"""Make a post ready (preview) and save it: poster.png, cover.png, thumb.png, copy.txt, audited and logged."""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import Select, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from partydesk.domain.errors import ValidationError
from partydesk.domain.publicity import Channel, PosterTemplate, SourceKind
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import Page, local_time, page_of
from partydesk.services.publicity.copy import Copy, write_copy
from partydesk.services.publicity.render import render
from partydesk.services.publicity.sources import PosterSource, SourceRef, load_source, refuse_unpublishable
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.models import (
    Activity,
    Branch,
    ExemplarPost,
    Member,
    PublicityItem,
    Recognition,
    ServiceEntry,
)
from partydesk.store.private import open_private

FILES = ("poster.png", "cover.png", "thumb.png", "copy.txt")
CANNOT_WRITE = QT_TRANSLATE_NOOP("ValidationError", "Cannot write to {folder}: {reason}")


@dataclass(frozen=True)
class Prepared:
    """A post drawn and written, not yet saved: what the preview shows."""

    ref: SourceRef
    template: PosterTemplate
    source: PosterSource
    copy: Copy
    poster: bytes
    cover: bytes
    thumb: bytes
    texts: tuple[str, ...]


@dataclass(frozen=True)
class LogRow:
    uuid: str
    made_at: datetime
    made_by: str
    source_kind: SourceKind
    title: str
    channel: Channel
    template: str


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def check_publishable(db: Database, ref: SourceRef) -> None:
    """Raise ValidationError when the record may not be held up (a revoked honour, a withdrawn post)."""
    require(db, Permission.READ)
    with db.read() as session:
        refuse_unpublishable(session, ref)


def prepare(db: Database, ref: SourceRef, template: PosterTemplate, today: date, body: str | None = None) -> Prepared:
    """Read the record (consent applied), write the copy and draw the images; nothing is stored."""
    require(db, Permission.READ)
    with db.read() as session:
        source = load_source(session, ref, today, body)
    rendered = render(source, template, today)
    return Prepared(ref, template, source, write_copy(source), _png(rendered.poster), _png(rendered.cover),
                    _png(rendered.thumb), tuple(rendered.texts))


def _write_files(prepared: Prepared, folder: Path) -> list[Path]:
    """Each file under a temporary name, flushed to the stick, then renamed into place."""
    contents = (prepared.poster, prepared.cover, prepared.thumb, prepared.copy.as_text().encode("utf-8"))
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in zip(FILES, contents, strict=True):
            target = folder / name
            partial = folder / (name + ".part")
            with open_private(partial) as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(partial, target)
            written.append(target)
    except OSError as error:
        raise ValidationError("folder", CANNOT_WRITE, folder=str(folder), reason=error.strerror or str(error)) from None
    return written


def save(db: Database, prepared: Prepared, folder: str | Path, channel: Channel) -> list[Path]:
    """Write the four files to `folder` and record the export in the audit and the publicity log."""
    require(db, Permission.EXPORT)
    written = _write_files(prepared, Path(folder))
    with db.write() as session:
        item = PublicityItem(source_kind=prepared.ref.kind.value, source_uuid=prepared.ref.uuid,
                             title=prepared.copy.title[:200], channel=channel.value,
                             template=prepared.template.value, made_at=utcnow(), made_by=db.actor.username,
                             files=json.dumps([path.name for path in written]), origin=db.office_uuid)
        session.add(item)
        session.flush()
        audit.record(session, db.actor, "publicity.export", prepared.ref.kind.value.lower(), prepared.ref.uuid,
                     {"channel": channel.value, "template": prepared.template.value, "item": item.uuid,
                      "files": [path.name for path in written]})
    return written


def _log_row(row: PublicityItem) -> LogRow:
    return LogRow(row.uuid, local_time(row.made_at) or row.made_at, row.made_by, SourceKind[row.source_kind],
                  row.title, Channel[row.channel], row.template)


def _log_select(year: int | None) -> Select:
    stmt = select(PublicityItem).where(PublicityItem.deleted_at.is_(None))
    if year:
        stmt = stmt.where(extract("year", PublicityItem.made_at) == year)
    return stmt.order_by(PublicityItem.made_at.desc(), PublicityItem.id.desc())


def publicity_log(db: Database, year: int | None = None) -> list[LogRow]:
    """The exports, newest first (of one year when given)."""
    require(db, Permission.READ)
    with db.read() as session:
        return [_log_row(row) for row in session.scalars(_log_select(year))]


def log_page(db: Database, year: int | None, offset: int, limit: int) -> Page[LogRow]:
    """One page of the log for a table view, counted and cut by the database."""
    require(db, Permission.READ)
    with db.read() as session:
        rows, total = page_of(session, _log_select(year), offset, limit)
        return Page([_log_row(row[0]) for row in rows], total)


def _of_branch(branch_uuid: str):
    """Exports made from the branch's own records (office-wide ones and notices belong to no branch)."""
    branch = select(Branch.id).where(Branch.uuid == branch_uuid).scalar_subquery()
    members = select(Member.id).where(Member.branch_id == branch)
    owned = {
        SourceKind.ACTIVITY: select(Activity.uuid).where(Activity.branch_id == branch),
        SourceKind.SERVICE: select(ServiceEntry.uuid).where(ServiceEntry.branch_id == branch),
        SourceKind.HONOUR: select(Recognition.uuid).where(or_(Recognition.branch_id == branch,
                                                              Recognition.member_id.in_(members))),
        SourceKind.POST: select(ExemplarPost.uuid).where(ExemplarPost.member_id.in_(members)),
    }
    return or_(*(and_(PublicityItem.source_kind == kind.value, PublicityItem.source_uuid.in_(uuids))
                 for kind, uuids in owned.items()))


def count_in_year(session: Session, year: int, branch_uuid: str | None = None) -> int:
    """新媒体宣传 N 次: exports made in the year (from a branch's own records when given), for the annual summary."""
    stmt = select(func.count()).select_from(PublicityItem).where(
        PublicityItem.deleted_at.is_(None), extract("year", PublicityItem.made_at) == year)
    if branch_uuid:
        stmt = stmt.where(_of_branch(branch_uuid))
    return int(session.scalar(stmt) or 0)
