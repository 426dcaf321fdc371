"""LX005 business-goal-unmeasurable: a business goal without a metric, or a target without a baseline."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class BusinessGoalUnmeasurable(CourseRule):
    """The business goal cannot be measured as written."""

    code = "LX005"
    name = "business-goal-unmeasurable"
    severity = Severity.WARNING
    area = Area.BUSINESS_LINK
    summary = "The business_goal has no metric, or a target without a baseline."
    rationale = (
        "A goal without a metric cannot show whether the course worked, and a target without a baseline cannot "
        "show a change. Both are what the business co-owner reports on (Kirkpatrick level 4: results)."
    )
    standard = "Kirkpatrick model, level 4 (results)"
    example = Example(
        "yaml",
        bad="""\
business_goal:
  outcome: Better decisions with data.
  target: 60%""",
        good="""\
business_goal:
  outcome: Teams bring their own evidence to roadmap reviews.
  metric: Share of roadmap proposals with a data-backed business case
  baseline: 22% (H1 2025 review)
  target: 60% by the H2 2027 review""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding for a missing metric and one for a target without a baseline."""
        course, goal = context.course, context.course.business_goal
        if goal is None:
            return
        if not goal.metric:
            yield self.at(
                course,
                ("business_goal",),
                "the business goal names no metric; add 'metric:' saying how the outcome is measured",
            )
        if goal.target and not goal.baseline:
            yield self.at(
                course,
                ("business_goal", "target"),
                f"the target '{goal.target}' has no baseline; add 'baseline:' with today's value and its source",
            )
