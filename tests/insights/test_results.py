"""The results file: its JSON is what ``dataclasses.asdict`` gives and reads back the same; a file lxkit
did not write is a usage error saying what to run, never a traceback."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from lxkit.exceptions import UsageError
from lxkit.insights.results import (
    FORMAT,
    CourseInsights,
    FunnelRow,
    HeatRow,
    Insights,
    MetricSeries,
    PreWorkStat,
    QuestionStat,
    TimeRow,
    read_results,
    to_json,
    write_results,
)


@pytest.mark.parametrize("text", ["[]", "null", '"x"', "3", '{"format": []}', '{"format": 2}', "{"])
def test_a_results_file_lxkit_did_not_write_says_to_run_insights_again(tmp_path: Path, text: str) -> None:
    path = tmp_path / "insights.json"
    path.write_text(text, "utf-8")
    with pytest.raises(UsageError, match="run 'lxkit insights' again"):
        read_results(path)


def sample() -> Insights:
    metric = MetricSeries("tickets", "%", 10.0, None, (("2026-01-05", 12.5, "t"),), (("c1", "2026-01-05"),))
    course = CourseInsights(
        course="a",
        title="A",
        learners=None,
        funnel=(FunnelRow("c1", 1, "Week 1", "m", 40, 30, None, 20, 10),),
        questions=(QuestionStat("m", "q", "single", "a/m.md", 3, 40, 0.25, "B", 0.5, ("too-hard",)),),
        time=(TimeRow("m", 1, "Week 1", 30, 27.5, 12), TimeRow("n", 2, "Week 2", 15, None, None)),
        metric=metric,
        pre_work=(PreWorkStat("m", "i", 40, 0.5, None),),
    )
    plain = dataclasses.replace(course, course="b", metric=None, pre_work=())
    return Insights(1000, 5, 2, (course, plain), (HeatRow("k", "t", 7, (5, None, 0, 6)),))


def test_the_json_is_the_one_of_asdict() -> None:
    insights = sample()
    expected = json.dumps({"format": FORMAT, **dataclasses.asdict(insights)}, indent=1, sort_keys=True) + "\n"
    assert to_json(insights) == expected


def test_written_results_read_back_the_same(tmp_path: Path) -> None:
    insights = sample()
    write_results(insights, tmp_path / "insights.json")
    assert read_results(tmp_path / "insights.json") == insights
