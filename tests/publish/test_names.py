"""Version names, aliases and titles are literal and checked before the build; Git takes paths literally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from mike.versions import Versions as MikeVersions

from lxkit import git as lxgit
from lxkit.__main__ import cli
from lxkit.exceptions import UsageError
from lxkit.publish.manage import describe_version
from lxkit.publish.versions import Versions, add_version, check_name, check_title, parse_versions
from tests.helpers_portal import git

HOSTILE_NAMES = [
    "*",
    ":(glob)*",
    ":!1.0",
    "..",
    ".",
    "-rf",
    "--help",
    "1.0/..",
    "a b",
    "tab\there",
    "nl\n",
    "x" * 101,
    "x" * 300,
    "<img src=x onerror=alert(1)>",
    "\u202eevil",
    "1.0?",
    "[ab]",
    "courses",
    "releases.json",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_are_refused(name: str) -> None:
    with pytest.raises(UsageError) as refused:
        check_name(name, "version")
    assert "\n" not in refused.value.message and "\u202e" not in refused.value.message
    assert len(refused.value.message) < 300


def test_a_reserved_name_reads_as_english_for_an_alias() -> None:
    with pytest.raises(UsageError) as refused:
        check_name("versions.json", "alias")
    assert refused.value.message == (
        "'versions.json' is a name the deploy tree uses for its own files; choose another alias name"
    )


@pytest.mark.parametrize("name", ["1.0", "2.1-rc1", "dev", "latest", "r&d", "v3", "1.0+build.5", "x" * 100, "größe"])
def test_ordinary_names_are_accepted(name: str) -> None:
    assert check_name(name, "alias") == name


def test_titles_are_stored_escaped_and_listed_as_typed() -> None:
    versions, _ = add_version(Versions(), "1.0", "<img src=x onerror=alert(1)> R&D", [])
    stored = json.loads(MikeVersions.loads(_dump(versions)).dumps())[0]["title"]
    assert stored == "&lt;img src=x onerror=alert(1)&gt; R&amp;D"
    assert describe_version(versions.entries[0]) == '"<img src=x onerror=alert(1)> R&D" (1.0)'


@pytest.mark.parametrize("title", ["", "   ", "a\x00b", "line\nbreak", "\u202eright-to-left", "t" * 201])
def test_bad_titles_are_refused(title: str) -> None:
    with pytest.raises(UsageError, match="title"):
        check_title(title)


def test_markup_in_a_stored_title_is_neutralised_when_read() -> None:
    text = '[{"version": "1.0", "title": "<script>alert(1)</script>", "aliases": []}]'
    assert parse_versions(text).entries[0].title == "&lt;script&gt;alert(1)&lt;/script&gt;"


def _dump(versions: Versions) -> str:
    from lxkit.publish.versions import dump_versions

    return dump_versions(versions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("option", "value"),
    [("--version", "*"), ("--version", ":(glob)*"), ("--version", ".."), ("--version", "v" * 300), ("--alias", "*")],
)
def test_the_cli_refuses_before_building(portal_repo: Path, tmp_path: Path, option: str, value: str) -> None:
    out = tmp_path / "deploy"
    args = ["--version", "1.0", option, value] if option == "--alias" else [option, value]
    result = CliRunner().invoke(cli, ["publish", "-f", str(portal_repo / "mkdocs.yml"), "--to", str(out), *args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "letters, digits" in result.output
    assert not out.exists(), "nothing was built or written"
    assert not (portal_repo / ".lxkit-cache").exists()


@pytest.mark.slow
def test_star_and_glob_versions_never_drop_folders_from_a_branch(portal_repo: Path) -> None:
    base = ["publish", "-q", "--no-trainer", "-f", str(portal_repo / "mkdocs.yml"), "--branch", "gh-pages"]
    for version in ("1.0", "2.0"):
        done = CliRunner().invoke(cli, [*base, "--version", version])
        assert done.exit_code == 0, done.output
    before = git(portal_repo, "rev-parse", "gh-pages")
    for version in ("*", ":(glob)*"):
        done = CliRunner().invoke(cli, [*base, "--version", version])
        assert done.exit_code == 2, done.output
    assert git(portal_repo, "rev-parse", "gh-pages") == before
    top = git(portal_repo, "ls-tree", "--name-only", "gh-pages").split()
    assert top == [".nojekyll", "1.0", "2.0", "404.html", "index.html", "versions.json"]


def test_git_takes_magic_looking_paths_literally(portal_repo: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in ("1.0", "2.0"):
        (source / name).mkdir(parents=True)
        (source / name / "index.html").write_text(name, encoding="utf-8")
    lxgit.commit_paths(portal_repo, "gh-pages", source, ["1.0", "2.0"], "two versions")
    for name in ("*", ":(glob)*", ":!1.0"):
        magic = tmp_path / "magic" / name.replace("/", "_")
        magic.mkdir(parents=True)
        (magic / "index.html").write_text("magic", encoding="utf-8")
        lxgit.commit_paths(portal_repo, "gh-pages", magic.parent, [magic.name], f"add {name}")
        lxgit.commit_paths(portal_repo, "gh-pages", tmp_path / "empty", [magic.name], f"remove {name}")
    assert lxgit.tree_names(portal_repo, "refs/heads/gh-pages") == ["1.0", "2.0"]
    assert lxgit.list_files(portal_repo, "refs/heads/gh-pages", "*") == []
