"""Photos for posters: decoded small (JPEG draft), turned upright by EXIF, cropped to their cell, never enlarged."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageOps

GAP = 12
Box = tuple[int, int, int, int]


def decode(data: bytes, at_least: int) -> Image.Image:
    """The photo upright, decoded at the smallest JPEG scale that still covers `at_least` px each way."""
    image = Image.open(io.BytesIO(data))
    if image.format == "JPEG":
        image.draft("RGB", (at_least, at_least))
    return ImageOps.exif_transpose(image).convert("RGB")


def fit(image: Image.Image, width: int, height: int) -> Image.Image:
    """Centre-crop to the cell's shape and shrink to it; a photo smaller than the cell keeps its size."""
    w, h = image.size
    scale = max(width / w, height / h)
    if scale >= 1:
        crop_w, crop_h = min(w, width), min(h, height)
        left, top = (w - crop_w) // 2, (h - crop_h) // 2
        return image.crop((left, top, left + crop_w, top + crop_h))
    span_w, span_h = width / scale, height / scale
    x0, y0 = (w - span_w) / 2, (h - span_h) / 2
    return image.resize((width, height), Image.Resampling.BICUBIC, box=(x0, y0, x0 + span_w, y0 + span_h),
                        reducing_gap=2.0)


def grid(count: int, width: int) -> tuple[list[Box], int]:
    """Cells (x, y, w, h) for `count` photos across `width`, and the grid's height.

    One or two photos (or four, two by two) keep a 4:3 landscape shape; three or more go three
    to a row as squares, an incomplete last row centred.
    """
    if count <= 0:
        return [], 0
    columns = 1 if count == 1 else 2 if count in (2, 4) else 3
    cell_w = (width - GAP * (columns - 1)) // columns
    cell_h = cell_w * 3 // 4 if columns < 3 else cell_w
    rows = math.ceil(count / columns)
    cells: list[Box] = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)
        offset = (width - in_row * cell_w - (in_row - 1) * GAP) // 2
        cells.append((offset + column * (cell_w + GAP), row * (cell_h + GAP), cell_w, cell_h))
    return cells, rows * cell_h + (rows - 1) * GAP


def paste_fitted(canvas: Image.Image, image: Image.Image, box: Box) -> None:
    """The photo in its cell, centred when it is smaller than the cell."""
    x, y, w, h = box
    fitted = fit(image, w, h)
    canvas.paste(fitted, (x + (w - fitted.width) // 2, y + (h - fitted.height) // 2))
