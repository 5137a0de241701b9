"""The embedded CJK TrueType font, registered with reportlab once per process."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from partydesk.resources import cjk_font_path

FONT = "PartydeskCJK"
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the CJK font (first face of the TTC) and map <b>/<i> to it; returns its name."""
    global _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
            # The font has no bold or italic face: markup must not fall back to Helvetica.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT


def has_glyph(char: str) -> bool:
    """True when the embedded font can draw this character (rare name characters)."""
    font = pdfmetrics.getFont(register_fonts())
    return ord(char) in font.face.charWidths
