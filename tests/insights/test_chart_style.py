"""The insight charts in both of Material's schemes: no background of their own, ink in the page's text colour."""

from __future__ import annotations

import re

from lxkit.insights.chart_style import INK
from lxkit.insights.charts import render_svg
from lxkit.insights.figures import heatmap_figure
from lxkit.insights.results import HeatRow
from lxkit.model import JOURNEY_STAGES


def test_a_chart_has_no_background_and_draws_its_text_and_axes_in_the_text_colour() -> None:
    rows = (HeatRow("data-literacy", "payments", 12, tuple(5 + i for i, _ in enumerate(JOURNEY_STAGES))),)
    svg = render_svg(heatmap_figure(rows, 5).spec, None)
    assert not re.search(r'fill="(white|#fff|#ffffff)"', svg.split("<g", 1)[0])  # no white box behind the chart
    titles = re.findall(r'<text[^>]*font-weight="bold"[^>]*>', svg)  # chart, axis and legend titles
    assert titles and all(f'fill="{INK}"' in text for text in titles)
    assert f'stroke="{INK}"' in svg  # axis lines and ticks
