"""LX020 metric-values-invalid: a row of ``metrics/<course-id>.csv`` that cannot be charted as it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxkit.findings import Finding, Severity
from lxkit.insights.data_files import metric_file
from lxkit.insights.settings import portal_teams
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class MetricValuesInvalid(CourseRule):
    """The business co-owner's measured values of the course's metric have a problem."""

    code = "LX020"
    name = "metric-values-invalid"
    severity = Severity.ERROR
    area = Area.BUSINESS_LINK
    summary = (
        "metrics/<course-id>.csv (columns date,value[,unit][,team]) has a date that is not YYYY-MM-DD, a value "
        "that is not a number, a unit other than the one of the course's baseline and target, a percentage "
        "outside 0-100, a team that is not an id of tracking.teams, wrong column names, or the course declares "
        "no business goal metric."
    )
    rationale = (
        "The insight pages chart the metric against its baseline and target with the cohorts marked: a value "
        "in the wrong unit or a date that cannot be read would draw a false picture of the course's impact."
    )
    standard = "Kirkpatrick model, level 4 (results)"
    example = Example(
        "markdown",
        bad="""\
date,value,unit
31.03.2026,"24,5",%
2026-04-30,3,hours""",
        good="""\
date,value,unit
2026-03-31,24.5,%
2026-04-30,27,%""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per problem of the course's metric file."""
        config = context.portal.config
        _, problems = metric_file(context.course, Path(config.root), portal_teams(config.raw))
        for problem in problems:
            yield self.finding(problem.path, problem.line, problem.column, problem.message)
