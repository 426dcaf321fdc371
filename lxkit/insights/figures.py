"""What the insight pages show: figures (a chart definition, its title, description and data table)
made from the results. Pure: a chart here is data (:class:`Chart`: the pygal chart type, its labels and
series); drawing it is :mod:`lxkit.insights.charts`.

Counts hidden for privacy (fewer learners than the minimum) are ``None`` in the results; a table
says "fewer than N" and a chart leaves them out.

The colours come from :mod:`lxkit.insights.chart_style` (readable in the light and the dark scheme).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from lxkit.insights import chart_style as style
from lxkit.insights.results import CourseInsights, FunnelRow, HeatRow, Insights, MetricSeries
from lxkit.model import JOURNEY_STAGES

STEPS = (
    ("opened", "Opened the module"),
    ("on_time", "Pre-work before the session"),
    ("exercise", "Exercise done"),
    ("passed", "Check passed"),
)
LATEST_COHORTS = 6
HEATMAP_CHART_ROWS = 30  # more rows are unreadable as a chart: the table has them all
FLAG_NAMES = {"too-easy": "too easy", "too-hard": "too hard", "misleading-distractor": "misleading distractor"}

ChartKind = Literal["Bar", "HorizontalBar", "HorizontalStackedBar", "DateLine", "Dot"]
Value = float | tuple[str, float] | None
"""A bar's or dot's value, or a ``DateLine`` point (ISO date, value); ``None``: nothing drawn (hidden)."""


@dataclass(frozen=True, slots=True)
class Series:
    """One series of a chart: its legend name, one value per label (or the points of a line), its colour."""

    name: str
    values: tuple[Value, ...]
    colour: str
    dashed: bool = False
    dots: bool = True


@dataclass(frozen=True, slots=True)
class Panel:
    """One chart of a figure made of several stacked ones (a facet: ``title`` names it), or the only one."""

    title: str
    series: tuple[Series, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart as data: the pygal chart type (``kind``), its category labels, its panels (stacked, sharing
    the labels and the value range) and options. Frozen and made of tuples: hashable, and serialisable
    with :func:`dataclasses.asdict` (the chart cache keys on that)."""

    kind: ChartKind
    labels: tuple[str, ...]
    panels: tuple[Panel, ...]
    x_title: str = ""
    y_title: str = ""
    value_range: tuple[float, float] | None = None
    panel_height: int = 200
    legend: bool = True
    print_values: bool = False


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
    chart: Chart
    table: Table


def count_text(value: int | None, small: int) -> str:
    """A count, or "fewer than N" for a hidden one."""
    return f"fewer than {small}" if value is None else str(value)


def share_text(value: float | None, small: int) -> str:
    """A share in percent, or "fewer than N learners" when hidden."""
    return f"fewer than {small} learners" if value is None else f"{round(value * 100)}%"


def percent(share: float | None) -> float | None:
    """A share as a percentage for a chart (``None`` stays hidden)."""
    return None if share is None else round(share * 100, 1)


def bars_height(categories: int, per_category: int = 26) -> int:
    """The height of a horizontal bar chart: room for the axis and legend plus ``per_category`` per bar group."""
    return 110 + per_category * max(1, categories)


def funnel_figure(course: CourseInsights, small: int) -> Figure:
    """The funnel per week of the latest cohorts, one panel per cohort (all cohorts in the table)."""
    cohorts = sorted({row.cohort for row in course.funnel})[-LATEST_COHORTS:]
    shown = [row for row in course.funnel if row.cohort in cohorts]
    slots = sorted({(row.week, row.module, row.when) for row in shown})
    repeated = {when for _, _, when in slots if sum(1 for *_, w in slots if w == when) > 1}
    labels = tuple(f"{when}: {module}" if when in repeated else when for _, module, when in slots)
    cells = {(row.cohort, row.week, row.module): row for row in shown}
    panels = tuple(
        Panel(f"Cohort starting {cohort}", _funnel_series([cells.get((cohort, w, m)) for w, m, _ in slots]))
        for cohort in cohorts
    )
    top = max((row.learners for row in shown), default=0)
    title = "Funnel per week, cohort by cohort"
    description = (
        f"For each of the latest {len(cohorts)} cohorts and each week: learners who opened the module, did its "
        "pre-work before the session, completed the exercise and passed the check."
    )
    chart = Chart("Bar", labels, panels, y_title="Learners", value_range=(0, max(top, 1)), panel_height=150)
    return Figure("funnel", title, description, chart, _funnel_table(course, small))


