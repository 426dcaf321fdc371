"""Week sums, the journey chart and the session timings match the front-matter."""

from __future__ import annotations

from lxkit.builder.content.journey import chart_scale, hour_ticks, journey_chart, journey_stages, percent
from lxkit.builder.content.timing import clock, session_timing
from lxkit.model import Portal
from lxkit.schedule import week_loads


def test_week_loads_sum_the_front_matter(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    loads = week_loads(course)
    assert [row.week for row in loads] == [1, 2]
    first = loads[0]
    assert (first.pre_work, first.session, first.exercise) == (45 + 15, 90, 60)
    assert first.total == 210
    assert first.budget == 240
    assert not first.over_budget


def test_chart_scale_rounds_up_to_the_hour_and_bars_are_percentages(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    chart = journey_chart(course, "courses/data-basics/")
    assert chart.scale == 240
    assert chart.budget == 240 and chart.budget_at == 100.0
    row = chart.rows[0]
    assert (row.pre_work, row.session, row.exercise) == (25.0, 37.5, 25.0)
    assert [link.href for link in row.links] == ["01-week-1/"]
    assert chart.ticks == ((1, 25.0), (2, 50.0), (3, 75.0), (4, 100.0))


def test_chart_helpers_handle_empty_and_large_values() -> None:
    assert percent(5, 0) == 0.0
    assert chart_scale(()) == 60
    assert hour_ticks(600)[0] == (2, 20.0)


def test_journey_stages_list_covering_modules_in_journey_order(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    stages = journey_stages(course, "courses/data-basics/")
    assert [s.id for s in stages] == ["awareness", "capability-building", "application", "reinforcement", "measurement"]
    assert [s.covered for s in stages] == [True, False, True, False, False]
    assert stages[2].modules[0].href == "02-week-2/"


def test_session_timing_gives_a_clock_per_activity_and_the_slack(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    timing = session_timing(course.modules[0])
    assert [(r.start, r.end) for r in timing.rows] == [("0:00", "0:15"), ("0:15", "1:00"), ("1:00", "1:20")]
    assert timing.planned == 80 and timing.length == 90 and timing.slack == 10
    assert clock(125) == "2:05"
