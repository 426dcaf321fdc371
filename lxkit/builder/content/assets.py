"""Files of course folders that are not modules (images, handouts) and where they go in the site.

The course picture (``image:`` in the course's front-matter) is never among them: the original may
carry EXIF metadata, such as where a photo was taken; only its resized renditions without metadata
(:mod:`lxkit.builder.images`) are published.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxkit.boundary import entry_refusal, refusal
from lxkit.builder.images import source_path
from lxkit.loader import ASSET_SUFFIXES, courses_root
from lxkit.model import Course, Portal


def course_assets(portal: Portal) -> list[tuple[Path, str]]:
    """(source file, docs_dir path) of every asset in the portal's course folders."""
    root = courses_root(portal.config)
    return [pair for course in portal.courses for pair in folder_assets(root, course)]


def folder_assets(root: Path, course: Course) -> list[tuple[Path, str]]:
    """(source file, docs_dir path) of the assets in a course's folder (``root/<folder>``), in path order.

    What the portal boundary refuses (:mod:`lxkit.boundary`: links leading outside the courses
    folder, named pipes, devices, names with a line break at any depth) is never copied; the
    loader reports it. Nor is the course picture, under any name that leads to it (a link to it,
    or the file it links to).
    """
    name = course.folder
    folder = root / name
    if refusal(root, folder) is not None:
        return []
    found = []
    for relative in _files_below(str(root), str(folder), ""):
        suffix = os.path.splitext(relative)[1].lower()
        if suffix in ASSET_SUFFIXES or ("/" in relative and suffix != ".md"):
            found.append((folder / relative, f"courses/{name}/{relative}"))
    picture = _picture(root, course)
    if picture:
        found = [pair for pair in found if os.path.realpath(pair[0]) != picture]
    return sorted(found)


def _picture(root: Path, course: Course) -> str:
    """The real path of the course picture's file ('' when the course names none)."""
    if course.image is None or not course.image.file:
        return ""
    try:
        return os.path.realpath(source_path(root, course))
    except (OSError, ValueError):  # a name the file system refuses: no file is copied under it either
        return ""


def _files_below(root: str, folder: str, prefix: str) -> list[str]:
    """Relative POSIX paths of the usable files below ``folder`` (not inside linked folders), hidden
    files and everything in hidden folders (such as ``.git``) left out."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(".") or entry_refusal(root, entry) is not None:
                continue
            if entry.is_dir(follow_symlinks=False):
                found += _files_below(root, entry.path, f"{prefix}{entry.name}/")
            elif entry.is_file():
                found.append(prefix + entry.name)
    return found
