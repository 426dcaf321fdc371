"""Frozen course releases: ``lxkit publish --freeze`` on real builds, into a folder and a Git branch."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from mike.versions import Versions as MikeVersions

from lxkit.__main__ import cli
from tests.helpers_portal import COURSE, commit_all, course_file, edit, git, mike_versions, tree_snapshot

pytestmark = pytest.mark.slow

RELEASE = f"courses/{COURSE}/1.0.0"
REVISED = "Charts compress data, revised for the next cohort."


def _publish(repo: Path, *args: str) -> Any:
    command = ["publish", "-f", str(repo / "mkdocs.yml"), *args]
    return CliRunner().invoke(cli, command)


def _revise(repo: Path) -> None:
    """An author improves the course without changing its version."""
    edit(course_file(repo, "01-charts.md"), "Charts compress data.", REVISED)
    edit(course_file(repo, "index.md"), "title: Data basics\n", "title: Data basics, revised\n")
    commit_all(repo, "Improve week 1")


def _releases_listed(page: Path) -> list[tuple[str, str]]:
    section = re.search(r'<section class="lxkit-releases".*?</section>', page.read_text("utf-8"), re.S)
    assert section, f"no releases on {page}"
    return re.findall(r'<a href="([^"]+)">Version ([^<]+)</a>', section.group(0))


def test_a_frozen_release_stays_byte_identical_in_a_folder(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    done = _publish(portal_repo, "--to", str(out), "--version", "1.0", "--freeze", COURSE)
    assert done.exit_code == 0, done.output
    assert f"Froze {COURSE} 1.0.0 into {RELEASE}/" in done.output
    frozen = tree_snapshot(out / RELEASE)
    page = (out / RELEASE / "courses" / COURSE / "01-charts" / "index.html").read_text("utf-8")
    assert "Charts compress data." in page and "Frozen release 1.0.0" in page
    assert 'data-lxkit-course="data-basics" data-lxkit-version="1.0.0"' in (
        out / RELEASE / "courses" / COURSE / "index.html"
    ).read_text("utf-8"), "progress keys follow the frozen version"
    assert (out / RELEASE / "trainer" / "courses" / COURSE / "index.html").is_file()

    _revise(portal_repo)
    done = _publish(portal_repo, "--to", str(out), "--version", "2.0", "--alias", "latest")
    assert done.exit_code == 0, done.output
    assert REVISED in (out / "2.0" / "courses" / COURSE / "01-charts" / "index.html").read_text("utf-8")
    assert tree_snapshot(out / RELEASE) == frozen, "the release did not change when the course did"

    again = _publish(portal_repo, "--to", str(out), "--version", "2.1", "--freeze", COURSE)
    assert again.exit_code == 2 and "never changes" in again.output and "version:" in again.output
    assert not (out / "2.1").exists() and tree_snapshot(out / RELEASE) == frozen

    edit(course_file(portal_repo, "index.md"), "version: 1.0.0", "version: 1.1.0")
    done = _publish(portal_repo, "--to", str(out), "--version", "2.1", "--freeze", COURSE)
    assert done.exit_code == 0, done.output
    assert tree_snapshot(out / RELEASE) == frozen
    listed = json.loads((out / "releases.json").read_text("utf-8"))
    assert [(r["course"], r["version"], r["path"]) for r in listed] == [
        (COURSE, "1.1.0", f"courses/{COURSE}/1.1.0/"),
        (COURSE, "1.0.0", f"{RELEASE}/"),
    ]
    course_page = out / "2.1" / "courses" / COURSE / "index.html"
    links = _releases_listed(course_page)
    assert [version for _, version in links] == ["1.1.0", "1.0.0"]
    for href, _ in links:
        assert (course_page.parent / href / "index.html").resolve().is_file(), href
    trainer_links = _releases_listed(out / "2.1" / "trainer" / "courses" / COURSE / "index.html")
    assert trainer_links[1][0] == f"../../../../{RELEASE}/trainer/courses/{COURSE}/"
    older = _releases_listed(out / "1.0" / "courses" / COURSE / "index.html")
    assert [version for _, version in older] == ["1.0.0"], "a published version keeps the list it was built with"
    listing = CliRunner().invoke(cli, ["versions", "list", "--to", str(out)])
    assert f"frozen: {COURSE} 1.0.0 (" in listing.output and f") in {RELEASE}/" in listing.output
    assert [str(v.version) for v in MikeVersions.loads((out / "versions.json").read_text("utf-8"))] == [
        "2.1",
        "2.0",
        "1.0",
    ]


def test_a_frozen_release_keeps_its_git_tree_on_a_branch(portal_repo: Path) -> None:
    done = _publish(portal_repo, "--branch", "gh-pages", "--version", "1.0", "--no-trainer", "--freeze", COURSE)
    assert done.exit_code == 0, done.output
    tree = git(portal_repo, "rev-parse", f"gh-pages:{RELEASE}")
    _revise(portal_repo)
    done = _publish(portal_repo, "--branch", "gh-pages", "--version", "2.0", "--no-trainer")
    assert done.exit_code == 0, done.output
    assert git(portal_repo, "rev-parse", f"gh-pages:{RELEASE}") == tree, "same Git tree: byte-identical files"
    assert git(portal_repo, "ls-tree", "--name-only", "gh-pages").split() == [
        ".nojekyll",
        "1.0",
        "2.0",
        "404.html",
        "courses",
        "index.html",
        "releases.json",
        "versions.json",
    ]
    assert mike_versions(portal_repo) == ["2.0", "1.0"], "mike reads the tree with the releases in it"


@pytest.mark.parametrize(
    ("course", "words"),
    [("nope", "no course folder 'nope'"), ("../etc", "no course folder")],
)
def test_freezing_an_unknown_course_stops_before_the_build(
    portal_repo: Path, tmp_path: Path, course: str, words: str
) -> None:
    out = tmp_path / "deploy"
    done = _publish(portal_repo, "--to", str(out), "--version", "1.0", "--freeze", course)
    assert done.exit_code == 2 and words in done.output, done.output
    assert not out.exists()
