"""The stage compiler: model -> the pages of a generated MkDocs ``docs_dir`` (pure, no IO).

A course's pages are its overview and module pages (:mod:`.course_pages`) and, for trainers, the
facilitator guide (:mod:`.guide`), plus the printed handouts when the portal asks for them
(:mod:`.handouts`); the portal adds its portal-wide pages (:mod:`.portal_pages`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from lxkit.builder.content.course_pages import course_page, module_page, neighbours
from lxkit.builder.content.guide import guide_page
from lxkit.builder.content.handouts import handout_pages
from lxkit.builder.content.pages import Contributors, Flavour, StagedPage
from lxkit.builder.content.portal_pages import portal_pages
from lxkit.markdown import ParsedTexts
from lxkit.model import Course, Portal

__all__ = ["Contributors", "Flavour", "StagedPage", "stage_course", "stage_course_views", "stage_portal"]


def stage_portal(
    portal: Portal, flavour: Flavour, contributors: Contributors | None = None, insights: Any = None
) -> list[StagedPage]:
    """All pages of one flavour of the portal (``insights``: an ``InsightInput`` for the trainer view)."""
    pages = portal_pages(portal, flavour, insights)
    for course in portal.courses:
        pages.extend(stage_course(portal, course, flavour, (contributors or {}).get(course.folder, ())))
    return pages


def stage_course(
    portal: Portal,
    course: Course,
    flavour: Flavour,
    contributors: Sequence[tuple[str, int]] = (),
    texts: ParsedTexts | None = None,
) -> list[StagedPage]:
    """The course page and its module pages (and, for trainers, the facilitator guide), and the handouts if asked for.

    Pass the same ``texts`` when staging several views of a course: each body is parsed once.
    """
    texts = texts or ParsedTexts()
    pages = [course_page(portal, course, flavour, contributors, texts)]
    for index, module in enumerate(course.modules):
        pages.append(module_page(portal, course, module, flavour, *neighbours(course.modules, index), texts))
    if flavour is Flavour.TRAINER:
        pages.append(guide_page(portal, course, texts))
    pages.extend(handout_pages(portal, course, flavour, texts))
    return pages


def stage_course_views(
    portal: Portal,
    course: Course,
    flavours: Iterable[Flavour],
    contributors: Sequence[tuple[str, int]] = (),
    texts: ParsedTexts | None = None,
) -> dict[Flavour, list[StagedPage]]:
    """The pages of a course in each view, its Markdown parsed once for all of them.

    ``texts`` may hold the HTML an earlier build rendered (see :class:`~lxkit.markdown.ParsedTexts`).
    """
    texts = texts or ParsedTexts()
    return {flavour: stage_course(portal, course, flavour, contributors, texts) for flavour in flavours}
