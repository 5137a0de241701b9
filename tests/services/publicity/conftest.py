"""A held 主题党日 with members who did and did not consent, and photos (some 可公开), for publicity tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from PIL import Image

from partydesk.domain.enums import ActivityKind, ActivityState
from partydesk.services import attachments, attendance, calendar, publicity

from ..helpers import add_member, resident_id

TODAY = date(2026, 12, 6)
PHONE = "13812343456"


def jpeg(width: int, height: int, colour=(200, 40, 40), orientation: int | None = None) -> bytes:
    """A JPEG whose left half is `colour` and right half blue (so rotation shows), optionally EXIF-rotated."""
    image = Image.new("RGB", (width, height), colour)
    image.paste((20, 60, 200), (width // 2, 0, width, height))
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(out, "JPEG", quality=80, exif=exif.tobytes())
    return out.getvalue()


@dataclass
class Office:
    db: object
    activity: str
    agreed: str
    refused: str
    photos: list[str]


@pytest.fixture
def office(db, branch_uuid) -> Office:
    agreed = add_member(db, branch_uuid, name="王昇", phone=PHONE)
    refused = add_member(db, branch_uuid, name="李玥光", resident_id=resident_id(), phone="13900001111",
                         address="昆明市五华区青云街88号")
    silent = add_member(db, branch_uuid, name="张堃")
    publicity.set_consent(db, agreed, name=True, photo=True, on=date(2026, 3, 1))
    publicity.set_consent(db, refused, name=False, photo=False, on=date(2026, 3, 1))
    activity = calendar.create_activity(db, calendar.ActivityInput(
        kind=ActivityKind.THEME_DAY, title="学习贯彻党的二十届四中全会精神", on_date=date(2026, 11, 28),
        branch_uuid=branch_uuid, start_time="09:00", end_time="11:30", place="社区党群服务中心三楼会议室",
        speaker="李玥光", state=ActivityState.HELD,
        minutes="李玥光（电话13900001111，住昆明市五华区青云街88号）领学。"))
    attendance.record_attendance(db, activity, [attendance.Mark(m) for m in (agreed, refused, silent)])
    photos = [attachments.add_attachment(db, "activity", activity, jpeg(1200, 900), f"p{i}.jpg") for i in range(3)]
    for uuid in photos[:2]:
        attachments.set_public(db, uuid, True)
    return Office(db, activity, agreed, refused, photos)
