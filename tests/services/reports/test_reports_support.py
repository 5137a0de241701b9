"""Helpers for the report tests: poppler's pdftotext/pdffonts/pdfinfo on generated PDF bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from partydesk.services.reports.cjk import CANNOT_START

FULL_WIDTH_CLOSING = "，。；：！？、）》”"
FULL_ID = re.compile(r"(?<![0-9*])\d{17}[\dXx](?![0-9*])")

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _run(tool: str, data: bytes, *options: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        args = [tool, *options, str(path)] + (["-"] if tool == "pdftotext" else [])
        return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True).stdout


def pdf_text(data: bytes, layout: bool = False) -> str:
    return _run("pdftotext", data, *(["-layout"] if layout else []))


def pdf_fonts(data: bytes) -> list[dict[str, str]]:
    """pdffonts rows as dicts: name, type, emb."""
    lines = _run("pdffonts", data).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type...] encoding emb sub uni object generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def page_count(data: bytes) -> int:
    info = _run("pdfinfo", data)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_texts(data: bytes) -> list[str]:
    """Text of each page (pdftotext separates pages with form feeds)."""
    return pdf_text(data).split("\f")[:-1]


def bad_line_starts(data: bytes) -> list[str]:
    """Text lines (plain and layout extraction) that begin with full-width closing punctuation."""
    found = []
    for layout in (False, True):
        for line in pdf_text(data, layout).splitlines():
            stripped = line.strip()
            if stripped and stripped[0] in CANNOT_START and stripped[0] in FULL_WIDTH_CLOSING:
                found.append(stripped)
            # In layout mode a wide gap separates table cells: each cell's line is checked too.
            for cell in re.split(r"\s{3,}", stripped)[1:] if layout else ():
                if cell and cell[0] in FULL_WIDTH_CLOSING:
                    found.append(cell)
    return found


def assert_embedded_cjk_only(data: bytes) -> None:
    fonts = pdf_fonts(data)
    assert fonts, "no fonts listed"
    for font in fonts:
        assert font["emb"] == "yes", fonts
        assert "WenQuanYi" in font["name"], fonts