def _funnel_series(rows: list[FunnelRow | None]) -> tuple[Series, ...]:
    return tuple(
        Series(label, tuple(None if row is None else getattr(row, key) for row in rows), colour)
        for (key, label), colour in zip(STEPS, style.STEP_COLOURS, strict=True)
    )


def _funnel_table(course: CourseInsights, small: int) -> Table:
    rows = tuple(
        (row.cohort, row.when, str(row.learners), *(count_text(getattr(row, key), small) for key, _ in STEPS))
        for row in course.funnel
    )
    headers = ("Cohort", "Week", "Learners in cohort", *(label for _, label in STEPS))
    return Table("Funnel per cohort and week", headers, rows)


def questions_figure(course: CourseInsights, small: int) -> Figure:
    """Right first time per question, coloured by its first flag (stacked bars: one flag per question)."""
    charted = [q for q in course.questions if q.right_first is not None]
    flagged = [(q, FLAG_NAMES[q.flags[0]] if q.flags else "not flagged") for q in charted]
    series = tuple(
        Series(name, tuple(percent(q.right_first) if flag == name else None for q, flag in flagged), colour)
        for name, colour in style.FLAG_COLOURS.items()
    )
    title = "Right first time, per question"
    description = (
        "Share of learners whose first answer was right, one bar per question; questions flagged as too easy, "
        "too hard or with a misleading distractor are coloured."
    )
    labels = tuple(q.question for q in charted)
    chart = Chart(
        "HorizontalStackedBar",
        labels,
        (Panel("", series),),
        x_title="Right first time (%)",
        value_range=(0, 100),
        panel_height=bars_height(len(labels), 22),
    )
    return Figure("questions", title, description, chart, _questions_table(course, small))


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
    items = [row for row in course.pre_work if row.completed is not None or row.on_time is not None]
    series = (
        Series("done", tuple(percent(r.completed) for r in items), style.PRE_WORK_PAIR[0]),
        Series("done before the session", tuple(percent(r.on_time) for r in items), style.PRE_WORK_PAIR[1]),
    )
    title = "Pre-work done, and done before the session"
    description = (
        "For each pre-work item: the share of the learners who opened its module who ticked it, and who "
        "ticked it before the session of its week."
    )
    labels = tuple(r.item for r in items)
    chart = Chart(
        "HorizontalBar",
        labels,
        (Panel("", series),),
        x_title="Learners (%)",
        value_range=(0, 100),
        panel_height=bars_height(len(labels), 34),
    )
    rows = tuple(
        (r.item, r.module, str(r.opened), share_text(r.completed, small), share_text(r.on_time, small))
        for r in course.pre_work
    )
    headers = ("Pre-work item", "Module", "Learners who opened the module", "Done", "Done before the session")
    return Figure("pre-work", title, description, chart, Table("Pre-work per item", headers, rows))


