"""Chart definitions (:class:`lxkit.insights.figures.Chart`) drawn to static, accessible SVG with pygal
(pure Python: no browser, no JavaScript engine, no CDN), remembered by the digest of the definition so a
build draws only the charts whose data changed; the build starts drawing in the background as soon as it
has read the results (:func:`draw_ahead`).

The SVG has no script, comment or URL, and is the same bytes for the same data (pygal's random id is
replaced). It draws on a transparent background in the page's font and text colour (``currentColor``),
so it reads in the light and the dark scheme. :func:`accessible_svg` gives it ``role="img"``, a
``<title>`` and a ``<desc>`` named by ``aria-labelledby``, and prefixes its ids (CSS selectors included)
so that several charts can share a page.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict
from datetime import date
from functools import cache, partial
from html import escape
from importlib.metadata import version
from math import ceil, cos, radians, sin
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError
from lxkit.insights.figures import Chart, Series

DRAWING = "1"  # part of the cache key: change it when the drawing below changes
WIDTH = 720
FONT = 12
SPACING = 8
CHAR_WIDTH = 0.6  # pygal's own estimate of a character's width, in font sizes
_STRIPPED = re.compile(r"<script\b.*?</script>|<!--.*?-->|<title>.*?</title>|<desc\b[^>]*>.*?</desc>", re.S)
_TOOLTIPS = re.compile(r'<g [^>]*class="plot tooltip-overlay">.*?</g></g>', re.S)
_EMPTY_BAR = re.compile(r'<g class="bar"><rect (?:(?![^>]*\bwidth=)|(?![^>]*\bheight=))[^>]*/></g>')  # stacked None
_TAG = re.compile(r"<[^>!?/][^>]*>")  # a start tag (pygal escapes '<' and '>' in text and attribute values)
_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')
_STYLE = re.compile(r"<style\b[^>]*>.*?</style>", re.S)
_XMLNS = re.compile(r'\sxmlns(:\w+)?="[^"]*"')
_EXTRA_CSS = (
    "{id} .axis .line,{id} .axis .major.line{{stroke-opacity:.6}}"
    "{id} .axis .guide.line{{stroke-opacity:.2}}"  # after: a major guide line is as faint as the others
    "{id} .line.reactive{{stroke-width:2;stroke-opacity:1}}"
    "{id} .text-overlay text.value{{fill:currentColor;text-anchor:start;transform:translateX(16px)}}"
)


@cache
def _pygal_version() -> str:
    return version("pygal")


def chart_digest(chart: Chart) -> str:
    """A digest of a chart definition (and of pygal's version and of this drawing's)."""
    text = json.dumps(asdict(chart), sort_keys=True, separators=(",", ":")) + _pygal_version() + DRAWING
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def draw_svg(chart: Chart) -> str:
    """The chart as SVG text: its panels drawn by pygal and stacked; deterministic, without script or URL."""
    try:
        panels = [_draw_panel(chart, index) for index in range(len(chart.panels))]
    except Exception as error:  # pygal raises what its computations raise on data it cannot draw
        raise UsageError(f"cannot draw the chart of {chart.kind} type: {error}") from error
    if len(panels) == 1:
        return panels[0][0]
    top, body = 0, []
    for index, (svg, height) in enumerate(panels):  # each panel a group moved down (no nested <svg> to size)
        inner = svg[svg.index(">") + 1 : svg.rindex("</svg>")]
        body.append(f'<g id="chart-p{index}" class="pygal-chart" transform="translate(0 {top})">{inner}</g>')
        top += height
    opening = f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{top}" viewBox="0 0 {WIDTH} {top}">'
    return opening + "".join(body) + "</svg>"


def _draw_panel(chart: Chart, index: int) -> tuple[str, int]:
    """One panel drawn by pygal: its SVG text (scripts, comments, tooltips removed) and height."""
    import pygal

    panel = chart.panels[index]
    last = index == len(chart.panels) - 1
    legend = chart.legend and last
    height = chart.panel_height + (_legend_height(panel.series) if legend else 0)
    if last and len(chart.panels) > 1:  # the labels under the last panel only: the panels' plots the same height
        height += _x_labels_height(chart)
    drawn = getattr(pygal, chart.kind)(_config(chart, index, legend, height))
    drawn.uuid = f"p{index}"  # instead of a random uuid: the same data gives the same bytes
    downwards = -1 if chart.kind.startswith("Horizontal") else 1  # pygal lists horizontal bars bottom-up
    drawn.x_labels = list(chart.labels)[::downwards]
    for series in panel.series:
        drawn.add(series.name, _values(chart, series)[::downwards], **_series_options(series))
    svg = str(drawn.render(is_unicode=True))
    return _EMPTY_BAR.sub("", _TOOLTIPS.sub("", _STRIPPED.sub("", svg))), height


def _legend_height(series: Sequence[Series]) -> int:
    """The room pygal takes for a legend under the chart."""
    return ceil(SPACING + FONT + FONT * 1.5 * (ceil(len(series) / _legend_columns(series)) - 1))


def _x_labels_height(chart: Chart) -> int:
    """The room pygal takes for the category labels under the chart."""
    widest = max((len(label) for label in chart.labels), default=0) * CHAR_WIDTH * FONT
    return ceil(SPACING + max(widest * abs(sin(radians(_rotation(chart)))), FONT))


def _legend_columns(series: Sequence[Series]) -> int:
    """As many legend columns as fit, dividing the series evenly (pygal makes room for full rows only)."""
    longest = max((len(s.name) for s in series), default=1)
    fit = max(1, int(WIDTH // ((longest * CHAR_WIDTH + 2) * FONT + 20)))
    return len(series) if fit >= len(series) else max(c for c in range(1, fit + 1) if len(series) % c == 0)


def _config(chart: Chart, index: int, legend: bool, height: int) -> Any:
    """The pygal configuration of one panel (shared labels and range, a legend under the last one)."""
    import pygal

    panel = chart.panels[index]
    return pygal.Config(
        style=_style(panel.series),
        js=[],
        css=["file://style.css", "file://graph.css", "inline:" + _EXTRA_CSS.format(id=f"#chart-p{index}")],
        width=WIDTH,
        height=height,
        explicit_size=True,
        disable_xml_declaration=True,
        title=panel.title or None,
        x_title=chart.x_title or None,
        y_title=chart.y_title or None,
        show_legend=legend,
        legend_at_bottom=True,
        legend_at_bottom_columns=_legend_columns(panel.series),
        legend_box_size=FONT,
        truncate_label=-1,
        truncate_legend=-1,
        range=chart.value_range,
        print_values=chart.print_values,
        x_label_rotation=_rotation(chart),
        allow_interruptions=True,
        dots_size=3,
        show_x_labels=index == len(chart.panels) - 1,
        margin_right=_overhang(chart) if len(chart.panels) > 1 else SPACING,
        max_scale=16 if chart.kind.startswith("Horizontal") else max(3, min(16, chart.panel_height // 30)),
        margin=SPACING,
        spacing=SPACING,
        tooltip_fancy_mode=False,
    )


def _style(series: Sequence[Series]) -> Any:
    """No background, text and lines in the page's text colour and font, the series in their colours."""
    from pygal.style import Style

    return Style(
        background="transparent",
        plot_background="transparent",
        foreground="currentColor",
        foreground_strong="currentColor",
        foreground_subtle="currentColor",
        guide_stroke_color="currentColor",
        major_guide_stroke_color="currentColor",
        guide_stroke_dasharray="none",  # solid and faint: the dashed lines are the baseline and target
        major_guide_stroke_dasharray="none",
        font_family="inherit",
        label_font_size=FONT,
        major_label_font_size=FONT,
        legend_font_size=FONT,
        title_font_size=FONT + 1,
        value_font_size=FONT - 1,
        value_label_font_size=FONT - 1,
        opacity="1",
        opacity_hover="1",
        transition="0ms",
        colors=tuple(s.colour for s in series) or ("#808080",),
        value_colors=tuple("currentColor" for _ in series),
        value_background="transparent",
    )


