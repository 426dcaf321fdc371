"""Light course models (front-matter, no module texts) for the pages that read the whole portal.

The catalog, capability matrix, experts and impact pages, and courses that list other courses, need
every course's light model. A build takes each from, in order: this build's course jobs, the last
build of the same engine (unchanged folder digest), the models given in memory, the model cache,
or the course files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from lxkit.builder.engine.cache import CacheLayout
from lxkit.builder.engine.jobs import CourseOutcome, Status
from lxkit.builder.engine.model_cache import cached_course, light_course, loads_model, read_course
from lxkit.builder.engine.settings import Scan
from lxkit.exceptions import ContentError
from lxkit.model import Course, PortalConfig


def stop_on_errors(outcomes: Iterable[CourseOutcome]) -> None:
    """Raise :class:`ContentError` with every problem the course jobs found (nothing more is written)."""
    errors = [error for outcome in outcomes for error in outcome.errors]
    if errors:
        raise ContentError(errors, f"the portal cannot be built: {len(errors)} problem(s) in course files")


class LightModels:
    """The light models of one build, by course folder; :attr:`known` is carried to the next build."""

    def __init__(
        self, config: PortalConfig, layout: CacheLayout, scan: Scan, carried: Mapping[str, tuple[str, Course]]
    ) -> None:
        """Start from the models the last build carried over (folder -> (folder digest, model))."""
        self.config, self.layout, self.scan = config, layout, scan
        self.known = dict(carried)
        self.fresh: dict[str, bytes] = {}

    def add(self, folder: str, pickled: bytes) -> None:
        """Remember the light model a course job of this build made (pickled by the worker)."""
        self.fresh[folder] = pickled

    def of(self, courses: Sequence[str]) -> list[Course]:
        """The light models of ``courses``, in order."""
        result = []
        for folder in courses:
            folder_digest = self.scan.digests[folder]
            known = self.known.get(folder)
            if folder in self.fresh:
                light = loads_model(self.fresh[folder])
            elif known is not None and known[0] == folder_digest:
                light = known[1]
            else:
                light = self._load(folder, folder_digest)
            self.known[folder] = (folder_digest, light)
            result.append(light)
        return result

    def forget(self, folder: str) -> None:
        """Drop a removed course folder."""
        self.known.pop(folder, None)

    def _load(self, folder: str, folder_digest: str) -> Course:
        if self.scan.memory is not None:
            return light_course(self.scan.memory[folder])
        cached = cached_course(self.layout, folder, folder_digest, "light")
        if cached is not None:
            return cached
        full = cached_course(self.layout, folder, folder_digest, "full")
        if full is None:
            loaded = read_course(self.config, self.scan.folders[folder], folder_digest)
            stop_on_errors([CourseOutcome(folder, folder_digest, Status.ERRORS, errors=loaded.errors)])
            assert loaded.course is not None, f"course folder {folder} has no index.md"
            full = loaded.course
        return light_course(full)
