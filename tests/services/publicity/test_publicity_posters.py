"""Posters: sizes, drawn text, photos upright and never enlarged, every template; saving audits and logs."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat

import pytest
from PIL import Image, ImageChops

from partydesk.domain.publicity import Channel, PosterTemplate, SourceKind
from partydesk.services import audit, publicity
from partydesk.services.publicity.photos import decode, fit, grid
from partydesk.services.publicity.render import COVER_SIZE, POSTER_WIDTH, THUMB_SIZE, render
from partydesk.services.publicity.sources import PosterSource

from .conftest import TODAY, jpeg


def source(title="党员志愿服务进小区", photos=(), body=("党员们走进小区，为群众办实事。",)) -> PosterSource:
    return PosterSource(SourceKind.SERVICE, "u", "昇平社区党委", "基层治理", title, TODAY, "", "青云小区",
                        body, 5, ("王昇",), "", False, tuple(photos))


def ink(image: Image.Image, background: Image.Image) -> int:
    """Pixels that differ from the other image (text and photos drawn)."""
    return sum(ImageChops.difference(image, background).convert("L").point(lambda v: 255 if v > 40 else 0)
               .histogram()[255:])


@pytest.mark.parametrize("template", list(PosterTemplate))
@pytest.mark.parametrize("count", [0, 1, 4, 9])
def test_every_template_lays_out_zero_to_nine_photos_at_the_stated_sizes(template, count):
    photos = [jpeg(1200, 900, (30 * i, 120, 60)) for i in range(count)]
    rendered = render(source(photos=photos), template, TODAY)
    assert rendered.poster.width == POSTER_WIDTH and rendered.poster.height > 1000
    assert rendered.cover.size == COVER_SIZE and rendered.thumb.size == THUMB_SIZE
    for image in (rendered.poster, rendered.cover, rendered.thumb):
        assert len(image.getcolors(1 << 16) or range(1 << 16)) > 8  # not blank: text and bands in many shades


def test_a_title_draws_glyphs_where_an_empty_one_draws_none():
    with_title = render(source(title="学习贯彻党的二十届四中全会精神", body=()), PosterTemplate.PLAIN, TODAY)
    without = render(source(title="", body=()), PosterTemplate.PLAIN, TODAY)
    crop = (0, 200, POSTER_WIDTH, 330)  # the title's band, below the header
    assert ink(with_title.poster.crop(crop), without.poster.crop(crop)) > 5000
    assert "学习贯彻党的二十届四中全会精神" in with_title.texts


def test_a_photo_rotated_by_exif_comes_out_upright():
    # Stored 4000x3000 landscape, red left and blue right; orientation 6 means "turn 90° clockwise to view".
    upright = decode(jpeg(4000, 3000, (220, 20, 20), orientation=6), 400)
    assert upright.height > upright.width
    middle = upright.width // 2
    top, bottom = upright.getpixel((middle, 10)), upright.getpixel((middle, upright.height - 10))
    assert top[0] > 150 and top[2] < 100  # red, the stored left half, is on top after the turn
    assert bottom[2] > 150 and bottom[0] < 100
    assert max(upright.size) < 4000  # decoded at a reduced JPEG scale


def test_a_small_photo_is_cropped_but_never_enlarged():
    small = Image.new("RGB", (200, 100), (10, 200, 10))
    assert fit(small, 300, 300).size == (200, 100)
    assert fit(Image.new("RGB", (3000, 1000)), 300, 300).size == (300, 300)


def test_the_grid_keeps_cells_inside_the_width_and_centres_a_short_last_row():
    for count in range(1, 10):
        cells, height = grid(count, 936)
        assert len(cells) == count and all(x >= 0 and x + w <= 936 and y + h <= height for x, y, w, h in cells)
    cells, _ = grid(7, 936)
    assert cells[6][0] == cells[4][0]  # the seventh photo sits under the middle one


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_saved_files_are_owner_only_until_the_clerk_publishes_them(office, tmp_path):
    ref = publicity.SourceRef(SourceKind.ACTIVITY, office.activity)
    prepared = publicity.prepare(office.db, ref, PosterTemplate.PLAIN, TODAY)
    old = os.umask(0o022)
    try:
        written = publicity.save(office.db, prepared, tmp_path / "宣传", Channel.WECHAT_GROUP)
    finally:
        os.umask(old)
    assert {path.name: stat.S_IMODE(path.stat().st_mode) for path in written} == {n: 0o600 for n in publicity.FILES}


def test_only_photos_ticked_public_are_used(office):
    prepared = publicity.prepare(office.db, publicity.SourceRef(SourceKind.ACTIVITY, office.activity),
                                 PosterTemplate.RED, TODAY)
    assert len(prepared.source.photos) == 2


def test_saving_writes_four_files_and_one_audit_and_log_row(office, tmp_path):
    ref = publicity.SourceRef(SourceKind.ACTIVITY, office.activity)
    prepared = publicity.prepare(office.db, ref, PosterTemplate.PLAIN, TODAY)
    written = publicity.save(office.db, prepared, tmp_path / "stick" / "宣传", Channel.OFFICIAL_ACCOUNT)
    assert sorted(path.name for path in written) == sorted(publicity.FILES)
    assert Image.open(written[0]).width == POSTER_WIDTH
    assert Image.open(io.BytesIO(written[1].read_bytes())).size == COVER_SIZE
    assert "【群通知】" in (tmp_path / "stick" / "宣传" / "copy.txt").read_text("utf-8")
    assert not list((tmp_path / "stick" / "宣传").glob("*.part"))
    log = publicity.publicity_log(office.db, TODAY.year)
    assert len(log) == 1 and log[0].channel is Channel.OFFICIAL_ACCOUNT and log[0].source_kind is SourceKind.ACTIVITY
    assert log[0].made_by == office.db.actor.username
    events = [e for e in audit.list_events(office.db, action="publicity.export", offset=0, limit=10).rows]
    assert len(events) == 1 and events[0].entity_uuid == office.activity
    assert json.loads(events[0].detail)["channel"] == "OFFICIAL_ACCOUNT"
    assert publicity.publicity_log(office.db, TODAY.year - 1) == []


def test_a_folder_that_cannot_be_written_logs_nothing(office, tmp_path):
    from partydesk.domain.errors import ValidationError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    prepared = publicity.prepare(office.db, publicity.SourceRef(SourceKind.NOTICE, text="通知\n明天学习"),
                                 PosterTemplate.RED, TODAY)
    with pytest.raises(ValidationError):
        publicity.save(office.db, prepared, blocker / "sub", Channel.WECHAT_GROUP)
    assert publicity.publicity_log(office.db) == []


def test_the_annual_summary_counts_the_exports_of_the_year(office, tmp_path):
    from partydesk.services.reports import annual_pdf
    from partydesk.services.reports.annual_counts import year_counts
    from tests.services.reports.test_reports_support import pdf_text

    prepared = publicity.prepare(office.db, publicity.SourceRef(SourceKind.NOTICE, text="通知\n明天学习"),
                                 PosterTemplate.RED, TODAY)
    for channel in (Channel.WECHAT_GROUP, Channel.NOTICE_BOARD):
        publicity.save(office.db, prepared, tmp_path / channel.value, channel)
    assert year_counts(office.db, TODAY.year, None, TODAY).publicity == 2
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    assert "新媒体宣传2次" in "".join(pdf_text(annual_pdf(office.db, TODAY.year, printed_on=TODAY)).split())


def test_hostile_text_stays_inside_the_poster_and_draws_no_emoji_boxes():
    title = "👍🏻党员" + "https://example.com/" + "a" * 200 + "\n\n" + "，。" * 30
    rendered = render(source(title=title, body=("🇨🇳" * 10 + "正文" * 300,)), PosterTemplate.RED, TODAY)
    assert not any(ord(char) > 0xFFFF for line in rendered.texts for char in line)
    assert all(not line.startswith(("，", "。")) for line in rendered.texts)
    assert rendered.poster.width == POSTER_WIDTH and rendered.poster.height < 6000


def test_the_clerk_is_told_how_many_participants_refused_photos_when_photos_are_used(office):
    ref = publicity.SourceRef(SourceKind.ACTIVITY, office.activity)
    assert publicity.prepare(office.db, ref, PosterTemplate.RED, TODAY).source.not_in_photos == 2
    from partydesk.services import attachments

    for uuid in office.photos:
        attachments.set_public(office.db, uuid, False)
    assert publicity.prepare(office.db, ref, PosterTemplate.RED, TODAY).source.not_in_photos == 0
