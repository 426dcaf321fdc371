"""Which courses and files the PATHS arguments of ``lxkit lint`` and ``lxkit fix`` name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxkit.exceptions import UsageError
from lxkit.model import PortalConfig


@dataclass(frozen=True)
class Selection:
    """Course folders to load and portal-relative paths to report on (None: all of them)."""

    courses: tuple[str, ...] | None = None
    paths: tuple[str, ...] | None = None


def select(config: PortalConfig, paths: Sequence[Path], cwd: Path) -> Selection:
    """The courses and files the PATHS arguments name; raises :class:`UsageError` for bad paths."""
    if not paths:
        return Selection()
    root = Path(config.root).resolve()
    courses_root = (root / config.courses_dir).resolve()
    folders: list[str] = []
    relative: list[str] = []
    for path in paths:
        absolute = (cwd / path).resolve()
        if not absolute.exists():
            raise UsageError(f"{path}: no such file or folder")
        if absolute in (root, courses_root):
            return Selection()
        inside = inside_folder(absolute, courses_root)
        if inside is None:
            where = "is not in" if inside_folder(absolute, root) is not None else "is outside the portal, not in"
            raise UsageError(f"{path} {where} the courses folder {courses_root}; name a course folder or file")
        folders.append(inside.split("/")[0])
        relative.append(absolute.relative_to(root).as_posix())
    return Selection(tuple(dict.fromkeys(folders)), tuple(relative))


def inside_folder(path: Path, folder: Path) -> str | None:
    """``path`` relative to ``folder`` (POSIX), or None when it is not inside it."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return None