def time_figure(course: CourseInsights, small: int) -> Figure:
    """Median measured pre-work minutes against the planned minutes, per module."""
    series = (
        Series("planned", tuple(float(r.planned) for r in course.time), style.TIME_PAIR[0]),
        Series("measured (median)", tuple(r.measured for r in course.time), style.TIME_PAIR[1]),
    )
    title = "Time on pre-work against the plan"
    description = (
        "Minutes each module plans for its pre-work, and the median minutes learners took from opening the "
        "module to ticking its last pre-work item in one sitting."
    )
    labels = tuple(f"{r.when}: {r.module}" for r in course.time)
    chart = Chart(
        "HorizontalBar", labels, (Panel("", series),), x_title="Minutes", panel_height=bars_height(len(labels), 34)
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
    return Figure("time", title, description, chart, Table("Pre-work minutes per module", headers, rows))


def metric_figure(course: CourseInsights) -> Figure | None:
    """The business metric over time, baseline and target as lines, cohort starts marked."""
    metric = course.metric
    if metric is None:
        return None
    unit = f" ({metric.unit})" if metric.unit else ""
    title = "Business metric over time"
    description = (
        f"{metric.metric}: measured values over time, with the baseline and the target as dashed lines and the "
        "start of each cohort of the course as an orange mark on the time axis."
    )
    rows = tuple((d, f"{v:g}", t or "whole business") for d, v, t in metric.points)
    table = Table(f"Measured values of the metric{unit}", ("Date", "Value", "Measured for"), rows)
    return Figure("metric", title, description, _metric_chart(metric, unit), table)


def _metric_chart(metric: MetricSeries, unit: str) -> Chart:
    """The measured values as lines, the baseline and target as dashed lines, cohort starts as vertical lines."""
    teams = list(dict.fromkeys(t for _, _, t in metric.points))
    colours = style.METRIC_COLOURS
    series = [
        Series(team or "whole business", points, colours[i % len(colours)], dots=len(points) <= 40)
        for i, team in enumerate(teams)
        if (points := tuple((d, v) for d, v, t in metric.points if t == team))
    ]
    dates = sorted({d for d, _, _ in metric.points} | {s for _, s in metric.cohorts})
    values = [v for _, v, _ in metric.points] + [v for v in (metric.baseline, metric.target) if v is not None]
    low, high = min([0.0, *values]), max([0.0, *values])
    high = high + (high - low) * 0.08 if high > low else low + 1  # room above a target at the top
    lines = (("baseline", metric.baseline, style.BASELINE), ("target", metric.target, style.TARGET))
    for label, value, colour in lines:
        if value is not None and dates:
            series.append(Series(f"{label} {value:g}", ((dates[0], value), (dates[-1], value)), colour, True, False))
    if metric.cohorts:  # a short mark on the time axis at each start
        tick = low + (high - low) * 0.08
        marks = tuple(p for _, start in metric.cohorts for p in ((start, low), (start, tick), None))
        series.append(Series("cohort starts", marks[:-1], style.COHORT_MARK, dots=False))
    return Chart(
        "DateLine",
        (),
        (Panel("", tuple(series)),),
        y_title=f"Value{unit}",
        value_range=(low, high),
        panel_height=300,
    )


def charted_heat_rows(rows: Sequence[HeatRow]) -> tuple[HeatRow, ...]:
    """The rows the heat-map chart shows: the :data:`HEATMAP_CHART_ROWS` with the most learners, in table order."""
    if len(rows) <= HEATMAP_CHART_ROWS:
        return tuple(rows)
    largest = sorted(range(len(rows)), key=lambda i: (-rows[i].learners, i))[:HEATMAP_CHART_ROWS]
    return tuple(rows[i] for i in sorted(largest))


def heat_row_name(row: HeatRow) -> str:
    """A capability x team row's name in the chart (the portal's names when it gives them)."""
    return f"{row.capability_name or row.capability} · {_team_label(row)}"


def _team_label(row: HeatRow) -> str:
    return row.team_name or row.team or "no team chosen"


def heatmap_figure(rows: Sequence[HeatRow], small: int) -> Figure:
    """Capability x team: learners who reached each journey stage, as a matrix of dots sized by the count and
    labelled with it (the chart: the largest rows; the table: all)."""
    charted = charted_heat_rows(rows)
    series = tuple(Series(heat_row_name(r), tuple(r.stages), style.HEAT_DOT) for r in charted)
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
    chart = Chart(
        "Dot",
        JOURNEY_STAGES,
        (Panel("", series),),
        panel_height=90 + 30 * max(1, len(charted)),
        legend=False,
        print_values=True,
    )
    table_rows = tuple(
        (r.capability_name or r.capability, _team_label(r), str(r.learners), *(count_text(n, small) for n in r.stages))
        for r in rows
    )
    headers = ("Capability", "Team", "Learners", *JOURNEY_STAGES)
    return Figure("heatmap", title, description, chart, Table("Learners per journey stage", headers, table_rows))


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
    return any(v is not None for panel in figure.chart.panels for s in panel.series for v in s.values)


def insight_charts(insights: Insights) -> tuple[Chart, ...]:
    """The charts every insight page of these results shows."""
    figures = [*overview_figures(insights)]
    figures += [f for course in insights.courses for f in course_figures(course, insights.min_group)]
    return tuple(f.chart for f in figures if charted(f))
