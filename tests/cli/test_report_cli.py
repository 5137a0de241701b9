"""`partydesk report ...`: PDFs from the demo office by uuid, one-line errors, no partial files."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.cli.test_cli_core import one_line_error

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def demo_cli(tmp_path_factory, new_cli):
    from datetime import date

    from partydesk.services import demo
    from partydesk.store.migrate import open_database

    cli = new_cli(tmp_path_factory.mktemp("report-cli") / "data")
    db = open_database(cli.location())
    demo.populate(db, members=60, year=2026, seed=3, today=date(2026, 11, 26))
    db.dispose()
    return cli


def first_uuid(cli, *listing: str) -> str:
    result = cli("list", *listing, "--json")
    assert result.code == 0, result.err
    data = result.json()
    rows = data["rows"] if isinstance(data, dict) else data
    return rows[0]["uuid"]


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_roster_report_writes_a_masked_pdf(demo_cli, tmp_path):
    target = tmp_path / "花名册.pdf"
    result = demo_cli("report", "roster", "-o", str(target))
    assert result.code == 0, result.err
    assert str(target) in result.out and "pages" in result.out
    text = pdf_text(target)
    assert "党员花名册" in text and "********" in text
    assert not re.search(r"(?<![\d*])\d{17}[\dX](?![\d*])", text)


def test_minutes_and_sign_in_by_activity_uuid_with_json(demo_cli, tmp_path):
    activity = first_uuid(demo_cli, "activities", "--year", "2026")
    for document, word in (("minutes", "会议记录"), ("sign-in", "签到表")):
        target = tmp_path / f"{document}.pdf"
        result = demo_cli("report", document, "--activity", activity, "-o", str(target), "--json")
        assert result.code == 0, result.err
        data = result.json()
        assert data["path"] == str(target.resolve()) and data["pages"] >= 1 and data["document"] == document
        assert word in pdf_text(target)


def test_talk_form_by_talk_uuid(demo_cli, tmp_path):
    talk = first_uuid(demo_cli, "talks")
    target = tmp_path / "talk.pdf"
    result = demo_cli("report", "talk", "--talk", talk, "-o", str(target))
    assert result.code == 0, result.err
    assert "谈话记录表" in pdf_text(target)


def test_unknown_id_is_one_line_and_writes_nothing(demo_cli, tmp_path):
    target = tmp_path / "x.pdf"
    message = one_line_error(demo_cli("report", "minutes", "--activity", "no-such-uuid", "-o", str(target)))
    assert "no-such-uuid" in message
    assert not target.exists()


def test_missing_id_option_is_a_usage_error(demo_cli, tmp_path):
    one_line_error(demo_cli("report", "talk", "-o", str(tmp_path / "x.pdf")), code=2)


def test_unwritable_output_is_reported_and_leaves_no_file(demo_cli, tmp_path):
    folder = tmp_path / "no-such-folder"
    message = one_line_error(demo_cli("report", "roster", "-o", str(folder / "r.pdf")))
    assert str(folder / "r.pdf") in message
    assert not folder.exists()
    message = one_line_error(demo_cli("report", "roster", "-o", str(tmp_path)))
    assert str(tmp_path) in message
    assert list(tmp_path.iterdir()) == []


def test_member_file_and_annual_summary_by_year(demo_cli, tmp_path):
    member = first_uuid(demo_cli, "members")
    target = tmp_path / "file.pdf"
    result = demo_cli("report", "member-file", "--member", member, "--year", "2026", "-o", str(target))
    assert result.code == 0, result.err
    assert "党员教育培训档案" in pdf_text(target)
    annual = tmp_path / "annual.pdf"
    result = demo_cli("report", "annual", "--year", "2026", "-o", str(annual))
    assert result.code == 0, result.err
    assert "2026年度党员教育培训情况统计" in pdf_text(annual).replace("\n", "")


def test_annual_summary_and_roster_of_one_branch(demo_cli, tmp_path):
    from partydesk.services.offices import list_branches
    from partydesk.store.migrate import open_database

    db = open_database(demo_cli.location())
    branch = list_branches(db)[0]
    db.dispose()
    for document in ("annual", "roster"):
        target = tmp_path / f"{document}.pdf"
        args = ("--year", "2026") if document == "annual" else ()
        result = demo_cli("report", document, *args, "--branch", branch.uuid, "-o", str(target))
        assert result.code == 0, result.err
        assert branch.name in pdf_text(target)
    message = one_line_error(demo_cli("report", "roster", "--branch", "nope", "-o", str(tmp_path / "n.pdf")))
    assert "nope" in message


def test_a_year_out_of_range_is_a_usage_error(demo_cli, tmp_path):
    one_line_error(demo_cli("report", "annual", "--year", "20266", "-o", str(tmp_path / "a.pdf")), code=2)
