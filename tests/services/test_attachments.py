"""Attachments: shrunk, upright, JPEG, deduplicated by hash, recycle bin, confidential talks guarded."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import func, select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, MemberStatus, Role, TalkKind
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import attachments, calendar, roster, talks
from partydesk.store.models import AttachmentBlob


def picture(width: int, height: int, *, orientation: int | None = None, fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 40))
    image.paste((20, 120, 200), (0, 0, width // 2, height // 4))
    out = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    return out.getvalue()


@pytest.fixture
def activity(db, branch_uuid):
    return calendar.create_activity(db, calendar.ActivityInput(ActivityKind.THEME_DAY, "主题党日", date(2026, 3, 15),
                                                              branch_uuid=branch_uuid))


def test_a_large_photo_is_shrunk_to_2000_px_jpeg(db, activity):
    uuid = attachments.add_attachment(db, "activity", activity, picture(4000, 3000, fmt="PNG"), "现场.png")
    [info] = attachments.list_attachments(db, "activity", activity)
    assert info.uuid == uuid and info.filename == "现场.png"
    assert (info.width, info.height) == (2000, 1500)
    stored = Image.open(io.BytesIO(attachments.get_image(db, uuid)))
    assert stored.format == "JPEG" and stored.size == (2000, 1500)
    assert max(Image.open(io.BytesIO(info.thumbnail)).size) <= attachments.THUMB_SIDE


def test_exif_orientation_is_applied(db, activity):
    # Orientation 6: the camera was turned; the stored picture must stand upright (portrait).
    uuid = attachments.add_attachment(db, "activity", activity, picture(800, 600, orientation=6), "手机.jpg")
    stored = Image.open(io.BytesIO(attachments.get_image(db, uuid)))
    assert stored.size == (600, 800)


def test_the_same_picture_is_stored_once(db, activity):
    data = picture(1200, 900)
    first = attachments.add_attachment(db, "activity", activity, data, "a.jpg")
    second = attachments.add_attachment(db, "activity", activity, data, "b.jpg")
    assert first != second
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
    assert len(attachments.list_attachments(db, "activity", activity)) == 2


def test_not_a_picture_is_refused_and_nothing_saved(db, activity):
    with pytest.raises(ValidationError) as caught:
        attachments.add_attachment(db, "activity", activity, b"%PDF-1.4 not an image", "签到表.pdf")
    assert caught.value.field == "file"
    assert attachments.list_attachments(db, "activity", activity) == []


def test_remove_and_restore(db, activity):
    uuid = attachments.add_attachment(db, "activity", activity, picture(100, 100), "x.jpg")
    attachments.remove_attachment(db, uuid)
    assert attachments.list_attachments(db, "activity", activity) == []
    attachments.restore_attachment(db, uuid)
    assert [a.uuid for a in attachments.list_attachments(db, "activity", activity)] == [uuid]


def test_pictures_of_a_confidential_talk_need_the_right_to_read_it(db, branch_uuid):
    member = roster.create_member(
        db, roster.MemberInput(name="李四", branch_uuid=branch_uuid, status=MemberStatus.ACTIVIST)
    ).uuid
    talk = talks.create_talk(
        db, talks.TalkInput(TalkKind.ADMONISHMENT, date(2026, 5, 1), member, talker_name="王书记", summary="内容")
    )
    uuid = attachments.add_attachment(db, "talk", talk, picture(300, 200), "记录.jpg")
    db.actor = Actor("clerk", Role.CLERK)
    with pytest.raises(PermissionDenied):
        attachments.list_attachments(db, "talk", talk)
    with pytest.raises(PermissionDenied):
        attachments.get_image(db, uuid)
