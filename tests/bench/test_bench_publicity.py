"""Benchmark of issue 19: a poster with 9 photos of 4000×3000, against Pillow's own open+thumbnail+paste.

Goal: under 1.5 s, and at most 1.5x the floor, which opens the same JPEGs, shrinks each with
`Image.thumbnail` (itself decoding at a reduced JPEG scale) to its grid cell and pastes it into
one canvas. Ours also draws the text, the cover and the thumbnail, and encodes the three PNGs.

Run with: python -m pytest tests/bench/test_bench_publicity.py -m bench -s
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date

import pytest
from PIL import Image, ImageDraw

from partydesk.domain.publicity import PosterTemplate, SourceKind
from partydesk.services.publicity.export import _png
from partydesk.services.publicity.photos import grid
from partydesk.services.publicity.render import CONTENT, POSTER_WIDTH, render
from partydesk.services.publicity.sources import PosterSource

pytestmark = pytest.mark.bench
TODAY = date(2026, 12, 6)
ROUNDS = 5


def camera_jpeg(seed: int) -> bytes:
    """A 4000×3000 JPEG with detail everywhere (bands, noise), roughly what a phone camera writes."""
    noise = Image.effect_noise((4000, 3000), 60 + seed).convert("RGB")
    image = Image.blend(noise, Image.linear_gradient("L").resize((4000, 3000)).convert("RGB"), 0.5)
    draw = ImageDraw.Draw(image)
    for x in range(0, 4000, 160):
        draw.rectangle((x, 0, x + 60, 3000), fill=(40 * seed % 255, 120, 200 - x // 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture(scope="module")
def photos() -> list[bytes]:
    distinct = [camera_jpeg(seed) for seed in range(3)]
    return [distinct[i % 3] for i in range(9)]


def floor(photos: list[bytes]) -> Image.Image:
    cells, height = grid(len(photos), CONTENT)
    canvas = Image.new("RGB", (POSTER_WIDTH, height), "white")
    for data, (x, y, w, h) in zip(photos, cells, strict=False):
        image = Image.open(io.BytesIO(data))
        image.thumbnail((w, h))
        canvas.paste(image, (x, y))
    return canvas


def ours(photos: list[bytes]) -> list[bytes]:
    source = PosterSource(SourceKind.ACTIVITY, "u", "昇平社区党委", "主题党日", "学习贯彻党的二十届四中全会精神", TODAY,
                          "09:00–11:30", "社区党群服务中心", ("党员们认真学习，交流体会。" * 6,) * 2, 23, ("王昇",),
                          "王昇同志扎根社区二十年。", False, tuple(photos))
    rendered = render(source, PosterTemplate.RED, TODAY)
    return [_png(rendered.poster), _png(rendered.cover), _png(rendered.thumb)]


def timed(fn, photos) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn(photos)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_poster_with_nine_camera_photos_is_quick_and_close_to_pillows_floor(photos):
    ours(photos)  # fonts loaded once, as in a running program
    base, mine = timed(floor, photos), timed(ours, photos)
    ratio = mine / base
    print(f"\npublicity poster: ours {mine:.3f} s, floor (open+thumbnail+paste) {base:.3f} s, ratio {ratio:.2f}x")
    assert mine < 1.5
    assert ratio <= 1.5
