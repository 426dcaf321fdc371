"""``lxkit publish`` as a user runs it: messages, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers_portal import git, git_identity, in_repo, invoke, portal_repo

__all__ = ["git_identity", "in_repo", "portal_repo"]


def run(*args: str) -> tuple[int, str, str]:
    return invoke(*args)


@pytest.mark.slow
def test_publish_to_a_folder_and_a_branch(in_repo: Path, tmp_path: Path) -> None:
    code, _, err = run("publish", "--version", "1.0", "-a", "latest", "--title", "First", "--to", str(tmp_path / "d"))
    assert code == 0, err
    assert "Published version 1.0 (aliases: latest) to the folder" in err
    assert "home redirects to latest/" in err
    versions = json.loads((tmp_path / "d" / "versions.json").read_text("utf-8"))
    assert versions == [{"version": "1.0", "title": "First", "aliases": ["latest"]}]
    code, _, err = run("publish", "-q", "--no-trainer", "--version", "dev", "--branch", "gh-pages", "-m", "Deploy dev")
    assert code == 0 and err == ""
    assert git(in_repo, "log", "-1", "--format=%s", "gh-pages") == "Deploy dev"
    assert (tmp_path / "d" / "1.0" / "trainer" / "index.html").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--version", "../x", "--to", "d"], "not a valid version name"),
        (["--version", "1.0"], "--to DIR"),
        (["--version", "1.0", "--to", "d", "--branch", "gh-pages"], "--to DIR"),
        (["--version", "1.0", "--to", "d", "--push"], "--push works with --branch only"),
        (["--version", "1.0", "-a", "1.0", "--to", "d"], "both the version and one of its aliases"),
        (["--version", "courses", "--to", ".", "--force"], "holds the portal's sources"),
        (["--version", "1.0", "--to", "..", "--force"], "holds the portal's sources"),
    ],
)
def test_bad_usage_is_a_message_and_exit_2(in_repo: Path, args: list[str], message: str) -> None:
    code, _, err = run("publish", *args)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert not (in_repo / "d").exists()


def test_a_broken_versions_file_is_reported(in_repo: Path, tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "versions.json").write_text("{oops", encoding="utf-8")
    code, _, err = run("publish", "--version", "1.0", "--to", str(tmp_path / "d"))
    assert code == 2 and "not a versions file in mike's format" in err


def test_branch_mode_outside_git_says_so(tmp_path: Path) -> None:
    from tests.helpers_portal import write_portal

    root = write_portal(tmp_path / "p")
    code, _, err = run("publish", "-f", str(root / "mkdocs.yml"), "--version", "1.0", "--branch", "gh-pages")
    assert code == 2 and "not inside a Git repository" in err
