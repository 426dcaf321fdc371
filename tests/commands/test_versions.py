"""``lxkit versions list|delete|set-default`` on a folder and a branch."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.config import load_config
from lxkit.console import Console
from lxkit.publish.deploy import PublishRequest, publish
from lxkit.publish.targets import BranchTarget, FolderTarget
from tests.helpers_portal import git, git_identity, portal_repo

__all__ = ["git_identity", "portal_repo"]
pytestmark = pytest.mark.slow


@pytest.fixture
def published(portal_repo: Path, tmp_path: Path) -> Iterator[Path]:
    """Versions 1.0 and 2.0 (alias latest, the default) in ``tmp_path/d`` and on gh-pages; cwd is the repo."""
    config = load_config(portal_repo / "mkdocs.yml")
    for target in (FolderTarget(tmp_path / "d"), BranchTarget(portal_repo, "gh-pages")):
        publish(config, PublishRequest("1.0", trainer=False), target, Console(-1))
        publish(config, PublishRequest("2.0", ("latest",), trainer=False, make_default=True), target, Console(-1))
    previous = os.getcwd()
    os.chdir(portal_repo)
    yield tmp_path / "d"
    os.chdir(previous)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["versions", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("where", [["--branch", "gh-pages"], ["--to", "FOLDER"]])
def test_list(published: Path, where: list[str]) -> None:
    where = [str(published) if w == "FOLDER" else w for w in where]
    code, out, err = run("list", *where)
    assert (code, out) == (0, "2.0 [latest]\n1.0\n")
    assert "default: latest" in err
    code, out, _ = run("list", "--json", *where)
    assert [v["version"] for v in json.loads(out)] == ["2.0", "1.0"]


def test_set_default_and_delete_on_a_branch(published: Path) -> None:
    repo = Path.cwd()
    assert run("set-default", "1.0", "--branch", "gh-pages")[0] == 0
    assert 'window.location.replace("1.0/"' in git(repo, "show", "gh-pages:index.html")
    code, _, err = run("delete", "1.0", "--branch", "gh-pages")
    assert code == 0 and "Deleted 1.0" in err
    assert run("list", "--branch", "gh-pages")[1] == "2.0 [latest]\n"
    assert 'window.location.replace("latest/"' in git(repo, "show", "gh-pages:index.html")


def test_delete_an_alias_from_a_folder(published: Path) -> None:
    assert run("delete", "latest", "--to", str(published))[0] == 0
    assert not (published / "latest").exists()
    assert run("list", "--to", str(published))[1] == "2.0\n1.0\n"


def test_unknown_versions_are_a_message(published: Path) -> None:
    code, _, err = run("delete", "9.9", "--to", str(published))
    assert code == 2 and "no published version or alias '9.9' (published: 1.0, 2.0, latest)" in err
    code, _, err = run("set-default", "9.9", "--branch", "gh-pages")
    assert code == 2 and "Traceback" not in err


def test_an_empty_target_lists_nothing(tmp_path: Path) -> None:
    code, out, err = run("list", "--to", str(tmp_path / "nothing"))
    assert (code, out) == (0, "")
    assert "no versions are published" in err
