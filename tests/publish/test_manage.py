"""Deleting versions and choosing the default one, in a folder and on a branch."""

from __future__ import annotations

from pathlib import Path

import pytest
from mike.versions import Versions as MikeVersions

from lxkit.config import load_config
from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.publish.deploy import PublishRequest, publish, read_versions
from lxkit.publish.manage import current_default, delete_versions, describe_version, set_default
from lxkit.publish.targets import BranchTarget, DeployTarget, FolderTarget
from lxkit.publish.versions import VersionInfo
from tests.helpers_portal import git

pytestmark = pytest.mark.slow


def _published(repo: Path, target: DeployTarget) -> DeployTarget:
    config = load_config(repo / "mkdocs.yml")
    for version, aliases in (("1.0", ("stable",)), ("2.0", ("latest",))):
        publish(config, PublishRequest(version, aliases, trainer=False, make_default=True), target, Console(-1))
    return target


def test_delete_a_version_with_its_aliases_from_a_folder(portal_repo: Path, tmp_path: Path) -> None:
    target = _published(portal_repo, FolderTarget(tmp_path / "deploy"))
    remaining = delete_versions(target, ["1.0"])
    assert [i.version for i in remaining.entries] == ["2.0"]
    names = sorted(p.name for p in (tmp_path / "deploy").iterdir())
    assert names == [".nojekyll", "2.0", "404.html", "index.html", "latest", "versions.json"]
    assert current_default(target) == "latest"


def test_deleting_the_default_points_home_at_the_newest_version(portal_repo: Path) -> None:
    target = _published(portal_repo, BranchTarget(portal_repo, "gh-pages"))
    delete_versions(target, ["latest"])
    assert current_default(target) == "2.0"
    assert "latest" not in git(portal_repo, "ls-tree", "--name-only", "gh-pages").split()
    delete_versions(target, ["2.0", "1.0"])
    assert git(portal_repo, "ls-tree", "--name-only", "gh-pages").split() == [".nojekyll", "versions.json"]
    assert MikeVersions.loads(git(portal_repo, "show", "gh-pages:versions.json")).to_json() == []


def test_set_default_rewrites_the_home_page(portal_repo: Path) -> None:
    target = _published(portal_repo, BranchTarget(portal_repo, "gh-pages"))
    set_default(target, "stable")
    assert current_default(target) == "stable"
    not_found = git(portal_repo, "show", "gh-pages:404.html")
    assert 'var fallback = "stable";' in not_found
    assert '<a href="/learn/" data-lxkit-home>' in not_found  # the site URL's path, kept from the publish
    with pytest.raises(UsageError, match="no published version or alias 'nope'"):
        set_default(target, "nope")
    assert [i.version for i in read_versions(target).entries] == ["2.0", "1.0"]


def test_versions_are_described_like_mike_list() -> None:
    assert describe_version(VersionInfo("1.0", "1.0", ("stable", "lts"))) == "1.0 [lts, stable]"
    assert describe_version(VersionInfo("dev", "Development")) == '"Development" (dev)'
