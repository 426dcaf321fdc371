"""LX020-LX022: the business metric's values and the cohorts, co-created beside the courses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.config import load_config
from lxkit.lint.engine import lint_portal
from lxkit.lint.parallel import lint_config
from lxkit.loader import load_portal

REPO = Path(__file__).resolve().parent.parent.parent
DATA_CODES = {"LX020", "LX021", "LX022"}


@pytest.fixture
def portal(tmp_path: Path) -> Path:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "sample-courses", tmp_path / "sample-courses")
    return tmp_path


def write(root: Path, rel: str, text: str) -> None:
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(text, "utf-8")


def data_findings(root: Path) -> list[str]:
    result = lint_portal(load_portal(load_config(root / "mkdocs.yml")))
    return [f"{f.location()} {f.code} {f.message}" for f in result.findings if f.code in DATA_CODES]


def test_good_data_files_lint_clean(portal: Path) -> None:
    write(
        portal, "metrics/data-science-for-engineers.csv", "date,value,unit\n2026-01-31,22,%\n2026-02-28,25.5,percent\n"
    )
    write(portal, "metrics/ai-adoption-for-team-leads.csv", "date,value,unit,team\n2026-01-31,1.5,hours,ops\n")
    write(portal, "cohorts/data-science-for-engineers.csv", "cohort,start\n2026-spring,2026-03-04\n")
    assert data_findings(portal) == []


def test_bad_dates_numbers_and_units_point_at_their_cell(portal: Path) -> None:
    write(
        portal,
        "metrics/data-science-for-engineers.csv",
        'date,value,unit\n31.03.2026,24,%\n2026-04-30,"24,5",%\n2026-05-31,3,hours\n2026-06-30,130,%\n',
    )
    found = data_findings(portal)
    path = "metrics/data-science-for-engineers.csv"
    assert found == [
        f"{path}:2:1 LX020 '31.03.2026' is not a date: write 2026-03-31",
        f"{path}:3:2 LX020 '24,5' is not a number: write digits with a dot for decimals and no unit, e.g. 24.5",
        f"{path}:4:3 LX020 unit 'hours' does not match the course's metric, whose baseline and target are in '%': "
        "convert the value and write %",
        f"{path}:5:2 LX020 130 is not a percentage between 0 and 100, as the course's baseline and target are: "
        "write the share in percent",
    ]


def test_wrong_columns_and_cohort_problems(portal: Path) -> None:
    write(portal, "metrics/teach-what-you-learned.csv", "day,value\n2026-01-01,1\n")
    write(
        portal,
        "cohorts/teach-what-you-learned.csv",
        "cohort,start\nspring,04/03/2026\nspring,2026-05-06\n,2026-06-01\n",
    )
    found = data_findings(portal)
    assert found == [
        "cohorts/teach-what-you-learned.csv:2:2 LX021 '04/03/2026' is not a date: write 2026-03-04 if it is "
        "4 March 2026, or 2026-04-03 if it is 3 April 2026",
        "cohorts/teach-what-you-learned.csv:3:1 LX021 cohort 'spring' is already on line 2: give each cohort its "
        "own name",  # the first 'spring' had no usable date, so it is not counted as taken... see below
        "cohorts/teach-what-you-learned.csv:4:1 LX021 the cohort has no name: write one, e.g. 2026-spring",
        "metrics/teach-what-you-learned.csv:1:1 LX020 missing column(s) date: the first line must name the "
        "columns date,value[,unit][,team]",
    ]


def test_a_nul_character_is_reported_at_its_line_and_column(portal: Path) -> None:
    write(portal, "cohorts/teach-what-you-learned.csv", "cohort,start\nspring\0x,2026-03-04\nfall,2026-09-0\x004\n")
    (portal / "metrics").mkdir()
    (portal / "metrics/data-science-for-engineers.csv").write_bytes("date,value\n2026-01-31,2\n".encode("utf-16-le"))
    found = data_findings(portal)
    fix = "a file saved as UTF-16 has one after every letter: save it again as CSV UTF-8"
    assert found == [
        "cohorts/teach-what-you-learned.csv:2:7 LX021 a NUL character (\\u0000) is in this cell, so the file is "
        f"not read: delete it and the other one in the file; {fix}",
        "metrics/data-science-for-engineers.csv:1:2 LX020 a NUL character (\\u0000) is in this cell, so the file "
        f"is not read: delete it and the 23 others in the file; {fix}",
    ]


def test_a_quote_left_open_or_a_huge_cell_is_one_problem_at_its_line(portal: Path) -> None:
    write(portal, "cohorts/teach-what-you-learned.csv", 'cohort,start\nspring,2026-03-04\nfall,"2026-09-04\nx,y\n')
    write(portal, "cohorts/data-science-for-engineers.csv", f'cohort,start\n"{"a" * 200_000}",2026-03-04\n')
    found = data_findings(portal)
    assert [line.split(" LX021 ")[0] for line in found] == [
        "cohorts/data-science-for-engineers.csv:2:1",
        "cohorts/teach-what-you-learned.csv:3:6",
    ]
    assert "longer than 131072 characters" in found[0] and "close the quote or delete it" in found[1]


def test_a_file_named_after_no_course_is_reported_once_even_in_parallel(portal: Path) -> None:
    write(portal, "metrics/data-science-for-engineer.csv", "date,value\n2026-01-01,1\n")
    found = data_findings(portal)
    assert len(found) == 1 and found[0].startswith("metrics/data-science-for-engineer.csv:1:1 LX022 there is no course")
    for number in range(8):  # enough courses for parallel shards
        shutil.copytree(
            portal / "sample-courses" / "teach-what-you-learned", portal / "sample-courses" / f"copy-{number}"
        )
        index = portal / "sample-courses" / f"copy-{number}" / "index.md"
        index.write_text(index.read_text("utf-8").replace("id: teach-what-you-learned", f"id: copy-{number}"), "utf-8")
    result = lint_config(load_config(portal / "mkdocs.yml"), jobs=2)
    assert [f.code for f in result.findings].count("LX022") == 1


def test_lint_command_exits_1_with_path_line_messages(portal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(portal, "metrics/data-science-for-engineers.csv", "date,value\n2026-13-01,20\n")
    monkeypatch.chdir(portal)
    result = CliRunner().invoke(cli, ["lint", "--format", "text"])
    assert result.exit_code == 1
    assert "metrics/data-science-for-engineers.csv:2:1: LX020 metric-values-invalid" in result.output


def test_a_comma_decimal_without_quotes_is_one_number_not_a_unit(portal: Path) -> None:
    write(portal, "metrics/data-science-for-engineers.csv", "date,value,unit\n2026-01-31,22,5,%\n2026-02-28,25,%\n")
    write(portal, "cohorts/teach-what-you-learned.csv", "cohort,start\nSpring, 2026,2026-03-04\n")
    assert data_findings(portal) == [
        "cohorts/teach-what-you-learned.csv:2:3 LX021 this line has 3 cells but the first line names 2 "
        '(cohort,start): put a text with a comma in double quotes ("Spring, 2026") or delete the extra cells',
        "metrics/data-science-for-engineers.csv:2:2 LX020 this line has 4 cells but the first line names 3 "
        "(date,value,unit): '22,5' is one number, so write 22.5 (a dot for decimals)",
    ]


def test_a_date_typo_gets_the_exact_date_to_write(portal: Path) -> None:
    rows = ["2026-13-01", "2026-04-31", "2026/07/01", "2026-08-01 00:00:00", "13.01.2027", "March 3"]
    write(
        portal,
        "cohorts/teach-what-you-learned.csv",
        "cohort,start\n" + "".join(f"c{i},{d}\n" for i, d in enumerate(rows)),
    )
    assert [line.split(" is not a date: ")[1] for line in data_findings(portal)] == [
        "there is no month 13: the order is year-month-day, so write 2026-01-13",
        "April 2026 has 30 days: correct the day",
        "write 2026-07-01",
        "write 2026-08-01 (the day only, no time)",
        "write 2027-01-13",
        "write the first session's date as YYYY-MM-DD, e.g. 2026-03-04",
    ]


def test_a_misspelt_file_name_says_the_name_to_rename_it_to(portal: Path) -> None:
    write(portal, "cohorts/teach-what-you-learn.csv", "cohort,start\nspring,2026-03-04\n")
    assert data_findings(portal)[0].endswith("rename it to cohorts/teach-what-you-learned.csv")


def test_a_file_saved_with_semicolons_says_how_to_save_it_with_commas(portal: Path) -> None:
    write(portal, "metrics/data-science-for-engineers.csv", "date;value;unit\n2026-01-31;22,5;%\n")
    write(portal, "cohorts/teach-what-you-learned.csv", "cohort\tstart\nspring\t2026-03-04\n")
    assert data_findings(portal) == [
        "cohorts/teach-what-you-learned.csv:1:1 LX021 the cells are separated by tabs, not commas: save the file as "
        "'CSV UTF-8 (comma delimited)', or replace each tab with a comma and each decimal comma with a dot "
        "(9,5 -> 9.5), so that the first line reads cohort,start",
        "metrics/data-science-for-engineers.csv:1:1 LX020 the cells are separated by semicolons (;), not commas: "
        "save the file as 'CSV UTF-8 (comma delimited)', or replace each ; with a comma and each decimal comma "
        "with a dot (9,5 -> 9.5), so that the first line reads date,value,unit",
    ]


def test_a_metric_team_that_is_not_a_portal_team_id_gets_the_id(portal: Path) -> None:
    text = (portal / "mkdocs.yml").read_text("utf-8")
    teams = "  tracking:\n    teams: [{id: sales, name: Sales}]\n"
    (portal / "mkdocs.yml").write_text(text.replace("\nlxkit:\n", "\nlxkit:\n" + teams, 1), "utf-8")
    write(portal, "metrics/data-science-for-engineers.csv", "date,value,unit,team\n2026-01-31,22,%,Sales\n")
    assert data_findings(portal) == [
        "metrics/data-science-for-engineers.csv:2:4 LX020 write the team's id 'sales' (as in tracking.teams in "
        "mkdocs.yml), not 'Sales'"
    ]


def test_a_data_folder_that_links_out_of_the_portal_is_not_read(
    portal: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "teach-what-you-learned.csv").write_text("cohort,start\nSECRET,not-a-date\n", "utf-8")
    (portal / "cohorts").symlink_to(elsewhere, target_is_directory=True)
    found = data_findings(portal)
    assert len(found) == 1 and "SECRET" not in found[0] and "not-a-date" not in found[0]
    assert found[0].startswith("cohorts/teach-what-you-learned.csv:1:1 LX021 ")
    assert "through a link that leads outside the portal folder" in found[0]
