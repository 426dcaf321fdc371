"""LX004 no-business-co-owner: the owners name no one from the business."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class NoBusinessCoOwner(CourseRule):
    """No owner has the role ``business``."""

    code = "LX004"
    name = "no-business-co-owner"
    severity = Severity.WARNING
    area = Area.BUSINESS_LINK
    summary = "The course's owners name no one with the role business."
    rationale = (
        "A corporate-university course is co-created: the expert knows the subject, the business co-owner knows "
        "which result matters and makes time for learners to apply it. Without one, courses drift away from the "
        "work they are meant to change."
    )
    example = Example(
        "yaml",
        bad="""\
owners:
  - name: Priya Raman
    role: sme""",
        good="""\
owners:
  - name: Priya Raman
    role: sme
  - name: Marcus Okafor
    role: business""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when no owner has the role business."""
        course = context.course
        if not course.owners_with_role("business"):
            yield self.at(
                course,
                ("owners",),
                "no owner has the role 'business'; add the business co-owner who sponsors the course and its goal",
            )
