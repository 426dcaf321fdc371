"""What the insight pages show: figures (a Vega-Lite chart, its title, description and data table)
made from the results. Pure: no rendering here (see :mod:`lxkit.insights.charts`).

Counts hidden for privacy (fewer learners than the minimum) are ``None`` in the results; a table
says "fewer than N" and a chart leaves them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxkit.insights import chart_style as style
from lxkit.insights.results import CourseInsights, HeatRow, Insights, MetricSeries
from lxkit.model import JOURNEY_STAGES

VEGA_LITE = "https://vega.github.io/schema/vega-lite/v5.json"
STEPS = (
    ("opened", "Opened the module"),
    ("on_time", "Pre-work before the session"),
    ("exercise", "Exercise done"),
    ("passed", "Check passed"),
)
LATEST_COHORTS = 6
HEATMAP_CHART_ROWS = 30  # more rows are unreadable as a chart (and slow to draw): the table has them all
FLAG_NAMES = {"too-easy": "too easy", "too-hard": "too hard", "misleading-distractor": "misleading distractor"}


@dataclass(frozen=True, slots=True)
class Table:
    """A figure's data: a caption, column headers and rows of text."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Figure:
    """One chart with what makes it readable without seeing it."""

    key: str
    title: str
    description: str
    spec: dict[str, Any]
    table: Table


def count_text(value: int | None, small: int) -> str:
    """A count, or "fewer than N" for a hidden one."""
    return f"fewer than {small}" if value is None else str(value)


def share_text(value: float | None, small: int) -> str:
    """A share in percent, or "fewer than N learners" when hidden."""
    return f"fewer than {small} learners" if value is None else f"{round(value * 100)}%"


def _spec(title: str, description: str, values: list[dict[str, Any]], **body: Any) -> dict[str, Any]:
    return {
        "$schema": VEGA_LITE,
        "title": title,
        "description": description,
        "data": {"values": values},
        "config": style.chart_config(),
        **body,
    }


def _paired_bars(
    heading: tuple[str, str],
    values: list[dict[str, Any]],
    category: tuple[str, str],
    measure: dict[str, Any],
    colours: tuple[str, str],
) -> dict[str, Any]:
    """Horizontal bars, two per category told apart by ``kind`` (done / done on time, planned / measured).

    ``heading``: the chart's title and description; ``category``: the field and title of the y axis;
    ``measure``: the x axis (field, title, scale).
    """
    field, axis_title = category
    return _spec(
        *heading,
        values,
        mark={"type": "bar"},
        encoding={
            "y": {"field": field, "type": "nominal", "sort": None, "title": axis_title},
            "yOffset": {"field": "kind"},
            "x": {
                "field": measure["field"],
                "type": "quantitative",
                **{k: v for k, v in measure.items() if k != "field"},
            },
            "color": {"field": "kind", "type": "nominal", "title": "", "scale": {"range": list(colours)}},
        },
        width=360,
    )


def funnel_figure(course: CourseInsights, small: int) -> Figure:
    """The funnel per week of the latest cohorts (all cohorts in the table)."""
    cohorts = sorted({row.cohort for row in course.funnel})[-LATEST_COHORTS:]
    values = [
        {"cohort": row.cohort, "week": row.week, "when": row.when, "step": label, "learners": getattr(row, key)}
        for row in course.funnel
        if row.cohort in cohorts
        for key, label in STEPS
        if getattr(row, key) is not None
    ]
    title = "Funnel per week, cohort by cohort"
    description = (
        f"For each of the latest {len(cohorts)} cohorts and each week: learners who opened the module, did its "
        "pre-work before the session, completed the exercise and passed the check."
    )
    spec = _spec(
        title,
        description,
        values,
        mark={"type": "bar", "tooltip": False},
        encoding={
            "row": {"field": "cohort", "type": "ordinal", "title": "Cohort (first session)"},
            "x": {"field": "when", "type": "ordinal", "title": "Week", "sort": {"field": "week"}},
            "xOffset": {"field": "step", "sort": [label for _, label in STEPS]},
            "y": {"field": "learners", "type": "quantitative", "title": "Learners"},
            "color": {
                "field": "step",
                "sort": [label for _, label in STEPS],
                "title": "Step",
                "scale": {"range": list(style.STEP_COLOURS)},
            },
        },
        height=110,
        width=360,
    )
    return Figure("funnel", title, description, spec, _funnel_table(course, small))


def _funnel_table(course: CourseInsights, small: int) -> Table:
    rows = tuple(
        (row.cohort, row.when, str(row.learners), *(count_text(getattr(row, key), small) for key, _ in STEPS))
        for row in course.funnel
    )
    headers = ("Cohort", "Week", "Learners in cohort", *(label for _, label in STEPS))
    return Table("Funnel per cohort and week", headers, rows)


