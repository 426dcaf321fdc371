"""LX016 owner-handle-missing: an owner without a ``github`` handle."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.locate import item_key
from lxkit.lint.rule import Area, CourseRule, Example


class OwnerHandleMissing(CourseRule):
    """An owner has no Git-host handle, so reviews cannot be requested from them automatically."""

    code = "LX016"
    name = "owner-handle-missing"
    severity = Severity.WARNING
    area = Area.STRUCTURE
    summary = "An owner has no github handle, so reviews of course changes cannot be requested from them automatically."
    rationale = (
        "Owners review every change to their course. lxkit writes CODEOWNERS from their handles; an owner "
        "without one is never asked, and changes reach learners unreviewed."
    )
    example = Example(
        "yaml",
        bad="""\
owners:
  - name: Marcus Okafor
    role: business""",
        good="""\
owners:
  - name: Marcus Okafor
    role: business
    github: mokafor""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per owner without a handle."""
        course = context.course
        for owner in course.owners:
            if not owner.github:
                yield self.at(
                    course,
                    item_key(course.source, ("owners",), owner.line),
                    f"owner '{owner.name}' has no github handle; add one (e.g. 'github: jdoe') so that changes to "
                    "this course are sent to them for review",
                )
