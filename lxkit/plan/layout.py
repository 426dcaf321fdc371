"""The plan's layout: its sheets, columns and course fields, and what a plan holds (immutable records)."""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.validation import load_schema

COURSE_SHEET = "Course"
WEEKS_SHEET = "Weeks"
INSTRUCTIONS_SHEET = "Instructions"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the Weeks sheet: its header, the plan field, and what kind of value it takes."""

    header: str
    field: str
    kind: str = "text"
    """``text``, ``number`` (whole minutes or a week) or ``choice`` (a value from the schema)."""
    note: str = ""


WEEK_COLUMNS = (
    Column("Week", "week", "number", "1, 2, 3... one or more rows per week"),
    Column("Module title", "title", note="the week's module title (on the week's first row)"),
    Column("Journey stage", "stage", "choice", "where the week sits in the learning journey"),
    Column("Objective", "objective", note="one objective per row, starting with a verb learners can show"),
    Column("Pre-work title", "pre_title", note="a MOOC unit, video or reading learners do before the session"),
    Column("Pre-work kind", "pre_kind", "choice"),
    Column("Pre-work URL", "pre_url", note="https link"),
    Column("Pre-work minutes", "pre_minutes", "number"),
    Column("Session activity", "activity", note="one activity of the live session per row"),
    Column("Activity kind", "activity_kind", "choice"),
    Column("Activity minutes", "activity_minutes", "number"),
    Column("Exercise", "exercise", note="the work-context exercise of the week (on the week's first row)"),
    Column("Exercise minutes", "exercise_minutes", "number"),
    Column("Check question", "question", note="one knowledge-check question per row"),
    Column(
        "Days after the course",
        "after_days",
        "number",
        "only for a follow-up after the last week (such as 90), on its first row; give it a week number after the last",
    ),
)
OPTIONAL_COLUMNS = frozenset({"after_days"})
"""Columns a plan may lack (workbooks made before they existed)."""

COURSE_FIELDS = (
    ("Title", "title", "the course title shown in the catalog"),
    ("Summary", "summary", "one or two sentences for the catalog"),
    ("Status", "status", "draft, pilot, published or retired"),
    ("SME name", "sme_name", "the subject-matter expert who owns the course"),
    ("SME email", "sme_email", ""),
    ("Business co-owner name", "business_name", "the business owner who sponsors the course"),
    ("Business co-owner email", "business_email", ""),
    ("Business goal", "outcome", "the business result the course serves"),
    ("Metric", "metric", "how that result is measured"),
    ("Baseline", "baseline", "the metric today"),
    ("Target", "target", "the value you aim for"),
    ("Learner value", "learner_value", "what learners personally gain"),
    ("Weeks", "weeks", "number of weeks"),
    ("Hours per week", "hours_per_week", "the learner's weekly time budget"),
    ("Capstone", "capstone", "the final project's title"),
    ("Capstone deliverable", "capstone_deliverable", "what learners hand in or present, and to whom"),
)
COURSE_NUMBERS = frozenset({"weeks", "hours_per_week"})


def choices() -> dict[str, tuple[str, ...]]:
    """Allowed values of the choice fields, from the format's JSON Schemas."""
    module = load_schema("module")["$defs"]
    stages = load_schema("module")["properties"]["journey_stage"]["enum"]
    return {
        "stage": tuple(stages),
        "pre_kind": tuple(module["pre_work"]["properties"]["kind"]["enum"]),
        "activity_kind": tuple(module["activity"]["properties"]["kind"]["enum"]),
        "status": tuple(load_schema("course")["properties"]["status"]["enum"]),
    }


Value = str | int | float


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One row of the Weeks sheet: its values by field (empty cells left out) and its row number."""

    row: int
    values: tuple[tuple[str, Value], ...]

    def get(self, field: str) -> Value | None:
        """The value of a field, None when the cell is empty."""
        return next((value for name, value in self.values if name == field), None)


@dataclass(frozen=True, slots=True)
class Plan:
    """A course plan: the Course sheet's values and the Weeks sheet's rows."""

    course: tuple[tuple[str, Value], ...]
    rows: tuple[PlanRow, ...]

    def field(self, name: str) -> Value | None:
        """A value of the Course sheet, None when empty."""
        return next((value for key, value in self.course if key == name), None)