def questions_figure(course: CourseInsights, small: int) -> Figure:
    """Right first time per question, flagged questions marked."""
    values = [
        {
            "question": q.question,
            "share": round(q.right_first * 100, 1),
            "flag": FLAG_NAMES[q.flags[0]] if q.flags else "not flagged",
        }
        for q in course.questions
        if q.right_first is not None
    ]
    title = "Right first time, per question"
    description = (
        "Share of learners whose first answer was right, one bar per question; questions flagged as too easy, "
        "too hard or with a misleading distractor are coloured."
    )
    spec = _spec(
        title,
        description,
        values,
        mark={"type": "bar"},
        encoding={
            "y": {"field": "question", "type": "nominal", "sort": None, "title": "Question"},
            "x": {
                "field": "share",
                "type": "quantitative",
                "title": "Right first time (%)",
                "scale": {"domain": [0, 100]},
            },
            "color": {
                "field": "flag",
                "type": "nominal",
                "title": "Flag",
                "scale": {"domain": list(style.FLAG_COLOURS), "range": list(style.FLAG_COLOURS.values())},
            },
        },
        width=360,
    )
    return Figure("questions", title, description, spec, _questions_table(course, small))


def _questions_table(course: CourseInsights, small: int) -> Table:
    rows = tuple(
        (
            q.question,
            q.module,
            str(q.answered),
            share_text(q.right_first, small),
            f"{q.wrong_option} ({share_text(q.wrong_share, small)})" if q.wrong_option else "–",
            ", ".join(FLAG_NAMES[f] for f in q.flags) or "–",
            f"{q.path}:{q.line}",
        )
        for q in course.questions
    )
    headers = ("Question", "Module", "Answered", "Right first time", "Wrong option chosen most", "Flags", "Source")
    return Table("First answers per question", headers, rows)


def pre_work_figure(course: CourseInsights, small: int) -> Figure:
    """Per pre-work item: the share of learners who did it, and who did it before the session."""
    values = [
        {"item": row.item, "kind": kind, "share": round(share * 100, 1)}
        for row in course.pre_work
        for kind, share in (("done", row.completed), ("done before the session", row.on_time))
        if share is not None
    ]
    title = "Pre-work done, and done before the session"
    description = (
        "For each pre-work item: the share of the learners who opened its module who ticked it, and who "
        "ticked it before the session of its week."
    )
    spec = _paired_bars(
        (title, description),
        values,
        ("item", "Pre-work item"),
        {"field": "share", "title": "Learners (%)", "scale": {"domain": [0, 100]}},
        style.PRE_WORK_PAIR,
    )
    rows = tuple(
        (r.item, r.module, str(r.opened), share_text(r.completed, small), share_text(r.on_time, small))
        for r in course.pre_work
    )
    headers = ("Pre-work item", "Module", "Learners who opened the module", "Done", "Done before the session")
    return Figure("pre-work", title, description, spec, Table("Pre-work per item", headers, rows))


def time_figure(course: CourseInsights, small: int) -> Figure:
    """Median measured pre-work minutes against the planned minutes, per module."""
    values: list[dict[str, Any]] = []
    for row in course.time:
        label = f"{row.when}: {row.module}"
        values.append({"module": label, "kind": "planned", "minutes": row.planned})
        if row.measured is not None:
            values.append({"module": label, "kind": "measured (median)", "minutes": row.measured})
    title = "Time on pre-work against the plan"
    description = (
        "Minutes each module plans for its pre-work, and the median minutes learners took from opening the "
        "module to ticking its last pre-work item in one sitting."
    )
    spec = _paired_bars(
        (title, description),
        values,
        ("module", "Module"),
        {"field": "minutes", "title": "Minutes"},
        style.TIME_PAIR,
    )
    rows = tuple(
        (
            f"{r.when}: {r.module}",
            str(r.planned),
            "–" if r.measured is None else f"{r.measured:g}",
            count_text(r.learners, small),
        )
        for r in course.time
    )
    headers = ("Module", "Planned minutes", "Measured minutes (median)", "Learners measured")
    return Figure("time", title, description, spec, Table("Pre-work minutes per module", headers, rows))


def metric_figure(course: CourseInsights) -> Figure | None:
    """The business metric over time, baseline and target as lines, cohort starts marked."""
    metric = course.metric
    if metric is None:
        return None
    unit = f" ({metric.unit})" if metric.unit else ""
    points = [{"date": d, "value": v, "series": t or "whole business"} for d, v, t in metric.points]
    title = "Business metric over time"
    description = (
        f"{metric.metric}: measured values over time, with the baseline and the target as dashed lines and the "
        "start of each cohort of the course as an orange vertical line."
    )
    spec = _spec(title, description, points, layer=_metric_layers(metric, unit), width=480, height=220)
    rows = tuple((d, f"{v:g}", t or "whole business") for d, v, t in metric.points)
    table = Table(f"Measured values of the metric{unit}", ("Date", "Value", "Measured for"), rows)
    return Figure("metric", title, description, spec, table)


