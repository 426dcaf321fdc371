"""Read-only deploy trees and failing writes: a clean message, exit 2, and the tree exactly as it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.publish import swap
from tests.helpers_portal import tree_snapshot

pytestmark = pytest.mark.slow


def _publish(repo: Path, out: Path, *args: str) -> Any:
    command = ["publish", "-q", "--no-trainer", "-f", str(repo / "mkdocs.yml"), "--to", str(out), *args]
    return CliRunner().invoke(cli, command)


@pytest.fixture
def deployed(portal_repo: Path, tmp_path: Path) -> Iterator[Path]:
    """A deploy folder with 1.0 (alias ``latest``); write permissions are given back afterwards."""
    out = tmp_path / "deploy"
    assert _publish(portal_repo, out, "--version", "1.0", "--alias", "latest").exit_code == 0
    yield out
    for path in [out, *out.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | 0o200)


def _refused(result: Any, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)
    for word in words:
        assert word in result.output


def test_a_read_only_versions_file_stops_the_publish_before_anything_changes(portal_repo: Path, deployed: Path) -> None:
    (deployed / "versions.json").chmod(0o444)
    before = tree_snapshot(deployed)
    result = _publish(portal_repo, deployed, "--version", "2.0")
    _refused(result, "versions.json is read-only", "chmod u+w")
    assert tree_snapshot(deployed) == before and not (deployed / "2.0").exists()


def test_a_read_only_deploy_folder_is_a_clean_message(portal_repo: Path, deployed: Path) -> None:
    deployed.chmod(0o555)
    before = tree_snapshot(deployed)
    _refused(_publish(portal_repo, deployed, "--version", "2.0"), "deploy folder", "read-only")
    _refused(CliRunner().invoke(cli, ["versions", "delete", "latest", "--to", str(deployed)]), "read-only")
    assert tree_snapshot(deployed) == before


def test_a_deploy_folder_that_cannot_be_created_is_a_clean_message(portal_repo: Path, tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        _refused(_publish(portal_repo, parent / "deploy", "--version", "1.0"), "read-only")
    finally:
        parent.chmod(0o755)
    assert not (parent / "deploy").exists()


def test_a_write_failing_in_the_swap_undoes_every_step(
    portal_repo: Path, deployed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like an immutable versions.json (``chattr +i``): the folders swapped before it are put back."""
    before = tree_snapshot(deployed)
    real = swap.exchange

    def refuse_versions(first: Path, second: Path) -> bool:
        if second.name == "versions.json":
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(second))
        return real(first, second)

    monkeypatch.setattr(swap, "exchange", refuse_versions)
    result = _publish(portal_repo, deployed, "--version", "1.0", "--alias", "latest")
    _refused(result, "could not publish", "versions.json", "nothing was changed")
    assert tree_snapshot(deployed) == before
    assert [p.name for p in deployed.iterdir() if p.name.startswith(".lxkit")] == []


def test_a_default_alias_with_an_ampersand_survives_the_next_publish(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    assert _publish(portal_repo, out, "--version", "1.0", "--alias", "r&d", "--set-default").exit_code == 0
    assert _publish(portal_repo, out, "--version", "2.0").exit_code == 0
    listed = CliRunner().invoke(cli, ["versions", "list", "--to", str(out)])
    assert listed.exit_code == 0 and "default: r&d" in listed.output
