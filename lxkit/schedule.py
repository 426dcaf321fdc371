"""Week-by-week workload of a course: pre-work, session and exercise minutes against the budget."""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.limits import WEEKS
from lxkit.model import JOURNEY_STAGES, Course, Module


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """Minutes a learner spends in one week, and the weekly budget (None when not set)."""

    week: int
    pre_work: int
    session: int
    exercise: int
    budget: int | None
    modules: tuple[str, ...]

    @property
    def total(self) -> int:
        """All minutes of the week."""
        return self.pre_work + self.session + self.exercise

    @property
    def over_budget(self) -> bool:
        """Whether the week asks more than the budget."""
        return self.budget is not None and self.total > self.budget


def module_week(module: Module) -> int:
    """The week a module counts in: its ``week``, else the week of its number (``03-x.md``: week 3).

    Every week table (lint's budget and schedule rules, the journey chart, review, plans,
    insights) places modules with this one rule, so they never disagree.
    """
    if module.week is not None:
        return module.week
    return min(max(module.number, 1), WEEKS)


def weekly_budget(course: Course) -> int | None:
    """The weekly budget in minutes, from ``schedule.hours_per_week``."""
    if course.schedule is None or course.schedule.hours_per_week is None:
        return None
    return round(course.schedule.hours_per_week * 60)


def week_loads(course: Course) -> tuple[WeekLoad, ...]:
    """One row per week from 1 to the last week used or scheduled (empty weeks included)."""
    used = [module_week(m) for m in course.modules]
    scheduled = course.schedule.weeks if course.schedule and course.schedule.weeks else 0
    last = max([*used, scheduled, 0])
    budget = weekly_budget(course)
    rows = []
    for week in range(1, last + 1):
        modules = [m for m in course.modules if module_week(m) == week]
        rows.append(
            WeekLoad(
                week=week,
                pre_work=sum(m.pre_work_minutes for m in modules),
                session=sum(m.session_minutes for m in modules),
                exercise=sum(m.exercise_minutes for m in modules),
                budget=budget,
                modules=tuple(m.page_name for m in modules),
            )
        )
    return tuple(rows)


def stages_covered(course: Course) -> tuple[str, ...]:
    """Journey stages that at least one module covers, in journey order."""
    present = {m.journey_stage for m in course.modules}
    return tuple(stage for stage in JOURNEY_STAGES if stage in present)
