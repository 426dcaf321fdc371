"""Writing generated files: only what changed is written, stale files are removed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write a file only when its content differs; returns whether it was written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


def copy_if_changed(source: Path, target: Path) -> bool:
    """Copy a file unless the target already has the same size and modification time."""
    try:
        src, dst = source.stat(), target.stat()
        if src.st_size == dst.st_size and int(src.st_mtime) == int(dst.st_mtime):
            return False
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    return True


def remove_stale(root: Path, keep: Iterable[str]) -> list[str]:
    """Delete files under ``root`` that are not in ``keep`` (relative POSIX paths)."""
    wanted = set(keep)
    removed: list[str] = []
    if not root.is_dir():
        return removed
    for path in _entries(root):
        if path.is_file() and path.relative_to(root).as_posix() not in wanted:
            path.unlink()
            removed.append(path.relative_to(root).as_posix())
    return removed


def remove_links(root: Path) -> list[str]:
    """Delete every link (symlink) under ``root``, to files or folders, without following any; returns them."""
    removed: list[str] = []
    for path in _entries(root):
        if path.is_symlink():
            path.unlink()
            removed.append(path.relative_to(root).as_posix())
    return removed


def _entries(root: Path) -> list[Path]:
    """Everything under ``root`` but its folders, sorted; linked folders are listed, not entered.

    A loop, not recursion (``Path.rglob`` and ``os.walk`` recurse in Python 3.11), so a site folder
    nested thousands of levels deep cannot stop the build.
    """
    found: list[Path] = []
    folders = [root]
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            else:
                found.append(Path(entry.path))
    return sorted(found)
