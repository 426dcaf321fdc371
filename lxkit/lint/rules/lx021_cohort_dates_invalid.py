"""LX021 cohort-dates-invalid: a row of ``cohorts/<course-id>.csv`` without a usable name or start date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxkit.findings import Finding, Severity
from lxkit.insights.data_files import cohort_file
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class CohortDatesInvalid(CourseRule):
    """The course's list of cohorts has a problem."""

    code = "LX021"
    name = "cohort-dates-invalid"
    severity = Severity.ERROR
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "cohorts/<course-id>.csv (columns cohort,start) has a cohort without a name, a name used twice, or a "
        "start (the date of the first session) that is not YYYY-MM-DD."
    )
    rationale = (
        "The insights count pre-work as done on time when it was done before the session of its week, "
        "counted from the cohort's start; a wrong start date makes punctual learners look late."
    )
    example = Example(
        "markdown",
        bad="""\
cohort,start
spring,04/03/2026
spring,2026-05-06""",
        good="""\
cohort,start
2026-spring,2026-03-04
2026-summer,2026-05-06""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per problem of the course's cohort file."""
        _, problems = cohort_file(context.course, Path(context.portal.config.root))
        for problem in problems:
            yield self.finding(problem.path, problem.line, problem.column, problem.message)
