"""LX011 overview-missing: the course page does not tell learners how the course works."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, CourseRule, Example


class OverviewMissing(CourseRule):
    """The Markdown of ``index.md`` is empty or too short to be an overview."""

    code = "LX011"
    name = "overview-missing"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "The course's index.md has no overview text telling a learner how the course works (how to start, the "
        "weekly rhythm, what the capstone is)."
    )
    rationale = (
        "A flipped classroom only works when learners know the rhythm: pre-work before every session, the session "
        "for practice, the exercise at work. The overview is the first thing they read."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 1.1: instructions make clear how to get started"
    options = MappingProxyType(
        {"min_overview_words": OptionSpec(40, "Fewest words of overview text in a course's index.md.")}
    )
    example = Example(
        "markdown",
        bad="""\
---
(course front-matter)
---

Welcome!""",
        good="""\
---
(course front-matter)
---

## How the course works

Start by joining #dsfe-cohort and running the setup notebook in week 1. Every week you do about
75 minutes of pre-work, then a 90-minute live session that is mostly practice, then a 60-minute
exercise on your own team's data. The exercises build up to the capstone: a proposal you pitch
to the Engineering Leadership Team in week 6.""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when the overview is shorter than ``min_overview_words``."""
        words, minimum = context.overview.words, context.options.integer("min_overview_words")
        if words < minimum:
            course = context.course
            last_line = max(1, len(course.source.text.splitlines()))
            yield self.finding(
                course.path,
                min(course.body_line, last_line),
                1,
                f"the course overview has {words} word{'s' if words != 1 else ''} (at least {minimum} expected); "
                "tell learners how to start, the weekly rhythm and what the capstone is",
            )
