"""Each services package's __init__ is its API: every name it lists resolves, and the GUI and CLI use only those."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import partydesk

PACKAGES = ("backup", "importing", "exporting", "transfer", "demo", "vanguard", "dues", "reminders", "publicity")


@pytest.mark.parametrize("name", PACKAGES)
def test_every_listed_name_resolves(name):
    package = importlib.import_module(f"partydesk.services.{name}")
    for exported in package.__all__:
        assert getattr(package, exported) is not None


def test_the_window_and_the_console_import_services_packages_only_through_their_api():
    root = Path(partydesk.__file__).parent
    inner = re.compile(rf"from partydesk\.services\.({'|'.join(PACKAGES)})\.\w+ import")
    offenders = [f"{path.relative_to(root)}: {line.strip()}"
                 for folder in ("gui", "cli") for path in (root / folder).rglob("*.py")
                 for line in path.read_text(encoding="utf-8").splitlines() if inner.search(line)]
    assert offenders == []
