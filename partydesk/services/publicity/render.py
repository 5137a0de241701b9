"""宣传图: the long poster (1080 px wide), the 公众号 cover (900×383) and thumbnail (500×500), drawn with Pillow.

Text is wrapped by the kinsoku rule of domain/line_breaking.py in the embedded CJK font. Every
string drawn is kept in `Rendered.texts` (the poster's text layer), so what a poster says can be
checked without reading pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from partydesk.domain.line_breaking import wrap_text
from partydesk.domain.publicity import ELLIPSIS, PosterTemplate
from partydesk.resources import cjk_font_path
from partydesk.services.publicity.photos import decode, grid, paste_fitted
from partydesk.services.publicity.sources import PosterSource, date_text

POSTER_WIDTH = 1080
COVER_SIZE = (900, 383)
THUMB_SIZE = (500, 500)
MARGIN = 72
MIN_POSTER_HEIGHT = 1080  # a short notice still reads as a poster, not a strip
CONTENT = POSTER_WIDTH - 2 * MARGIN
Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    page: Colour
    band: Colour
    band_text: Colour
    accent: Colour
    title: Colour
    text: Colour
    muted: Colour
    box: Colour


THEMES: dict[PosterTemplate, Theme] = {
    PosterTemplate.RED: Theme(page=(255, 248, 238), band=(190, 22, 34), band_text=(255, 226, 150),
                              accent=(222, 170, 60), title=(168, 16, 26), text=(51, 38, 34), muted=(120, 96, 88),
                              box=(250, 232, 214)),
    PosterTemplate.PLAIN: Theme(page=(255, 255, 255), band=(246, 246, 246), band_text=(40, 40, 40),
                                accent=(200, 30, 40), title=(30, 30, 30), text=(60, 60, 60), muted=(128, 128, 128),
                                box=(244, 244, 244)),
}


@lru_cache(maxsize=32)
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), size)


@lru_cache(maxsize=32)
def _measure(size: int) -> Callable[[str], float]:
    face = font(size)
    return lru_cache(maxsize=8192)(face.getlength)


def drawable(text: str) -> str:
    """The text without what the embedded font cannot draw (emoji and their joiners would print as boxes)."""
    return "".join(char for char in text if ord(char) <= 0xFFFF and char not in "\u200d\ufe0e\ufe0f")


def lines_of(text: str, size: int, width: int, max_lines: int = 0) -> list[str]:
    """`text` wrapped to `width` px; with max_lines, the last line kept ends in … when text was left out."""
    lines = wrap_text(drawable(text), _measure(size), width)
    if max_lines and len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and _measure(size)(last + ELLIPSIS) > width:
            last = last[:-1]
        lines = lines[: max_lines - 1] + [last + ELLIPSIS]
    return lines


@dataclass
class Rendered:
    poster: Image.Image
    cover: Image.Image
    thumb: Image.Image
    texts: list[str] = field(default_factory=list)


class _Page:
    """Draw operations queued top to bottom, so the long poster's height is known before it is drawn."""

    def __init__(self, theme: Theme, texts: list[str]):
        self.theme, self.texts, self.y = theme, texts, 0
        self.ops: list[Callable[[Image.Image, ImageDraw.ImageDraw], None]] = []

    def rect(self, box: tuple[int, int, int, int], colour: Colour) -> None:
        self.ops.append(lambda _image, draw: draw.rectangle(box, fill=colour))

    def text(self, x: int, y: int, line: str, size: int, colour: Colour) -> None:
        self.texts.append(line)
        self.ops.append(lambda _image, draw: draw.text((x, y), line, font=font(size), fill=colour))

    def paragraph(self, text: str, size: int, colour: Colour, *, spacing: float = 1.6, indent: bool = False,
                  max_lines: int = 0, x: int = MARGIN, width: int = CONTENT) -> None:
        for line in lines_of(("\u3000\u3000" if indent else "") + text, size, width, max_lines):
            self.text(x, self.y, line, size, colour)
            self.y += int(size * spacing)

    def draw(self, height: int) -> Image.Image:
        image = Image.new("RGB", (POSTER_WIDTH, height), self.theme.page)
        draw = ImageDraw.Draw(image)
        for op in self.ops:
            op(image, draw)
        return image


def _header(page: _Page, source: PosterSource) -> None:
    theme = page.theme
    page.rect((0, 0, POSTER_WIDTH, 190), theme.band)
    page.rect((0, 190, POSTER_WIDTH, 198), theme.accent)
    page.y = 52
    page.paragraph(source.office or " ", 40, theme.band_text, spacing=1.0, max_lines=1)
    page.y = 112
    page.paragraph(source.label, 30, theme.band_text, spacing=1.0, max_lines=1)
    page.y = 250


def _paste(image: Image.Image, box: tuple[int, int, int, int]) -> Callable[[Image.Image, ImageDraw.ImageDraw], None]:
    return lambda canvas, _draw: paste_fitted(canvas, image, box)


def _photos(page: _Page, photos: list[Image.Image]) -> None:
    cells, height = grid(len(photos), CONTENT)
    top = page.y
    for image, (x, y, w, h) in zip(photos, cells, strict=True):
        page.ops.append(_paste(image, (MARGIN + x, top + y, w, h)))
    page.y += height + (48 if height else 0)


