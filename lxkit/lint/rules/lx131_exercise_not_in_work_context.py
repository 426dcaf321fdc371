"""LX131 exercise-not-in-work-context: an exercise without context or deliverable."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule


class ExerciseNotInWorkContext(ModuleRule):
    """An exercise says where in the learner's work it happens and what comes out of it."""

    code = "LX131"
    name = "exercise-not-in-work-context"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = "The exercise has no context (where in the learner's work it happens) or no deliverable."
    rationale = (
        "A generic exercise stays a classroom exercise. Naming the learner's own data, team or task makes it "
        "transfer; naming a deliverable makes it finishable and gives the next session something to discuss."
    )
    example = Example(
        "yaml",
        bad="""\
exercise:
  title: Practise the bootstrap""",
        good="""\
exercise:
  title: Signal or noise in your own team's metric
  context: Take one metric your team reports weekly and pull twelve weeks of it.
  deliverable: A notebook with a bootstrap interval and three sentences in the cohort channel.""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding naming what the exercise lacks."""
        exercise = context.module.exercise
        if exercise is None:
            return
        lacking = [
            name for name, value in (("context", exercise.context), ("deliverable", exercise.deliverable)) if not value
        ]
        if lacking:
            yield self.at(
                context.module,
                ("exercise",),
                f"the exercise has no {' and no '.join(lacking)}; say where in the learner's own work it happens "
                "and what they hand in or share",
            )
