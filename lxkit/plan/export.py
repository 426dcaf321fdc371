"""A course -> its plan: the values a plan holds, in the layout ``lxkit new plan`` writes.

Guidance texts (``Replace with ...``) are left out, so importing the exported plan writes the
same guidance again: plan -> course -> plan keeps every value.
"""

from __future__ import annotations

from lxkit.model import Course, Module
from lxkit.plan.course import REPLACE
from lxkit.plan.layout import Plan, PlanRow, Value
from lxkit.schedule import follow_up_loads, last_week

PLACEHOLDER_EMAIL = "replace-me@acme.example"


def plan_of(course: Course) -> Plan:
    """The plan of a loaded course."""
    values: list[tuple[str, Value | None]] = [("title", course.title), ("summary", course.summary)]
    values.append(("status", course.status))
    for role, prefix in (("sme", "sme"), ("business", "business")):
        owner = next((owner for owner in course.owners if owner.role == role), None)
        if owner is not None:
            values += [(f"{prefix}_name", owner.name), (f"{prefix}_email", owner.email)]
    goal = course.business_goal
    if goal is not None:
        values += [("outcome", goal.outcome), ("metric", goal.metric), ("baseline", goal.baseline)]
        values.append(("target", goal.target))
    values.append(("learner_value", course.learner_value))
    if course.schedule is not None:
        values += [("weeks", course.schedule.weeks), ("hours_per_week", course.schedule.hours_per_week)]
    if course.capstone is not None:
        values += [("capstone", course.capstone.title), ("capstone_deliverable", course.capstone.deliverable)]
    rows: list[PlanRow] = []
    for module in course.modules:
        rows.extend(_rows(course, module, len(rows) + 2))
    return Plan(_kept(values), tuple(rows))


def _kept(values: list[tuple[str, Value | None]]) -> tuple[tuple[str, Value], ...]:
    """Values that are set and are not guidance text."""
    return tuple(
        (key, value)
        for key, value in values
        if value not in (None, "", PLACEHOLDER_EMAIL) and not str(value).startswith(REPLACE)
    )


def plan_week(course: Course, module: Module) -> int:
    """The Weeks sheet's week of a module; a follow-up takes the next number after the last week (its
    days are in their own column)."""
    if module.days_after_course is None:
        return module.week or module.number
    days = [load.days_after_course for load in follow_up_loads(course)]
    return last_week(course) + 1 + days.index(module.days_after_course)


def _rows(course: Course, module: Module, first_row: int) -> list[PlanRow]:
    activities = module.session.activities if module.session is not None else ()
    count = max(len(module.objectives), len(module.pre_work), len(activities), len(module.check), 1)
    rows = []
    for index in range(count):
        values: list[tuple[str, Value | None]] = [("week", plan_week(course, module))]
        if index == 0:
            values += [("title", module.title), ("stage", module.journey_stage)]
            values.append(("after_days", module.days_after_course))
        if index < len(module.objectives):
            values.append(("objective", module.objectives[index].text))
        if index < len(module.pre_work):
            item = module.pre_work[index]
            values += [("pre_title", item.title), ("pre_kind", item.kind), ("pre_url", item.url)]
            values.append(("pre_minutes", item.minutes))
        if index < len(activities):
            activity = activities[index]
            values += [("activity", activity.title), ("activity_kind", activity.kind)]
            values.append(("activity_minutes", activity.minutes))
        if index == 0 and module.exercise is not None:
            values += [("exercise", module.exercise.title), ("exercise_minutes", module.exercise.minutes)]
        if index < len(module.check):
            values.append(("question", module.check[index].question))
        rows.append(PlanRow(first_row + index, _kept(values)))
    return rows
