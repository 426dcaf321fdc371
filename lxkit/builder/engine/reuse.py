"""Reloading a course without re-parsing its unchanged files.

Parsing front-matter YAML with the position of every key is the costliest part of loading a
course. When one file of a course changes, the other files' parsed form (their
:class:`~lxkit.sourcefile.SourceFile`) is taken from the course's previous model if their text is
unchanged: the loader is given a file reader that returns the previous parse of an unchanged file.
"""

from __future__ import annotations

from pathlib import Path

from lxkit import loader
from lxkit.loader import FileReader
from lxkit.model import Course, PortalConfig
from lxkit.sourcefile import SourceFile


def sources_of(course: Course) -> dict[str, SourceFile]:
    """The parsed files of a course model (``index.md`` and modules), by portal-relative path."""
    found = {course.source.path: course.source}
    found.update((module.source.path, module.source) for module in course.modules)
    return found


def unchanged_source(known: SourceFile, path: Path) -> SourceFile | None:
    """``known`` if the file at ``path`` still has exactly its text, else None."""
    if not known.text:
        return None
    try:
        if not path.is_file() or path.stat().st_size > 4 * len(known.text) + 16:
            return None  # not the same text; the loader's reading applies its limits
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return known if text == known.text and "\x00" not in text else None


def reusing_reader(previous: Course | None) -> FileReader:
    """A file reader for :func:`lxkit.loader.load_course` that reuses ``previous``'s parse of unchanged files."""
    if previous is None:
        return loader.read_file
    known = sources_of(previous)

    def read_file(config: PortalConfig, path: Path) -> SourceFile:
        """The previous parse of an unchanged file, else the loader's own reading."""
        source = known.get(loader.relative(config, path))
        reused = unchanged_source(source, path) if source is not None else None
        return reused if reused is not None else loader.read_file(config, path)

    return read_file
