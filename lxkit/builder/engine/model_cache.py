"""Course models for the build: loading course folders, caching them, and their *light* form.

The light form of a course keeps every typed field of the course and its modules but not the
modules' raw text (Markdown body, front-matter YAML and key positions). Portal-wide pages are
staged from light models: they list and summarise courses from their front-matter, and this
keeps both the memory of a 10,000-module build and the rebuild after a module-body edit small
(a body edit cannot change the catalog). ``tests/builder/engine/test_cache.py`` checks that the portal-wide
pages are the same whether staged from full or from light models.
"""

from __future__ import annotations

import copyreg
import io
import pickle
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.builder.engine import manifest
from lxkit.builder.engine.cache import CacheLayout, read_record, signed, verified, write_record
from lxkit.builder.engine.reuse import reusing_reader
from lxkit.builder.fingerprint import digest
from lxkit.findings import Finding, Severity
from lxkit.loader import load_course
from lxkit.model import Course, Module, PortalConfig
from lxkit.sourcefile import SourceFile

_EMPTY_POSITIONS: MappingProxyType[Any, Any] = MappingProxyType({})


@dataclass(frozen=True)
class LoadedCourse:
    """A course folder read from disk: its model (None without ``index.md``) and folder problems."""

    folder: str
    digest: str
    course: Course | None
    problems: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Error-severity problems that stop a build."""
        found = list(self.problems) + list(self.course.all_problems() if self.course else ())
        return tuple(f for f in found if f.severity is Severity.ERROR)


def read_course(config: PortalConfig, folder: Path, folder_digest: str, previous: Course | None = None) -> LoadedCourse:
    """Load one course folder with the loader (reusing ``previous``'s parse of files that did not change)."""
    course, problems = load_course(config, folder, reusing_reader(previous))
    return LoadedCourse(folder.name, folder_digest, course, tuple(problems))


def _light_source(source: SourceFile) -> SourceFile:
    return replace(source, text="", body="", data=None, positions=_EMPTY_POSITIONS)


def light_module(module: Module) -> Module:
    """A module without its raw text (typed front-matter fields are kept)."""
    return replace(module, source=_light_source(module.source))


def light_course(course: Course) -> Course:
    """A course without the raw text of its files (typed front-matter fields are kept).

    Portal-wide pages read only front-matter, so an edit of a course's overview or of a module's
    body leaves the light model, and with it every portal-wide page, unchanged.
    """
    modules = tuple(light_module(m) for m in course.modules)
    return replace(course, source=_light_source(course.source), modules=modules)


def light_digest(course: Course) -> str:
    """Fingerprint of a light course: changes only when something portal-wide pages may read changes."""
    return digest(repr(course))


def _proxy(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


def reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    """Pickle support for :class:`types.MappingProxyType` (rebuilt from a dict copy)."""
    return _proxy, (dict(proxy),)


def dumps_model(value: object) -> bytes:
    """Pickle a model object (the model's read-only mappings included)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: reduce_proxy}
    pickler.dump(value)
    return buffer.getvalue()


def loads_model(payload: bytes) -> Any:
    """Inverse of :func:`dumps_model`."""
    return pickle.loads(payload)  # lxkit's own signed cache files, or pickles from its own workers


def store_course(layout: CacheLayout, folder: str, folder_digest: str, course: Course) -> Course:
    """Cache the full and the light model of a course; returns the light one."""
    light = light_course(course)
    code = manifest.code_fingerprint()
    write_record(layout.model(folder, "full"), signed(dumps_model((code, folder_digest, course))))
    write_record(layout.model(folder, "light"), signed(dumps_model((code, folder_digest, light))))
    return light


def cached_course(layout: CacheLayout, folder: str, folder_digest: str | None, kind: str) -> Course | None:
    """A cached model of a course folder with this fingerprint (None: any), or None if there is none.

    A model pickled by other lxkit code (an upgrade, or an edit of an editable install) is never
    returned: its classes may have other fields than today's.
    """
    payload = verified(read_record(layout.model(folder, kind)))  # a pickle lxkit did not sign never runs
    if payload is None:
        return None
    try:
        code, cached_digest, course = loads_model(payload)
    except Exception:  # an unreadable pickle is a cache miss, whatever the reason
        return None
    matches = code == manifest.code_fingerprint() and (folder_digest is None or cached_digest == folder_digest)
    return course if matches and isinstance(course, Course) else None
