"""How the insight charts look in both of Material's schemes (pure): the colours of the data.

The charts are inline SVG on the insight pages, on the page's own background: they have none of their
own, and their text, axes and grid are drawn in ``currentColor`` (:data:`INK`), the colour of the text
around them (dark on the light scheme, light on slate); see :mod:`lxkit.insights.charts`. The colours
of the data are middle tones with a contrast of at least 3:1 against both the white and the slate
background, as WCAG asks of the parts of a chart (relative luminance between about 0.15 and 0.3).
"""

from __future__ import annotations

INK = "currentColor"
"""Text, axes and grid: the surrounding text's colour, whichever scheme the page shows."""

STEP_COLOURS = ("#5c6bc0", "#00897b", "#e65100", "#8d6e63")  # opened, on time, exercise, passed
FLAG_COLOURS = {
    "not flagged": "#808080",
    "too easy": "#558b2f",
    "too hard": "#d32f2f",
    "misleading distractor": "#e65100",
}
PRE_WORK_PAIR = ("#7986cb", "#00897b")  # done, done before the session
TIME_PAIR = ("#808080", "#5c6bc0")  # planned, measured
METRIC_COLOURS = ("#5c6bc0", "#00897b", "#ab47bc", "#8d6e63", "#1e88e5", "#d81b60")  # one per team measured
BASELINE, TARGET, COHORT_MARK = "#808080", "#558b2f", "#ef6c00"
HEAT_DOT = "#5c6bc0"


def contrast(colour: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(colour), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
