"""The build state: what the last build wrote into a site folder, and from which inputs.

Plain immutable records, saved as JSON in the cache (:mod:`lxkit.builder.engine.cache`). A *unit* is the
set of pages one job stages together: a course (its page, module pages and guide, in every view)
or the portal-wide pages (``_portal``: catalog, matrix, experts, impact, ``catalog.json``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from lxkit.builder.fingerprint import Stamp
from lxkit.builder.render.shells import Shell

PORTAL_UNIT = "_portal"
FORMAT = 2


def _frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One written output of a unit: a rendered page or a file staged as is (``catalog.json``)."""

    flavour: str
    src: str
    dest: str
    staged: str
    stamp: Stamp
    shell: Shell | None = None

    def to_json(self) -> list[Any]:
        """Compact JSON form."""
        data = [self.flavour, self.src, self.dest, self.staged, self.stamp.size, self.stamp.mtime_ns]
        if self.shell is not None:
            data += [self.shell.key, self.shell.head, self.shell.tail, self.shell.url]
        return data

    @classmethod
    def from_json(cls, data: list[Any]) -> PageRecord:
        """Inverse of :meth:`to_json`."""
        flavour, src, dest, staged, size, mtime, *rest = data
        shell = None
        if rest:
            key, head, tail, url = rest
            shell = Shell(str(key), int(head), int(tail), str(url))
        return cls(str(flavour), str(src), str(dest), str(staged), Stamp(int(size), int(mtime)), shell)


@dataclass(frozen=True)
class UnitState:
    """The outputs of one unit and the key of the inputs they were made from."""

    name: str
    key: str
    pages: tuple[PageRecord, ...] = ()
    search: Mapping[str, str] = field(default_factory=_frozen)

    def staged_hashes(self, flavour: str) -> dict[str, str]:
        """``src -> staged fingerprint`` of the unit's pages in one view."""
        return {page.src: page.staged for page in self.pages if page.flavour == flavour}

    def to_json(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "name": self.name,
            "key": self.key,
            "pages": [p.to_json() for p in self.pages],
            "search": dict(self.search),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UnitState:
        """Inverse of :meth:`to_json`."""
        pages = tuple(PageRecord.from_json(p) for p in data["pages"])
        return cls(str(data["name"]), str(data["key"]), pages, _frozen(data["search"]))


@dataclass(frozen=True)
class CourseState:
    """A course folder as last built: its fingerprints and its unit."""

    folder_digest: str
    light_digest: str
    depends_on_portal: bool
    unit: UnitState

    def to_json(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "folder": self.folder_digest,
            "light": self.light_digest,
            "portal": self.depends_on_portal,
            "unit": self.unit.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CourseState:
        """Inverse of :meth:`to_json`."""
        return cls(str(data["folder"]), str(data["light"]), bool(data["portal"]), UnitState.from_json(data["unit"]))


@dataclass(frozen=True)
class OutputGroup:
    """Site-wide outputs written together (a view's search index; its 404 page and sitemap) and their key."""

    key: str
    files: Mapping[str, Stamp] = field(default_factory=_frozen)

    def to_json(self) -> list[Any]:
        """JSON form."""
        return [self.key, {dest: [s.size, s.mtime_ns] for dest, s in self.files.items()}]

    @classmethod
    def from_json(cls, data: list[Any]) -> OutputGroup:
        """Inverse of :meth:`to_json`."""
        key, files = data
        return cls(str(key), _frozen({d: Stamp(int(size), int(mtime)) for d, (size, mtime) in files.items()}))


@dataclass(frozen=True)
class BuildState:
    """Everything lxkit remembers about the last build into one site folder."""

    manifest: str
    navs: Mapping[str, str] = field(default_factory=_frozen)
    courses: Mapping[str, CourseState] = field(default_factory=_frozen)
    portal: UnitState | None = None
    outputs: Mapping[str, OutputGroup] = field(default_factory=_frozen)
    copied: tuple[tuple[str, str], ...] = ()
    theme_files: tuple[tuple[str, str], ...] = ()
    search_headers: Mapping[str, str | None] = field(default_factory=_frozen)  # per view; None: no search

    def all_dests(self) -> set[str]:
        """Every file (relative to the site folder) the build wrote or copied."""
        dests = {page.dest for course in self.courses.values() for page in course.unit.pages}
        dests.update(page.dest for page in (self.portal.pages if self.portal else ()))
        dests.update(dest for group in self.outputs.values() for dest in group.files)
        dests.update(dest for _, dest in self.copied)
        return dests

    def to_bytes(self) -> bytes:
        """JSON form (UTF-8)."""
        data = {
            "format": FORMAT,
            "manifest": self.manifest,
            "navs": dict(self.navs),
            "courses": {name: course.to_json() for name, course in self.courses.items()},
            "portal": self.portal.to_json() if self.portal else None,
            "outputs": {name: group.to_json() for name, group in self.outputs.items()},
            "copied": [list(pair) for pair in self.copied],
            "theme_files": [list(pair) for pair in self.theme_files],
            "search_headers": dict(self.search_headers),
        }
        return json.dumps(data, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_bytes(cls, payload: bytes) -> BuildState | None:
        """Inverse of :meth:`to_bytes`; None for a state of another format."""
        data = json.loads(payload)
        if data.get("format") != FORMAT:
            return None
        outputs = {name: OutputGroup.from_json(group) for name, group in data["outputs"].items()}
        return cls(
            manifest=str(data["manifest"]),
            navs=_frozen(data["navs"]),
            courses=_frozen({n: CourseState.from_json(c) for n, c in data["courses"].items()}),
            portal=UnitState.from_json(data["portal"]) if data["portal"] else None,
            outputs=_frozen(outputs),
            copied=tuple((str(a), str(b)) for a, b in data["copied"]),
            theme_files=tuple((str(a), str(b)) for a, b in data["theme_files"]),
            search_headers=_frozen(data["search_headers"]),
        )
