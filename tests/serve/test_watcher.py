"""Polling for changed files."""

from __future__ import annotations

import os
from pathlib import Path

from lxkit.serve.watcher import Watcher, changed_paths, snapshot


def test_snapshot_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("a")
    (tmp_path / ".hidden.md").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b")
    assert sorted(Path(p).name for p in snapshot([tmp_path])) == ["a.md", "b.md"]


def test_changed_paths_are_added_removed_and_modified() -> None:
    before = {"a": (1, 1), "b": (1, 1), "c": (1, 1)}
    after = {"a": (1, 1), "b": (2, 1), "d": (1, 1)}
    assert changed_paths(before, after) == {"b", "c", "d"}


def test_watcher_polls_changes(tmp_path: Path) -> None:
    file = tmp_path / "01-a.md"
    file.write_text("one")
    seen: list[set[str]] = []
    watcher = Watcher([tmp_path, tmp_path / "missing.yml"], seen.append)
    assert watcher.poll() == set()
    file.write_text("two, longer")
    (tmp_path / "02-b.md").write_text("new")
    assert watcher.poll() == {str(file), str(tmp_path / "02-b.md")}
    os.remove(file)
    assert watcher.poll() == {str(file)}
