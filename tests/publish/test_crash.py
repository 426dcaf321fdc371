"""A publish killed (SIGKILL) at any step of the final swap loses nothing; the next publish repairs.

The deploy folder holds 2.0 (alias ``latest``, the default) and 3.0. The killed publish republishes
3.0 from an edited course and moves ``latest`` to it, so it replaces two folders and every root
file. It kills itself just before one step (see :mod:`tests.publish.killer`); each step is a test,
once with the atomic exchange and once as on a system without it. After the kill, the tree and
``versions.json`` agree and every listed version and alias is complete; then 4.0 is published and
all of it holds again, with no staging or temporary folder left.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from mike.versions import Versions as MikeVersions

from lxkit.publish.redirects import read_default
from tests.conftest import REPO
from tests.helpers_portal import GIT_ENV, course_file, edit, git_identity_env, make_portal_repo, tree_snapshot

pytestmark = pytest.mark.slow

STEPS_WITH_EXCHANGE = 15  # staging: 2 folders and 6 moves; swap: 6 exchanges; removal of the staging folder
STEPS_WITHOUT_EXCHANGE = 28
FIRST_SWAP_STEP = 9
LAST_FOLDER_STEP_WITHOUT_EXCHANGE = 18  # two folders by two renames each, then versions.json (the other root
# files are replaced the same way as versions.json); the staging steps before are the same as with the exchange
OLD_TITLE, NEW_TITLE = "Data basics", "Data basics, revised"
COURSE_PAGE = "courses/data-basics/index.html"


def _lxkit(repo: Path, tmp: Path, step: int, *args: str, exchange: bool = True) -> subprocess.CompletedProcess[str]:
    """``lxkit publish ARGS`` through the killer (step 0: no kill), with its own temporary folder."""
    env = {**os.environ, **GIT_ENV, "TMPDIR": str(tmp), "LXKIT_TEST_NO_EXCHANGE": "0" if exchange else "1"}
    command = [sys.executable, "-m", "tests.publish.killer", str(step), str(tmp / "steps"), "publish", "-q"]
    command += ["--no-trainer", "-f", str(repo / "mkdocs.yml"), *args]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, set[str]]]:
    """The portal (course title edited after publishing), the deploy folder and the files of each entry."""
    root = tmp_path_factory.mktemp("crash")
    with git_identity_env():
        repo = make_portal_repo(root / "portal")
    out, tmp = root / "deploy", root / "tmp"
    tmp.mkdir()
    for args in (("--version", "2.0", "--alias", "latest", "--set-default"), ("--version", "3.0")):
        done = _lxkit(repo, tmp, 0, "--to", str(out), *args)
        assert done.returncode == 0, done.stderr
    edit(course_file(repo, "index.md"), f"title: {OLD_TITLE}\n", f"title: {NEW_TITLE}\n")
    files = {name: set(tree_snapshot(out / name)) for name in ("2.0", "3.0", "latest")}
    return repo, out, files


def check_tree(out: Path, files: dict[str, set[str]], waiting: bool = False) -> set[str]:
    """The tree agrees with ``versions.json``, every listed entry is complete; returns the listed names.

    ``waiting``: a listed folder may instead wait, whole, in the staging folder for the next
    change to put it back (a kill between the two renames where there is no atomic exchange).
    """
    versions = MikeVersions.loads((out / "versions.json").read_text("utf-8"))
    listed = {name for info in versions for name in (str(info.version), *info.aliases)}
    folders = {p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")}
    kept = {p.parent.name: p.parent for p in out.glob(".lxkit-staging-*/old/*/index.html")} if waiting else {}
    assert folders | set(kept) == listed, "every folder is listed and every listed name has its folder"
    for name in listed:
        where = out / name if name in folders else kept[name]
        assert set(tree_snapshot(where)) == files.get(name, files["3.0"]), f"{name}/ is complete"
    page = ((out / "3.0") if "3.0" in folders else kept["3.0"]).joinpath(COURSE_PAGE).read_text("utf-8")
    assert f">{OLD_TITLE}</h1>" in page or f">{NEW_TITLE}</h1>" in page, "3.0 is the old or the new build"
    assert read_default((out / "index.html").read_text("utf-8")) == "latest"
    assert "latest" in listed and (out / "404.html").is_file()
    return listed


def _kill_and_repair(base: tuple[Path, Path, dict[str, set[str]]], tmp_path: Path, step: int, exchange: bool) -> None:
    repo, deployed, files = base
    out, tmp = tmp_path / "deploy", tmp_path / "tmp"
    shutil.copytree(deployed, out, symlinks=True)
    tmp.mkdir()
    killed = _lxkit(repo, tmp, step, "--to", str(out), "--version", "3.0", "--alias", "latest", "-u", exchange=exchange)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert check_tree(out, files, waiting=not exchange) == {"2.0", "3.0", "latest"}

    again = _lxkit(repo, tmp, 0, "--to", str(out), "--version", "4.0", exchange=exchange)
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr
    assert check_tree(out, files) == {"2.0", "3.0", "4.0", "latest"}
    assert not [p for p in out.iterdir() if p.name.startswith(".lxkit-staging-")]
    assert [p.name for p in tmp.iterdir()] == ["steps"], "the killed run's temporary folder was removed"


@pytest.mark.parametrize("step", range(1, STEPS_WITH_EXCHANGE + 1))
def test_a_kill_at_any_step_loses_nothing(
    base: tuple[Path, Path, dict[str, set[str]]], tmp_path: Path, step: int
) -> None:
    _kill_and_repair(base, tmp_path, step, exchange=True)


@pytest.mark.parametrize("step", range(FIRST_SWAP_STEP, LAST_FOLDER_STEP_WITHOUT_EXCHANGE + 1))
def test_without_an_atomic_exchange_the_next_publish_repairs(
    base: tuple[Path, Path, dict[str, set[str]]], tmp_path: Path, step: int
) -> None:
    _kill_and_repair(base, tmp_path, step, exchange=False)


@pytest.mark.parametrize(("exchange", "steps"), [(True, STEPS_WITH_EXCHANGE), (False, STEPS_WITHOUT_EXCHANGE)])
def test_the_steps_counted_are_the_steps_tested(
    base: tuple[Path, Path, dict[str, set[str]]], tmp_path: Path, exchange: bool, steps: int
) -> None:
    repo, deployed, files = base
    out = tmp_path / "deploy"
    shutil.copytree(deployed, out, symlinks=True)
    (tmp_path / "tmp").mkdir()
    done = _lxkit(
        repo, tmp_path / "tmp", 0, "--to", str(out), "--version", "3.0", "--alias", "latest", "-u", exchange=exchange
    )
    assert done.returncode == 0, done.stderr
    assert int((tmp_path / "tmp" / "steps").read_text("utf-8")) == steps
    assert NEW_TITLE in (out / "3.0" / COURSE_PAGE).read_text("utf-8")
    check_tree(out, files)
