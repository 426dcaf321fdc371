"""LX010 schedule-mismatch: modules in weeks beyond ``schedule.weeks``, or a scheduled week without a module."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.schedule import module_week


class ScheduleMismatch(CourseRule):
    """The modules' weeks and the course schedule disagree."""

    code = "LX010"
    name = "schedule-mismatch"
    severity = Severity.WARNING
    area = Area.STRUCTURE
    needs_every_module = True
    summary = "A module is in a week beyond schedule.weeks, or a week of the schedule has no module."
    rationale = (
        "Learners and their managers plan with the schedule. A module after the last week, or an empty week, "
        "means the catalog promises a different course than the one delivered."
    )
    example = Example(
        "yaml",
        bad="""\
schedule:
  weeks: 4
# modules in weeks 1, 2, 3 and 5""",
        good="""\
schedule:
  weeks: 4
# modules in weeks 1, 2, 3 and 4""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """Findings on modules after the last week and on the schedule for empty weeks."""
        course = context.course
        weeks = course.schedule.weeks if course.schedule else None
        if not weeks:
            return
        for module in course.modules:
            week = module_week(module)
            if week > weeks:
                counted = "" if module.week is not None else f" (without 'week' it counts in week {week}, its number)"
                yield self.at(
                    module, ("week",), f"week {week} is after the course's last week ({weeks}, schedule.weeks){counted}"
                )
        used = {module_week(module) for module in course.modules}
        empty = [week for week in range(1, weeks + 1) if week not in used]
        if empty:
            listed = ", ".join(str(week) for week in empty)
            yield self.at(
                course,
                ("schedule", "weeks"),
                f"week{'s' if len(empty) > 1 else ''} {listed} of {weeks} ha{'ve' if len(empty) > 1 else 's'} "
                "no module; give a module that week or shorten the schedule",
            )
