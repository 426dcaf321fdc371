"""LX140 reflection-missing: a module without a reflection prompt."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule


class ReflectionMissing(ModuleRule):
    """A question that makes learners connect the week to their own practice."""

    code = "LX140"
    name = "reflection-missing"
    severity = Severity.INFO
    area = Area.ALIGNMENT
    summary = "The module has no reflection prompt."
    rationale = (
        "Reflection turns an experience into learning (Kolb's cycle): a short prompt at the end of the week "
        "makes learners decide what they will do differently."
    )
    example = Example(
        "yaml",
        bad="""\
title: Variation and noise""",
        good="""\
title: Variation and noise
reflection: Which number did your team react to last month that might have been noise?""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding when there is no reflection prompt."""
        if not context.module.reflection:
            yield self.at(
                context.module,
                ("reflection",),
                "the module has no reflection prompt; add 'reflection:' with a question about the learner's own work",
            )
