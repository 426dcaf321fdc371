"""``lxkit review`` as CI runs it: default base, formats, output file and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers_portal import commit_all, course_file, edit, git, git_identity, in_repo, invoke, portal_repo

__all__ = ["git_identity", "in_repo", "portal_repo"]


def run(*args: str) -> tuple[int, str, str]:
    return invoke("review", *args)


def test_no_change_is_exit_0(in_repo: Path) -> None:
    code, out, _ = run()
    assert code == 0
    assert "no course changes" in out


def test_a_change_without_a_version_bump_is_exit_1(in_repo: Path, tmp_path: Path) -> None:
    git(in_repo, "checkout", "-q", "-b", "feature")
    edit(course_file(in_repo, "01-charts.md"), "  minutes: 60\n", "  minutes: 75\n")
    commit_all(in_repo, "longer session")
    code, out, err = run()
    assert code == 1 and "LX301" in out and "1 blocking finding" in err
    code, _, _ = run("--format", "json", "-o", str(tmp_path / "review.json"))
    data = json.loads((tmp_path / "review.json").read_text("utf-8"))
    assert code == 1 and data["failed"] and data["base"]["name"] == git(in_repo, "rev-parse", "main")


def test_bad_refs_and_no_repository_are_exit_2(in_repo: Path, tmp_path: Path) -> None:
    code, _, err = run("--base", "no-such-ref")
    assert code == 2 and "'no-such-ref' is not a commit" in err
    from tests.helpers_portal import write_portal

    outside = write_portal(tmp_path / "outside")
    code, _, err = run("-f", str(outside / "mkdocs.yml"))
    assert code == 2 and "not inside a Git repository" in err
