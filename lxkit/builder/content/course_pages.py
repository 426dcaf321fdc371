"""The pages of one course: its overview page and one page per module (week).

Each page is staged (see :mod:`.pages`): the course structure rendered from
``themes/lxkit/fragments`` and the author's Markdown through :mod:`lxkit.markdown`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxkit.builder.content.course_image import shown_image
from lxkit.builder.content.fragments import render_fragment, rendered_html
from lxkit.builder.content.handouts import handout_links
from lxkit.builder.content.journey import journey_chart, journey_stages
from lxkit.builder.content.jsonld import course_jsonld
from lxkit.builder.content.labels import ALL_LABELS
from lxkit.builder.content.learner_progress import module_key, module_progress_items, progress_items
from lxkit.builder.content.pages import Flavour, StagedPage, guide_url, page_facts, page_text, url_rewriter
from lxkit.builder.content.timing import session_timing
from lxkit.builder.content.urls import course_url, module_url, relative_url
from lxkit.markdown import ParsedTexts, render_markdown
from lxkit.model import Course, Module, Portal
from lxkit.scriptjson import script_json


def neighbours(modules: Sequence[Module], index: int) -> tuple[Module | None, Module | None]:
    """The modules before and after ``modules[index]`` (None at either end)."""
    previous = modules[index - 1] if index > 0 else None
    following = modules[index + 1] if index + 1 < len(modules) else None
    return previous, following


def course_page(
    portal: Portal,
    course: Course,
    flavour: Flavour,
    contributors: Sequence[tuple[str, int]] = (),
    texts: ParsedTexts | None = None,
) -> StagedPage:
    """The course overview page."""
    url = course_url(course.folder)
    trainer = flavour is Flavour.TRAINER
    rewrite = url_rewriter(portal, course, url)
    html = render_fragment(
        "course",
        course=course,
        image=shown_image(course, url, large=True),
        overview_html=rendered_html(render_markdown(course.body, rewrite, trainer, texts, url)),
        chart=journey_chart(course, url),
        stages=journey_stages(course, url),
        modules=[_module_entry(course, m, url) for m in course.modules],
        capabilities=[_capability_name(portal, c) for c in course.capabilities],
        progress_items=progress_items(course),
        contributors=list(contributors),
        guide_href=relative_url(url, guide_url(course)) if trainer else "",
        handouts=handout_links(portal, course, flavour),
        catalog_href=relative_url(url, ""),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    facts = page_facts(portal, course, course.path, "course", page_url=url, flavour=flavour)
    if not trainer:
        facts["lxkit"]["jsonld"] = script_json(course_jsonld(portal, course))
    text = page_text(course.title, html, description=course.summary, **facts)
    return StagedPage(f"courses/{course.folder}/index.md", text)


def _module_entry(course: Course, module: Module, page_url: str) -> dict[str, Any]:
    return {
        "module": module,
        "href": relative_url(page_url, module_url(course.folder, module.page_name)),
        "items": module_progress_items(course, module),
    }


def _capability_name(portal: Portal, capability_id: str) -> str:
    found = portal.config.capability(capability_id)
    return found.name if found else capability_id


def module_page(
    portal: Portal,
    course: Course,
    module: Module,
    flavour: Flavour,
    previous: Module | None,
    following: Module | None,
    texts: ParsedTexts | None = None,
) -> StagedPage:
    """One module (week) page."""
    url = module_url(course.folder, module.page_name)
    trainer = flavour is Flavour.TRAINER

    def link(other: Module | None) -> dict[str, str] | None:
        if other is None:
            return None
        return {"href": relative_url(url, module_url(course.folder, other.page_name)), "title": other.title}

    html = render_fragment(
        "module",
        course=course,
        module=module,
        module_key=module_key(course, module),
        course_href=relative_url(url, course_url(course.folder)),
        catalog_href=relative_url(url, ""),
        guide_href=relative_url(url, guide_url(course)) if trainer else "",
        body_html=rendered_html(render_markdown(module.body, url_rewriter(portal, course, url), trainer, texts, url)),
        timing=session_timing(module),
        previous=link(previous),
        next=link(following),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    facts = page_facts(portal, course, module.path, "module", page_url=url, flavour=flavour)
    return StagedPage(
        f"courses/{course.folder}/{module.page_name}.md",
        page_text(module.title, html, description=_first_objective(module), **facts),
    )


def _first_objective(module: Module) -> str:
    return module.objectives[0].text if module.objectives else ""
