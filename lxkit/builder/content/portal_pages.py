"""Portal-wide pages: the catalog (home), the capability matrix, the experts directory, the impact
page and the machine-readable ``catalog.json``; and the site navigation that lists only them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxkit.builder.content.catalog import audience_key, catalog_filters, course_cards
from lxkit.builder.content.catalog_json import CATALOG_PATH, catalog_json
from lxkit.builder.content.experts import directory_capabilities, expert_directory, experts_for
from lxkit.builder.content.fragments import render_fragment
from lxkit.builder.content.impact import impact_groups
from lxkit.builder.content.insight_pages import INSIGHTS_NAV, InsightInput, insight_pages
from lxkit.builder.content.labels import ALL_LABELS
from lxkit.builder.content.matrix import active_courses, capability_matrix, course_codes
from lxkit.builder.content.pages import Flavour, StagedPage, page_text
from lxkit.builder.content.urls import course_url, edit_url, relative_url
from lxkit.builder.content.views import view_facts
from lxkit.model import JOURNEY_STAGES, Portal

__all__ = ["PORTAL_PAGES", "audience_key", "navigation", "portal_pages"]

# (nav title, docs_dir path, site URL) of every portal-wide page, in navigation order.
PORTAL_PAGES = (
    ("Catalog", "index.md", ""),
    ("Capabilities", "capabilities.md", "capabilities/"),
    ("Experts", "experts.md", "experts/"),
    ("Impact", "impact.md", "impact/"),
)


def portal_pages(portal: Portal, flavour: Flavour, insights: InsightInput | None = None) -> list[StagedPage]:
    """The pages that list courses (and, in the learner view, ``catalog.json``; in the trainer view, the
    insight pages when ``lxkit insights`` has written its results)."""
    pages = [catalog_page(portal, flavour), matrix_page(portal, flavour), experts_page(portal, flavour)]
    pages.append(impact_page(portal, flavour))
    if flavour is Flavour.LEARNER:
        pages.append(StagedPage(CATALOG_PATH, catalog_json(portal)))
    elif insights is not None:
        pages.extend(insight_pages(portal, insights))
    return pages


def navigation(portal: Portal, flavour: Flavour, insights: bool = False) -> list[dict[str, str]]:
    """The site's navigation: portal-wide pages only, so a page's size does not grow with the catalog."""
    nav = [{title: path} for title, path, _ in PORTAL_PAGES]
    if insights and flavour is Flavour.TRAINER:
        nav.append({INSIGHTS_NAV[0]: INSIGHTS_NAV[1]})
    return nav


def edit_config_url(portal: Portal) -> str | None:
    """'Edit this page' of portal-wide pages: the portal's mkdocs.yml (site name, capability framework)."""
    config = portal.config
    template = str(dict(config.raw.get("edit") or {}).get("url", ""))
    return edit_url(config.repo_url, config.edit_uri, template, Path(config.config_file).name)


def _facts(portal: Portal, kind: str, url: str, flavour: Flavour, searchable: bool = True) -> dict[str, Any]:
    trainer = flavour is Flavour.TRAINER
    # Learners see neither the view switch nor an "edit" link to mkdocs.yml on the portal-wide pages:
    # both are for trainers and authors, who find them on course pages and in the trainer view.
    views = view_facts(url, trainer) if trainer else {}
    lxkit = {"kind": kind, **views, "edit_url": edit_config_url(portal) if trainer else None}
    facts: dict[str, Any] = {"lxkit": {k: v for k, v in lxkit.items() if v}, "hide": ["toc"]}
    if not searchable:
        # Lists of every course would only repeat the course pages' own entries in the search index.
        facts["search"] = {"exclude": True}
    return facts


def _course_hrefs(portal: Portal, page_url: str) -> dict[str, str]:
    return {c.folder: relative_url(page_url, course_url(c.folder)) for c in portal.courses}


def catalog_page(portal: Portal, flavour: Flavour) -> StagedPage:
    """The home page: a filterable card per course."""
    active = active_courses(portal)
    html = render_fragment(
        "catalog",
        portal=portal,
        cards=course_cards(portal),
        filters=catalog_filters(portal),
        active_count=len(active),
        capability_count=len({c for course in active for c in course.capabilities}),
        expert_count=len(experts_for(active)),
        hours=round(sum(course.total_minutes for course in active) / 60),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    title = "Course catalog"
    return StagedPage("index.md", page_text(title, html, **_facts(portal, "catalog", "", flavour, searchable=False)))


def matrix_page(portal: Portal, flavour: Flavour) -> StagedPage:
    """Capabilities x courses: which journey stages each course covers, and the gaps."""
    url = "capabilities/"
    rows = capability_matrix(portal)
    courses = active_courses(portal)
    html = render_fragment(
        "matrix",
        rows=rows,
        courses=courses,
        codes=course_codes(courses),
        stages=JOURNEY_STAGES,
        hrefs=_course_hrefs(portal, url),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    description = "Which capabilities the catalog builds, at which stage of the learning journey, and the gaps."
    facts = _facts(portal, "matrix", url, flavour, searchable=False)
    return StagedPage("capabilities.md", page_text("Capability matrix", html, description=description, **facts))


def experts_page(portal: Portal, flavour: Flavour) -> StagedPage:
    """Who owns or teaches what: each person once, grouped by what they do, filterable by capability."""
    url = "experts/"
    sections = expert_directory(portal)
    html = render_fragment(
        "experts",
        sections=sections,
        capabilities=directory_capabilities(sections),
        hrefs=_course_hrefs(portal, url),
        **ALL_LABELS,
    )
    description = "Colleagues who own and teach our courses: find someone who teaches a skill."
    facts = _facts(portal, "experts", url, flavour)
    return StagedPage("experts.md", page_text("Experts directory", html, description=description, **facts))


def impact_page(portal: Portal, flavour: Flavour) -> StagedPage:
    """Courses grouped by the business goal they serve, with metric, baseline and target."""
    url = "impact/"
    html = render_fragment("impact", groups=impact_groups(portal), hrefs=_course_hrefs(portal, url), **ALL_LABELS)
    description = "The business goals our courses serve, and how each course measures its contribution."
    facts = _facts(portal, "impact", url, flavour)
    return StagedPage("impact.md", page_text("Business impact", html, description=description, **facts))
