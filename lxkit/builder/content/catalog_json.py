"""``catalog.json``: every course of the portal with its metadata and URLs, for LMSs and intranet search.

The file is staged into the learner view's docs_dir as ``catalog.json``, so MkDocs copies it to
the site root. URLs are given site-relative (``path``) and, when ``site_url`` is set, absolute.
"""

from __future__ import annotations

import json
from typing import Any

from lxkit.builder.content.jsonld import absolute_url
from lxkit.builder.content.urls import course_url, module_url
from lxkit.model import Course, Module, Portal
from lxkit.schedule import module_week

CATALOG_PATH = "catalog.json"
CATALOG_FORMAT = "lxkit-catalog/1"


def module_entry(portal: Portal, course: Course, module: Module) -> dict[str, Any]:
    """A module's line in the catalog."""
    path = module_url(course.folder, module.page_name)
    return {
        "id": module.slug,
        "title": module.title,
        "week": module_week(module),
        "days_after_course": module.days_after_course,
        "journey_stage": module.journey_stage or None,
        "minutes": {
            "pre_work": module.pre_work_minutes,
            "session": module.session_minutes,
            "exercise": module.exercise_minutes,
            "total": module.total_minutes,
        },
        "objectives": [objective.text for objective in module.objectives],
        "path": path,
        "url": absolute_url(portal.config.site_url, path),
    }


def course_entry(portal: Portal, course: Course) -> dict[str, Any]:
    """A course's entry in the catalog (plain data, JSON-ready)."""
    path = course_url(course.folder)
    goal = course.business_goal
    schedule = course.schedule
    return {
        "id": course.id,
        "title": course.title,
        "summary": course.summary,
        "version": course.version,
        "status": course.status,
        "format": course.format,
        "language": course.language,
        "audience": list(course.audience),
        "capabilities": [_capability(portal, c) for c in course.capabilities],
        "tags": list(course.tags),
        "total_minutes": course.total_minutes,
        "total_hours": course.total_hours,
        "weeks": schedule.weeks if schedule else None,
        "hours_per_week": schedule.hours_per_week if schedule else None,
        "business_goal": (
            {"outcome": goal.outcome, "metric": goal.metric, "baseline": goal.baseline, "target": goal.target}
            if goal
            else None
        ),
        "owners": [{"name": o.name, "role": o.role, "email": o.email or None} for o in course.owners],
        "prerequisites": list(course.prerequisites),
        "path": path,
        "url": absolute_url(portal.config.site_url, path),
        "modules": [module_entry(portal, course, module) for module in course.modules],
    }


def _capability(portal: Portal, capability_id: str) -> dict[str, str]:
    found = portal.config.capability(capability_id)
    return {"id": capability_id, "name": found.name if found else capability_id}


def catalog_data(portal: Portal) -> dict[str, Any]:
    """The whole catalog: format marker, portal name and URL, courses sorted by id."""
    return {
        "format": CATALOG_FORMAT,
        "portal": {"name": portal.config.site_name, "url": portal.config.site_url or None},
        "courses": [course_entry(portal, c) for c in sorted(portal.courses, key=lambda c: c.id)],
    }


def catalog_json(portal: Portal) -> str:
    """``catalog.json``'s text (UTF-8, compact, stable key order; json's C encoder, which indenting would forgo)."""
    return json.dumps(catalog_data(portal), ensure_ascii=False, separators=(",", ":")) + "\n"
