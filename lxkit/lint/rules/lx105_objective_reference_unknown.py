"""LX105 objective-reference-unknown: an activity, exercise or question names an objective that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.alignment import objective_references
from lxkit.lint.context import ModuleContext
from lxkit.lint.hints import closest
from lxkit.lint.rule import Area, Example, ModuleRule


class ObjectiveReferenceUnknown(ModuleRule):
    """An ``objectives: [...]`` entry that matches no objective id of the module."""

    code = "LX105"
    name = "objective-reference-unknown"
    severity = Severity.WARNING
    area = Area.ALIGNMENT
    summary = "A session activity, the exercise or a question lists an objective id the module does not define."
    rationale = (
        "A misspelt or renamed id breaks the alignment silently: the objective looks unpractised and the "
        "activity looks aligned to nothing. The message suggests the closest id."
    )
    example = Example(
        "yaml",
        bad="""\
objectives:
  - id: interpret-interval
    text: Interpret a confidence interval in plain language.
exercise:
  title: Your own metric
  objectives: [interpret-intervals]""",
        good="""\
objectives:
  - id: interpret-interval
    text: Interpret a confidence interval in plain language.
exercise:
  title: Your own metric
  objectives: [interpret-interval]""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per reference to an undefined objective id."""
        module = context.module
        ids = [objective.id for objective in module.objectives]
        for reference in objective_references(module.source):
            if reference.objective not in ids:
                listed = f"; its objective ids: {', '.join(ids)}" if ids else "; it defines no objective ids"
                hint = closest(reference.objective, ids) or listed
                yield self.at(
                    module,
                    reference.key,
                    f"{reference.owner} lists objective '{reference.objective}', "
                    f"which the module does not define{hint}",
                )
