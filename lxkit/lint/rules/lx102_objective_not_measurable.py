"""LX102 objective-not-measurable: an objective that does not start with an observable action verb."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.alignment import objective_key
from lxkit.lint.context import ModuleContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.lint.verbs import (
    DEFAULT_MEASURABLE_VERBS,
    DEFAULT_UNMEASURABLE_VERBS,
    first_word,
    known_start,
    suggestions,
    vague_start,
)


class ObjectiveNotMeasurable(ModuleRule):
    """An objective starts with "understand", "know", "learn"... which no one can observe."""

    code = "LX102"
    name = "objective-not-measurable"
    severity = Severity.WARNING
    area = Area.ALIGNMENT
    summary = (
        "An objective does not start with an observable action verb, e.g. it starts with understand, know, learn, "
        "appreciate, be aware of or be familiar with. The message names the verb and suggests measurable ones."
    )
    rationale = (
        "Nobody can see a learner understand; they can see them explain, compare or apply. An objective with an "
        "observable verb says what the exercise and the knowledge check must ask learners to do, and lets "
        "learners check themselves. Verb lists differ between sources (Anderson & Krathwohl's revision of "
        "Bloom's taxonomy; institutions disagree on verbs like identify), so both lists are options, and lxkit "
        "never infers a Bloom level from a verb."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 2.1 and 2.2: objectives describe measurable outcomes"
    options = MappingProxyType(
        {
            "unmeasurable_verbs": OptionSpec(
                DEFAULT_UNMEASURABLE_VERBS, "Verbs and phrases an objective must not start with (replaces the default)."
            ),
            "measurable_verbs": OptionSpec(
                DEFAULT_MEASURABLE_VERBS, "Observable action verbs; the first six are suggested in messages."
            ),
            "require_measurable_verb": OptionSpec(
                False, "Also report objectives whose first word is not in measurable_verbs."
            ),
        }
    )
    example = Example(
        "yaml",
        bad="""\
objectives:
  - Understand confidence intervals.
  - id: know-percentiles
    text: Know what a percentile is.""",
        good="""\
objectives:
  - Interpret a confidence interval for a rate in plain language.
  - id: compare-summaries
    text: Compare the mean, the median and p95 of a skewed metric and say which one misleads.""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per objective with a vague (or, when required, an unknown) first verb."""
        module, options = context.module, context.options
        measurable = options.words("measurable_verbs")
        hint = suggestions(measurable)
        for objective in module.objectives:
            vague = vague_start(objective.text, options.words("unmeasurable_verbs"))
            if vague is not None:
                message = f"the objective starts with '{vague}', which learners cannot be observed doing; start with "
                yield self.at(module, objective_key(module, objective), message + f"an action verb such as {hint}")
            elif options.flag("require_measurable_verb") and not known_start(objective.text, measurable):
                word = first_word(objective.text)
                message = f"the objective starts with '{word}', which is not in the measurable verbs; start with "
                yield self.at(module, objective_key(module, objective), message + f"an action verb such as {hint}")
