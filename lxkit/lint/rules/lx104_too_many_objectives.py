"""LX104 too-many-objectives: more objectives than the configured maximum."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, Example, ModuleRule


class TooManyObjectives(ModuleRule):
    """A module with more objectives than one week can serve."""

    code = "LX104"
    name = "too-many-objectives"
    severity = Severity.WARNING
    area = Area.ALIGNMENT
    summary = "A module has more objectives than the configured maximum (max_objectives, default 5)."
    rationale = (
        "One week has room for a few objectives that are practised and checked well. A long list spreads the "
        "session thin and usually hides topics that are only mentioned, not learnt."
    )
    options = MappingProxyType({"max_objectives": OptionSpec(5, "Most objectives a module may have.")})
    example = Example(
        "yaml",
        bad="""\
objectives:  # seven objectives for one 90-minute session
  - Explain the mean.
  - Explain the median.
  - Explain percentiles.
  - Explain variance.
  - Explain intervals.
  - Explain the bootstrap.
  - Explain p-values.""",
        good="""\
objectives:
  - Summarise a skewed metric with the median and p95.
  - Interpret a confidence interval in plain language.
  - Judge whether a weekly change is signal or noise.""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding when there are more objectives than allowed."""
        count, maximum = len(context.module.objectives), context.options.integer("max_objectives")
        if count > maximum:
            yield self.at(
                context.module,
                ("objectives",),
                f"the module has {count} objectives (at most {maximum}); keep the ones the session and exercise "
                "really practise, or split the module",
            )
