"""What goes into an LMS package: course metadata and one launchable unit per module (pure).

Activity IRIs follow the portal's xAPI vocabulary (README, "Learning records"): the course is
``<site>/xapi/courses/<course-id>`` and a module ``<course IRI>/modules/<module-slug>``, where
``<site>`` is the portal's ``site_url`` without its trailing slash; no version inside, so records
of two versions of a course add up.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.builder.content.learner_progress import module_key
from lxkit.builder.content.urls import module_url
from lxkit.exceptions import UsageError
from lxkit.export.rules import PassRule, pass_rule
from lxkit.model import Course, Module, Portal
from lxkit.schedule import after_course_text

KINDS = ("cmi5", "scorm12")


@dataclass(frozen=True, slots=True)
class Unit:
    """One module as a cmi5 AU / SCORM 1.2 SCO: its ids, texts, launch path and pass rule."""

    key: str
    iri: str
    title: str
    description: str
    launch: str
    rule: PassRule


@dataclass(frozen=True, slots=True)
class PackagePlan:
    """A course's package: metadata (title, description, language, version) and its units in order.

    ``site`` is the base of the activity IRIs (the portal's ``site_url`` without its trailing slash).
    """

    course_id: str
    site: str
    iri: str
    title: str
    description: str
    language: str
    version: str
    units: tuple[Unit, ...]


def site_base(portal: Portal, kind: str) -> str:
    """The portal's ``site_url`` without its trailing slash; a cmi5 package cannot do without it."""
    base = portal.config.site_url.rstrip("/")
    if not base and kind == "cmi5":
        raise UsageError(
            f"{portal.config.config_file}: a cmi5 package names its course and modules with IRIs under the "
            "portal's site_url, and mkdocs.yml has none: add a line like 'site_url: https://academy.example.com/'"
        )
    return base or "https://lxkit.invalid"


def launch_path(course: Course, module: Module) -> str:
    """The module page's path inside the package (an explicit index.html: LMSs do not resolve folders)."""
    return module_url(course.folder, module.page_name) + "index.html"


def plan_package(portal: Portal, course: Course, kind: str) -> PackagePlan:
    """The package plan of one course."""
    site = site_base(portal, kind)
    course_iri = f"{site}/xapi/courses/{course.id}"
    units = tuple(
        Unit(
            key=module_key(course, module),
            iri=f"{course_iri}/modules/{module_key(course, module)}",
            title=module.title,
            description=module_description(module),
            launch=launch_path(course, module),
            rule=pass_rule(module),
        )
        for module in in_course_order(course)
    )
    return PackagePlan(
        course.id, site, course_iri, course.title, course.summary, course.language, course.version, units
    )


def in_course_order(course: Course) -> tuple[Module, ...]:
    """The modules as learners take them: the weeks' modules in file order, then the follow-ups by day."""
    return tuple(sorted(course.modules, key=lambda m: (m.days_after_course is not None, m.days_after_course or 0)))


def module_description(module: Module) -> str:
    """A module's description for the LMS: when a follow-up takes place, then its objectives, one per line
    (or its title)."""
    lines = [f"Follow-up {after_course_text(module.days_after_course)}."] if module.days_after_course else []
    lines += [objective.text for objective in module.objectives] or ([] if lines else [module.title])
    return "\n".join(lines)
