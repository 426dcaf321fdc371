"""Watching for changed files: real file-system events, batched per burst, hidden and backup files ignored."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from lxkit.serve.watcher import Watcher, is_ignored

WAIT = 10.0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder that looks like a portal: a course folder and a settings file."""
    (tmp_path / "courses" / "data").mkdir(parents=True)
    (tmp_path / "courses" / "data" / "01-a.md").write_text("one", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("not watched\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def watcher(folder: Path) -> Iterator[Watcher]:
    """A watcher of the courses folder and mkdocs.yml (changes are taken by the test, not delivered)."""
    running = Watcher([folder / "courses", folder / "mkdocs.yml", folder / "missing.yml"], lambda paths: None)
    yield running
    running.stop()


def test_writes_creations_and_deletions_are_seen(folder: Path, watcher: Watcher) -> None:
    module = folder / "courses" / "data" / "01-a.md"
    module.write_text("two, longer", encoding="utf-8")
    (folder / "courses" / "data" / "02-b.md").write_text("new", encoding="utf-8")
    assert watcher.take(WAIT) >= {str(module), str(folder / "courses" / "data" / "02-b.md")}
    os.remove(module)
    assert str(module) in watcher.take(WAIT)


def test_a_save_by_rename_is_one_change_of_the_saved_file(folder: Path, watcher: Watcher) -> None:
    module = folder / "courses" / "data" / "01-a.md"
    temporary = folder / "courses" / "data" / ".01-a.md.swp"
    temporary.write_text("saved", encoding="utf-8")
    os.replace(temporary, module)
    assert watcher.take(WAIT) == {str(module)}


def test_single_files_are_watched_and_their_neighbours_are_not(folder: Path, watcher: Watcher) -> None:
    (folder / "other.txt").write_text("changed", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: y\n", encoding="utf-8")
    assert watcher.take(WAIT) == {str(folder / "mkdocs.yml")}


def test_changes_are_delivered_to_the_callback(folder: Path) -> None:
    seen: list[set[str]] = []
    running = Watcher([folder / "courses"], seen.append)
    running.start()
    try:
        (folder / "courses" / "data" / "03-c.md").write_text("x", encoding="utf-8")
        for _ in range(int(WAIT * 10)):
            if seen:
                break
            os.sched_yield()
            running.stopped.wait(0.1)
    finally:
        running.stop()
    assert seen and str(folder / "courses" / "data" / "03-c.md") in seen[0]


def test_hidden_and_backup_files_are_ignored_below_the_watched_folder() -> None:
    root = "/home/sme/.work/academy/courses"
    assert not is_ignored(f"{root}/data/01-a.md", root)
    assert is_ignored(f"{root}/data/.01-a.md.swp", root)
    assert is_ignored(f"{root}/.git/index", root)
    assert is_ignored(f"{root}/data/01-a.md~", root)
    assert is_ignored(f"{root}/data/#01-a.md#", root)
