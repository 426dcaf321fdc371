"""Which staged pages depend on other courses: a portal whose course list notices being read.

A course's pages are normally staged from that course alone (plus the portal's settings). If the
stage compiler reads the portal's list of courses while staging a course (to link related
courses, say), the course's pages also depend on every other course. Rather than trusting a
hand-kept list of such dependencies, the build stages each course with a :class:`WatchedCourses`
list and records whether it was read; such courses are restaged whenever any course changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, SupportsIndex, TypeVar, overload

from lxkit.model import Course, Portal, PortalConfig

T = TypeVar("T")


class WatchedCourses(tuple[Course, ...]):
    """A tuple of courses that records whether anyone looked at it."""

    read: bool

    def __new__(cls, courses: tuple[Course, ...] = ()) -> WatchedCourses:
        """A watched copy of ``courses``."""
        instance = super().__new__(cls, courses)
        instance.read = False
        return instance

    def __iter__(self) -> Iterator[Course]:
        self.read = True
        return super().__iter__()

    def __len__(self) -> int:
        self.read = True
        return super().__len__()

    @overload
    def __getitem__(self, index: SupportsIndex) -> Course: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Course, ...]: ...

    def __getitem__(self, index: Any) -> Any:
        self.read = True
        return super().__getitem__(index)

    def __contains__(self, item: object) -> bool:
        self.read = True
        return super().__contains__(item)

    def __bool__(self) -> bool:
        self.read = True
        return super().__len__() > 0


def watched_portal(config: PortalConfig, courses: tuple[Course, ...]) -> tuple[Portal, WatchedCourses]:
    """A portal over ``courses`` and the watched list that tells whether it was read."""
    watched = WatchedCourses(courses)
    return Portal(config, watched), watched


def reads_courses(config: PortalConfig, function: Callable[[Portal], T]) -> tuple[T, bool]:
    """Call ``function`` with a portal that has no courses; say whether it read the course list."""
    portal, watched = watched_portal(config, ())
    result = function(portal)
    return result, watched.read
