"""Every ``test_*.py`` under ``tests/`` is collected by pytest: no folder is skipped by a name rule.

pytest's default ``norecursedirs`` skips folders named ``build``, ``dist``, ``venv`` and more; a
test file there would silently never run. This runs pytest's own collection over the whole tree.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def collected_files() -> tuple[set[str], str]:
    """The test files pytest collects over ``tests/`` (as repository-relative paths), and its last line."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"pytest could not collect the tests:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    lines = done.stdout.strip().splitlines()
    return {line.split("::", 1)[0] for line in lines if "::" in line}, lines[-1]


def test_every_test_file_under_tests_is_collected() -> None:
    files, summary = collected_files()
    on_disk = {path.relative_to(REPO).as_posix() for path in (REPO / "tests").rglob("test_*.py")}
    assert on_disk, "no test files found under tests/"
    missing = sorted(on_disk - files)
    assert not missing, f"pytest does not collect these test files (check norecursedirs, names, __init__.py): {missing}"
    assert " collected" in summary, summary


def test_test_folders_have_no_name_pytest_or_packagers_treat_as_output() -> None:
    skipped = {"build", "dist", "venv", "_darcs", "CVS", "{arch}", "node_modules"}
    folders = [path for path in (REPO / "tests").rglob("*") if path.is_dir() and path.name in skipped]
    assert not folders, f"rename these test folders: {[p.relative_to(REPO).as_posix() for p in folders]}"
