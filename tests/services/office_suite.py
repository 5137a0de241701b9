"""LibreOffice headless as the test's spreadsheet client: convert a file as a clerk's office suite reads it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
CSV_UTF8 = "CSV:44,34,76,1"  # comma, double quote, UTF-8, from line 1: how a clerk opens our CSV


def convert(source: Path, target_format: str, out_dir: Path, infilter: str | None = None) -> Path:
    """source converted by soffice into out_dir (its own profile in tmp, so runs never share state)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(out_dir / 'profile').as_uri()}"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target_format, "--outdir", str(out_dir), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    converted = out_dir / f"{source.stem}.{target_format.split(':')[0]}"
    assert converted.exists(), f"soffice wrote no {converted.name}"
    return converted
