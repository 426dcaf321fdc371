"""Portal-wide pages: the catalog (home) and, from the portal issue, the cross-course views."""

from __future__ import annotations

import re

from lxkit.build.fragments import render_fragment
from lxkit.build.labels import ALL_LABELS
from lxkit.build.stage import Flavour, StagedPage, page_text
from lxkit.build.urls import course_url, relative_url
from lxkit.model import Portal


def audience_key(role: str) -> str:
    """A filter key for an audience role (``Software engineers`` -> ``software-engineers``)."""
    return re.sub(r"[^a-z0-9]+", "-", role.lower()).strip("-")


def portal_pages(portal: Portal, flavour: Flavour) -> list[StagedPage]:
    """The pages that list courses."""
    return [catalog_page(portal, flavour)]


def catalog_page(portal: Portal, flavour: Flavour) -> StagedPage:
    """The home page: one card per course."""
    cards = []
    for course in sorted(portal.courses, key=lambda c: c.title.lower()):
        names = [
            (portal.config.capability(c).name if portal.config.capability(c) else c)  # type: ignore[union-attr]
            for c in course.capabilities
        ]
        cards.append(
            {
                "course": course,
                "href": relative_url("", course_url(course.folder)),
                "capabilities": names,
                "audience_keys": [audience_key(a) for a in course.audience],
            }
        )
    html = render_fragment("catalog", courses=cards, portal=portal, flavour=flavour.value, **ALL_LABELS)
    title = "Facilitator view" if flavour is Flavour.TRAINER else "Course catalog"
    return StagedPage("index.md", page_text(title, html, lxkit={"kind": "catalog"}))


def navigation(portal: Portal, flavour: Flavour) -> list[dict[str, str]]:
    """The site's top navigation: portal-wide pages (course pages link to their modules)."""
    return [{"Catalog": "index.md"}]
