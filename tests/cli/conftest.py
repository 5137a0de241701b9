"""CLI tests run `python -m partydesk` in a subprocess on a data folder inside tmp_path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class Cli:
    """Runs the console program against one data folder, never the user's real one."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYDESK_")}
        env["PARTYDESK_DATA_DIR"] = str(self.data_dir)
        env["PYTHONIOENCODING"] = "utf-8"
        return env

    def __call__(self, *args: str, input: str | None = None, timeout: float = 120) -> CliResult:
        done = subprocess.run(
            [sys.executable, "-m", "partydesk", *args],
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env(),
            timeout=timeout,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def cli(tmp_path) -> Cli:
    """`cli("list", "members", "--json")` on an empty data folder in tmp_path."""
    return Cli(tmp_path / "data")


@pytest.fixture
def cli_office(cli) -> Cli:
    """A data folder whose database has an office with two branches."""
    result = cli("init", "--office", "昇平社区党委", "--branch", "第一党支部", "--branch", "第二党支部")
    assert result.code == 0, result.err
    return cli

