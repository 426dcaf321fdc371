"""LX130 exercise-missing: a module without a work-context exercise."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.rule import Area, Example, ModuleRule

FLIPPED = "flipped-classroom"


class ExerciseMissing(ModuleRule):
    """Every module ends with practice in the learner's own work."""

    code = "LX130"
    name = "exercise-missing"
    severity = Severity.ERROR
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "A module has no work-context exercise. Awareness-stage modules of courses that are not flipped "
        "classrooms (blended, self-paced, live) are exempt."
    )
    rationale = (
        "Transfer happens when learners try the new skill on their own work in the same week. The exercise "
        "is also where the capstone grows, week by week."
    )
    example = Example(
        "yaml",
        bad="""\
title: Your first predictive model
journey_stage: capability-building""",
        good="""\
title: Your first predictive model
journey_stage: capability-building
exercise:
  title: A baseline model for your team's question
  context: Use one table from your own team's data.
  deliverable: A notebook with a baseline and one model, posted in the cohort channel.
  minutes: 60""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """One finding for a module without an exercise (unless exempt)."""
        module = context.module
        exempt = module.journey_stage == "awareness" and context.course.format != FLIPPED
        if module.exercise is None and not exempt:
            yield self.at(
                module,
                ("exercise",),
                "the module has no exercise; add one that applies the week's objectives to the learner's own work",
            )
