"""LX101 objectives-missing: a module without learning objectives."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule


class ObjectivesMissing(ModuleRule):
    """The module lists no ``objectives``."""

    code = "LX101"
    name = "objectives-missing"
    severity = Severity.ERROR
    area = Area.ALIGNMENT
    summary = "A module has no learning objectives."
    rationale = (
        "Objectives say what learners will be able to do after the module. Without them the pre-work, the "
        "session and the exercise cannot be aligned, and learners cannot tell what matters."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 2.2: module objectives describe measurable outcomes"
    example = Example(
        "yaml",
        bad="""\
title: Variation and noise
week: 2""",
        good="""\
title: Variation and noise
week: 2
objectives:
  - id: judge-signal-noise
    text: Judge whether a week-on-week change in a team metric is likely signal or noise.""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding when there are no objectives."""
        if not context.module.objectives:
            yield self.at(
                context.module,
                ("objectives",),
                "the module has no learning objectives; add 'objectives:' saying what learners will be able to do",
            )
