"""A spreadsheet round: new plan -> filled in with openpyxl -> new course --from -> lint -> export plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from lxkit.__main__ import cli
from lxkit.plan.layout import WEEK_COLUMNS
from lxkit.plan.workbook import read_plan
from tests.helpers import write_portal

COURSE = {
    "Title": "Data basics for engineers",
    "Summary": "Read dashboards and question the numbers behind decisions.",
    "Status": "draft",  # the plan leaves guidance text (LX212 warnings) for the author to write
    "SME name": "Ada Lovelace",
    "SME email": "ada@acme.example",
    "Business co-owner name": "Bob Business",
    "Business co-owner email": "bob@acme.example",
    "Business goal": "Fewer wrong decisions from misread dashboards.",
    "Metric": "Dashboard questions escalated per month",
    "Baseline": 40,
    "Target": 20,
    "Learner value": "You read any dashboard with confidence.",
    "Weeks": 2,
    "Hours per week": 4,
    "Capstone": "Dashboard review",
    "Capstone deliverable": "A one-page review of a team dashboard, presented to the team lead.",
}
W = "https://www.coursera.org/learn/data"
WEEKS: list[list[Any]] = [
    # week, title, stage, objective, pre title, kind, url, min, activity, kind, min, exercise, ex min, question
    [1, "Why data matters", "awareness", "Explain why a chart can mislead.", "Unit 1: charts", "mooc", W, 45,
     "Questions from the pre-work", "q-and-a", 20, "Find a misleading chart at work", 60, "Why truncate an axis?"],
    [1, None, None, "Describe one dashboard your team uses.", "Short reading", "reading", "https://hbr.org/data", 15,
     "Chart clinic in pairs", "practice", 40, None, None, "Which dashboard do you trust least?"],
    [2, "Question the numbers", "application", "Compare two charts of the same data.", "Unit 2: statistics", "video",
     W, 30, "Teach back your findings", "teach-back", 30, "Review a dashboard with your team", 60, None],
]  # fmt: skip


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def fill(path: Path, weeks: list[list[Any]]) -> None:
    """Fill the template as an author does: values in the Course sheet's column B, rows in Weeks."""
    book = load_workbook(path)
    course = book["Course"]
    for row in course.iter_rows(min_row=2):
        if row[0].value in COURSE:
            row[1].value = COURSE[str(row[0].value)]
    for values in weeks:
        book["Weeks"].append(values)
    book.save(path)


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    values = {name: [tuple(row) for row in book[name].iter_rows(values_only=True)] for name in ("Course", "Weeks")}
    book.close()
    return values


@pytest.fixture
def portal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_portal(tmp_path / "academy", {})
    monkeypatch.chdir(root)
    return root


def test_plan_to_course_to_plan_keeps_every_value(portal: Path) -> None:
    assert run("new", "plan", "plan.xlsx").exit_code == 0
    template = load_workbook(portal / "plan.xlsx")
    assert template.sheetnames == ["Instructions", "Course", "Weeks"]
    assert [cell.value for cell in template["Weeks"][1]] == [column.header for column in WEEK_COLUMNS]
    lists = {str(v.sqref): v.formula1 for v in template["Weeks"].data_validations.dataValidation if v.type == "list"}
    assert lists["C2:C500"] == '"awareness,capability-building,application,reinforcement,measurement"'
    fill(portal / "plan.xlsx", WEEKS)

    created = run("new", "course", "data-basics", "--from", "plan.xlsx")
    assert created.exit_code == 0, created.output
    folder = portal / "courses/data-basics"
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-why-data-matters.md",
        "02-question-the-numbers.md",
        "index.md",
    ]
    linted = run("lint", "--format", "json")
    assert json.loads(linted.output)["summary"]["errors"] == 0, linted.output
    assert linted.exit_code == 0

    assert run("export", "plan", "data-basics", "-o", "back.xlsx").exit_code == 0
    assert read_plan(portal / "back.xlsx") == read_plan(portal / "plan.xlsx")
    assert sheet_values(portal / "back.xlsx")["Weeks"] == sheet_values(portal / "plan.xlsx")["Weeks"]

    assert run("new", "course", "again", "--from", "back.xlsx").exit_code == 0
    for path in folder.iterdir():
        again = (portal / "courses/again" / path.name).read_text("utf-8")
        assert again == path.read_text("utf-8").replace("id: data-basics", "id: again")


def test_a_csv_of_the_weeks_sheet_gives_a_course_with_guidance_for_the_rest(portal: Path) -> None:
    header = ",".join(column.header for column in WEEK_COLUMNS)
    rows = ["\n".join([header, *(",".join("" if v is None else f'"{v}"' for v in row) for row in WEEKS)])]
    (portal / "weeks.csv").write_text(rows[0] + "\n", "utf-8")
    created = run("new", "course", "from-csv", "--from", "weeks.csv")
    assert created.exit_code == 0, created.output
    index = (portal / "courses/from-csv/index.md").read_text("utf-8")
    assert "title: Replace with the course title" in index
    linted = run("lint", "--format", "json")
    assert json.loads(linted.output)["summary"]["errors"] == 0, linted.output


def test_a_follow_up_after_the_course_goes_through_the_plan_and_back(portal: Path) -> None:
    follow_up = [3, "Ninety days on", "measurement", "Compare the saving today with the plan.", None, None, None,
                 None, "Each team shows its numbers", "presentation", 45, "Log one week", 45, None, 90]  # fmt: skip
    assert run("new", "plan", "plan.xlsx").exit_code == 0
    fill(portal / "plan.xlsx", [*WEEKS, follow_up])
    assert run("new", "course", "data-basics", "--from", "plan.xlsx").exit_code == 0
    module = (portal / "courses/data-basics/03-ninety-days-on.md").read_text("utf-8")
    assert "days_after_course: 90\n" in module and "\nweek:" not in module
    assert "weeks: 2\n" in (portal / "courses/data-basics/index.md").read_text("utf-8")
    linted = run("lint", "--format", "json")
    codes = {finding["code"] for finding in json.loads(linted.output)["findings"]}
    assert "LX010" not in codes and "LX008" not in codes, linted.output
    assert run("export", "plan", "data-basics", "-o", "back.xlsx").exit_code == 0
    assert read_plan(portal / "back.xlsx") == read_plan(portal / "plan.xlsx")
