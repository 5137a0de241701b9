"""The benchmarks' ratios against their floors are printed after the run, even when pytest captures output."""

from __future__ import annotations

from tests.bench import conftest


class Reporter:
    def __init__(self):
        self.lines: list[str] = []

    def write_sep(self, sep: str, title: str) -> None:
        self.lines.append(title)

    def write_line(self, line: str) -> None:
        self.lines.append(line)


def test_each_ratio_is_kept_and_printed_in_the_summary(monkeypatch):
    monkeypatch.setattr(conftest, "RATIOS", [])
    line = conftest.ratio_line("points summary", 0.3, 0.2, 2.0)
    assert "ratio 1.50x (goal <= 2.0x) ok" in line
    reporter = Reporter()
    conftest.pytest_terminal_summary(reporter)
    assert reporter.lines == ["ratios against the floors", line]


def test_a_run_without_benchmarks_prints_no_summary(monkeypatch):
    monkeypatch.setattr(conftest, "RATIOS", [])
    reporter = Reporter()
    conftest.pytest_terminal_summary(reporter)
    assert reporter.lines == []
