"""Publishing into a folder and into a branch, with the real build and real Git repositories."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from mike.versions import Versions as MikeVersions

from lxkit.builder.api import BuildOptions
from lxkit.config import load_config
from lxkit.console import Console
from lxkit.exceptions import BuildError, UsageError
from lxkit.publish import deploy
from lxkit.publish.deploy import PublishRequest, publish
from lxkit.publish.targets import BranchTarget, FolderTarget
from lxkit.publish.tree import AliasType
from tests.helpers_portal import SITE_URL, course_file, edit, git, mike_versions, tree_snapshot

QUIET = Console(-1)
pytestmark = pytest.mark.slow


def _publish(repo: Path, target: Any, version: str, *aliases: str, **options: Any) -> deploy.PublishResult:
    config = load_config(repo / "mkdocs.yml")
    request = PublishRequest(version=version, aliases=aliases, trainer=False, **options)
    return publish(config, request, target, QUIET)


def _canonical(html: str) -> str:
    found = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    assert found, "no canonical link"
    return found.group(1)


def test_two_versions_and_an_alias_in_a_folder(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    _publish(portal_repo, FolderTarget(out), "1.0")
    result = _publish(portal_repo, FolderTarget(out), "2.0", "latest", make_default=True)

    assert result.default == "latest"
    assert result.version_url == f"{SITE_URL}2.0/"
    assert sorted(p.name for p in out.iterdir()) == [
        ".nojekyll",
        "1.0",
        "2.0",
        "404.html",
        "index.html",
        "latest",
        "versions.json",
    ]
    versions = MikeVersions.loads((out / "versions.json").read_text("utf-8"))
    assert [(str(i.version), sorted(i.aliases)) for i in versions] == [("2.0", ["latest"]), ("1.0", [])]
    page = "courses/data-basics/index.html"
    assert _canonical((out / "1.0" / page).read_text("utf-8")) == f"{SITE_URL}1.0/courses/data-basics/"
    assert _canonical((out / "latest" / page).read_text("utf-8")) == f"{SITE_URL}2.0/courses/data-basics/"
    assert "<loc>https://academy.example.com/learn/2.0/courses/data-basics/</loc>" in (
        out / "2.0" / "sitemap.xml"
    ).read_text("utf-8")
    assert '"provider": "mike"' in (out / "2.0" / "index.html").read_text("utf-8")
    assert 'window.location.replace("latest/"' in (out / "index.html").read_text("utf-8")
    assert 'var fallback = "latest";' in (out / "404.html").read_text("utf-8")
    assert not (out / "latest" / "sitemap.xml").exists(), "redirect aliases hold pages only"


def test_aliases_as_copies_keep_the_canonical_link_of_the_real_version(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    _publish(portal_repo, FolderTarget(out), "1.0", "stable", alias_type=AliasType.COPY)
    copied = (out / "stable" / "courses/data-basics/index.html").read_text("utf-8")
    assert _canonical(copied) == f"{SITE_URL}1.0/courses/data-basics/"
    assert (out / "stable" / "sitemap.xml").read_bytes() == (out / "1.0" / "sitemap.xml").read_bytes()


def test_into_a_branch_without_touching_the_work_tree(portal_repo: Path) -> None:
    head, status = git(portal_repo, "rev-parse", "HEAD"), git(portal_repo, "status", "--porcelain")
    target = BranchTarget(portal_repo, "gh-pages")
    _publish(portal_repo, target, "1.0")
    _publish(portal_repo, target, "2.0", "latest")

    assert git(portal_repo, "rev-parse", "HEAD") == head
    assert git(portal_repo, "status", "--porcelain") == status
    assert git(portal_repo, "rev-list", "--count", "gh-pages") == "2"
    top = git(portal_repo, "ls-tree", "--name-only", "gh-pages").split()
    assert top == [".nojekyll", "1.0", "2.0", "404.html", "index.html", "latest", "versions.json"]
    assert mike_versions(portal_repo) == ["2.0 [latest]", "1.0"]


def test_republishing_replaces_only_that_version(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    _publish(portal_repo, FolderTarget(out), "1.0")
    _publish(portal_repo, FolderTarget(out), "2.0")
    before = tree_snapshot(out / "2.0")
    edit(course_file(portal_repo, "index.md"), "title: Data basics", "title: Data basics, revised")
    _publish(portal_repo, FolderTarget(out), "1.0")
    assert tree_snapshot(out / "2.0") == before
    assert "Data basics, revised" in (out / "1.0" / "courses/data-basics/index.html").read_text("utf-8")
    assert "Data basics, revised" not in (out / "2.0" / "courses/data-basics/index.html").read_text("utf-8")


def _failing_build(config: object, options: BuildOptions, console: Console, **_: object) -> None:
    (options.site_dir / "courses").mkdir(parents=True)
    (options.site_dir / "index.html").write_text("half a site", encoding="utf-8")
    raise BuildError("the site generator failed on purpose")


def test_a_failed_build_leaves_the_folder_byte_identical(
    portal_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "deploy"
    _publish(portal_repo, FolderTarget(out), "1.0", "latest")
    before = tree_snapshot(out)
    monkeypatch.setattr(deploy, "build_portal", _failing_build)
    for version in ("1.0", "2.0"):
        with pytest.raises(BuildError, match="on purpose"):
            _publish(portal_repo, FolderTarget(out), version, "latest", update_aliases=True)
    assert tree_snapshot(out) == before


def test_a_failed_build_leaves_the_branch_as_it_was(portal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _publish(portal_repo, BranchTarget(portal_repo, "gh-pages"), "1.0")
    before = git(portal_repo, "rev-parse", "gh-pages")
    monkeypatch.setattr(deploy, "build_portal", _failing_build)
    with pytest.raises(BuildError):
        _publish(portal_repo, BranchTarget(portal_repo, "gh-pages"), "2.0")
    assert git(portal_repo, "rev-parse", "gh-pages") == before


def test_a_folder_of_other_files_is_only_used_with_force(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("my own page", encoding="utf-8")
    with pytest.raises(UsageError, match="--force"):
        _publish(portal_repo, FolderTarget(out), "1.0")
    assert tree_snapshot(out) == {"index.html": b"my own page"}
    _publish(portal_repo, FolderTarget(out), "1.0", force=True)
    assert (out / "1.0" / "index.html").is_file()


def test_an_alias_conflict_is_reported_before_building(
    portal_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "deploy"
    _publish(portal_repo, FolderTarget(out), "1.0", "latest")
    monkeypatch.setattr(deploy, "build_portal", _failing_build)
    with pytest.raises(UsageError, match="--update-aliases"):
        _publish(portal_repo, FolderTarget(out), "2.0", "latest")


def test_pushing_fetches_the_remote_branch_first(portal_repo: Path, tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(portal_repo, "remote", "add", "origin", str(remote))
    git(portal_repo, "push", "-q", "origin", "main")
    _publish(portal_repo, BranchTarget(portal_repo, "gh-pages", "origin"), "1.0")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--branch", "main", str(remote), str(clone))
    _publish(clone, BranchTarget(clone, "gh-pages", "origin"), "2.0")
    _publish(portal_repo, BranchTarget(portal_repo, "gh-pages", "origin"), "3.0")
    versions = MikeVersions.loads(git(remote, "show", "gh-pages:versions.json"))
    assert [str(i.version) for i in versions] == ["3.0", "2.0", "1.0"]
    assert git(remote, "rev-list", "--count", "gh-pages") == "3"
