"""From the store to the results: the SQL aggregations, then privacy (no group below the minimum).

The SQL in ``lxkit/insights/sql/`` does the counting; this module only turns rows into
:mod:`lxkit.insights.results`, hides small groups and sets the question flags.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

import duckdb

from lxkit.insights.data_files import Cohort, MetricPoint, goal_numbers
from lxkit.insights.results import (
    CourseInsights,
    FunnelRow,
    HeatRow,
    Insights,
    MetricSeries,
    PreWorkStat,
    QuestionStat,
    TimeRow,
)
from lxkit.insights.settings import InsightSettings, Thresholds, portal_teams
from lxkit.insights.store import count, sql
from lxkit.insights.structure import course_tables, load_tables, option_label
from lxkit.model import JOURNEY_STAGES, Course, Portal
from lxkit.schedule import calendar_label, calendar_week

Row = tuple[object, ...]


def aggregate(
    connection: duckdb.DuckDBPyConnection,
    portal: Portal,
    settings: InsightSettings,
    cohorts: Mapping[str, Sequence[Cohort]],
    metrics: Mapping[str, Sequence[MetricPoint]],
) -> Insights:
    """The insights of every course of the portal from the statements in the store."""
    load_tables(connection, course_tables(portal, cohorts))
    connection.execute(sql("learner_course"))
    rows = {
        name: connection.execute(sql(name)).fetchall()
        for name in ("funnel", "questions", "time", "heatmap", "pre_work")
    }
    small = settings.min_group
    sizes = dict(connection.execute("SELECT course, count(*) FROM learner_course GROUP BY course").fetchall())
    courses = tuple(
        CourseInsights(
            course=course.folder,
            title=course.title,
            learners=_shown(int(sizes.get(course.folder, 0)), small),
            funnel=_funnel(course, rows["funnel"], small),
            questions=_questions(course, rows["questions"], small, settings.thresholds),
            time=_time(course, rows["time"], small),
            metric=_metric(course, metrics.get(course.folder, ()), cohorts.get(course.folder, ())),
            pre_work=_pre_work(course, rows["pre_work"], small),
        )
        for course in portal.courses
        if course.status != "retired"
    )
    heat, hidden = _heatmap(rows["heatmap"], small)
    return Insights(count(connection), small, hidden, courses, _named(heat, portal))


def _named(rows: tuple[HeatRow, ...], portal: Portal) -> tuple[HeatRow, ...]:
    """Heat-map rows with the names the portal gives their capability and team."""
    teams = portal_teams(portal.config.raw)
    capabilities = {c.id: c.name for c in portal.config.capabilities}
    return tuple(
        replace(row, capability_name=capabilities.get(row.capability, ""), team_name=teams.get(row.team, ""))
        for row in rows
    )


def _shown(value: int, small: int) -> int | None:
    return value if value >= small else None


def _funnel(course: Course, rows: list[Row], small: int) -> tuple[FunnelRow, ...]:
    kept = []
    labels = {module.slug: calendar_label(module) for module in course.modules}
    for name, cohort, week, module, learners, opened, on_time, exercise, passed in rows:
        if name != course.folder or int(learners) < small:  # type: ignore[call-overload]
            continue
        counts = [_shown(int(n), small) for n in (opened, on_time, exercise, passed)]  # type: ignore[call-overload]
        kept.append(FunnelRow(str(cohort), int(week), labels[str(module)], str(module), int(learners), *counts))  # type: ignore[call-overload]
    return tuple(kept)


def flags(right_first: float | None, wrong_share: float | None, thresholds: Thresholds) -> tuple[str, ...]:
    """``too-easy``, ``too-hard`` and ``misleading-distractor`` as the thresholds say."""
    found = []
    if right_first is not None and right_first >= thresholds.too_easy:
        found.append("too-easy")
    if right_first is not None and right_first < thresholds.too_hard:
        found.append("too-hard")
    if wrong_share is not None and wrong_share >= thresholds.misleading:
        found.append("misleading-distractor")
    return tuple(found)


def _questions(course: Course, rows: list[Row], small: int, thresholds: Thresholds) -> tuple[QuestionStat, ...]:
    by_id = {(row[1]): row for row in rows if row[0] == course.folder}
    kept = []
    for module in course.modules:
        for question in module.check:
            row = by_id.get(question.id)
            if row is None or int(row[2]) < small:  # type: ignore[call-overload]
                continue
            answered, right, option, wrong = int(row[2]), int(row[3]), row[4], row[5]  # type: ignore[call-overload]
            right_share = right / answered if right >= small else None
            wrong_share = int(wrong) / answered if wrong is not None and int(wrong) >= small else None  # type: ignore[call-overload]
            raw_right = right / answered
            raw_wrong = int(wrong) / answered if wrong is not None else None  # type: ignore[call-overload]
            kept.append(
                QuestionStat(
                    module=module.slug,
                    question=question.id,
                    kind=question.kind,
                    path=module.path,
                    line=question.line,
                    answered=answered,
                    right_first=right_share,
                    wrong_option=option_label(str(option)) if wrong_share is not None else "",
                    wrong_share=wrong_share,
                    flags=flags(raw_right, raw_wrong, thresholds),
                )
            )
    return tuple(kept)


def _pre_work(course: Course, rows: list[Row], small: int) -> tuple[PreWorkStat, ...]:
    kept = []
    for name, module, item, opened, completed, on_time in rows:
        if name != course.folder or opened is None or int(opened) < small:  # type: ignore[call-overload]
            continue
        total, done, early = int(opened), int(completed), int(on_time)  # type: ignore[call-overload]
        kept.append(
            PreWorkStat(
                str(module),
                str(item),
                total,
                done / total if done >= small else None,
                early / total if early >= small else None,
            )
        )
    return tuple(kept)


def _time(course: Course, rows: list[Row], small: int) -> tuple[TimeRow, ...]:
    measured = {str(row[1]): (int(row[2]), float(row[3])) for row in rows if row[0] == course.folder}  # type: ignore[call-overload, arg-type]
    kept = []
    for module in course.modules:
        if not module.pre_work:
            continue
        learners, minutes = measured.get(module.slug, (0, 0.0))
        shown = learners >= small
        kept.append(
            TimeRow(
                module.slug,
                calendar_week(course, module),
                calendar_label(module),
                module.pre_work_minutes,
                round(minutes, 1) if shown else None,
                learners if shown else None,
            )
        )
    return tuple(kept)


def _metric(course: Course, points: Sequence[MetricPoint], cohorts: Sequence[Cohort]) -> MetricSeries | None:
    goal = course.business_goal
    if goal is None or not points:
        return None
    numbers = goal_numbers(course)
    return MetricSeries(
        metric=goal.metric,
        unit=numbers.unit if numbers else "",
        baseline=numbers.baseline if numbers else None,
        target=numbers.target if numbers else None,
        points=tuple((p.day.isoformat(), p.value, p.team) for p in points),
        cohorts=tuple((c.name, c.start.isoformat()) for c in cohorts),
    )


def _heatmap(rows: list[Row], small: int) -> tuple[tuple[HeatRow, ...], int]:
    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    sizes: dict[tuple[str, str], int] = {}
    hidden = set()
    for capability, team, row_learners, team_learners, stage, reached in rows:
        key = (str(capability), str(team))
        if int(team_learners) < small or int(row_learners) < small:  # type: ignore[call-overload]
            hidden.add(str(team))
            continue
        sizes[key] = int(row_learners)  # type: ignore[call-overload]
        if stage is not None:
            cells[key][str(stage)] = int(reached)  # type: ignore[call-overload]
    heat = tuple(
        HeatRow(
            capability,
            team,
            sizes[(capability, team)],
            tuple(_shown(cells[(capability, team)].get(stage, 0), small) for stage in JOURNEY_STAGES),
        )
        for capability, team in sorted(sizes)
    )
    shown_teams = {team for _, team in sizes}
    return heat, len(hidden - shown_teams)
