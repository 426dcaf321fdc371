"""What the aggregations know about the courses: small tables made from the course model and the
cohort lists, loaded next to the statements (``modules``, ``pre_work``, ``questions``,
``capabilities``, ``cohorts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import duckdb

from lxkit.insights.data_files import Cohort
from lxkit.model import Course, Portal, Question
from lxkit.schedule import calendar_week

RESPONSE_SEPARATOR = "[,]"


@dataclass(frozen=True, slots=True)
class Tables:
    """Rows of the structure tables (plain tuples, ready for SQL)."""

    modules: tuple[tuple[str, str, int, str, int, int, str], ...]
    pre_work: tuple[tuple[str, str, str, bool], ...]
    questions: tuple[tuple[str, str, str, str, str, int, int], ...]
    capabilities: tuple[tuple[str, str], ...]
    cohorts: tuple[tuple[str, str, date], ...]


def option_id(index: int) -> str:
    """The id a page gives the option at ``index`` (1-based), as in ``result.response``."""
    return str(index)


def option_label(option: str) -> str:
    """How an option is named to people: ``2`` -> ``B``."""
    return chr(ord("A") + int(option) - 1) if option.isdigit() and 0 < int(option) <= 26 else option


def course_tables(portal: Portal, cohorts: Mapping[str, Sequence[Cohort]]) -> Tables:
    """The structure tables of every course of a portal."""
    modules: list[tuple[str, str, int, str, int, int, str]] = []
    pre_work: list[tuple[str, str, str, bool]] = []
    questions: list[tuple[str, str, str, str, str, int, int]] = []
    capabilities: list[tuple[str, str]] = []
    for course in portal.courses:
        capabilities.extend((course.folder, capability) for capability in course.capabilities)
        for module in course.modules:
            required = [item for item in module.pre_work if item.required]
            counted = {item.id for item in (required or module.pre_work)}
            week = calendar_week(course, module)
            modules.append(
                (
                    course.folder,
                    module.slug,
                    week,
                    module.journey_stage,
                    len(counted),
                    module.pre_work_minutes,
                    module.path,
                )
            )
            pre_work.extend((course.folder, module.slug, item.id, item.id in counted) for item in module.pre_work)
            questions.extend(_questions(course, module.slug, module.check))
    cohort_rows = tuple((course, c.name, c.start) for course, listed in cohorts.items() for c in listed)
    return Tables(tuple(modules), tuple(pre_work), tuple(questions), tuple(capabilities), cohort_rows)


def _questions(course: Course, slug: str, check: Sequence[Question]) -> list[tuple[str, str, str, str, str, int, int]]:
    rows = []
    for question in check:
        correct = RESPONSE_SEPARATOR.join(option_id(i) for i, o in enumerate(question.options, start=1) if o.correct)
        rows.append((course.folder, slug, question.id, question.kind, correct, len(question.options), question.line))
    return rows


_ROWS_PER_INSERT = 500
_DDL = {
    "modules": "course VARCHAR, module VARCHAR, week INTEGER, stage VARCHAR, counted_items INTEGER, planned INTEGER, "
    "path VARCHAR",
    "pre_work": "course VARCHAR, module VARCHAR, item VARCHAR, counted BOOLEAN",
    "questions": "course VARCHAR, module VARCHAR, question VARCHAR, kind VARCHAR, correct VARCHAR, options INTEGER, "
    "line INTEGER",
    "capabilities": "course VARCHAR, capability VARCHAR",
    "cohorts": "course VARCHAR, cohort VARCHAR, start DATE",
}


def load_tables(connection: duckdb.DuckDBPyConnection, tables: Tables) -> None:
    """(Re)create the structure tables as temporary tables of this connection."""
    for name, columns in _DDL.items():
        connection.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({columns})")
        rows = getattr(tables, name)
        marks = "(" + ", ".join("?" for _ in columns.split(",")) + ")"
        for start in range(0, len(rows), _ROWS_PER_INSERT):  # one statement per chunk: executemany is per row
            chunk = rows[start : start + _ROWS_PER_INSERT]
            values = ", ".join(marks for _ in chunk)
            connection.execute(f"INSERT INTO {name} VALUES {values}", [value for row in chunk for value in row])
