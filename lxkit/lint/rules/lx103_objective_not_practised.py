"""LX103 objective-not-practised: an objective no activity, exercise or question practises or assesses."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.alignment import objective_key, objective_references
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule


class ObjectiveNotPractised(ModuleRule):
    """Constructive alignment: every objective is practised or assessed somewhere in the module."""

    code = "LX103"
    name = "objective-not-practised"
    severity = Severity.WARNING
    area = Area.ALIGNMENT
    summary = (
        "An objective is practised or assessed by no session activity, no exercise and no knowledge-check "
        "question (constructive alignment)."
    )
    rationale = (
        "Learners learn what they practise and what is checked. An objective nothing practises is a promise "
        "the module does not keep; list its id under the objectives of the activity, exercise or question "
        "that works on it."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 2.4 and 3.1; Biggs' constructive alignment"
    example = Example(
        "yaml",
        bad="""\
objectives:
  - id: interpret-interval
    text: Interpret a confidence interval in plain language.
session:
  activities:
    - kind: practice
      title: Bootstrap the checkout error rate
      minutes: 35""",
        good="""\
objectives:
  - id: interpret-interval
    text: Interpret a confidence interval in plain language.
session:
  activities:
    - kind: practice
      title: Bootstrap the checkout error rate
      minutes: 35
      objectives: [interpret-interval]""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per objective whose id nothing refers to."""
        module = context.module
        practised = {reference.objective for reference in objective_references(module.source)}
        for objective in module.objectives:
            if objective.id in practised:
                continue
            how = (
                f"list '{objective.id}' under 'objectives:'"
                if objective.explicit_id
                else "give it an id ('id:' and 'text:') and list that id under 'objectives:'"
            )
            yield self.at(
                module,
                objective_key(module, objective),
                f"no session activity, exercise or knowledge-check question practises this objective; {how} of "
                "the one that does",
            )
