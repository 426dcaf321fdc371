"""Files of course folders that are not modules (images, handouts) and where they go in the site."""

from __future__ import annotations

from pathlib import Path

from lxkit.loader import ASSET_SUFFIXES, courses_root
from lxkit.model import Portal


def course_assets(portal: Portal) -> list[tuple[Path, str]]:
    """(source file, docs_dir path) of every asset in the portal's course folders."""
    root = courses_root(portal.config)
    return [pair for course in portal.courses for pair in folder_assets(root, course.folder)]


def folder_assets(root: Path, name: str) -> list[tuple[Path, str]]:
    """(source file, docs_dir path) of the assets in one course folder (``root/name``)."""
    folder = root / name
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        relative = path.relative_to(folder)
        nested = len(relative.parts) > 1
        if path.suffix.lower() in ASSET_SUFFIXES or (nested and path.suffix.lower() != ".md"):
            found.append((path, f"courses/{name}/{relative.as_posix()}"))
    return found
