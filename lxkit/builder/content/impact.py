"""The impact page's data: courses grouped by the business goal they serve, for sponsors.

Goals are grouped by their outcome text (case, spacing and a final full stop ignored), so two
courses serving the same outcome appear together with their own metric, baseline and target.
Retired courses are left out; courses without a business goal come last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxkit.model import Course, Portal


@dataclass(frozen=True, slots=True)
class GoalCourse:
    """A course and the measure it promises for a goal."""

    course_id: str
    title: str
    status: str
    metric: str
    baseline: str
    target: str


@dataclass(frozen=True, slots=True)
class GoalGroup:
    """A business outcome and the courses that serve it (``outcome`` is empty for courses without a goal)."""

    outcome: str
    courses: tuple[GoalCourse, ...]


def outcome_key(outcome: str) -> str:
    """The grouping key of an outcome text."""
    return re.sub(r"\s+", " ", outcome).strip().rstrip(".").casefold()


def goal_course(course: Course) -> GoalCourse:
    """One course's line on the impact page."""
    goal = course.business_goal
    if goal is None:
        return GoalCourse(course.folder, course.title, course.status, "", "", "")
    return GoalCourse(course.folder, course.title, course.status, goal.metric, goal.baseline, goal.target)


def impact_groups(portal: Portal) -> tuple[GoalGroup, ...]:
    """Active courses grouped by business outcome, outcomes sorted, courses by title."""
    active = sorted((c for c in portal.courses if c.status != "retired"), key=lambda c: c.title.casefold())
    groups: dict[str, tuple[str, list[GoalCourse]]] = {}
    for course in active:
        outcome = course.business_goal.outcome.strip() if course.business_goal else ""
        key = outcome_key(outcome)
        groups.setdefault(key, (outcome, []))[1].append(goal_course(course))
    ordered = sorted(groups.items(), key=lambda item: (item[0] == "", item[0]))
    return tuple(GoalGroup(outcome, tuple(courses)) for _, (outcome, courses) in ordered)
