"""Render the window's icon (resources/icons/partydesk.svg) to the PNG and ICO the installers use.

Run: python packaging/make_icons.py  (needs PySide6's QtSvg, which PySide6-Essentials includes).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "icons"
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "partydesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    svg = SVG
    (HERE / "partydesk.png").write_bytes(render(svg, 256))
    biggest = Image.open(io.BytesIO(render(svg, 256)))
    biggest.save(HERE / "partydesk.ico", sizes=[(s, s) for s in SIZES])
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
