"""留痕: photos and scans attached to activities, service entries, talks and honours, kept in the database.

Images are shrunk on the way in (EXIF orientation applied, long side <= 2000 px, JPEG) and
stored once per SHA-256 in `attachment_blob`, so every backup carries them.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, limit_text, soft_delete, stamp_new
from partydesk.services.talks import is_confidential
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attachment, AttachmentBlob, Recognition, ServiceEntry, Talk

MAX_SIDE = 2000
THUMB_SIDE = 160
JPEG_QUALITY = 85
MAX_FILE_BYTES = 60 * 1024 * 1024
OWNERS = {
    "activity": (Activity, "activity_id"),
    "service_entry": (ServiceEntry, "service_entry_id"),
    "talk": (Talk, "talk_id"),
    "recognition": (Recognition, "recognition_id"),
}
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("ValidationError", "“{name}” is not a picture that can be read (use JPEG or PNG)")
TOO_LARGE = QT_TRANSLATE_NOOP("ValidationError", "“{name}” is too large (more than {mb} MB)")


@dataclass(frozen=True)
class AttachmentInfo:
    uuid: str
    filename: str
    caption: str
    width: int
    height: int
    thumbnail: bytes
    created_at: datetime
    is_public: bool = False


@dataclass(frozen=True)
class Shrunk:
    data: bytes
    width: int
    height: int
    thumbnail: bytes


def _jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def shrink(data: bytes, name: str = "") -> Shrunk:
    """Upright, at most 2000 px on the long side, as JPEG, with a small thumbnail."""
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError("file", TOO_LARGE, name=name, mb=MAX_FILE_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened)
            image = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError("file", NOT_AN_IMAGE, name=name) from None
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return Shrunk(_jpeg(image), image.width, image.height, _jpeg(thumb, 80))


def _owner(session, db: Database, kind: str, uuid: str):
    """The owning record and the Attachment column pointing at it; confidential talks need the right."""
    if kind not in OWNERS:
        raise ValueError(kind)
    model, column = OWNERS[kind]
    record = get_live(session, model, uuid, kind)
    if kind == "talk" and is_confidential(record.kind, record.confidential):
        require(db, Permission.READ_CONFIDENTIAL)
    return record, column


def _blob(session, shrunk: Shrunk) -> AttachmentBlob:
    digest = hashlib.sha256(shrunk.data).hexdigest()
    blob = session.scalar(select(AttachmentBlob).where(AttachmentBlob.sha256 == digest))
    if blob is None:
        blob = AttachmentBlob(sha256=digest, mime="image/jpeg", width=shrunk.width, height=shrunk.height,
                              data=shrunk.data, thumbnail=shrunk.thumbnail)
        session.add(blob)
        session.flush()
    return blob


def add_attachment(db: Database, owner_kind: str, owner_uuid: str, data: bytes, filename: str = "",
                   caption: str = "") -> str:
    """Attach one image to an activity, service entry or talk; returns the attachment's uuid."""
    require(db, Permission.WRITE_RECORDS)
    shrunk = shrink(data, filename)
    with db.write() as session:
        owner, column = _owner(session, db, owner_kind, owner_uuid)
        attachment = Attachment(
            blob_id=_blob(session, shrunk).id,
            filename=limit_text(Path(filename).name, "file", 200),
            caption=limit_text(caption, "caption", 200),
        )
        setattr(attachment, column, owner.id)
        stamp_new(attachment, db)
        session.add(attachment)
        session.flush()
        audit.record(session, db.actor, "attachment.add", owner_kind, owner_uuid, {"attachment": attachment.uuid})
        return attachment.uuid


def add_file(db: Database, owner_kind: str, owner_uuid: str, path: str | Path, caption: str = "") -> str:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("file", NOT_AN_IMAGE, name=path.name) from None
    return add_attachment(db, owner_kind, owner_uuid, data, path.name, caption)


def list_attachments(db: Database, owner_kind: str, owner_uuid: str) -> list[AttachmentInfo]:
    require(db, Permission.READ)
    with db.read() as session:
        owner, column = _owner(session, db, owner_kind, owner_uuid)
        rows = session.execute(
            select(
                Attachment.uuid,
                Attachment.filename,
                Attachment.caption,
                AttachmentBlob.width,
                AttachmentBlob.height,
                AttachmentBlob.thumbnail,
                Attachment.created_at,
                Attachment.is_public,
            )
            .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
            .where(getattr(Attachment, column) == owner.id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.id)
        ).all()
        return [AttachmentInfo(*row) for row in rows]


def _owner_of(session, db: Database, attachment: Attachment) -> None:
    for kind, (model, column) in OWNERS.items():
        owner_id = getattr(attachment, column)
        if owner_id is not None:
            record = session.get(model, owner_id)
            if kind == "talk" and is_confidential(record.kind, record.confidential):
                require(db, Permission.READ_CONFIDENTIAL)
            return


def get_image(db: Database, uuid: str) -> bytes:
    """The full-size JPEG bytes of an attachment."""
    require(db, Permission.READ)
    with db.read() as session:
        attachment = get_live(session, Attachment, uuid, "attachment")
        _owner_of(session, db, attachment)
        return session.scalar(select(AttachmentBlob.data).where(AttachmentBlob.id == attachment.blob_id))


def set_public(db: Database, uuid: str, public: bool) -> None:
    """Tick (or untick) 可公开: whether the photo may appear in posters and posts."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        attachment = get_live(session, Attachment, uuid, "attachment")
        _owner_of(session, db, attachment)
        attachment.is_public = bool(public)
        audit.record(session, db.actor, "attachment.public", "attachment", uuid, {"public": bool(public)})


def remove_attachment(db: Database, uuid: str) -> None:
    """Move to the recycle bin (the image bytes stay until a purge)."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        attachment = get_live(session, Attachment, uuid, "attachment")
        _owner_of(session, db, attachment)
        soft_delete(attachment)
        audit.record(session, db.actor, "attachment.remove", "attachment", uuid)


def restore_attachment(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        attachment = get_live(session, Attachment, uuid, "attachment", deleted=True)
        _owner_of(session, db, attachment)
        attachment.deleted_at = None
        audit.record(session, db.actor, "attachment.restore", "attachment", uuid)
