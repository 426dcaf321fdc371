"""The capability matrix: for each capability of the framework, which journey stages each course covers.

Pure data for the capabilities page: rows follow the portal's framework (then capabilities that
courses name but the framework lacks); a stage no course covers for a capability is a gap.
Retired courses are left out: they no longer build anyone's capability.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lxkit.model import JOURNEY_STAGES, Capability, Course, Portal
from lxkit.schedule import stages_covered


@dataclass(frozen=True, slots=True)
class CourseCoverage:
    """One course's contribution to a capability: the journey stages its modules cover."""

    course_id: str
    title: str
    status: str
    stages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CapabilityRow:
    """A capability with the courses that build it."""

    capability: Capability
    in_framework: bool
    courses: tuple[CourseCoverage, ...]
    by_course: Mapping[str, CourseCoverage] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_course", {coverage.course_id: coverage for coverage in self.courses})

    def coverage_of(self, course_id: str) -> CourseCoverage | None:
        """What one course covers of this capability (None when it does not build it); constant time."""
        return self.by_course.get(course_id)

    @property
    def covered(self) -> tuple[str, ...]:
        """Journey stages at least one course covers, in journey order."""
        present = {stage for coverage in self.courses for stage in coverage.stages}
        return tuple(stage for stage in JOURNEY_STAGES if stage in present)

    @property
    def gaps(self) -> tuple[str, ...]:
        """Journey stages no course covers for this capability."""
        return tuple(stage for stage in JOURNEY_STAGES if stage not in self.covered)

    def courses_at(self, stage: str) -> tuple[CourseCoverage, ...]:
        """The courses that cover one journey stage of this capability."""
        return tuple(coverage for coverage in self.courses if stage in coverage.stages)


def active_courses(portal: Portal) -> tuple[Course, ...]:
    """Courses that are not retired, by title."""
    return tuple(sorted((c for c in portal.courses if c.status != "retired"), key=lambda c: c.title.casefold()))


def coverage(course: Course) -> CourseCoverage:
    """What one course covers (the journey stages of its modules)."""
    return CourseCoverage(course.folder, course.title, course.status, stages_covered(course))


def capability_matrix(portal: Portal) -> tuple[CapabilityRow, ...]:
    """One row per capability: the framework's, then unknown ones that courses name (sorted)."""
    courses = active_courses(portal)
    known = {capability.id for capability in portal.config.capabilities}
    unknown = sorted({c for course in courses for c in course.capabilities if c not in known})
    rows = [_row(capability, True, courses) for capability in portal.config.capabilities]
    rows.extend(_row(Capability(name, name, ""), False, courses) for name in unknown)
    return tuple(rows)


def _row(capability: Capability, in_framework: bool, courses: tuple[Course, ...]) -> CapabilityRow:
    chosen = tuple(coverage(course) for course in courses if capability.id in course.capabilities)
    return CapabilityRow(capability, in_framework, chosen)
