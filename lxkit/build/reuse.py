"""Reloading a course without re-parsing its unchanged files.

Parsing front-matter YAML with the position of every key is the costliest part of loading a
course. When one file of a course changes, the other files' parsed form (their
:class:`~lxkit.sourcefile.SourceFile`) is taken from the course's previous model if their text is
unchanged. The loader reads every file through :func:`lxkit.loader.read_file`, so for the
duration of one load that function is replaced by one that returns the previous parse of an
unchanged file; a lock keeps the replacement to one load at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxkit import loader
from lxkit.model import Course, PortalConfig
from lxkit.sourcefile import SourceFile

_LOCK = threading.Lock()


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
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return known if text == known.text and "\x00" not in text else None


@contextmanager
def reusing(previous: Course | None) -> Iterator[None]:
    """Within the block, loading a course reuses ``previous``'s parse of files that did not change."""
    if previous is None:
        yield
        return
    known = sources_of(previous)
    original = loader.read_file

    def read_file(config: PortalConfig, path: Path) -> SourceFile:
        """The previous parse of an unchanged file, else the loader's own reading."""
        source = known.get(loader.relative(config, path))
        reused = unchanged_source(source, path) if source is not None else None
        return reused if reused is not None else original(config, path)

    with _LOCK:
        loader.read_file = read_file
        try:
            yield
        finally:
            loader.read_file = original
