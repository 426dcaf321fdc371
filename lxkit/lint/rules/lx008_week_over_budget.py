"""LX008 week-over-budget: a week asks more minutes than ``schedule.hours_per_week``."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.schedule import week_loads


class WeekOverBudget(CourseRule):
    """Pre-work, session and exercise of one week exceed the weekly time budget."""

    code = "LX008"
    name = "week-over-budget"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    needs_every_module = True
    summary = (
        "In some week, pre-work + session + exercise minutes exceed schedule.hours_per_week; the message gives "
        "the week, the sum and the budget."
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
        """A finding per week over budget."""
        for week in week_loads(context.course):
            if week.over_budget and week.budget is not None:
                yield self.at(
                    context.course,
                    ("schedule", "hours_per_week"),
                    f"week {week.week} asks {week.total} minutes (pre-work {week.pre_work}, session {week.session}, "
                    f"exercise {week.exercise}) but the weekly budget is {week.budget}; trim or make pre-work optional",
                )
