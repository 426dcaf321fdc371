"""When each module takes place, and the week-by-week workload of a course against its budget.

:func:`module_week` is the one answer to "which week's budget and schedule does this module
count in": lint (LX008, LX010), the course page's chart, review and ``lxkit new module`` all ask it.
A follow-up module (``days_after_course``) counts in no week; :func:`follow_up_loads` lists them.
"""

from __future__ import annotations

import math
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

    @property
    def label(self) -> str:
        """``Week 3``."""
        return f"Week {self.week}"


@dataclass(frozen=True, slots=True)
class FollowUpLoad:
    """Minutes of the follow-up modules a number of days after the course (outside every week's budget)."""

    days_after_course: int
    pre_work: int
    session: int
    exercise: int
    modules: tuple[str, ...]
    budget: None = None
    over_budget: bool = False

    @property
    def total(self) -> int:
        """All minutes of the follow-up."""
        return self.pre_work + self.session + self.exercise

    @property
    def label(self) -> str:
        """``90 days after the course``."""
        return after_course_text(self.days_after_course)


def after_course_text(days: int) -> str:
    """``90 days after the course`` (``1 day after the course``)."""
    return f"{days} day{'' if days == 1 else 's'} after the course"


def module_week(module: Module) -> int | None:
    """The week a module counts in: its ``week``, else the week of its number (``03-x.md``: week 3);
    None for a follow-up after the course (``days_after_course``), which counts in no week.

    Every week table (lint's budget and schedule rules, the journey chart, review, plans,
    insights) places modules with this one rule, so they never disagree.
    """
    if module.days_after_course is not None:
        return None
    if module.week is not None:
        return module.week
    return min(max(module.number, 1), WEEKS)


def is_follow_up(module: Module) -> bool:
    """Whether the module is a follow-up after the course (``days_after_course``)."""
    return module.days_after_course is not None


def when_text(module: Module) -> str:
    """When the module takes place, as learners read it: ``Week 3``, ``90 days after the course`` or ''."""
    if module.days_after_course is not None:
        return after_course_text(module.days_after_course)
    return f"Week {module.week}" if module.week is not None else ""


def calendar_label(module: Module) -> str:
    """Where a module sits in the course's calendar, for tables and charts of trainers and the L&D lead:
    ``Week 3`` (also for a module placed by its number) or ``90 days after the course``."""
    week = module_week(module)
    return f"Week {week}" if week is not None else after_course_text(module.days_after_course or 0)


def last_week(course: Course) -> int:
    """The course's last week: the last one a module counts in or the schedule names (0 when none)."""
    used = [week for week in (module_week(m) for m in course.modules) if week is not None]
    scheduled = course.schedule.weeks if course.schedule and course.schedule.weeks else 0
    return max([*used, scheduled, 0])


def calendar_week(course: Course, module: Module) -> int:
    """The week of the course's calendar a module falls in: :func:`module_week`, or for a follow-up the
    week its day falls in after the last week."""
    week = module_week(module)
    if week is not None:
        return week
    return last_week(course) + math.ceil((module.days_after_course or 0) / 7)


def weekly_budget(course: Course) -> int | None:
    """The weekly budget in minutes, from ``schedule.hours_per_week``."""
    if course.schedule is None or course.schedule.hours_per_week is None:
        return None
    return round(course.schedule.hours_per_week * 60)


def week_loads(course: Course) -> tuple[WeekLoad, ...]:
    """One row per week from 1 to the last week used or scheduled (empty weeks included)."""
    budget = weekly_budget(course)
    rows = []
    for week in range(1, last_week(course) + 1):
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


def follow_up_loads(course: Course) -> tuple[FollowUpLoad, ...]:
    """One row per number of days after the course that follow-up modules take place, earliest first."""
    days = sorted({m.days_after_course for m in course.modules if m.days_after_course is not None})
    rows = []
    for day in days:
        modules = [m for m in course.modules if m.days_after_course == day]
        rows.append(
            FollowUpLoad(
                day,
                sum(m.pre_work_minutes for m in modules),
                sum(m.session_minutes for m in modules),
                sum(m.exercise_minutes for m in modules),
                tuple(m.page_name for m in modules),
            )
        )
    return tuple(rows)


def stages_covered(course: Course) -> tuple[str, ...]:
    """Journey stages that at least one module covers, in journey order."""
    present = {m.journey_stage for m in course.modules}
    return tuple(stage for stage in JOURNEY_STAGES if stage in present)
