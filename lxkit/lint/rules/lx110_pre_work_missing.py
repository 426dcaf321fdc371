"""LX110 pre-work-missing: a module of a flipped-classroom course without pre-work."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule

FLIPPED = "flipped-classroom"


class PreWorkMissing(ModuleRule):
    """Flipped classroom without pre-work is a lecture."""

    code = "LX110"
    name = "pre-work-missing"
    severity = Severity.ERROR
    area = Area.FLIPPED_CLASSROOM
    summary = "A module of a flipped-classroom course has no pre-work."
    rationale = (
        "In a flipped classroom learners meet the new material before the session, so that the live time goes to "
        "practice and questions. Without pre-work the session falls back to explaining, i.e. a lecture."
    )
    example = Example(
        "yaml",
        bad="""\
# course format: flipped-classroom
title: Variation and noise
session:
  minutes: 90""",
        good="""\
# course format: flipped-classroom
title: Variation and noise
pre_work:
  - kind: mooc
    title: "Khan Academy: Summarizing quantitative data"
    url: https://www.khanacademy.org/math/statistics-probability/summarizing-quantitative-data
    minutes: 40
session:
  minutes: 90""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding for a flipped-classroom module without pre-work."""
        if context.course.format == FLIPPED and not context.module.pre_work:
            yield self.at(
                context.module,
                ("pre_work",),
                "this flipped-classroom module has no pre-work; add what learners study before the session "
                "(a MOOC unit, a video, a reading)",
            )
