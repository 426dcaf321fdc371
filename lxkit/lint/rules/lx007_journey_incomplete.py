"""LX007 journey-incomplete: no application module, or none for reinforcement or measurement."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.schedule import stages_covered


class JourneyIncomplete(CourseRule):
    """The learning journey stops before application, reinforcement or measurement."""

    code = "LX007"
    name = "journey-incomplete"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    needs_every_module = True
    summary = "No module is in the application stage, or no module is in the reinforcement or the measurement stage."
    rationale = (
        "Most of what is learnt in a course is lost unless it is applied at work soon and reinforced later; "
        "a journey that ends after capability building produces knowledge, not changed behaviour."
    )
    standard = "70-20-10 / learning-transfer practice: application and reinforcement after training"
    example = Example(
        "yaml",
        bad="""\
# 01-why.md      journey_stage: awareness
# 02-skill.md    journey_stage: capability-building
# 03-more.md     journey_stage: capability-building""",
        good="""\
# 01-why.md      journey_stage: awareness
# 02-skill.md    journey_stage: capability-building
# 03-apply.md    journey_stage: application
# 04-habit.md    journey_stage: reinforcement""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per missing part of the journey."""
        course = context.course
        stages = set(stages_covered(course))
        if "application" not in stages:
            yield self.at(
                course,
                (),
                "no module is in the application stage; add one where learners apply the skill to their own work",
            )
        if not stages & {"reinforcement", "measurement"}:
            yield self.at(
                course,
                (),
                "no module is in the reinforcement or measurement stage; add one that keeps the new habit going "
                "or measures its effect",
            )
