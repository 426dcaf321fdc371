"""The Git layer against real repositories: reading refs, exporting files, committing trees to a branch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lxkit import git
from lxkit.config import load_config
from lxkit.review.contributors import count_authors, portal_contributors
from tests.helpers_portal import COURSE, course_file, edit, git_identity, make_portal_repo, portal_repo
from tests.helpers_portal import git as run

__all__ = ["git_identity", "portal_repo"]


def test_errors_name_the_command_and_say_why(tmp_path: Path) -> None:
    with pytest.raises(git.GitError, match="not inside a Git repository"):
        git.repo_root(tmp_path)
    with pytest.raises(git.GitError, match="'git rev-parse"):
        git.git_text(tmp_path, "rev-parse", "HEAD")


def test_a_missing_git_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(git.GitError, match="git is not installed"):
        git.run_git(tmp_path, ["status"])


def test_refs_and_the_default_branch(portal_repo: Path) -> None:
    head = run(portal_repo, "rev-parse", "HEAD")
    assert git.repo_root(portal_repo / "courses") == portal_repo.resolve()
    assert git.resolve(portal_repo, "main") == head
    assert git.resolve(portal_repo, "no-such-branch") is None
    with pytest.raises(git.GitError, match="'nope' is not a commit"):
        git.require_commit(portal_repo, "nope")
    assert git.default_branch(portal_repo) == "main"
    run(portal_repo, "update-ref", "refs/remotes/origin/trunk", head)
    run(portal_repo, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
    assert git.default_branch(portal_repo) == "origin/HEAD"


def test_merge_base_of_a_feature_branch(portal_repo: Path) -> None:
    base = run(portal_repo, "rev-parse", "HEAD")
    run(portal_repo, "checkout", "-q", "-b", "feature")
    edit(course_file(portal_repo, "index.md"), "version: 1.0.0", "version: 1.0.1")
    run(portal_repo, "commit", "-q", "-am", "bump")
    assert git.merge_base(portal_repo, "main", "HEAD") == base
    assert git.is_ancestor(portal_repo, "main", "feature")
    assert not git.is_ancestor(portal_repo, "feature", "main")


def test_a_ref_that_looks_like_an_option_is_named_not_passed_to_git(portal_repo: Path) -> None:
    for ref in ("-x", "--all", "--output=x"):
        with pytest.raises(git.GitError, match=f"'{ref}' is not a commit, branch or tag"):
            git.merge_base(portal_repo, "main", ref)
        assert not git.is_ancestor(portal_repo, ref, "main")
        with pytest.raises(git.GitError, match=f"'{ref}' is not a commit, branch or tag"):
            git.list_files(portal_repo, ref)


def test_files_at_a_ref(portal_repo: Path, tmp_path: Path) -> None:
    old = run(portal_repo, "rev-parse", "HEAD")
    edit(course_file(portal_repo, "index.md"), "title: Data basics", "title: Changed")
    run(portal_repo, "commit", "-q", "-am", "retitle")
    assert b"title: Data basics" in (git.show_file(portal_repo, old, f"courses/{COURSE}/index.md") or b"")
    assert git.show_file(portal_repo, old, "no/such/file.md") is None
    assert git.list_files(portal_repo, old, "courses") == [
        f"courses/{COURSE}/01-charts.md",
        f"courses/{COURSE}/02-apply.md",
        f"courses/{COURSE}/index.md",
    ]
    git.export_paths(portal_repo, old, ["mkdocs.yml", "courses", "missing"], tmp_path / "out")
    assert "title: Data basics" in (tmp_path / "out" / "courses" / COURSE / "index.md").read_text("utf-8")
    assert (tmp_path / "out" / "mkdocs.yml").is_file()


def test_commit_paths_replaces_named_entries_and_keeps_the_rest(portal_repo: Path, tmp_path: Path) -> None:
    status = run(portal_repo, "status", "--porcelain")
    source = tmp_path / "tree"
    (source / "1.0").mkdir(parents=True)
    (source / "1.0" / "index.html").write_text("one", encoding="utf-8")
    (source / "keep.txt").write_text("keep", encoding="utf-8")
    first = git.commit_paths(portal_repo, "pages", source, ["1.0", "keep.txt"], "first")
    (source / "1.0" / "index.html").write_text("one again", encoding="utf-8")
    (source / "2.0").mkdir()
    (source / "2.0" / "index.html").write_text("two", encoding="utf-8")
    second = git.commit_paths(portal_repo, "pages", source, ["1.0", "2.0", "gone"], "second")
    assert first and second and run(portal_repo, "rev-parse", "pages^") == first
    assert run(portal_repo, "ls-tree", "-r", "--name-only", "pages").split() == [
        "1.0/index.html",
        "2.0/index.html",
        "keep.txt",
    ]
    assert run(portal_repo, "show", "pages:1.0/index.html") == "one again"
    assert git.commit_paths(portal_repo, "pages", source, ["2.0"], "nothing new") is None
    (source / "keep.txt").unlink()
    git.commit_paths(portal_repo, "pages", source, ["keep.txt"], "remove")
    assert "keep.txt" not in run(portal_repo, "ls-tree", "--name-only", "pages").split()
    assert run(portal_repo, "status", "--porcelain") == status
    assert run(portal_repo, "symbolic-ref", "HEAD") == "refs/heads/main"


def test_contributors_count_commits_per_author(portal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, email, title in (
        ("Bob Business", "bob@acme.example", "A"),
        ("Bob Biz", "BOB@acme.example", "B"),
        ("Cy Trainer", "cy@acme.example", "C"),
    ):
        monkeypatch.setenv("GIT_AUTHOR_NAME", name)
        monkeypatch.setenv("GIT_AUTHOR_EMAIL", email)
        edit(course_file(portal_repo, "index.md"), "title: Data basics", f"title: Data basics {title}")
        run(portal_repo, "commit", "-q", "-am", f"edit {title}")
    (portal_repo / "README.md").write_text("not a course", encoding="utf-8")
    run(portal_repo, "add", "README.md")
    run(portal_repo, "commit", "-q", "-m", "readme")
    expected = [("Bob Biz", 2), ("Ada Lovelace", 1), ("Cy Trainer", 1)]
    assert portal_contributors(load_config(portal_repo / "mkdocs.yml")) == {COURSE: expected}


def test_contributors_of_each_course_from_one_log(portal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file moved from one course to another counts for both; a file beside the courses counts for none."""
    other = portal_repo / "courses" / "other-course"
    other.mkdir()
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Cy Trainer")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "cy@acme.example")
    run(portal_repo, "mv", f"courses/{COURSE}/index.md", "courses/other-course/index.md")
    (portal_repo / "courses" / "notes.md").write_text("beside the courses", encoding="utf-8")
    run(portal_repo, "add", ".")
    run(portal_repo, "commit", "-q", "-m", "move")
    found = portal_contributors(load_config(portal_repo / "mkdocs.yml"))
    assert found[COURSE] == [("Ada Lovelace", 1), ("Cy Trainer", 1)]
    assert found["other-course"] == [("Cy Trainer", 1)]
    assert set(found) == {COURSE, "other-course"}


def test_contributors_outside_git_are_empty(tmp_path: Path, git_identity: None) -> None:
    make_portal_repo(tmp_path / "p")
    os.rename(tmp_path / "p" / ".git", tmp_path / "p" / "not-git")
    assert portal_contributors(load_config(tmp_path / "p" / "mkdocs.yml")) == {}


def test_count_authors_groups_by_email() -> None:
    log = [("New Name", "a@x"), ("Old Name", "A@X"), ("Zed", ""), ("Zed", "")]
    assert count_authors(log) == [("New Name", 2), ("Zed", 2)]
