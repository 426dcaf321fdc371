"""The aggregation SQL on a few hand-made facts: learners who follow several courses."""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb

from lxkit.insights.store import sql
from lxkit.insights.structure import Tables, load_tables

AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def heatmap(facts: list[tuple[str, int, str, bool]]) -> list[tuple[object, ...]]:
    """The heat map's rows for (course, learner, team, completed the course's only module) facts."""
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    connection.execute(sql("learner_schema"))
    modules = tuple((course, "m", 1, "awareness", 0, 30, f"{course}/m.md") for course in ("a", "b"))
    capabilities = (("a", "shared"), ("b", "shared"), ("b", "shared"), ("b", "own"))  # a row given twice
    load_tables(connection, Tables(modules, (), (), capabilities, ()))
    for course, learner, team, done in facts:
        connection.execute("INSERT INTO learner_first VALUES (?, ?, ?, ?, ?)", [course, learner, AT.date(), team, AT])
        connection.execute(
            "INSERT INTO learner_module VALUES (?, 'm', ?, ?, NULL, ?, false)", [course, learner, AT, done]
        )
    connection.execute(sql("learner_course"))
    return connection.execute(sql("heatmap")).fetchall()


def test_a_learner_of_two_courses_building_a_capability_counts_once_in_its_row() -> None:
    rows = heatmap([("a", 1, "t", True), ("b", 1, "t", True), ("a", 2, "t", True), ("b", 3, "t", False)])
    assert rows == [("own", "t", 2, 3, "awareness", 1), ("shared", "t", 3, 3, "awareness", 2)]


def test_a_learner_in_two_teams_counts_in_each_team_row() -> None:
    rows = heatmap([("a", 1, "t", True), ("b", 1, "u", True)])
    assert rows == [
        ("own", "u", 1, 1, "awareness", 1),
        ("shared", "t", 1, 1, "awareness", 1),
        ("shared", "u", 1, 1, "awareness", 1),
    ]


def test_the_cohort_start_is_the_monday_a_week_after_the_first_day() -> None:
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    connection.execute(sql("learner_schema"))
    load_tables(connection, Tables((), (), (), (), ()))
    connection.execute("INSERT INTO learner_first VALUES ('a', 1, ?, 't', ?)", [date(2026, 3, 4), AT])
    connection.execute(sql("learner_course"))
    row = connection.execute("SELECT cohort, start, start_us FROM learner_course").fetchone()
    assert row == ("2026-03-09", date(2026, 3, 9), int(datetime(2026, 3, 9, tzinfo=UTC).timestamp()) * 10**6)
