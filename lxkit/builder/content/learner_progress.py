"""Stable keys of what a learner can tick off in a course: pre-work items and exercises.

Keyed by the module's slug and the item's id, never by position, so reordering modules or pre-work
keeps each learner's ticks where they belong. Used by the course pages and the catalog cards.
"""

from __future__ import annotations

from lxkit.model import Course, Module


def module_key(course: Course, module: Module) -> str:
    """A module's stable key for learner progress: its slug (unique in the course), else its file name."""
    same = [m for m in course.modules if m.slug == module.slug]
    return module.slug if len(same) == 1 else module.page_name


def progress_items(course: Course) -> list[str]:
    """Stable ids of everything a learner can tick off in a course (``module-slug/item-id``).

    Keyed by the module's slug and the item's id, never by position, so reordering modules or
    pre-work keeps each learner's ticks where they belong.
    """
    return [item for module in course.modules for item in module_progress_items(course, module)]


def module_progress_items(course: Course, module: Module) -> list[str]:
    """Stable ids of one module's pre-work items and exercise (see :func:`progress_items`)."""
    key = module_key(course, module)
    items = [f"{key}/{item.id}" for item in module.pre_work]
    return items + ([f"{key}/{module.exercise.id}"] if module.exercise else [])
