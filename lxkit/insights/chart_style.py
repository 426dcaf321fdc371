"""How the insight charts look: colours and a Vega-Lite ``config`` that read in both of Material's schemes (pure).

The charts are inline SVG on the insight pages, on the page's own background: they have none of their
own, and their text, axes, grid and reference lines are drawn in ``currentColor``, the colour of the
text around them (dark on the light scheme, light on slate). The colours of the data are middle tones
that stand out from both backgrounds.
"""

from __future__ import annotations

from typing import Any

INK = "currentColor"
"""Text, axes and reference lines: the surrounding text's colour, whichever scheme the page shows."""

STEP_COLOURS = ("#5c6bc0", "#009688", "#f9a825", "#8d6e63")
FLAG_COLOURS = {
    "not flagged": "#8a8a8a",
    "too easy": "#388e3c",
    "too hard": "#e53935",
    "misleading distractor": "#ef6c00",
}
PRE_WORK_PAIR = ("#80cbc4", "#00897b")  # done, done before the session
TIME_PAIR = ("#9fa8da", "#5c6bc0")  # planned, measured
COHORT_RULE = "#ef6c00"


def chart_config() -> dict[str, Any]:
    """The Vega-Lite ``config`` of every insight chart (a new one each call: specs are plain data)."""
    return {
        "font": "Roboto, Helvetica, Arial, sans-serif",
        "background": "transparent",
        "view": {"stroke": None},
        "title": {"color": INK},
        "axis": {
            "labelColor": INK,
            "titleColor": INK,
            "domainColor": INK,
            "tickColor": INK,
            "gridColor": INK,
            "gridOpacity": 0.2,
        },
        "legend": {"labelColor": INK, "titleColor": INK},
        "header": {"labelColor": INK, "titleColor": INK},
    }
