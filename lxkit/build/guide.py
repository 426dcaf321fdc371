"""The printable facilitator guide of a course (trainer view only)."""

from __future__ import annotations

from lxkit.build.fragments import render_fragment, rendered_html
from lxkit.build.labels import ALL_LABELS
from lxkit.build.stage import StagedPage, agenda, page_facts, page_text, url_rewriter
from lxkit.build.urls import course_url, module_url, relative_url
from lxkit.markdown import FACILITATOR, admonition_kind, parse, render
from lxkit.model import Course, Module, Portal


def facilitator_notes_html(portal: Portal, course: Course, module: Module, page_url: str) -> str:
    """Only the ``!!! facilitator`` blocks of a module, rendered."""
    tokens = parse(module.body)
    kept = []
    depth = 0
    for token in tokens:
        opening = token.type == "admonition_open"
        if depth == 0 and opening and admonition_kind(token) == FACILITATOR:
            depth = 1
            kept.append(token)
            continue
        if depth:
            depth += 1 if opening else -1 if token.type == "admonition_close" else 0
            kept.append(token)
    return render(kept, url_rewriter(portal, course, page_url)) if kept else ""


def guide_page(portal: Portal, course: Course) -> StagedPage:
    """Session plans and facilitator notes of every week on one printable page."""
    url = course_url(course.folder) + "guide/"
    weeks = [
        {
            "module": module,
            "href": relative_url(url, module_url(course.folder, module.page_name)),
            "agenda": agenda(module),
            "notes_html": rendered_html(facilitator_notes_html(portal, course, module, url)),
        }
        for module in course.modules
    ]
    html = render_fragment(
        "guide", course=course, weeks=weeks, course_href=relative_url(url, course_url(course.folder)), **ALL_LABELS
    )
    title = f"Facilitator guide: {course.title}"
    facts = page_facts(portal, course, course.path, "guide")
    return StagedPage(f"courses/{course.folder}/guide.md", page_text(title, html, **facts))