def _citation(page: _Page, citation: str) -> None:
    theme = page.theme
    lines = lines_of(citation, 34, CONTENT - 64, max_lines=6)
    height = 80 + len(lines) * 54 + 24
    page.rect((MARGIN, page.y, MARGIN + CONTENT, page.y + height), theme.box)
    page.rect((MARGIN, page.y, MARGIN + 8, page.y + height), theme.accent)
    page.text(MARGIN + 32, page.y + 24, "事迹摘要", 32, theme.title)
    page.y += 80
    for line in lines:
        page.text(MARGIN + 32, page.y, line, 34, theme.text)
        page.y += 54
    page.y += 24 + 40


def _long_poster(source: PosterSource, theme: Theme, photos: list[Image.Image], made_on: date,
                 texts: list[str]) -> Image.Image:
    page = _Page(theme, texts)
    _header(page, source)
    page.paragraph(source.title, 60, theme.title, spacing=1.35, max_lines=4)
    page.y += 16
    if source.on_date:
        page.paragraph("时间：" + date_text(source.on_date) + (" " + source.time_text if source.time_text else ""),
                       32, theme.muted, spacing=1.5)
    if source.place:
        page.paragraph("地点：" + source.place, 32, theme.muted, spacing=1.5, max_lines=2)
    page.y += 12
    page.rect((MARGIN, page.y, MARGIN + 120, page.y + 6), theme.accent)
    page.y += 48
    for paragraph in source.body[:8]:
        page.paragraph(paragraph, 36, theme.text, indent=True, max_lines=10)
        page.y += 12
    if source.coming and source.bring and not any(source.bring[:-1] in paragraph for paragraph in source.body):
        page.paragraph(source.bring, 36, theme.text, indent=True, max_lines=3)
        page.y += 12
    page.y += 24
    _photos(page, photos)
    if source.participants and not source.coming:
        people = "参加人数：" + str(source.participants) + "人"
        if source.names:
            people += "（" + "、".join(source.names) + ("等" if source.participants > len(source.names) else "") + "）"
        page.paragraph(people, 32, theme.text, spacing=1.5, max_lines=3)
        page.y += 24
    if source.citation:
        _citation(page, source.citation)
    footer_top = max(page.y + 24, MIN_POSTER_HEIGHT - 120)
    page.rect((0, footer_top, POSTER_WIDTH, footer_top + 120), theme.band)
    page.y = footer_top + 42
    page.paragraph("制作日期：" + date_text(made_on) + "　" + source.office, 28, theme.band_text, spacing=1.0,
                   max_lines=1)
    return page.draw(footer_top + 120)


def _cover(source: PosterSource, theme: Theme, photo: Image.Image | None, texts: list[str]) -> Image.Image:
    width, height = COVER_SIZE
    image = Image.new("RGB", COVER_SIZE, theme.band)
    draw = ImageDraw.Draw(image)
    text_width = width - 80 - (height if photo else 0)
    if photo is not None:
        paste_fitted(image, photo, (width - height, 0, height, height))
    draw.rectangle((40, 48, 100, 54), fill=theme.accent)
    lines = lines_of(source.title, 44, text_width - 20, max_lines=3)
    y = (height - len(lines) * 60) // 2
    for line in lines:
        texts.append(line)
        draw.text((40, y), line, font=font(44), fill=theme.band_text)
        y += 60
    for line in lines_of(source.office, 22, text_width - 20, max_lines=1):
        texts.append(line)
        draw.text((40, height - 56), line, font=font(22), fill=theme.band_text)
    return image


def _thumb(source: PosterSource, theme: Theme, photo: Image.Image | None, texts: list[str]) -> Image.Image:
    width, height = THUMB_SIZE
    image = Image.new("RGB", THUMB_SIZE, theme.band)
    draw = ImageDraw.Draw(image)
    if photo is not None:
        paste_fitted(image, photo, (0, 0, width, height))
        draw.rectangle((0, height - 150, width, height), fill=theme.band)
        lines, size, y = lines_of(source.title, 36, width - 60, max_lines=2), 36, height - 150 + 28
    else:
        lines, size = lines_of(source.title, 48, width - 80, max_lines=4), 48
        y = (height - len(lines) * 68) // 2
    for line in lines:
        texts.append(line)
        draw.text((width // 2, y), line, font=font(size), fill=theme.band_text, anchor="ma")
        y += int(size * 1.4)
    return image


def render(source: PosterSource, template: PosterTemplate, made_on: date) -> Rendered:
    """The three images of one post; photos decoded once, at the size of their largest use."""
    theme = THEMES[template]
    cells, _ = grid(len(source.photos), CONTENT)
    need = max([max(w, h) for _, _, w, h in cells] + [THUMB_SIZE[0]])
    photos = [decode(data, need if i == 0 else max(cells[i][2:])) for i, data in enumerate(source.photos)]
    texts: list[str] = []
    poster = _long_poster(source, theme, photos, made_on, texts)
    first = photos[0] if photos else None
    return Rendered(poster, _cover(source, theme, first, texts), _thumb(source, theme, first, texts), texts)
