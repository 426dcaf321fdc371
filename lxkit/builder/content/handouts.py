"""Printed handouts of a course: the learner workbook and the facilitator guide as print HTML (pure).

Each handout is one HTML document with its print stylesheet inline (A4, page numbers, a table of
contents, no navigation), made from the same page content as the portal: the guide's weeks
(:func:`~lxkit.builder.content.guide.guide_weeks`, with the run sheet and answer key fragments) and
the learner's Markdown without facilitator notes. :mod:`lxkit.builder.render.pdf` turns a document
into a tagged PDF. Every course text is autoescaped; the workbook holds no facilitator note, no
correct answer and no feedback.

With ``handouts: true`` in the portal settings the build stages them beside the course page (the
workbook in the learner view, the guide in the trainer view) under a ``.pdf`` path whose staged
text is the print HTML, so a PDF is made again only when its HTML changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxkit.builder.content.fragments import render_fragment, rendered_html
from lxkit.builder.content.guide import guide_weeks
from lxkit.builder.content.labels import ALL_LABELS
from lxkit.builder.content.pages import Flavour, StagedPage, url_rewriter
from lxkit.builder.content.urls import course_url, module_url, relative_url
from lxkit.builder.content.views import trainer_url
from lxkit.handout_names import FACILITATOR_GUIDE, HANDOUT_TITLES, WORKBOOK, handout_name, handouts_on
from lxkit.markdown import ParsedTexts, render_markdown
from lxkit.model import Course, Module, Portal

HANDOUT_VIEWS = {WORKBOOK: Flavour.LEARNER, FACILITATOR_GUIDE: Flavour.TRAINER}


@dataclass(frozen=True, slots=True)
class Handout:
    """One print document of a course: its kind (:data:`WORKBOOK`, :data:`FACILITATOR_GUIDE`), file name and HTML."""

    kind: str
    file_name: str
    title: str
    html: str


def handout_url(course: Course, kind: str) -> str:
    """Site-relative URL of a handout in its view (next to the course page)."""
    return course_url(course.folder) + handout_name(course.folder, kind)


def module_heading(module: Module) -> str:
    """A module's heading in the handouts and their outline: ``Week 2: Title`` (the title alone without a week)."""
    return f"Week {module.week}: {module.title}" if module.week else module.title


def workbook(portal: Portal, course: Course, texts: ParsedTexts | None = None) -> Handout:
    """The learner workbook: overview, and per module objectives, pre-work, exercise, questions, reflection."""
    texts = texts or ParsedTexts()
    modules = [
        {
            "module": module,
            "heading": module_heading(module),
            "anchor": f"week-{index}",
            "body_html": rendered_html(_learner_html(portal, course, module.body, _page(course, module), texts)),
        }
        for index, module in enumerate(course.modules, start=1)
    ]
    overview = _learner_html(portal, course, course.body, course_url(course.folder), texts)
    return _handout(portal, course, WORKBOOK, "print_workbook", modules=modules, overview_html=rendered_html(overview))


def facilitator_guide(portal: Portal, course: Course, texts: ParsedTexts | None = None) -> Handout:
    """The facilitator guide: per week the run sheet with clock times and notes, materials, brief and answer key."""
    weeks = guide_weeks(portal, course, texts or ParsedTexts())
    for index, week in enumerate(weeks, start=1):
        week.update(heading=module_heading(week["module"]), anchor=f"week-{index}")
    return _handout(portal, course, FACILITATOR_GUIDE, "print_guide", weeks=weeks)


def _page(course: Course, module: Module) -> str:
    return module_url(course.folder, module.page_name)


def _learner_html(portal: Portal, course: Course, text: str, page_url: str, texts: ParsedTexts) -> str:
    """Markdown without facilitator notes, rendered as for its portal page (the same render is reused).

    Its links stay relative to that page; a PDF has no base address, so they print as plain text.
    """
    return render_markdown(text, url_rewriter(portal, course, page_url), False, texts, page_url)


def _handout(portal: Portal, course: Course, kind: str, fragment: str, **context: Any) -> Handout:
    title = f"{HANDOUT_TITLES[kind]}: {course.title}"
    html = render_fragment(
        fragment,
        course=course,
        kind_title=HANDOUT_TITLES[kind],
        title=title,
        site_name=portal.config.site_name,
        authors=", ".join(owner.name for owner in course.owners),
        **context,
        **ALL_LABELS,
    )
    return Handout(kind, handout_name(course.folder, kind), title, html)


def handout_pages(portal: Portal, course: Course, flavour: Flavour, texts: ParsedTexts) -> list[StagedPage]:
    """The handouts of one view, staged as ``.pdf`` files whose text is the print HTML (none unless enabled)."""
    if not handouts_on(portal.config):
        return []
    make = workbook if flavour is Flavour.LEARNER else facilitator_guide
    handout = make(portal, course, texts)
    return [StagedPage(handout_url(course, handout.kind), handout.html)]


def handout_links(portal: Portal, course: Course, flavour: Flavour) -> list[dict[str, str]]:
    """The course page's download links: the workbook in both views, the facilitator guide for trainers only."""
    if not handouts_on(portal.config):
        return []
    page = course_url(course.folder)
    links = [{"kind": WORKBOOK, "label": "Download workbook (PDF)", "href": handout_name(course.folder, WORKBOOK)}]
    if flavour is Flavour.TRAINER:
        # The trainer view is built under trainer/ of the learner site: the workbook is the learner view's.
        links[0]["href"] = relative_url(trainer_url(page), handout_url(course, WORKBOOK))
        guide = {"kind": FACILITATOR_GUIDE, "label": "Facilitator guide (PDF)"}
        links.append({**guide, "href": handout_name(course.folder, FACILITATOR_GUIDE)})
    return links
