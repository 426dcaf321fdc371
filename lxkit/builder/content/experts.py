"""The experts directory: who owns or teaches which course, each person once.

Derived from the ``owners`` of every course that is not retired. A person is recognised across
courses by e-mail address (or, without one, by name), so each colleague appears once, with every
course and role they hold and the capabilities those courses build. People are grouped by what they
do: experts and trainers who teach, business co-owners who sponsor, and the L&D team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxkit.model import OWNER_ROLES, Capability, Course, Owner, Portal


@dataclass(frozen=True, slots=True)
class Teaching:
    """A role a person holds in one course."""

    course_id: str
    course_title: str
    role: str


@dataclass(frozen=True, slots=True)
class Expert:
    """A colleague, what they own or teach, and the capabilities of those courses."""

    name: str
    email: str
    github: str
    teaching: tuple[Teaching, ...]
    capabilities: tuple[Capability, ...] = ()

    @property
    def roles(self) -> tuple[str, ...]:
        """The distinct roles this person holds, in the format's role order."""
        held = {item.role for item in self.teaching}
        return tuple(role for role in OWNER_ROLES if role in held)


@dataclass(frozen=True, slots=True)
class ExpertSection:
    """One part of the directory: the people whose main role is one of ``roles``."""

    id: str
    title: str
    description: str
    roles: tuple[str, ...]
    experts: tuple[Expert, ...]


SECTIONS = (
    ("teach", "Experts and trainers", "Colleagues who write and teach our courses.", ("sme", "trainer")),
    ("sponsor", "Business co-owners", "Leaders who own the business goal a course serves.", ("business",)),
    ("ld", "Learning and development", "The L&D team who help experts turn knowledge into a course.", ("ld",)),
)
"""(id, title, description, roles) of the directory's parts; a person sits in the first that fits."""


def person_key(owner: Owner) -> str:
    """Who an owner entry is: the e-mail address if given, else the name (case and spaces ignored)."""
    identity = owner.email or owner.name
    return re.sub(r"\s+", " ", identity).strip().casefold()


def experts_for(courses: tuple[Course, ...], capabilities: tuple[Capability, ...] = ()) -> tuple[Expert, ...]:
    """Everyone who owns or teaches one of the courses, merged by person, sorted by name.

    ``capabilities`` is the portal's framework: a person's capabilities are listed in its order,
    then names it does not know, alphabetically.
    """
    people: dict[str, list[Owner]] = {}
    roles: dict[str, list[Teaching]] = {}
    skills: dict[str, set[str]] = {}
    for course in courses:
        for owner in course.owners:
            key = person_key(owner)
            people.setdefault(key, []).append(owner)
            roles.setdefault(key, []).append(Teaching(course.folder, course.title, owner.role))
            skills.setdefault(key, set()).update(course.capabilities)
    experts = [
        _merge(entries, tuple(roles[key]), _capabilities(skills[key], capabilities)) for key, entries in people.items()
    ]
    return tuple(sorted(experts, key=lambda expert: expert.name.casefold()))


def _capabilities(ids: set[str], framework: tuple[Capability, ...]) -> tuple[Capability, ...]:
    known = tuple(c for c in framework if c.id in ids)
    unknown = tuple(Capability(name, name, "") for name in sorted(ids - {c.id for c in framework}))
    return known + unknown


def _merge(entries: list[Owner], teaching: tuple[Teaching, ...], capabilities: tuple[Capability, ...]) -> Expert:
    first = entries[0]
    github = next((entry.github for entry in entries if entry.github), "")
    return Expert(first.name, first.email, github, teaching, capabilities)


def expert_directory(portal: Portal) -> tuple[ExpertSection, ...]:
    """The directory's parts in order, each person in exactly one (the first whose roles they hold)."""
    active = tuple(c for c in portal.courses if c.status != "retired")
    remaining = list(experts_for(active, portal.config.capabilities))
    sections = []
    for section_id, title, description, roles in SECTIONS:
        members = tuple(e for e in remaining if set(e.roles) & set(roles))
        remaining = [e for e in remaining if e not in members]
        if members:
            sections.append(ExpertSection(section_id, title, description, roles, members))
    return tuple(sections)


def directory_capabilities(sections: tuple[ExpertSection, ...]) -> tuple[Capability, ...]:
    """Every capability someone in the directory teaches, in first-seen order (for the filter)."""
    seen: dict[str, Capability] = {}
    for section in sections:
        for expert in section.experts:
            for capability in expert.capabilities:
                seen.setdefault(capability.id, capability)
    return tuple(seen.values())
