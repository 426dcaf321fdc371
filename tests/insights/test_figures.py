"""The insight figures: what a chart shows (drawn: what its SVG holds) and what its data table lists."""

from __future__ import annotations

from lxkit.insights.charts import draw_svg
from lxkit.insights.figures import (
    HEATMAP_CHART_ROWS,
    LATEST_COHORTS,
    Figure,
    charted,
    course_figures,
    heatmap_figure,
    metric_figure,
)
from lxkit.insights.results import CourseInsights, FunnelRow, HeatRow, MetricSeries, PreWorkStat, QuestionStat, TimeRow
from lxkit.model import JOURNEY_STAGES

BAR = 'class="rect reactive tooltip-trigger"'
DOT = 'class="dot reactive tooltip-trigger"'


def heat_rows(count: int) -> tuple[HeatRow, ...]:
    """``count`` capability x team rows; row ``i`` has ``10 + (i * 37) % count`` learners (all different)."""
    return tuple(
        HeatRow("capability", f"team-{i:03}", 10 + (i * 37) % count, tuple(5 for _ in JOURNEY_STAGES))
        for i in range(count)
    )


def charted_teams(rows: tuple[HeatRow, ...]) -> list[str]:
    figure = heatmap_figure(rows, 5)
    return [s.name.split(" · ")[1] for s in figure.chart.panels[0].series]


def question(name: str, right: float | None, flags: tuple[str, ...] = ()) -> QuestionStat:
    return QuestionStat("m1", name, "single", "courses/c/01-m1.md", 12, 40, right, "B", 0.3, flags)


def course(cohorts: int = 8) -> CourseInsights:
    """A course with ``cohorts`` cohorts of two weeks (a follow-up), one hidden count, one hidden question."""
    funnel = tuple(
        FunnelRow(f"2026-{c + 1:02}-01", week, when, f"m{week}", 30, 28, 20, 18, None if (c, week) == (7, 2) else 15)
        for c in range(cohorts)
        for week, when in ((1, "Week 1"), (2, "90 days after the course"))
    )
    questions = (question("q-easy", 0.97, ("too-easy",)), question("q-plain", 0.6), question("q-hidden", None))
    time = (TimeRow("m1", 1, "Week 1", 30, 25.0, 12), TimeRow("m2", 2, "90 days after the course", 20, None, None))
    pre_work = (PreWorkStat("m1", "pw-1", 30, 0.8, 0.5), PreWorkStat("m1", "pw-hidden", 3, None, None))
    metric = MetricSeries(
        "Hours saved", "hours", 1.5, 8.0, (("2026-01-01", 1.5, ""), ("2026-04-01", 5.0, "")), (("c1", "2026-02-01"),)
    )
    return CourseInsights("c", "Course", 240, funnel, questions, time, metric, pre_work)


def figure(key: str) -> Figure:
    return next(f for f in course_figures(course(), 5) if f.key == key)


def test_the_heat_map_chart_shows_the_largest_rows_and_its_table_all_of_them() -> None:
    rows = heat_rows(HEATMAP_CHART_ROWS + 25)
    figure = heatmap_figure(rows, 5)
    assert len(figure.table.rows) == len(rows)
    largest = sorted(rows, key=lambda r: -r.learners)[:HEATMAP_CHART_ROWS]
    assert charted_teams(rows) == [r.team for r in rows if r in largest]  # table order kept
    assert f"the {HEATMAP_CHART_ROWS} capability-team pairs with the most learners" in figure.description
    assert f"the table lists all {len(rows)}" in figure.description
    assert draw_svg(figure.chart).count(DOT) == HEATMAP_CHART_ROWS * len(JOURNEY_STAGES)


def test_a_small_heat_map_is_charted_whole_without_a_note_and_a_hidden_count_has_no_dot() -> None:
    rows = heat_rows(HEATMAP_CHART_ROWS)
    figure = heatmap_figure(rows, 5)
    assert charted_teams(rows) == [r.team for r in rows]
    assert "the table lists all" not in figure.description
    hidden = HeatRow("capability", "", 7, (7, 6, None, None, None))
    svg = draw_svg(heatmap_figure((*rows[:2], hidden), 5).chart)
    assert svg.count(DOT) == 2 * len(JOURNEY_STAGES) + 2 and ">capability · no team chosen<" in svg


def test_the_heat_map_names_capabilities_and_teams_as_the_portal_does() -> None:
    named = HeatRow("data-literacy", "support", 9, (9, 8, 7, 6, 5), "Data literacy", "Customer support")
    unlisted = HeatRow("data-literacy", "old-team", 9, (9, 8, 7, 6, 5), "Data literacy", "")
    figure = heatmap_figure((named, unlisted), 5)
    assert [row[:2] for row in figure.table.rows] == [
        ("Data literacy", "Customer support"),
        ("Data literacy", "old-team"),
    ]
    assert ">Data literacy · Customer support<" in draw_svg(figure.chart)


def test_the_funnel_has_one_panel_per_latest_cohort_and_no_bar_for_a_hidden_count() -> None:
    found = figure("funnel")
    panels = found.chart.panels
    assert [p.title for p in panels] == [f"Cohort starting 2026-{c + 1:02}-01" for c in range(2, 8)]
    assert len(panels) == LATEST_COHORTS and found.chart.labels == ("Week 1", "90 days after the course")
    assert len(found.table.rows) == 16 and "fewer than 5" in found.table.rows[-1]
    svg = draw_svg(found.chart)
    assert svg.count(BAR) == LATEST_COHORTS * 2 * 4 - 1
    assert svg.count(">90 days after the course<") == 1


def test_questions_are_bars_coloured_by_flag_and_a_hidden_share_is_left_out() -> None:
    found = figure("questions")
    assert found.chart.labels == ("q-easy", "q-plain")
    by_flag = {s.name: [v for v in s.values if v is not None] for s in found.chart.panels[0].series}
    assert by_flag == {"not flagged": [60.0], "too easy": [97.0], "too hard": [], "misleading distractor": []}
    svg = draw_svg(found.chart)
    assert svg.count(BAR) == 2 and "q-hidden" not in svg
    assert [row[0] for row in found.table.rows] == ["q-easy", "q-plain", "q-hidden"]


def test_pre_work_and_time_leave_hidden_values_out_of_the_chart_and_keep_them_in_the_table() -> None:
    pre_work, time = figure("pre-work"), figure("time")
    assert pre_work.chart.labels == ("pw-1",) and draw_svg(pre_work.chart).count(BAR) == 2
    assert "pw-hidden" in {row[0] for row in pre_work.table.rows}
    assert time.chart.labels == ("Week 1: m1", "90 days after the course: m2")
    assert draw_svg(time.chart).count(BAR) == 3  # both planned, one measured
    assert charted(pre_work) and charted(time)


def test_the_metric_has_its_points_baseline_target_and_cohort_starts() -> None:
    found = metric_figure(course())
    assert found is not None
    names = [s.name for s in found.chart.panels[0].series]
    assert names == ["whole business", "baseline 1.5", "target 8", "cohort starts"]
    low, high = found.chart.value_range or (0, 0)
    assert low == 0 and high > 8  # room above the target
    svg = draw_svg(found.chart)
    assert svg.count(DOT) == 2 and ">target 8<" in svg
