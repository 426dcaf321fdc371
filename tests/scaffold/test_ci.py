"""The GitHub Actions workflows of a new portal: they parse, they are safe for forks, and every
``lxkit`` command they run exists and works, run step by step with bash on a fixture portal.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from mike.versions import Versions as MikeVersions

from lxkit.__main__ import cli
from lxkit.scaffold.ci import ci_files, requirement
from tests.helpers import environment_with_scripts
from tests.helpers_portal import changelog_entry, commit_all, course_file, edit, git, git_identity, make_portal_repo

__all__ = ["git_identity"]
PULL_REQUEST = ".github/workflows/pull-request.yml"
PUBLISH = ".github/workflows/publish.yml"
REPO = Path(__file__).resolve().parents[2]


def workflow(name: str) -> dict[str, Any]:
    data = yaml.safe_load(ci_files()[name])
    assert isinstance(data, dict)
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(name: str, job: str) -> list[dict[str, Any]]:
    return list(workflow(name)["jobs"][job]["steps"])


def lxkit_commands(script: str) -> list[list[str]]:
    """The ``lxkit ...`` command lines of a run script, split like a shell does."""
    found = []
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "lxkit":
            found.append(words[1:])
    return found


def test_the_files_are_the_two_workflows_with_this_release() -> None:
    files = ci_files()
    assert sorted(files) == [PUBLISH, PULL_REQUEST]
    for text in files.values():
        assert f'python -m pip install "{requirement()}"' in text
        assert "@LXKIT_REQUIREMENT@" not in text


def test_pull_requests_from_forks_get_no_write_access() -> None:
    pull_request = workflow(PULL_REQUEST)
    assert list(pull_request["on"]) == ["pull_request"]
    assert "pull_request_target" not in ci_files()[PULL_REQUEST].replace("`pull_request_target`", "")
    assert pull_request["permissions"] == {"contents": "read"}
    check, comment = pull_request["jobs"]["check"], pull_request["jobs"]["comment"]
    assert "permissions" not in check
    assert check["steps"][0]["with"]["persist-credentials"] is False
    assert comment["permissions"] == {"pull-requests": "write"}
    assert "head.repo.full_name == github.repository" in comment["if"]
    assert not [step for step in comment["steps"] if "run" in step], "the comment job runs no files of the PR"


def test_publishing_runs_on_main_and_on_version_tags() -> None:
    publish = workflow(PUBLISH)
    assert publish["on"] == {"push": {"branches": ["main"], "tags": ["v*"]}}
    assert publish["concurrency"]["cancel-in-progress"] is False


@pytest.mark.parametrize("name", [PULL_REQUEST, PUBLISH])
def test_every_lxkit_command_exists_with_its_options(name: str) -> None:
    scripts = [step.get("run", "") for job in workflow(name)["jobs"].values() for step in job["steps"]]
    commands = [command for script in scripts for command in lxkit_commands(script)]
    assert commands
    for args in commands:
        command: click.Command = cli
        ctx = click.Context(cli)
        while isinstance(command, click.Group):
            found = command.get_command(ctx, args[0])
            assert found is not None, f"no command 'lxkit {args[0]}'"
            command, args = found, args[1:]
        command.make_context(command.name or "", list(args))  # raises on unknown options or bad values


def run_steps(workdir: Path, job_steps: list[dict[str, Any]], github: dict[str, str]) -> None:
    """Run the steps with a ``run`` script (not the install) like Actions does: ``bash -e``, step env."""
    for step in job_steps:
        script = step.get("run")
        condition = str(step.get("if", "")).replace("${{", "").replace("}}", "").strip()
        if not script or "pip install" in script or (condition.startswith("github.") and not _holds(condition, github)):
            continue
        env = {key: _expand(str(value), github) for key, value in step.get("env", {}).items()}
        done = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=workdir,
            env=environment_with_scripts({**os.environ, **env}),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"step '{step.get('name')}' failed:\n{done.stdout}\n{done.stderr}"


def _expand(value: str, github: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*github\.(\w+)\s*\}\}", lambda m: github[m.group(1)], value)


def _holds(condition: str, github: dict[str, str]) -> bool:
    match = re.fullmatch(r"github\.(\w+) == '([^']*)'", condition)
    assert match, f"the test does not understand the condition {condition!r}"
    return github[match.group(1)] == match.group(2)


@pytest.fixture
def origin(tmp_path: Path, git_identity: None) -> Path:
    """A bare 'GitHub' repository holding the fixture portal on main."""
    source = make_portal_repo(tmp_path / "source")
    remote = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(source), str(remote))
    return remote


@pytest.mark.slow
def test_the_pull_request_job_works_on_a_fixture_portal(origin: Path, tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(origin), str(checkout))
    git(checkout, "checkout", "-q", "-b", "feature")
    index = course_file(checkout, "index.md")
    edit(index, "version: 1.0.0", "version: 1.1.0")
    edit(index, "changelog:\n", "changelog:\n" + changelog_entry("1.1.0", "Longer session."))
    edit(course_file(checkout, "01-charts.md"), "  minutes: 60\n", "  minutes: 75\n")
    commit_all(checkout, "Longer session")
    run_steps(checkout, steps(PULL_REQUEST, "check"), {"base_ref": "main"})
    assert (checkout / "site" / "courses" / "data-basics" / "index.html").is_file()
    report = (checkout / "review.md").read_text("utf-8")
    assert report.startswith("<!-- lxkit-review -->") and "Week 1: 135 → 150 minutes" in report
    script = steps(PULL_REQUEST, "comment")[-1]["with"]["script"]
    assert '"<!-- lxkit-review -->"' in script and "updateComment" in script


@pytest.mark.slow
def test_the_publish_job_works_for_main_and_for_a_tag(origin: Path, tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", str(origin), str(checkout))
    run_steps(checkout, steps(PUBLISH, "publish"), {"ref_type": "branch", "ref_name": "main"})
    git(checkout, "tag", "v1.0")
    run_steps(checkout, steps(PUBLISH, "publish"), {"ref_type": "tag", "ref_name": "v1.0"})
    versions = MikeVersions.loads(git(origin, "show", "gh-pages:versions.json"))
    assert [(str(v.version), sorted(v.aliases)) for v in versions] == [("dev", ["latest"]), ("1.0", [])]
    assert 'window.location.replace("latest/"' in git(origin, "show", "gh-pages:index.html")
    assert git(checkout, "status", "--porcelain") == ""


def test_the_pre_commit_hook_runs_lxkit_lint_on_markdown() -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook == {
        "id": "lxkit-lint",
        "name": "lxkit lint",
        "description": hook["description"],
        "entry": "lxkit lint",
        "language": "python",
        "files": r"\.md$",
        "pass_filenames": True,
    }
    lint = cli.get_command(click.Context(cli), "lint")
    assert lint is not None
    lint.make_context("lint", ["courses/a/index.md", "courses/a/01-x.md"])
