"""``lxkit lint`` and ``lxkit rules`` through the CLI: exit codes 0/1/2, formats, paths, output file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lxkit.__main__ import cli

PortalDir = Callable[..., Path]


def run(root: Path, *args: str, monkeypatch: pytest.MonkeyPatch | None = None) -> Result:
    if monkeypatch is not None:
        monkeypatch.chdir(root)
        return CliRunner().invoke(cli, ["lint", *args])
    return CliRunner().invoke(cli, ["lint", "--config-file", str(root / "mkdocs.yml"), *args])


def test_clean_portal_exits_0(portal_dir: PortalDir) -> None:
    result = run(portal_dir("clean"))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "No problems in 8 files."


def test_errors_exit_1_with_path_line_column_lines(portal_dir: PortalDir) -> None:
    result = run(portal_dir("objectives"))
    assert result.exit_code == 1
    assert (
        "courses/objectives/02-vague.md:6:5: LX102 objective-not-measurable: the objective starts with" in result.output
    )
    assert result.output.rstrip().endswith("in 4 files.")


def test_strict_fails_on_warnings(portal_dir: PortalDir) -> None:
    root = portal_dir("objectives", lint="disable: [LX101]")
    assert run(root).exit_code == 0
    assert run(root, "--strict").exit_code == 1


def test_json_format(portal_dir: PortalDir) -> None:
    result = run(portal_dir("objectives"), "--format", "json")
    data = json.loads(result.output)
    assert set(data) == {"findings", "summary"}
    assert data["summary"]["files"] == 4 and data["summary"]["errors"] == 1
    assert all(set(f) == {"path", "line", "column", "code", "rule", "severity", "message"} for f in data["findings"])


def test_github_and_sarif_formats(portal_dir: PortalDir, monkeypatch: pytest.MonkeyPatch) -> None:
    root = portal_dir("objectives")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(root.parent))
    github = run(root, "--format", "github")
    assert github.output.startswith(f"::error file={root.name}/courses/objectives/01-none.md,line=2,col=1,")
    sarif = json.loads(run(root, "--format", "sarif").output)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == f"{root.name}/courses/objectives/01-none.md"


def test_summary_prints_a_scorecard(portal_dir: PortalDir) -> None:
    result = run(portal_dir("objectives"), "--summary")
    assert "Scorecard (rules passed per area):" in result.output
    assert "objectives:" in result.output and "fails: LX101, LX102, LX103, LX104, LX105" in result.output
    data = json.loads(run(portal_dir("clean"), "--summary", "--format", "json").output)
    assert [score["passed"] == score["total"] for score in data["scorecard"]] == [True, True]


def test_output_file(portal_dir: PortalDir, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "lint.json"
    result = run(portal_dir("objectives"), "--format", "json", "--output", str(target))
    assert result.exit_code == 1
    assert json.loads(target.read_text("utf-8"))["summary"]["errors"] == 1
    assert "wrote the json report" in result.output and "LX102" not in result.output


def test_paths_limit_the_courses_and_files(portal_dir: PortalDir, monkeypatch: pytest.MonkeyPatch) -> None:
    root = portal_dir("objectives")
    for course in (portal_dir("clean") / "courses").iterdir():
        course.rename(root / "courses" / course.name)
    only_module = run(root, "courses/objectives/03-many.md", "--format", "json", monkeypatch=monkeypatch)
    data = json.loads(only_module.output)
    assert {f["path"] for f in data["findings"]} == {"courses/objectives/03-many.md"}
    assert data["summary"]["files"] == 1
    clean_course = run(root, "courses/data-basics", monkeypatch=monkeypatch)
    assert clean_course.exit_code == 0 and "No problems in 4 files." in clean_course.output
    assert run(root, ".", monkeypatch=monkeypatch).exit_code == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [("courses/nope", "no such file or folder"), ("mkdocs.yml", "is not in the courses folder")],
)
def test_bad_paths_exit_2(portal_dir: PortalDir, monkeypatch: pytest.MonkeyPatch, path: str, message: str) -> None:
    result = run(portal_dir("clean"), path, monkeypatch=monkeypatch)
    assert result.exit_code == 2 and message in result.output


def test_path_outside_the_portal_exits_2(
    portal_dir: PortalDir, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    result = run(portal_dir("clean"), str(outside), monkeypatch=monkeypatch)
    assert result.exit_code == 2 and "is outside the portal" in result.output


def test_bad_settings_exit_2(portal_dir: PortalDir) -> None:
    result = run(portal_dir("clean", lint="disable: [LX999]"))
    assert result.exit_code == 2 and "'LX999', which is no lint rule" in result.output


def test_rules_lists_every_rule() -> None:
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0
    assert "LX102  objective-not-measurable" in result.output and "LX210  external-link-broken" in result.output
    markdown = CliRunner().invoke(cli, ["rules", "--markdown"])
    assert markdown.output.startswith("# Lint rules") and "[LX102](LX102.md)" in markdown.output


@pytest.mark.parametrize("key", ["LX102", "lx102", "objective-not-measurable"])
def test_rules_prints_one_page(key: str) -> None:
    result = CliRunner().invoke(cli, ["rules", key])
    assert result.exit_code == 0 and result.output.startswith("# LX102 objective-not-measurable")
    assert "## Why it matters" in result.output and "max_objectives" not in result.output


def test_unknown_rule_exits_2() -> None:
    result = CliRunner().invoke(cli, ["rules", "LX999"])
    assert result.exit_code == 2 and "there is no lint rule 'LX999'" in result.output


def test_subprocess_exit_code_and_plain_output_when_piped(portal_dir: PortalDir) -> None:
    root = portal_dir("body")
    env = {**os.environ, "NO_COLOR": ""}
    done = subprocess.run(
        [sys.executable, "-m", "lxkit", "lint"], cwd=root, capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "courses/body/01-content.md:27:3: LX201 broken-internal-link:" in done.stdout
    assert "\x1b[" not in done.stdout
