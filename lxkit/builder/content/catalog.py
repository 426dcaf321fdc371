"""The catalog's data: one card per course and the filter choices (capability, audience, format, status).

Filtering happens in the browser (``lxkit.js``) on the cards' ``data-*`` attributes; the
choices are computed here from the courses, so a filter never offers a value with no course.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxkit.builder.content.course_image import ShownImage, shown_image
from lxkit.builder.content.labels import FORMAT_NAMES, STATUS_NAMES
from lxkit.builder.content.learner_progress import progress_items
from lxkit.builder.content.urls import course_url, relative_url
from lxkit.model import Course, Portal

STATUS_ORDER = ("published", "pilot", "draft", "retired")


@dataclass(frozen=True, slots=True)
class Choice:
    """One value of a filter: the key in the URL and the label shown."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class CatalogFilters:
    """The choices of each catalog filter."""

    capabilities: tuple[Choice, ...]
    audiences: tuple[Choice, ...]
    formats: tuple[Choice, ...]
    statuses: tuple[Choice, ...]


@dataclass(frozen=True, slots=True)
class CourseCard:
    """A course as the catalog shows it."""

    course: Course
    href: str
    capabilities: tuple[Choice, ...]
    audiences: tuple[Choice, ...]
    progress_total: int
    image: ShownImage | None = None


def audience_key(role: str) -> str:
    """A filter key for an audience role (``Software engineers`` -> ``software-engineers``)."""
    return re.sub(r"[^a-z0-9]+", "-", role.lower()).strip("-")


def capability_choice(portal: Portal, capability_id: str) -> Choice:
    """A capability id with its name from the framework (the id when the framework lacks it)."""
    found = portal.config.capability(capability_id)
    return Choice(capability_id, found.name if found else capability_id)


def status_rank(status: str) -> int:
    """Position of a status in the catalog (published first, retired last)."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def course_cards(portal: Portal, page_url: str = "") -> tuple[CourseCard, ...]:
    """Cards of every course (retired included: the browser hides them), by status then title."""
    ordered = sorted(portal.courses, key=lambda c: (status_rank(c.status), c.title.casefold()))
    return tuple(
        CourseCard(
            course,
            relative_url(page_url, course_url(course.folder)),
            tuple(capability_choice(portal, c) for c in course.capabilities),
            tuple(Choice(audience_key(a), a) for a in course.audience),
            len(progress_items(course)),
            shown_image(course, page_url, large=False),
        )
        for course in ordered
    )


def catalog_filters(portal: Portal) -> CatalogFilters:
    """Filter choices: the framework's capabilities in use (then unknown ones), audiences, formats, statuses."""
    courses = portal.courses
    used = {c for course in courses for c in course.capabilities}
    framework = [c.id for c in portal.config.capabilities if c.id in used]
    capability_ids = framework + sorted(used - set(framework))
    audiences: dict[str, str] = {}
    for course in courses:
        for audience in course.audience:
            audiences.setdefault(audience_key(audience), audience)
    formats = sorted({c.format for c in courses})
    statuses = sorted({c.status for c in courses}, key=status_rank)
    return CatalogFilters(
        tuple(capability_choice(portal, c) for c in capability_ids),
        tuple(Choice(k, v) for k, v in sorted(audiences.items(), key=lambda item: item[1].casefold())),
        tuple(Choice(f, FORMAT_NAMES.get(f, f)) for f in formats),
        tuple(Choice(s, STATUS_NAMES.get(s, s)) for s in statuses),
    )
