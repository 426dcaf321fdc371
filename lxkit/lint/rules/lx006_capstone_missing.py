"""LX006 capstone-missing: a course without a capstone or application project."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class CapstoneMissing(CourseRule):
    """The course has no ``capstone``."""

    code = "LX006"
    name = "capstone-missing"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = "The course has no capstone (an application project)."
    rationale = (
        "Transfer to the job happens when learners apply what they learnt to a real problem and show the result "
        "to someone who cares. A capstone ties the weekly exercises together and gives the business co-owner "
        "something to see."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 3.1: assessments measure the stated objectives"
    example = Example(
        "yaml",
        bad="""\
schedule:
  weeks: 6
  hours_per_week: 4""",
        good="""\
schedule:
  weeks: 6
  hours_per_week: 4
capstone:
  title: Team project proposal
  deliverable: A two-page proposal and a ten-minute pitch.
  audience: Engineering Leadership Team""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when there is no capstone."""
        if context.course.capstone is None:
            yield self.at(
                context.course,
                ("capstone",),
                "the course has no capstone; add 'capstone:' with a title and the deliverable learners present",
            )
