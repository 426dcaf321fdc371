"""The printable facilitator guide of a course (trainer view only): every week's session plan,
estimated timings, objectives and ``!!! facilitator`` notes on one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it.token import Token

from lxkit.builder.content.fragments import render_fragment, rendered_html
from lxkit.builder.content.labels import ALL_LABELS
from lxkit.builder.content.pages import Flavour, StagedPage, guide_url, page_facts, page_text, url_rewriter
from lxkit.builder.content.timing import session_timing
from lxkit.builder.content.urls import course_url, module_url, relative_url
from lxkit.markdown import ParsedTexts, facilitator_notes, render
from lxkit.model import Course, Module, Portal


def facilitator_notes_html(portal: Portal, course: Course, module: Module, page_url: str, texts: ParsedTexts) -> str:
    """Only the ``!!! facilitator`` blocks of a module, rendered (empty when it has none)."""

    def make(tokens: Sequence[Token]) -> str:
        kept = facilitator_notes(tokens)
        return render(kept, url_rewriter(portal, course, page_url)) if kept else ""

    return texts.html(f"notes:{page_url}", module.body, make)


def guide_weeks(portal: Portal, course: Course, texts: ParsedTexts) -> list[dict[str, Any]]:
    """Each week of the guide: the module, its link from the guide, its timed agenda and its notes.

    Shared by the guide page and the printed facilitator guide (:mod:`.handouts`), so a module's
    notes are rendered once for both (the same ``texts`` key).
    """
    url = guide_url(course)
    return [
        {
            "module": module,
            "href": relative_url(url, module_url(course.folder, module.page_name)),
            "timing": session_timing(module),
            "notes_html": rendered_html(facilitator_notes_html(portal, course, module, url, texts)),
        }
        for module in course.modules
    ]


def guide_page(portal: Portal, course: Course, texts: ParsedTexts | None = None) -> StagedPage:
    """Session plans and facilitator notes of every week on one printable page."""
    url = guide_url(course)
    weeks = guide_weeks(portal, course, texts or ParsedTexts())
    html = render_fragment(
        "guide", course=course, weeks=weeks, course_href=relative_url(url, course_url(course.folder)), **ALL_LABELS
    )
    title = f"Facilitator guide: {course.title}"
    back = course_url(course.folder)
    facts = page_facts(portal, course, course.path, "guide", page_url=url, flavour=Flavour.TRAINER, counterpart=back)
    return StagedPage(f"courses/{course.folder}/guide.md", page_text(title, html, **facts))
