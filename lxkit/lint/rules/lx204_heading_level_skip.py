"""LX204 heading-level-skip: a heading that jumps levels."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.rule import Area, BodyRule, Example


class HeadingLevelSkip(BodyRule):
    """Headings go down one level at a time (the page title is the level-1 heading)."""

    code = "LX204"
    name = "heading-level-skip"
    severity = Severity.WARNING
    area = Area.ACCESSIBILITY
    summary = "A heading jumps levels, e.g. a ### right after a ## or as the first heading (the page title is level 1)."
    rationale = (
        "Screen-reader users navigate by headings and the page's table of contents is built from them; a "
        "skipped level makes a section look like it belongs somewhere it does not."
    )
    standard = "WCAG 2.2 success criteria 1.3.1 (info and relationships) and 2.4.6 (headings and labels)"
    example = Example(
        "markdown",
        bad="""\
## Habit 1: look at the whole distribution

#### Skewed data""",
        good="""\
## Habit 1: look at the whole distribution

### Skewed data""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per heading more than one level below the previous one."""
        previous = 1
        for heading in context.body.headings:
            if heading.level > previous + 1:
                yield self.finding(
                    context.document.path,
                    heading.line,
                    heading.column,
                    f"heading level {heading.level} follows level {previous}; use level {previous + 1} "
                    f"({'#' * (previous + 1)})",
                )
            previous = heading.level
