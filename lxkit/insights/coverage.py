"""Learners a course's cohort list does not cover: they started after its last cohort had ended, so
the charts count them in that last cohort (whose funnel then looks wrong). Said to the trainer who
keeps ``cohorts/<course-id>.csv``, with the change that fixes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

import duckdb

from lxkit.insights.data_files import COHORTS_DIR, Cohort
from lxkit.model import Portal
from lxkit.schedule import last_week

_LATE = "SELECT count(*), min(first_day), max(first_day) FROM learner_first WHERE course = ? AND first_day + 7 >= ?"


def uncovered_learners(
    connection: duckdb.DuckDBPyConnection, portal: Portal, cohorts: Mapping[str, Sequence[Cohort]], min_group: int
) -> tuple[str, ...]:
    """One message per course with at least ``min_group`` learners who started after its last listed
    cohort ended (the cohort rule of ``sql/learner_course.sql``: the first statement at most 7 days
    before a cohort's start)."""
    messages = []
    for course in portal.courses:
        listed = cohorts.get(course.folder)
        if not listed:
            continue
        last = max(listed, key=lambda cohort: cohort.start)
        ended = last.start + timedelta(days=7 * max(last_week(course), 1))
        row = connection.execute(_LATE, [course.folder, ended]).fetchone()
        if row and int(row[0]) >= min_group:
            messages.append(_message(course.folder, last, int(row[0]), row[1], row[2]))
    return tuple(messages)


def _message(course: str, last: Cohort, late: int, first: date, latest: date) -> str:
    named = f"'{last.name}'" if last.name == last.start.isoformat() else f"'{last.name}' ({last.start.isoformat()})"
    return (
        f"{COHORTS_DIR}/{course}.csv: {late} learners started between {first.isoformat()} and {latest.isoformat()}, "
        f"after its last cohort {named} had ended, so the charts count them in that cohort: add the cohorts "
        "that started since, one line each (name,start)"
    )
