"""Reading what ``lxkit insights`` wrote, for the build (the IO edge of the insight pages)."""

from __future__ import annotations

import hashlib

from lxkit.builder.content.insight_pages import InsightInput
from lxkit.insights.charts import draw_ahead
from lxkit.insights.figures import insight_charts
from lxkit.insights.results import read_results
from lxkit.insights.settings import insight_settings
from lxkit.model import PortalConfig


def load_insight_input(config: PortalConfig) -> InsightInput | None:
    """The portal's insight results and chart cache, or None before the first ``lxkit insights``; the
    charts not in the cache yet start being drawn in the background."""
    output = insight_settings(config).output
    insights = read_results(output)
    if insights is None:
        return None
    text_digest = hashlib.sha256(output.read_bytes()).hexdigest()
    charts = output.parent / "charts"
    return InsightInput(insights, charts, text_digest, draw_ahead(insight_charts(insights), charts))
