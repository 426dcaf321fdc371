"""``lxkit lint FILE`` on an editor's unsaved text: the same loader and lint engine, another reader.

The course folder of the file is loaded as ``lxkit lint`` loads it, except that files open in the
editor are read from their text instead of the disk; then the linter runs with the portal's
settings and only the findings of that file are kept. No second validator: what the editor shows
is what ``lxkit lint FILE`` prints once the file is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lxkit.config import find_config_file, load_config
from lxkit.exceptions import LxkitError
from lxkit.findings import Finding
from lxkit.lint.engine import lint_portal
from lxkit.loader import courses_root, is_course_folder_name, load_course, read_file, relative, source_from_bytes
from lxkit.model import Portal, PortalConfig
from lxkit.problems import config_problem
from lxkit.sourcefile import SourceFile


@dataclass(frozen=True, slots=True)
class Place:
    """Where a file is: its portal's settings, its course folder and its portal-relative path."""

    config: PortalConfig
    folder: Path
    rel: str


def config_file_for(path: Path) -> Path | None:
    """The nearest ``mkdocs.yml`` above a file, as ``lxkit lint`` finds it (None outside any portal)."""
    try:
        return find_config_file(start=path.parent)
    except LxkitError:
        return None


def read_config(config_file: Path) -> PortalConfig | LxkitError:
    """The portal's settings, or the error that stops ``lxkit lint`` from running."""
    try:
        return load_config(config_file)
    except LxkitError as error:
        return error


def place_of(config: PortalConfig, path: Path) -> Place | None:
    """The course folder a file belongs to, as ``lxkit lint FILE`` selects it (None when in no course)."""
    try:
        inside = path.resolve().relative_to(courses_root(config).resolve())
    except (OSError, ValueError):
        return None
    if len(inside.parts) < 2 or not is_course_folder_name(inside.parts[0]):
        return None
    return Place(config, courses_root(config) / inside.parts[0], relative(config, path))


def lint_text(place: Place, texts: Mapping[Path, str]) -> list[Finding]:
    """The findings ``lxkit lint`` gives for ``place.rel``, reading ``texts`` (resolved paths) for open files."""
    config = place.config

    def reader(portal_config: PortalConfig, path: Path) -> SourceFile:
        text = texts.get(path.resolve())
        if text is None:
            return read_file(portal_config, path)
        return source_from_bytes(relative(portal_config, path), text.encode("utf-8", "surrogateescape"))

    try:
        course, problems = load_course(config, place.folder, reader)
        portal = Portal(config, (course,) if course is not None else (), tuple(problems))
        result = lint_portal(portal, [place.rel])
    except LxkitError as error:
        return [settings_problem(place.rel, error)]
    return [finding for finding in result.findings if finding.path == place.rel]


def settings_problem(rel: str, error: LxkitError) -> Finding:
    """A portal-wide problem (broken ``mkdocs.yml``) shown on the first line of the open file."""
    details = "; ".join(f"{f.location()}: {f.message}" for f in getattr(error, "findings", ()))
    message = error.message + (f" ({details})" if details else "") + "; lxkit lint cannot run until it is fixed"
    return config_problem(rel, 1, 1, message)
