"""The insight charts in both of Material's schemes: no background of their own, ink in the page's text colour."""

from __future__ import annotations

import re

from lxkit.insights import chart_style as style
from lxkit.insights.charts import render_svg
from lxkit.insights.figures import heatmap_figure
from lxkit.insights.results import HeatRow
from lxkit.model import JOURNEY_STAGES

LIGHT, SLATE = "#ffffff", "#1e2129"  # Material's default and slate backgrounds


def test_a_chart_has_no_background_and_draws_its_text_and_axes_in_the_text_colour() -> None:
    rows = (HeatRow("data-literacy", "payments", 12, tuple(5 + i for i, _ in enumerate(JOURNEY_STAGES))),)
    svg = render_svg(heatmap_figure(rows, 5).chart, None)
    assert not re.search(r"(white|#fff\b|#ffffff|black|#000\b)", svg)
    assert re.search(r"\.background\{fill:transparent\}", svg)
    assert re.search(r"\.axis \.line\{stroke:currentColor\}", svg) and re.search(r"text\{fill:currentColor\}", svg)


def test_every_data_colour_stands_out_from_both_backgrounds() -> None:
    colours = {
        *style.STEP_COLOURS,
        *style.FLAG_COLOURS.values(),
        *style.PRE_WORK_PAIR,
        *style.TIME_PAIR,
        *style.METRIC_COLOURS,
        style.BASELINE,
        style.TARGET,
        style.COHORT_MARK,
        style.HEAT_DOT,
    }
    weak = {c: (round(style.contrast(c, LIGHT), 2), round(style.contrast(c, SLATE), 2)) for c in colours}
    assert {c: pair for c, pair in weak.items() if min(pair) < 3} == {}
