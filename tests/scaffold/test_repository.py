"""``lxkit new portal`` makes the folder a Git repository (real git), or says why not and what to type."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.scaffold.repository import FIRST_COMMIT
from tests.helpers_portal import git, git_identity

__all__ = ["git_identity"]


def new_portal(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["new", "portal", *args])
    return result.exit_code, result.output


@pytest.fixture
def no_identity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git without any user or system settings and no identity in the environment."""
    empty = tmp_path / "empty.gitconfig"
    empty.write_text("")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(name, raising=False)


def test_a_new_portal_is_a_repository_on_main_with_a_first_commit(tmp_path: Path, git_identity: None) -> None:
    target = tmp_path / "academy"
    code, output = new_portal(str(target))
    assert code == 0, output
    assert f"Started a Git repository in {target} (branch main) with a first commit" in output
    assert git(target, "rev-parse", "--show-toplevel") == str(target.resolve())
    assert git(target, "branch", "--show-current") == "main"
    assert git(target, "log", "--format=%s%x09%an") == f"{FIRST_COMMIT}\tAda Lovelace"
    assert git(target, "status", "--porcelain") == ""  # everything lxkit wrote is committed
    tracked = set(git(target, "ls-files").splitlines())
    assert {"mkdocs.yml", ".gitignore", "courses/example-course/index.md"} <= tracked
    (target / ".lxkit-lrs" / "data").mkdir(parents=True)  # scripts/lrs.sh --dir .lxkit-lrs: learners' statements
    (target / ".lxkit-lrs" / "data" / "fs_lrs.jsonl").write_text("{}\n")
    assert git(target, "status", "--porcelain") == ""  # never committed by accident


def test_without_an_identity_the_repository_is_made_and_the_message_says_how_to_commit(
    tmp_path: Path, no_identity: None
) -> None:
    target = tmp_path / "academy"
    code, output = new_portal(str(target))
    assert code == 0, output
    assert git(target, "branch", "--show-current") == "main"
    assert git(target, "rev-parse", "--verify", "-q", "HEAD", check=False) == ""  # no commit yet
    assert "Git does not know your user.name and user.email" in output
    assert 'git config --global user.name "Your Name"' in output
    assert f'git add -A && git commit -m "{FIRST_COMMIT}"' in output


def test_inside_a_repository_no_new_one_is_made(tmp_path: Path, git_identity: None) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    target = tmp_path / "docs" / "academy"
    code, output = new_portal(str(target))
    assert code == 0, output
    assert not (target / ".git").exists()
    assert f"is inside the Git repository {tmp_path.resolve()}, so no new repository was made" in output
    assert git(tmp_path, "rev-parse", "--verify", "-q", "HEAD", check=False) == ""  # nothing committed for them


def test_no_git_leaves_git_out_and_says_how_to_start_it(tmp_path: Path, git_identity: None) -> None:
    target = tmp_path / "academy"
    code, output = new_portal(str(target), "--no-git")
    assert code == 0, output
    assert not (target / ".git").exists() and (target / "mkdocs.yml").is_file()
    assert "No Git repository was made (--no-git)" in output and "git init -b main" in output


def test_only_lxkits_files_are_committed_next_to_an_authors_files(tmp_path: Path, git_identity: None) -> None:
    target = tmp_path / "academy"
    target.mkdir()
    (target / "notes.txt").write_text("my notes")
    (target / "README.md").write_text("mine")
    code, output = new_portal(str(target), "--force")
    assert code == 0, output
    tracked = git(target, "ls-files").splitlines()
    assert "mkdocs.yml" in tracked and "notes.txt" not in tracked and "README.md" not in tracked
    assert (target / "README.md").read_text() == "mine" and (target / "notes.txt").read_text() == "my notes"


def test_without_git_installed_the_portal_is_made_and_the_message_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    target = tmp_path / "academy"
    code, output = new_portal(str(target))
    assert code == 0, output
    assert (target / "mkdocs.yml").is_file() and not (target / ".git").exists()
    assert "Git is not installed" in output and "git init -b main" in output
