"""The experts directory: who owns or teaches which course, grouped by capability.

Derived from the ``owners`` of every course that is not retired. A person is recognised across
courses by e-mail address (or, without one, by name), so each colleague appears once per
capability with every course and role they hold in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxkit.model import OWNER_ROLES, Capability, Course, Owner, Portal

OTHER = Capability("", "Other courses", "Courses that name no capability.")


@dataclass(frozen=True, slots=True)
class Teaching:
    """A role a person holds in one course."""

    course_id: str
    course_title: str
    role: str


@dataclass(frozen=True, slots=True)
class Expert:
    """A colleague and what they own or teach within one capability."""

    name: str
    email: str
    github: str
    teaching: tuple[Teaching, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        """The distinct roles this person holds, in the format's role order."""
        held = {item.role for item in self.teaching}
        return tuple(role for role in OWNER_ROLES if role in held)


@dataclass(frozen=True, slots=True)
class ExpertGroup:
    """The people behind one capability's courses."""

    capability: Capability
    experts: tuple[Expert, ...]


def person_key(owner: Owner) -> str:
    """Who an owner entry is: the e-mail address if given, else the name (case and spaces ignored)."""
    identity = owner.email or owner.name
    return re.sub(r"\s+", " ", identity).strip().casefold()


def experts_for(courses: tuple[Course, ...]) -> tuple[Expert, ...]:
    """Everyone who owns or teaches one of the courses, merged by person, sorted by name."""
    people: dict[str, list[Owner]] = {}
    roles: dict[str, list[Teaching]] = {}
    for course in courses:
        for owner in course.owners:
            key = person_key(owner)
            people.setdefault(key, []).append(owner)
            roles.setdefault(key, []).append(Teaching(course.folder, course.title, owner.role))
    experts = [_merge(entries, tuple(roles[key])) for key, entries in people.items()]
    return tuple(sorted(experts, key=lambda expert: expert.name.casefold()))


def _merge(entries: list[Owner], teaching: tuple[Teaching, ...]) -> Expert:
    first = entries[0]
    github = next((entry.github for entry in entries if entry.github), "")
    return Expert(first.name, first.email, github, teaching)


def experts_by_capability(portal: Portal) -> tuple[ExpertGroup, ...]:
    """One group per capability of the framework that has courses, then unknown ones, then others."""
    active = tuple(c for c in portal.courses if c.status != "retired")
    known = {capability.id: capability for capability in portal.config.capabilities}
    named = {c for course in active for c in course.capabilities}
    order = [c for c in portal.config.capabilities if c.id in named]
    order += [Capability(name, name, "") for name in sorted(named - known.keys())]
    groups = [ExpertGroup(c, experts_for(tuple(x for x in active if c.id in x.capabilities))) for c in order]
    unnamed = tuple(course for course in active if not course.capabilities)
    if unnamed:
        groups.append(ExpertGroup(OTHER, experts_for(unnamed)))
    return tuple(groups)
