"""What a change did to the courses (pure): added, changed or removed courses and modules, and per
course the changes a reviewer of learning cares about: objectives, pre-work links, weekly minutes,
journey stages, owners and the version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum

from lxkit.model import Course, Module, Owner, Portal
from lxkit.schedule import module_week, when_text

ItemReader = Callable[[Module], dict[str, str]]


class Status(str, Enum):
    """How a course or module differs between the two refs."""

    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ModuleChange:
    """A module file added, changed or removed (``name`` is its file stem, e.g. ``01-why-data``)."""

    name: str
    title: str
    status: Status


@dataclass(frozen=True)
class TextChange:
    """An item of a module whose text changed; ``before``/``after`` is None when it was added/removed."""

    module: str
    id: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class WeekMinutes:
    """Learner minutes (pre-work + session + exercise) in one week (or a follow-up), before and after.

    ``week`` is None for a follow-up after the course and for modules without a week; ``when`` says
    which (``Week 3``, ``90 days after the course``, ``Without a week``).
    """

    week: int | None
    before: int
    after: int
    when: str = ""


@dataclass(frozen=True)
class CourseDiff:
    """Everything that changed in one course."""

    id: str
    title: str
    path: str
    status: Status
    version_before: str = ""
    version_after: str = ""
    modules: tuple[ModuleChange, ...] = ()
    objectives: tuple[TextChange, ...] = ()
    pre_work_links: tuple[TextChange, ...] = ()
    minutes: tuple[WeekMinutes, ...] = ()
    stages: tuple[TextChange, ...] = ()
    owners_added: tuple[str, ...] = ()
    owners_removed: tuple[str, ...] = ()


def course_files(course: Course) -> dict[str, str]:
    """Path -> text of the course's Markdown files."""
    return {course.path: course.source.text, **{m.path: m.source.text for m in course.modules}}


def content_changed(before: Course, after: Course) -> bool:
    """Whether any file of the course differs (text, or a module added or removed)."""
    return course_files(before) != course_files(after)


def diff_portals(before: Portal, after: Portal) -> tuple[CourseDiff, ...]:
    """The courses that differ between two portal models, in folder order."""
    old = {c.folder: c for c in before.courses}
    new = {c.folder: c for c in after.courses}
    diffs = []
    for folder in sorted(old.keys() | new.keys()):
        diff = diff_course(old.get(folder), new.get(folder))
        if diff.status is not Status.UNCHANGED:
            diffs.append(diff)
    return tuple(diffs)


def diff_course(before: Course | None, after: Course | None) -> CourseDiff:
    """How one course changed; either side may be missing (added or removed course)."""
    course = after or before
    assert course is not None, "a course diff needs at least one side"
    if before is None or after is None:
        status = Status.ADDED if before is None else Status.REMOVED
    else:
        status = Status.CHANGED if content_changed(before, after) else Status.UNCHANGED
    old_modules = {m.page_name: m for m in (before.modules if before else ())}
    new_modules = {m.page_name: m for m in (after.modules if after else ())}
    old_owners = {owner_label(o) for o in (before.owners if before else ())}
    new_owners = {owner_label(o) for o in (after.owners if after else ())}
    return CourseDiff(
        id=course.folder,
        title=course.title or course.folder,
        path=course.path,
        status=status,
        version_before=before.version if before else "",
        version_after=after.version if after else "",
        modules=module_changes(old_modules, new_modules),
        objectives=_paired(old_modules, new_modules, _objectives),
        pre_work_links=_paired(old_modules, new_modules, _pre_work_links),
        minutes=week_minutes(before, after),
        stages=_paired(old_modules, new_modules, _stage),
        owners_added=tuple(sorted(new_owners - old_owners)),
        owners_removed=tuple(sorted(old_owners - new_owners)),
    )


def module_changes(old: dict[str, Module], new: dict[str, Module]) -> tuple[ModuleChange, ...]:
    """Modules added, removed, or whose file text changed."""
    changes = []
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        if before is None or after is None:
            module = after or before
            assert module is not None
            changes.append(ModuleChange(name, module.title, Status.ADDED if before is None else Status.REMOVED))
        elif before.source.text != after.source.text:
            changes.append(ModuleChange(name, after.title, Status.CHANGED))
    return tuple(changes)


def _objectives(module: Module) -> dict[str, str]:
    return {objective.id: objective.text for objective in module.objectives}


def _pre_work_links(module: Module) -> dict[str, str]:
    return {item.id: item.url for item in module.pre_work}


def _stage(module: Module) -> dict[str, str]:
    return {"journey_stage": module.journey_stage}


def _paired(old: dict[str, Module], new: dict[str, Module], items: ItemReader) -> tuple[TextChange, ...]:
    """Per module, the items (by id) whose text differs between the two sides."""
    changes = []
    for name in sorted(old.keys() | new.keys()):
        before = items(old[name]) if name in old else {}
        after = items(new[name]) if name in new else {}
        for key in list(before) + [k for k in after if k not in before]:
            if before.get(key) != after.get(key):
                changes.append(TextChange(name, key, before.get(key), after.get(key)))
    return tuple(changes)


def week_minutes(before: Course | None, after: Course | None) -> tuple[WeekMinutes, ...]:
    """Weeks whose learner minutes differ between the two sides."""
    old = minutes_per_when(before.modules if before else ())
    new = minutes_per_when(after.modules if after else ())
    return tuple(
        WeekMinutes(key.week, old.get(key, 0), new.get(key, 0), key.when)
        for key in sorted(old.keys() | new.keys())
        if old.get(key, 0) != new.get(key, 0)
    )


@dataclass(frozen=True, order=True)
class When:
    """Where a module's minutes count, in the order a report lists them: weeks, then follow-ups."""

    group: int
    number: int
    when: str = field(compare=False)

    @property
    def week(self) -> int | None:
        """The week, None for a follow-up."""
        return self.number if self.group == 0 else None


def module_when(module: Module) -> When:
    """The week a module counts in (:func:`lxkit.schedule.module_week`, as lint counts it), or its follow-up."""
    week = module_week(module)
    if week is not None:
        return When(0, week, f"Week {week}")
    return When(1, module.days_after_course or 0, when_text(module))


def minutes_per_week(modules: Iterable[Module]) -> dict[int, int]:
    """Total learner minutes per week, in the weeks lint's LX008 counts (follow-ups count in none)."""
    return {key.week: total for key, total in minutes_per_when(modules).items() if key.week is not None}


def minutes_per_when(modules: Iterable[Module]) -> dict[When, int]:
    """Total learner minutes per week and per follow-up after the course."""
    totals: dict[When, int] = {}
    for module in modules:
        key = module_when(module)
        totals[key] = totals.get(key, 0) + module.total_minutes
    return totals


def owner_label(owner: Owner) -> str:
    """``Name (role, @handle)`` as the report shows an owner."""
    handle = f", @{owner.github.lstrip('@')}" if owner.github else ""
    return f"{owner.name} ({owner.role}{handle})"
