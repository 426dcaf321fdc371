"""``lxkit fix [--diff]`` as an author runs it: shows, applies, and then has nothing left to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import write_portal
from tests.test_author_mistakes import M1, course


def lxkit(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lxkit", *args], cwd=root, capture_output=True, text=True, check=False)


def test_diff_then_fix_then_nothing_to_fix(tmp_path: Path) -> None:
    files = course()
    files[M1] = files[M1].replace("title: Reading charts\n", "title: Week 1: reading charts\n", 1)
    files[M1] = files[M1].replace("reflection: Which chart", "reflection: Which PO #12 chart", 1)
    root = write_portal(tmp_path / "portal", {"demo": files})
    module = root / "courses/demo" / M1
    broken = module.read_bytes()
    assert lxkit(root, "lint").returncode == 1

    shown = lxkit(root, "fix", "--diff")
    assert shown.returncode == 1 and "Traceback" not in shown.stderr
    assert f"--- a/courses/demo/{M1}" in shown.stdout
    assert '+title: "Week 1: reading charts"' in shown.stdout and "-title: Week 1: reading charts" in shown.stdout
    assert module.read_bytes() == broken  # --diff changes nothing

    fixed = lxkit(root, "fix", "courses/demo")
    assert fixed.returncode == 0, fixed.stderr
    assert f"courses/demo/{M1}:2:1: fixed: Put the text of 'title' in quotes" in fixed.stderr + fixed.stdout
    assert lxkit(root, "lint").returncode == 0
    again = lxkit(root, "fix", "--diff")
    assert again.returncode == 0 and again.stdout == ""
    assert "nothing to fix" in lxkit(root, "fix").stderr + lxkit(root, "fix").stdout


def test_lint_fix_applies_the_same_fixes_then_lints_the_fixed_files(tmp_path: Path) -> None:
    files = course()
    files[M1] = files[M1].replace("title: Reading charts\n", "title: Week 1: reading charts\n", 1)
    by_fix = write_portal(tmp_path / "by-fix", {"demo": dict(files)})
    by_lint = write_portal(tmp_path / "by-lint", {"demo": dict(files)})
    assert lxkit(by_lint, "lint").returncode == 1

    linted = lxkit(by_lint, "lint", "--fix")
    assert linted.returncode == 0, linted.stdout + linted.stderr
    assert f"courses/demo/{M1}:2:1: fixed: Put the text of 'title' in quotes" in linted.stderr
    assert "No problems in 3 files." in linted.stdout  # the report is of the fixed files
    assert lxkit(by_fix, "fix").returncode == 0
    assert (by_lint / "courses/demo" / M1).read_bytes() == (by_fix / "courses/demo" / M1).read_bytes()

    again = lxkit(by_lint, "lint", "--fix")
    assert again.returncode == 0 and "nothing to fix" in again.stderr


def test_lint_fix_reports_what_is_left_to_do_by_hand(tmp_path: Path) -> None:
    files = course()
    files[M1] = files[M1].replace("title: Reading charts\n", "title: Week 1: reading charts\n", 1)
    files[M1] = files[M1].replace("week: 1\n", "week: 9\n", 1)  # no safe fix: after the last week
    root = write_portal(tmp_path / "portal", {"demo": files})
    linted = lxkit(root, "lint", "--fix", "--strict")
    assert linted.returncode == 1
    assert "fixed: Put the text of 'title' in quotes" in linted.stderr
    assert "LX010" in linted.stdout and "LX207" not in linted.stdout


def test_a_file_over_the_size_limit_is_never_read_nor_fixed(tmp_path: Path) -> None:
    files = course()
    files[M1] = files[M1].replace("title: Reading charts\n", "title: Week 1: reading charts\n", 1)
    root = write_portal(tmp_path / "portal", {"demo": files})
    module = root / "courses/demo" / M1
    module.write_text(module.read_text("utf-8") + "x" * (1100 * 1024), "utf-8")  # over the 1024 KiB default
    before = module.read_bytes()
    fixed = lxkit(root, "fix")
    assert fixed.returncode == 0 and "nothing to fix" in fixed.stderr + fixed.stdout
    assert module.read_bytes() == before
