"""The learning journey of a course page: the week-by-week chart and the journey stages.

Pure data for ``fragments/chart.html`` and ``fragments/course.html``: bar widths are percentages
of the chart's scale (the busiest week or the weekly budget, rounded up to a whole hour), so the
chart needs no script and no external service; the table beside it carries the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lxkit.builder.content.labels import STAGE_NAMES
from lxkit.builder.content.urls import module_url, relative_url
from lxkit.model import JOURNEY_STAGES, Course
from lxkit.schedule import (
    FollowUpLoad,
    WeekLoad,
    follow_up_loads,
    module_week,
    week_loads,
    weekly_budget,
    when_text,
)


@dataclass(frozen=True, slots=True)
class ModuleLink:
    """A link from the course page to one of its modules."""

    href: str
    title: str
    when: str = ""
    """``Week 3``, ``90 days after the course`` or '' (:func:`lxkit.schedule.when_text`)."""


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One week of the chart: its load, the widths of its three segments (in %) and its modules."""

    load: WeekLoad | FollowUpLoad
    pre_work: float
    session: float
    exercise: float
    links: tuple[ModuleLink, ...]

    @property
    def follow_up(self) -> bool:
        """Whether the row is a follow-up after the course (outside every week's budget)."""
        return isinstance(self.load, FollowUpLoad)


@dataclass(frozen=True, slots=True)
class JourneyChart:
    """The whole chart: rows, the weekly budget and where its line falls, and hour ticks."""

    rows: tuple[ChartRow, ...]
    budget: int | None
    budget_at: float | None
    scale: int
    ticks: tuple[tuple[int, float], ...]


@dataclass(frozen=True, slots=True)
class StageStep:
    """One stage of the learning journey and the modules that cover it."""

    id: str
    name: str
    modules: tuple[ModuleLink, ...]

    @property
    def covered(self) -> bool:
        """Whether any module covers the stage."""
        return bool(self.modules)


def percent(part: int, whole: int) -> float:
    """``part`` as a percentage of ``whole`` (two decimals; 0 for an empty whole)."""
    return round(100 * part / whole, 2) if whole else 0.0


def chart_scale(loads: Sequence[WeekLoad | FollowUpLoad]) -> int:
    """Minutes the full bar width stands for: the largest week or budget, up to the next hour."""
    largest = max([row.total for row in loads] + [row.budget or 0 for row in loads] + [1])
    return math.ceil(largest / 60) * 60


def hour_ticks(scale: int) -> tuple[tuple[int, float], ...]:
    """Gridlines at each hour (every second hour beyond eight hours), as (hours, position %)."""
    step = 60 if scale <= 480 else 120
    return tuple((minutes // 60, percent(minutes, scale)) for minutes in range(step, scale + 1, step))


def module_links(
    course: Course, page_url: str, week: int | None = None, stage: str | None = None, days: int | None = None
) -> tuple[ModuleLink, ...]:
    """Links to a course's modules, optionally only one week's, one follow-up day's or one journey stage's."""
    return tuple(
        ModuleLink(relative_url(page_url, module_url(course.folder, m.page_name)), m.title, when_text(m))
        for m in course.modules
        if (week is None or module_week(m) == week)
        and (days is None or m.days_after_course == days)
        and (stage is None or m.journey_stage == stage)
    )


def journey_chart(course: Course, page_url: str) -> JourneyChart:
    """The week-by-week chart of pre-work, session and exercise minutes against the budget."""
    loads: list[WeekLoad | FollowUpLoad] = [*week_loads(course), *follow_up_loads(course)]
    scale = chart_scale(loads)
    budget = weekly_budget(course) if loads else None
    rows = tuple(
        ChartRow(
            load,
            percent(load.pre_work, scale),
            percent(load.session, scale),
            percent(load.exercise, scale),
            module_links(course, page_url, week=load.week)
            if isinstance(load, WeekLoad)
            else module_links(course, page_url, days=load.days_after_course),
        )
        for load in loads
    )
    return JourneyChart(rows, budget, percent(budget, scale) if budget else None, scale, hour_ticks(scale))


def journey_stages(course: Course, page_url: str) -> tuple[StageStep, ...]:
    """The five journey stages in order, each with the modules that cover it."""
    return tuple(StageStep(s, STAGE_NAMES[s], module_links(course, page_url, stage=s)) for s in JOURNEY_STAGES)
