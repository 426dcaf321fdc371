"""LX150 knowledge-check-missing: a capability-building or application module without a knowledge check."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule

CHECKED_STAGES = frozenset({"capability-building", "application"})


class KnowledgeCheckMissing(ModuleRule):
    """Modules that build or apply a skill need a self-check."""

    code = "LX150"
    name = "knowledge-check-missing"
    severity = Severity.WARNING
    area = Area.ALIGNMENT
    summary = "A capability-building or application module has no knowledge check."
    rationale = (
        "Learners need repeated checks of their progress with feedback; retrieval practice also strengthens "
        "what was learnt. The check is formative: nothing is graded or sent anywhere."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 3.5: multiple opportunities to track progress with timely feedback"
    example = Example(
        "yaml",
        bad="""\
journey_stage: capability-building""",
        good="""\
journey_stage: capability-building
check:
  - question: Which summary tells an on-call engineer what most users experience?
    kind: single
    options:
      - {text: The mean latency, correct: false, feedback: A few slow requests pull the mean up.}
      - {text: The median and p95 together, correct: true, feedback: Right, typical case and tail.}""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding for a capability-building or application module without questions."""
        module = context.module
        if module.journey_stage in CHECKED_STAGES and not module.check:
            yield self.at(
                module,
                ("check",),
                f"this {module.journey_stage} module has no knowledge check; add 'check:' with a few questions "
                "and feedback",
            )