def _overhang(chart: Chart) -> int:
    """How far turned category labels reach right of the plot: every panel keeps that margin, so that the
    panels' plots are as wide as each other."""
    widest = max((len(label) for label in chart.labels), default=0) * CHAR_WIDTH * FONT
    return max(SPACING, ceil(widest * abs(cos(radians(_rotation(chart)))))) if _rotation(chart) else SPACING


def _rotation(chart: Chart) -> int:
    """Turn the category labels of a vertical chart when they would not fit side by side (never cut them)."""
    if chart.kind == "DateLine":
        return 30
    if chart.kind.startswith("Horizontal") or not chart.labels:
        return 0
    widest = max(len(label) for label in chart.labels) * CHAR_WIDTH * FONT
    room = (WIDTH - 120) / len(chart.labels)
    return 0 if widest <= room * 0.9 else 30


def _values(chart: Chart, series: Series) -> list[Any]:
    """The series' values as pygal takes them (a ``DateLine`` point's date as a date)."""
    if chart.kind != "DateLine":
        return list(series.values)
    return [None if p is None else (date.fromisoformat(str(p[0])), p[1]) for p in series.values]  # type: ignore[index]


def _series_options(series: Series) -> dict[str, Any]:
    return {"show_dots": series.dots, **({"stroke_style": {"dasharray": "6,4"}} if series.dashed else {})}


