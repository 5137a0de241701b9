"""The installers' wheel locks carry every runtime dependency of pyproject.toml, for Windows and for Linux."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _runtime_dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_canonical(re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0]) for spec in project["dependencies"]}


def _locked(lock: Path) -> dict[str, str]:
    wheels = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wheel = line.split()[0]
            wheels[_canonical(wheel.split("-")[0])] = wheel
    return wheels


@pytest.mark.parametrize("lock", ["packaging/windows/wheels.lock", "packaging/linux/wheels.lock"])
def test_every_runtime_dependency_has_a_locked_wheel_with_a_hash(lock):
    path = ROOT / lock
    locked = _locked(path)
    assert _runtime_dependencies() - set(locked) == set()
    assert all("--hash=sha256:" in line for line in path.read_text().splitlines() if line and line[0] != "#")


def test_linux_wheels_need_no_glibc_newer_than_2_28():
    for wheel in _locked(ROOT / "packaging/linux/wheels.lock").values():
        for major, minor in re.findall(r"manylinux_(\d+)_(\d+)", wheel):
            assert (int(major), int(minor)) <= (2, 28), wheel
