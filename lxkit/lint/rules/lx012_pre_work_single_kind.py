"""LX012 pre-work-single-kind: every pre-work item of the course is of one kind."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example


class PreWorkSingleKind(CourseRule):
    """All pre-work is, say, video."""

    code = "LX012"
    name = "pre-work-single-kind"
    severity = Severity.INFO
    area = Area.FLIPPED_CLASSROOM
    needs_every_module = True
    summary = "Every pre-work item of the course is of one kind (e.g. only videos); a mix serves more learners."
    rationale = (
        "Learners differ in how and where they study: a commute suits a podcast, a lunch break a short reading, "
        "a quiet afternoon a MOOC unit with exercises. A mix of kinds keeps more of them doing the pre-work."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 4.5: a variety of instructional materials is used"
    example = Example(
        "yaml",
        bad="""\
pre_work:
  - {kind: video, title: Intro to distributions, url: https://www.youtube.com/watch?v=a, minutes: 12}
  - {kind: video, title: Percentiles explained, url: https://www.youtube.com/watch?v=b, minutes: 9}""",
        good="""\
pre_work:
  - {kind: video, title: Intro to distributions, url: https://www.youtube.com/watch?v=a, minutes: 12}
  - {kind: reading, title: Why averages mislead, url: https://hbr.org/, minutes: 10}""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when two or more pre-work items share a single kind."""
        kinds = [item.kind for module in context.course.modules for item in module.pre_work]
        if len(kinds) >= 2 and len(set(kinds)) == 1:
            yield self.at(
                context.course,
                (),
                f"all {len(kinds)} pre-work items of the course are of the kind '{kinds[0]}'; mixing in other kinds "
                "(mooc, video, reading, podcast, tool) serves more learners",
            )
