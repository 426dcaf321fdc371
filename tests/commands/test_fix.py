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
