"""The trainer view's insight pages: an overview (journey stages per capability and team) and one
page per course (business metric, funnel, questions, time), from the results of ``lxkit insights``.

Only the trainer view has them. The figures come from :mod:`lxkit.insights.figures`; each chart is
an inline SVG with a title and a description, followed by its data table.
"""

from __future__ import annotations

from concurrent.futures import Future, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from lxkit.builder.content.fragments import render_fragment
from lxkit.builder.content.pages import StagedPage, page_text
from lxkit.builder.content.urls import course_url, edit_url, module_url, relative_url
from lxkit.builder.content.views import view_facts
from lxkit.insights.charts import accessible_svg, render_svgs
from lxkit.insights.figures import FLAG_NAMES, Figure, charted, course_figures, overview_figures, share_text
from lxkit.insights.results import CourseInsights, Insights
from lxkit.model import Course, Portal

INSIGHTS_URL = "insights/"
INSIGHTS_NAV = ("Insights", "insights/index.md")


@dataclass(frozen=True)
class InsightInput:
    """What ``lxkit insights`` wrote, for the build: the results, the chart cache and their digest, and
    the charts being drawn ahead into the cache (:func:`lxkit.insights.charts.draw_ahead`)."""

    insights: Insights
    charts: Path | None
    digest: str
    drawing: Future[tuple[str, ...]] | None = None


def insight_url(course_id: str) -> str:
    """Site-relative URL of a course's insight page (trainer view)."""
    return f"{INSIGHTS_URL}{course_id}/"


def source_line_url(portal: Portal, path: str, line: int) -> str | None:
    """A link to a line of a course file in the Git host (``blob`` instead of ``edit``, ``#L<line>``)."""
    config = portal.config
    template = str(dict(config.raw.get("edit") or {}).get("url", ""))
    url = edit_url(config.repo_url, config.edit_uri, template, path)
    if url is None:
        return None
    return url.replace("/edit/", "/blob/", 1) + f"#L{line}"


def rendered_figure(figure: Figure, svg: str, prefix: str) -> dict[str, Any]:
    """A figure for the template: its SVG (``svg`` is empty when there is nothing to chart) and table."""
    return {
        "key": f"{prefix}-{figure.key}",
        "title": figure.title,
        "description": figure.description,
        "svg": Markup(accessible_svg(svg, f"{prefix}-{figure.key}", figure.title, figure.description) if svg else ""),
        "table": figure.table,
    }


def rendered_figures(groups: list[tuple[str, tuple[Figure, ...]]], charts: Path | None) -> list[list[dict[str, Any]]]:
    """The figures of each page (its id prefix, its figures) for the template, every chart drawn in one go."""
    drawn = [f.chart for _, figures in groups for f in figures if charted(f)]
    svgs = iter(render_svgs(drawn, charts))
    return [
        [rendered_figure(f, next(svgs) if charted(f) else "", prefix) for f in figures] for prefix, figures in groups
    ]


def insight_pages(portal: Portal, given: InsightInput) -> list[StagedPage]:
    """The overview and one page per course with insights."""
    insights = given.insights
    found = [(c, i) for c in portal.courses if (i := insights.course(c.folder)) is not None]
    groups = [("overview", overview_figures(insights))]
    groups += [(course.folder, course_figures(i, insights.min_group)) for course, i in found]
    if given.drawing is not None:
        wait([given.drawing])  # its charts are in the cache now (one that failed is drawn again and reports why)
    overview, *per_course = rendered_figures(groups, given.charts)
    pages = [_overview(given, overview)]
    pages += [_course_page(portal, c, i, given, figures) for (c, i), figures in zip(found, per_course, strict=True)]
    return pages


def _facts(url: str, counterpart: str, kind: str) -> dict[str, Any]:
    lxkit = {"kind": kind, **view_facts(url, True, counterpart)}
    return {"lxkit": lxkit, "hide": ["toc"], "search": {"exclude": True}}


def _overview(given: InsightInput, figures: list[dict[str, Any]]) -> StagedPage:
    insights = given.insights
    courses = [
        {
            "title": c.title,
            "href": relative_url(INSIGHTS_URL, insight_url(c.course)),
            "learners": c.learners,
            "flagged": sum(1 for q in c.questions if q.flags),
        }
        for c in insights.courses
    ]
    html = render_fragment(
        "insights",
        insights=insights,
        courses=courses,
        figures=figures,
    )
    description = "What learners did, per course and per team, and whether the business metrics moved."
    facts = _facts(INSIGHTS_URL, "", "insights")
    return StagedPage("insights/index.md", page_text("Insights", html, description=description, **facts))


def _course_page(
    portal: Portal, course: Course, found: CourseInsights, given: InsightInput, figures: list[dict[str, Any]]
) -> StagedPage:
    url = insight_url(course.folder)
    small = given.insights.min_group
    pages = {m.slug: m.page_name for m in course.modules}
    flagged = [
        {
            "question": q.question,
            "flags": [FLAG_NAMES[f] for f in q.flags],
            "right_first": share_text(q.right_first, small),
            "wrong": f"option {q.wrong_option} chosen by {share_text(q.wrong_share, small)}" if q.wrong_option else "",
            "place": f"{q.path}:{q.line}",
            "source": source_line_url(portal, q.path, q.line),
            "module": relative_url(url, module_url(course.folder, pages[q.module])) if q.module in pages else None,
        }
        for q in found.questions
        if q.flags
    ]
    html = render_fragment(
        "insights_course",
        course=found,
        small=small,
        course_href=relative_url(url, course_url(course.folder)),
        overview_href=relative_url(url, INSIGHTS_URL),
        flagged=flagged,
        figures=figures,
    )
    title = f"Insights: {course.title}"
    description = f"How learners of {course.title} progress, which questions mislead them, and the business metric."
    facts = _facts(url, course_url(course.folder), "insights-course")
    return StagedPage(f"insights/{course.folder}.md", page_text(title, html, description=description, **facts))
