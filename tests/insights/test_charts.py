"""Charts drawn to SVG: static, deterministic, accessible, in order, each cached once."""

from __future__ import annotations

import re
from pathlib import Path

from lxkit.insights.charts import accessible_svg, chart_digest, draw_ahead, draw_svg, render_svgs
from lxkit.insights.figures import Chart, Panel, Series

BAR = 'class="rect reactive tooltip-trigger"'
DOT = 'class="dot reactive tooltip-trigger"'


def bars(title: str, values: list[float | None], panels: int = 1) -> Chart:
    labels = tuple(f"label {i}" for i in range(len(values)))
    series = (Series("learners", tuple(values), "#5c6bc0"),)
    return Chart("Bar", labels, tuple(Panel(f"{title} {i}", series) for i in range(panels)))


def on_page(svg: str, prefix: str = "course-funnel") -> str:
    return accessible_svg(svg, prefix, "Funnel per week", "Learners who opened the module, per week.")


def test_charts_drawn_together_come_back_in_order_and_a_repeated_one_is_drawn_once(tmp_path: Path) -> None:
    charts = [bars("first", [1, 2]), bars("second", [3, 1, 2]), bars("first", [1, 2]), bars("third", [5])]
    svgs = render_svgs(charts, tmp_path)
    assert [svg.count("<svg") for svg in svgs] == [1, 1, 1, 1]
    assert ["first" in svgs[0], "second" in svgs[1], "third" in svgs[3]] == [True, True, True]
    assert svgs[0] == svgs[2]
    assert len(list(tmp_path.glob("*.svg"))) == 3 and not list(tmp_path.glob("*.partial"))
    assert render_svgs(charts, tmp_path) == svgs  # from the cache


def test_charts_drawn_ahead_are_in_the_cache_and_none_are_drawn_when_all_are_there(tmp_path: Path) -> None:
    charts = [bars("first", [1, 2]), bars("second", [3, 1, 2])]
    render_svgs(charts[:1], tmp_path)
    drawing = draw_ahead(charts, tmp_path)
    assert drawing is not None
    assert len(drawing.result()) == 1  # only the chart the cache did not have
    assert len(list(tmp_path.glob("*.svg"))) == 2
    assert draw_ahead(charts, tmp_path) is None


def test_the_same_data_gives_the_same_bytes_and_other_data_another_digest() -> None:
    chart = bars("first", [1, 2, 3])
    assert draw_svg(chart) == draw_svg(bars("first", [1, 2, 3]))
    assert chart_digest(chart) == chart_digest(bars("first", [1, 2, 3]))
    assert chart_digest(chart) != chart_digest(bars("first", [1, 2, 4]))
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", draw_svg(chart))  # no uuid


def test_a_chart_has_no_script_no_url_and_no_font_or_background_of_its_own() -> None:
    svg = on_page(draw_svg(bars("first", [1, 2], panels=2)))
    assert "<script" not in svg and "http" not in svg and "//" not in svg
    assert not re.search(r"\b(href|src)=", svg)
    assert "consolas" not in svg.lower() and "font-family:inherit" in svg
    backgrounds = re.findall(r"\.background\{fill:([^;}]+)", svg)
    assert backgrounds and set(backgrounds) == {"transparent"}
    assert "fill:currentColor" in svg and "black" not in svg and "white" not in svg


def test_a_chart_on_a_page_is_an_image_with_a_title_a_description_and_ids_of_its_own() -> None:
    svg = on_page(draw_svg(bars("first", [1, 2], panels=3)))
    assert re.match(r'<svg [^>]*role="img" aria-labelledby="course-funnel-title course-funnel-desc"', svg)
    assert '<title id="course-funnel-title">Funnel per week</title>' in svg
    assert '<desc id="course-funnel-desc">Learners who opened the module, per week.</desc>' in svg
    ids = re.findall(r'\bid="([^"]+)"', svg)
    assert len(ids) == len(set(ids)) and all(i.startswith("course-funnel-") for i in ids)
    selectors = re.findall(r"#([\w-]+) ", "".join(re.findall(r"<style[^>]*>(.*?)</style>", svg, re.S)))
    assert selectors and set(selectors) <= set(ids)  # the CSS still reaches its chart
    assert svg.count("<title") == 1 and svg.count("<desc") == 1  # pygal's own titles and tooltips are gone
    other = on_page(draw_svg(bars("first", [1, 2], panels=3)), "other-funnel")
    assert not set(ids) & set(re.findall(r'\bid="([^"]+)"', other))


def test_one_bar_per_value_and_none_for_a_hidden_one() -> None:
    assert draw_svg(bars("first", [4, 7, 9])).count(BAR) == 3
    assert draw_svg(bars("first", [4, None, 9])).count(BAR) == 2
    assert draw_svg(bars("first", [4, None, 9], panels=3)).count(BAR) == 6


def test_panels_are_stacked_in_one_image_with_the_labels_under_the_last_one() -> None:
    svg = draw_svg(bars("cohort", [4, 7], panels=3))
    assert svg.count("<svg") == 1
    tops = [int(y) for y in re.findall(r'class="pygal-chart" transform="translate\(0 (\d+)\)"', svg)]
    assert tops[0] == 0 and tops == sorted(tops) and len(set(tops)) == 3
    assert svg.count(">label 0<") == 1
    assert all(f"cohort {i}" in svg for i in range(3))


def test_long_labels_are_neither_cut_nor_left_side_by_side_when_they_would_overlap() -> None:
    long = "90 days after the course"
    weeks = (*(f"Week {i}" for i in range(1, 11)), long)
    chart = Chart("Bar", weeks, (Panel("", (Series("opened", tuple(range(11)), "#5c6bc0"),)),))
    svg = draw_svg(chart)
    assert f">{long}<" in svg
    assert re.search(r'<text [^>]*transform="rotate\(30', svg)
    short = draw_svg(Chart("Bar", ("Week 1", "Week 2"), chart.panels))
    assert "rotate(" not in short


def test_a_heat_map_is_a_matrix_of_dots_with_their_numbers_and_a_date_line_has_its_points() -> None:
    series = (Series("ai · analytics", (12, None, 7), "#5c6bc0"), Series("ai · billing", (5, 6, 8), "#5c6bc0"))
    dots = draw_svg(Chart("Dot", ("awareness", "application", "measurement"), (Panel("", series),), print_values=True))
    assert dots.count(DOT) == 5 and ">12<" in dots and ">ai · billing<" in dots
    points = (("2026-01-01", 1.5), ("2026-02-01", 2.0), ("2026-03-01", 4.0))
    line = Chart("DateLine", (), (Panel("", (Series("whole business", points, "#5c6bc0"),)),))
    assert draw_svg(line).count(DOT) == 3


def test_hostile_labels_stay_text_in_a_well_formed_image() -> None:
    import xml.etree.ElementTree as ET

    name = '"><script>alert(1)</script><!-- id="x" & #chart-p0'
    chart = Chart("Dot", (name,), (Panel(name, (Series(name, (3,), "#5c6bc0"),)),), print_values=True)
    svg = on_page(draw_svg(chart))
    assert "<script" not in svg and "<!--" not in svg
    root = ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))
    assert name in "".join(root.itertext())