def _metric_layers(metric: MetricSeries, unit: str) -> list[dict[str, Any]]:
    """The measured values as lines, the baseline and target as dashed rules, cohort starts as rules."""
    layers: list[dict[str, Any]] = [
        {
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": "date", "type": "temporal", "title": "Date"},
                "y": {"field": "value", "type": "quantitative", "title": f"Value{unit}"},
                "color": {"field": "series", "type": "nominal", "title": "Measured for"},
            },
        }
    ]
    lines = [
        {"label": f"baseline {metric.baseline:g}", "value": metric.baseline} if metric.baseline is not None else None,
        {"label": f"target {metric.target:g}", "value": metric.target} if metric.target is not None else None,
    ]
    for line in filter(None, lines):
        layers.append(
            {
                "data": {"values": [line]},
                "mark": {"type": "rule", "strokeDash": [6, 4], "color": style.INK},
                "encoding": {"y": {"field": "value", "type": "quantitative"}},
            }
        )
    if metric.cohorts:
        layers.append(
            {
                "data": {"values": [{"cohort": n, "start": s} for n, s in metric.cohorts]},
                "mark": {"type": "rule", "color": style.COHORT_RULE, "opacity": 0.6},
                "encoding": {"x": {"field": "start", "type": "temporal"}},
            }
        )
    return layers


def charted_heat_rows(rows: Sequence[HeatRow]) -> tuple[HeatRow, ...]:
    """The rows the heat-map chart shows: the :data:`HEATMAP_CHART_ROWS` with the most learners, in table order."""
    if len(rows) <= HEATMAP_CHART_ROWS:
        return tuple(rows)
    largest = sorted(range(len(rows)), key=lambda i: (-rows[i].learners, i))[:HEATMAP_CHART_ROWS]
    return tuple(rows[i] for i in sorted(largest))


def heatmap_figure(rows: Sequence[HeatRow], small: int) -> Figure:
    """Capability x team: learners who reached each journey stage (the chart: the largest rows; the table: all)."""
    charted = charted_heat_rows(rows)
    values = [
        {"row": f"{r.capability} · {r.team or 'no team chosen'}", "stage": stage, "learners": n}
        for r in charted
        for stage, n in zip(JOURNEY_STAGES, r.stages, strict=True)
        if n is not None
    ]
    title = "Journey stages reached, per capability and team"
    description = (
        "For each capability and team: how many learners completed a module of each journey stage "
        "(passed its check or completed its exercise) in the courses that build the capability."
    )
    if len(charted) < len(rows):
        description += (
            f" The chart shows the {len(charted)} capability-team pairs with the most learners; "
            f"the table lists all {len(rows)}."
        )
    spec = _spec(
        title,
        description,
        values,
        layer=_heatmap_layers(),
        encoding={
            "x": {"field": "stage", "type": "ordinal", "sort": list(JOURNEY_STAGES), "title": "Journey stage"},
            "y": {"field": "row", "type": "ordinal", "sort": None, "title": "Capability · team"},
        },
        width=420,
    )
    table_rows = tuple(
        (r.capability, r.team or "no team chosen", str(r.learners), *(count_text(n, small) for n in r.stages))
        for r in rows
    )
    headers = ("Capability", "Team", "Learners", *JOURNEY_STAGES)
    return Figure("heatmap", title, description, spec, Table("Learners per journey stage", headers, table_rows))


def _heatmap_layers() -> list[dict[str, Any]]:
    """Cells coloured by the number of learners, each with its number written in it."""
    return [
        {
            "mark": "rect",
            "encoding": {
                "color": {
                    "field": "learners",
                    "type": "quantitative",
                    "title": "Learners",
                    "scale": {"scheme": "blues"},
                }
            },
        },
        {
            "mark": {"type": "text", "fontSize": 10},
            "encoding": {
                "text": {"field": "learners", "type": "quantitative"},
                "color": {"condition": {"test": "datum.learners > 40", "value": "white"}, "value": "black"},
            },
        },
    ]


def course_figures(course: CourseInsights, small: int) -> tuple[Figure, ...]:
    """The figures of a course's insight page, in reading order."""
    metric = metric_figure(course)
    found = [
        funnel_figure(course, small),
        questions_figure(course, small),
        pre_work_figure(course, small),
        time_figure(course, small),
    ]
    return tuple([*([metric] if metric else []), *found])


def overview_figures(insights: Insights) -> tuple[Figure, ...]:
    """The figures of the insights overview page."""
    return (heatmap_figure(insights.heatmap, insights.min_group),) if insights.heatmap else ()


def charted(figure: Figure) -> bool:
    """Whether the figure has anything to chart (else only its table is shown)."""
    return bool(figure.spec.get("data", {}).get("values"))


def chart_specs(insights: Insights) -> tuple[dict[str, Any], ...]:
    """The specs of every chart the insight pages of these results show."""
    figures = [*overview_figures(insights)]
    figures += [f for course in insights.courses for f in course_figures(course, insights.min_group)]
    return tuple(f.spec for f in figures if charted(f))
