"""LX022 data-file-orphaned: a file in ``metrics/`` or ``cohorts/`` named after no course."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxkit.findings import Finding, Severity
from lxkit.insights.data_files import orphan_files
from lxkit.lint.context import PortalContext
from lxkit.lint.rule import Area, Example, PortalRule
from lxkit.loader import courses_root


class DataFileOrphaned(PortalRule):
    """Metric values or cohorts that belong to no course are never shown."""

    code = "LX022"
    name = "data-file-orphaned"
    severity = Severity.ERROR
    area = Area.BUSINESS_LINK
    summary = "A file in metrics/ or cohorts/ is not named after a course id (a typo, or a renamed course)."
    rationale = (
        "The insights read metrics/<course-id>.csv and cohorts/<course-id>.csv; a file with another name is "
        "silently left out, and the business co-owner's numbers never reach the trainer view."
    )
    example = Example(
        "markdown",
        bad="metrics/data-science-for-engineer.csv",
        good="metrics/data-science-for-engineers.csv",
    )

    def check(self, context: PortalContext) -> Iterator[Finding]:
        """A finding per data file whose name is no course folder (every folder, not only the ones loaded)."""
        folder = courses_root(context.portal.config)
        courses = [p.name for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []
        for problem in orphan_files(Path(context.portal.config.root), courses):
            yield self.finding(problem.path, problem.line, problem.column, problem.message)
