"""LX010 schedule-mismatch: modules in weeks beyond ``schedule.weeks``, or a scheduled week without a module."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.model import Course
from lxkit.schedule import module_week


class ScheduleMismatch(CourseRule):
    """The modules' weeks and the course schedule disagree."""

    code = "LX010"
    name = "schedule-mismatch"
    severity = Severity.WARNING
    area = Area.STRUCTURE
    needs_every_module = True
    summary = (
        "A module is in a week beyond schedule.weeks, a week of the schedule has no module, or a follow-up "
        "after the course (days_after_course) also names a week."
    )
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
# modules in weeks 1, 2, 3 and 4, and a follow-up after the course:
# 05-did-the-saving-land.md has  days_after_course: 90  and no week""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """Findings on follow-ups with a week, modules after the last week and the schedule's empty weeks."""
        course = context.course
        for module in course.modules:
            if module.days_after_course is not None and module.week is not None:
                yield self.at(
                    module,
                    ("week",),
                    f"this module is a follow-up {module.days_after_course} days after the course "
                    f"(days_after_course), so it counts in no week; delete the line 'week: {module.week}' "
                    "(or delete days_after_course to make it a module of week "
                    f"{module.week})",
                )
        weeks = course.schedule.weeks if course.schedule else None
        if weeks:
            yield from self._against_schedule(course, weeks)

    def _against_schedule(self, course: Course, weeks: int) -> Iterator[Finding]:
        for module in course.modules:
            week = module_week(module)
            if week is not None and week > weeks:
                yield self.at(
                    module,
                    ("week",),
                    f"week {week} is after the course's last week ({weeks}, schedule.weeks); give it a week "
                    f"up to {weeks}, raise schedule.weeks in index.md, or, for a follow-up after the course, "
                    "replace 'week:' with 'days_after_course:' and the number of days (such as 90)",
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
