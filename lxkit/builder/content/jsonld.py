"""schema.org ``Course`` JSON-LD for course pages, so intranet search and LMSs can pick courses up.

The page writes it with :func:`lxkit.scriptjson.script_json`, so no front-matter text can close
the ``<script type="application/ld+json">`` element.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from lxkit.builder.content.urls import course_url, module_url
from lxkit.model import Course, Module, Portal

COURSE_MODES = {"flipped-classroom": "Blended", "blended": "Blended", "self-paced": "Online"}


def iso_duration(minutes: int) -> str:
    """ISO 8601 duration of a number of minutes (``95`` -> ``PT1H35M``, ``0`` -> ``PT0M``)."""
    hours, rest = divmod(max(minutes, 0), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def absolute_url(site_url: str, path: str) -> str:
    """``path`` (site-relative) under the portal's ``site_url``; the path itself when none is set."""
    return urljoin(site_url.rstrip("/") + "/", path) if site_url else path


def course_mode(course: Course) -> str:
    """schema.org ``courseMode`` of a course, from its format and its sessions' mode."""
    if course.format in COURSE_MODES:
        return COURSE_MODES[course.format]
    modes = {m.session.mode for m in course.modules if m.session is not None}
    return "Onsite" if modes == {"in-person"} else "Online"


def course_jsonld(portal: Portal, course: Course) -> dict[str, Any]:
    """The schema.org description of a course (plain data)."""
    site = portal.config.site_url
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": absolute_url(site, course_url(course.folder)),
        "url": absolute_url(site, course_url(course.folder)),
        "name": course.title,
        "description": course.summary,
        "courseCode": course.id,
        "version": course.version,
        "inLanguage": course.language,
        "creativeWorkStatus": course.status,
        "provider": {"@type": "Organization", "name": portal.config.site_name, **({"url": site} if site else {})},
        "timeRequired": iso_duration(course.total_minutes),
        "about": [_capability_name(portal, c) for c in course.capabilities],
        "teaches": [o.text for m in course.modules for o in m.objectives],
        "coursePrerequisites": list(course.prerequisites),
        "keywords": list(course.tags),
        "audience": {"@type": "Audience", "audienceType": ", ".join(course.audience)} if course.audience else None,
        "creator": _people(course, "sme"),
        "hasCourseInstance": _instance(course),
        "syllabusSections": [_section(portal, course, m) for m in course.modules],
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _capability_name(portal: Portal, capability_id: str) -> str:
    found = portal.config.capability(capability_id)
    return found.name if found else capability_id


def _people(course: Course, role: str) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": owner.name} for owner in course.owners_with_role(role)]


def _instance(course: Course) -> dict[str, Any]:
    instance: dict[str, Any] = {"@type": "CourseInstance", "courseMode": course_mode(course)}
    instructors = _people(course, "trainer")
    if instructors:
        instance["instructor"] = instructors
    schedule = course.schedule
    if schedule is not None and schedule.hours_per_week:
        instance["courseWorkload"] = iso_duration(round(schedule.hours_per_week * 60))
        instance["courseSchedule"] = {
            "@type": "Schedule",
            "repeatFrequency": "P1W",
            **({"repeatCount": schedule.weeks} if schedule.weeks else {}),
        }
    return instance


def _section(portal: Portal, course: Course, module: Module) -> dict[str, Any]:
    section: dict[str, Any] = {
        "@type": "Syllabus",
        "name": module.title,
        "url": absolute_url(portal.config.site_url, module_url(course.folder, module.page_name)),
        "timeRequired": iso_duration(module.total_minutes),
    }
    if module.objectives:
        section["description"] = "; ".join(o.text for o in module.objectives)
    return section