def render_svg(chart: Chart, cache: Path | None) -> str:
    """The chart as SVG text, from ``cache`` when it was drawn before."""
    key = chart_digest(chart)
    cached = cache / f"{key}.svg" if cache is not None else None
    if cached is not None and cached.is_file():
        return cached.read_text("utf-8")
    svg = draw_svg(chart)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}-{threading.get_ident()}.partial")  # one per writer
        partial.write_text(svg, "utf-8")
        partial.replace(cached)
    return svg


def render_svgs(charts: Sequence[Chart], cache: Path | None) -> tuple[str, ...]:
    """Each chart as SVG text (:func:`render_svg`), in order; a chart that appears twice is drawn once.

    One after the other: pygal is pure Python, so threads would only take turns.
    """
    unique = {chart_digest(chart): chart for chart in charts}
    drawn = {key: render_svg(chart, cache) for key, chart in unique.items()}
    return tuple(drawn[chart_digest(chart)] for chart in charts)


def draw_ahead(charts: Sequence[Chart], cache: Path) -> Future[tuple[str, ...]] | None:
    """Start drawing, on a background thread, the charts ``cache`` does not have yet (None: it has them all).

    The build calls this as soon as it has read the results, so the charts are drawn while it does the
    rest of its work; :func:`render_svgs` then finds them in the cache (wait for the future first).
    """
    missing = [chart for chart in charts if not (cache / f"{chart_digest(chart)}.svg").is_file()]
    if not missing:
        return None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lxkit-charts")
    future = pool.submit(render_svgs, missing, cache)
    pool.shutdown(wait=False)
    return future


def accessible_svg(svg: str, prefix: str, title: str, description: str) -> str:
    """The SVG, for a page: an image with a title and a description, its ids (and the references to them:
    ``url(#…)``, ``href="#…"``, CSS selectors) prefixed with ``prefix``, without namespace declarations."""
    ids = sorted({i for tag in _TAG.findall(svg) for i in _ID.findall(tag)}, key=len, reverse=True)
    if ids:  # in tags and style sheets only: a label's text stays as it is
        selector = re.compile(r"#(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
        svg = _STYLE.sub(lambda m: selector.sub(lambda s: f"#{prefix}-{s.group(1)}", m.group(0)), svg)
        reference = partial(_REFERENCE.sub, lambda m: f"{m.group(1)}{prefix}-{m.group(2)}")
        svg = _TAG.sub(lambda m: reference(m.group(0)), svg)
    head, _, rest = _XMLNS.sub("", svg).partition(">")
    head = re.sub(r'\s(role|aria-[a-z]+)="[^"]*"', "", head)
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"
    opening = f'{head} role="img" aria-labelledby="{title_id} {desc_id}" focusable="false">'
    labels = f'<title id="{title_id}">{escape(title)}</title><desc id="{desc_id}">{escape(description)}</desc>'
    return opening + labels + rest
