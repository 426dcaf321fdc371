"""CODEOWNERS from the courses' owners: the generated block, and writing it without losing hand-written rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lxkit.codeowners import BEGIN, END, codeowners_block, merge_block
from lxkit.config import load_config
from lxkit.exceptions import UsageError
from lxkit.loader import load_portal
from tests.helpers_portal import COURSE, course_file, edit, git_identity, in_repo, invoke, portal_repo, write_portal

__all__ = ["git_identity", "in_repo", "portal_repo"]

BLOCK = f"{BEGIN}\n/courses/{COURSE}/ @ada @bob-biz\n{END}\n"


def _run(*args: str) -> tuple[int, str, str]:
    return invoke("codeowners", *args)


def test_block_maps_each_course_folder_to_its_owners(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "p")
    assert codeowners_block(load_portal(load_config(root / "mkdocs.yml")), "courses") == BLOCK


def test_owners_without_a_valid_handle_are_left_out_and_said_so(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "p")
    edit(course_file(root, "index.md"), "github: ada", "github: '@acme/data-team'")
    edit(course_file(root, "index.md"), "github: bob-biz", "github: 'not a handle'")
    block = codeowners_block(load_portal(load_config(root / "mkdocs.yml")), "portal/courses")
    assert f"/portal/courses/{COURSE}/ @acme/data-team\n" in block
    edit(course_file(root, "index.md"), "github: '@acme/data-team'", "github: ''")
    block = codeowners_block(load_portal(load_config(root / "mkdocs.yml")), "courses")
    assert f"# /courses/{COURSE}/ has no owner with a Git-host handle" in block


def test_merge_replaces_only_the_block() -> None:
    old_block = f"{BEGIN}\n/courses/old/ @someone\n{END}\n"
    existing = f"* @platform-team\n\n{old_block}/docs/ @writers\n"
    assert merge_block(existing, BLOCK) == f"* @platform-team\n\n{BLOCK}/docs/ @writers\n"
    assert merge_block(None, BLOCK) == BLOCK


def test_a_hand_written_file_is_only_extended_with_force() -> None:
    with pytest.raises(UsageError, match="--force"):
        merge_block("* @platform-team\n", BLOCK)
    assert merge_block("* @platform-team\n", BLOCK, force=True) == f"* @platform-team\n\n{BLOCK}"
    with pytest.raises(UsageError, match="only one of"):
        merge_block(f"{BEGIN}\n", BLOCK, force=True)


def test_cli_prints_writes_and_checks(in_repo: Path) -> None:
    code, out, _ = _run()
    assert (code, out) == (0, BLOCK)
    assert not (in_repo / ".github").exists()
    assert _run("--check")[0] == 1
    assert _run("--write")[0] == 0
    assert (in_repo / ".github" / "CODEOWNERS").read_text("utf-8") == BLOCK
    assert _run("--check")[0] == 0
    edit(course_file(in_repo, "index.md"), "github: bob-biz", "github: bobby")
    code, _, err = _run("--check")
    assert code == 1 and "lxkit codeowners --write" in err


def test_cli_keeps_a_hand_written_file_without_force(in_repo: Path) -> None:
    path = in_repo / ".github" / "CODEOWNERS"
    path.parent.mkdir()
    path.write_text("* @platform-team\n", encoding="utf-8")
    code, _, err = _run("--write")
    assert code == 2 and "--force" in err and "Traceback" not in err
    assert path.read_text("utf-8") == "* @platform-team\n"
    assert _run("--write", "--force")[0] == 0
    assert path.read_text("utf-8") == f"* @platform-team\n\n{BLOCK}"


@pytest.mark.parametrize("linked", [".github", ".github/CODEOWNERS"])
def test_a_link_out_of_the_repository_is_never_read_or_written(in_repo: Path, tmp_path: Path, linked: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "CODEOWNERS"
    secret.write_text("root:x:0:0 secret\n", encoding="utf-8")
    if linked == ".github":
        (in_repo / ".github").symlink_to(outside, target_is_directory=True)
    else:
        (in_repo / ".github").mkdir()
        (in_repo / linked).symlink_to(secret)
    for args in (("--write", "--force"), ("--check",)):
        code, out, err = _run(*args)
        assert code == 2 and "link out of the repository" in err and "Traceback" not in err
        assert "secret" not in out + err
    assert secret.read_text("utf-8") == "root:x:0:0 secret\n"
    assert sorted(p.name for p in outside.iterdir()) == ["CODEOWNERS"]


def test_paths_start_at_the_repository_root(tmp_path: Path, git_identity: None) -> None:
    from tests.helpers_portal import git

    write_portal(tmp_path / "repo" / "academy")
    git(tmp_path / "repo", "init", "-q")
    previous = os.getcwd()
    os.chdir(tmp_path / "repo" / "academy")
    try:
        code, _, _ = _run("--write")
    finally:
        os.chdir(previous)
    assert code == 0
    assert f"/academy/courses/{COURSE}/ @ada @bob-biz" in (tmp_path / "repo" / ".github" / "CODEOWNERS").read_text()
