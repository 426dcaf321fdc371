"""Two publishes of different versions at the same time both land (two real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mike.versions import Versions as MikeVersions

from tests.helpers_portal import git

pytestmark = pytest.mark.slow


def _start(repo: Path, version: str, *where: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "lxkit", "publish", "-q", "--no-trainer", "--version", version, *where]
    return subprocess.Popen(
        command, cwd=repo, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:
        _, errors = process.communicate(timeout=300)
        assert process.returncode == 0, errors


def test_two_publishes_into_one_folder_both_land(portal_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "deploy"
    _wait([_start(portal_repo, version, "--to", str(out)) for version in ("1.0", "2.0", "3.0")])
    versions = MikeVersions.loads((out / "versions.json").read_text("utf-8"))
    assert [str(i.version) for i in versions] == ["3.0", "2.0", "1.0"]
    for version in ("1.0", "2.0", "3.0"):
        assert (out / version / "courses" / "data-basics" / "index.html").is_file()
    assert not [p for p in out.iterdir() if p.name.startswith(".lxkit-staging")]


def test_two_publishes_into_one_branch_both_land(portal_repo: Path) -> None:
    _wait([_start(portal_repo, version, "--branch", "gh-pages") for version in ("1.0", "2.0")])
    versions = MikeVersions.loads(git(portal_repo, "show", "gh-pages:versions.json"))
    assert [str(i.version) for i in versions] == ["2.0", "1.0"]
    assert git(portal_repo, "rev-list", "--count", "gh-pages") == "2"
