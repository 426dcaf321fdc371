"""LX008 week-over-budget: a week asks more minutes than ``schedule.hours_per_week``."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.schedule import module_week, week_loads


class WeekOverBudget(CourseRule):
    """Pre-work, session and exercise of one week exceed the weekly time budget."""

    code = "LX008"
    name = "week-over-budget"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    needs_every_module = True
    summary = (
        "In some week, pre-work + session + exercise minutes (optional pre-work included) exceed "
        "schedule.hours_per_week; reported at the largest part of the week's heaviest module, with the sum and "
        "the budget. A follow-up after the course (days_after_course) counts in no week."
    )
    rationale = (
        "Learners study next to their job. A week that asks more than the budget their manager agreed to is "
        "where pre-work gets skipped, and a flipped session without pre-work fails."
    )
    example = Example(
        "yaml",
        bad="""\
schedule:
  hours_per_week: 3
# week 2: pre-work 120 + session 90 + exercise 60 = 270 minutes""",
        good="""\
schedule:
  hours_per_week: 4
# week 2: pre-work 90 + session 90 + exercise 60 = 240 minutes""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per week over budget, at the heaviest part of the week's heaviest module."""
        course = context.course
        for week in week_loads(course):
            if not week.over_budget or week.budget is None:
                continue
            modules = [m for m in course.modules if module_week(m) == week.week]
            if not modules:
                continue
            heaviest = max(modules, key=lambda m: m.pre_work_minutes + m.session_minutes + m.exercise_minutes)
            parts = {
                "pre_work": heaviest.pre_work_minutes,
                "session": heaviest.session_minutes,
                "exercise": heaviest.exercise_minutes,
            }
            part = max(parts, key=lambda key: parts[key])
            others = f" with {len(modules) - 1} other module(s)" if len(modules) > 1 else ""
            yield self.at(
                heaviest,
                (part,),
                f"week {week.week} asks {week.total} minutes{others} (pre-work {week.pre_work}, session "
                f"{week.session}, exercise {week.exercise}) but the budget is {week.budget} "
                f"(schedule.hours_per_week in index.md); shorten this module's {part.replace('_', '-')} "
                f"({parts[part]} minutes), move a module to another week, or raise hours_per_week",
            )
