"""Charts drawn to SVG: several at once, in order, each cached once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxkit.insights.charts import draw_ahead, render_svgs


def bars(title: str, values: list[int]) -> dict[str, Any]:
    return {
        "title": title,
        "data": {"values": [{"x": str(i), "y": v} for i, v in enumerate(values)]},
        "mark": "bar",
        "encoding": {"x": {"field": "x", "type": "nominal"}, "y": {"field": "y", "type": "quantitative"}},
    }


def test_charts_drawn_together_come_back_in_order_and_a_repeated_one_is_drawn_once(tmp_path: Path) -> None:
    specs = [bars("first", [1, 2]), bars("second", [3, 1, 2]), bars("first", [1, 2]), bars("third", [5])]
    svgs = render_svgs(specs, tmp_path)
    assert [svg.count("<svg") for svg in svgs] == [1, 1, 1, 1]
    assert ["first" in svgs[0], "second" in svgs[1], "third" in svgs[3]] == [True, True, True]
    assert svgs[0] == svgs[2]
    assert len(list(tmp_path.glob("*.svg"))) == 3 and not list(tmp_path.glob("*.partial"))
    assert render_svgs(specs, tmp_path) == svgs  # from the cache


def test_charts_drawn_ahead_are_in_the_cache_and_none_are_drawn_when_all_are_there(tmp_path: Path) -> None:
    specs = [bars("first", [1, 2]), bars("second", [3, 1, 2])]
    render_svgs(specs[:1], tmp_path)
    drawing = draw_ahead(specs, tmp_path)
    assert drawing is not None
    assert len(drawing.result()) == 1  # only the chart the cache did not have
    assert len(list(tmp_path.glob("*.svg"))) == 2
    assert draw_ahead(specs, tmp_path) is None
