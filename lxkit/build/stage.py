"""The stage compiler: model -> the pages of a generated MkDocs ``docs_dir`` (pure, no IO).

Each page is a small Markdown file whose front-matter carries the title and lxkit's page facts
(for the theme) and whose content is HTML rendered by lxkit: the course structure from
``themes/lxkit/fragments`` and the author's Markdown through :mod:`lxkit.markdown`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape as html_escape
from typing import Any

import yaml

from lxkit.build.fragments import render_fragment, rendered_html
from lxkit.build.labels import ALL_LABELS, STAGE_NAMES
from lxkit.build.urls import (
    course_url,
    edit_url,
    is_external,
    module_url,
    relative_url,
    source_to_site,
)
from lxkit.markdown import render_markdown
from lxkit.model import JOURNEY_STAGES, Course, Module, Portal
from lxkit.schedule import week_loads


class Flavour(str, Enum):
    """Which audience a build is for: learners never see facilitator notes."""

    LEARNER = "learner"
    TRAINER = "trainer"


@dataclass(frozen=True, slots=True)
class StagedPage:
    """One generated page: its path in the docs_dir and its text."""

    path: str
    content: str


Contributors = Mapping[str, Sequence[tuple[str, int]]]


def page_text(title: str, html: str, **facts: Any) -> str:
    """A staged page: YAML front-matter (title + lxkit facts) followed by the HTML content."""
    # MkDocs and Material print page titles unescaped, so the title is escaped here, once.
    meta = {"title": html_escape(title, quote=False), **{k: v for k, v in facts.items() if v not in (None, "")}}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=10_000)
    return f"---\n{front}---\n\n{html.strip()}\n"


def stage_portal(portal: Portal, flavour: Flavour, contributors: Contributors | None = None) -> list[StagedPage]:
    """All pages of one flavour of the portal."""
    from lxkit.build.portal_pages import portal_pages

    pages = portal_pages(portal, flavour)
    for course in portal.courses:
        pages.extend(stage_course(portal, course, flavour, (contributors or {}).get(course.folder, ())))
    return pages


def stage_course(
    portal: Portal, course: Course, flavour: Flavour, contributors: Sequence[tuple[str, int]] = ()
) -> list[StagedPage]:
    """The course page and its module pages (and, for trainers, the facilitator guide)."""
    pages = [course_page(portal, course, flavour, contributors)]
    modules = course.modules
    for index, module in enumerate(modules):
        previous = modules[index - 1] if index > 0 else None
        following = modules[index + 1] if index + 1 < len(modules) else None
        pages.append(module_page(portal, course, module, flavour, previous, following))
    if flavour is Flavour.TRAINER:
        from lxkit.build.guide import guide_page

        pages.append(guide_page(portal, course))
    return pages


def url_rewriter(portal: Portal, course: Course, page_url: str) -> Any:
    """Map links written in a course file to links between generated pages."""

    def rewrite(url: str) -> str:
        if not url or url.startswith("#") or is_external(url):
            return url
        path, hash_, fragment = url.partition("#")
        target = source_to_site(posixpath.normpath(posixpath.join(course.folder, path)))
        if target is None:
            return url
        return relative_url(page_url, target) + (hash_ + fragment if hash_ else "")

    return rewrite


def course_page(
    portal: Portal, course: Course, flavour: Flavour, contributors: Sequence[tuple[str, int]] = ()
) -> StagedPage:
    """The course overview page."""
    url = course_url(course.folder)
    loads = week_loads(course)
    chart_max = max([row.total for row in loads] + [row.budget or 0 for row in loads] + [1])
    weeks = [
        {
            "week": row.week,
            "load": row,
            "over_budget": row.over_budget,
            "links": [
                {"href": relative_url(url, module_url(course.folder, m.page_name)), "title": m.title}
                for m in course.modules
                if m.week == row.week
            ],
        }
        for row in loads
    ]
    covered = {m.journey_stage for m in course.modules}
    html = render_fragment(
        "course",
        course=course,
        overview_html=rendered_html(render_markdown(course.body, url_rewriter(portal, course, url), flavour is Flavour.TRAINER)),
        weeks=weeks,
        budget=loads[0].budget if loads else None,
        chart_max=chart_max,
        stages=[{"name": STAGE_NAMES[s], "covered": s in covered} for s in JOURNEY_STAGES],
        modules=[{"module": m, "href": relative_url(url, module_url(course.folder, m.page_name))} for m in course.modules],
        progress_items=progress_items(course),
        contributors=list(contributors),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    return StagedPage(
        f"courses/{course.folder}/index.md",
        page_text(course.title, html, description=course.summary, **page_facts(portal, course, course.path, "course")),
    )


def progress_items(course: Course) -> list[str]:
    """Stable ids of everything a learner can tick off in a course (``module/item``)."""
    result = []
    for module in course.modules:
        result.extend(f"{module.page_name}/{item.id}" for item in module.pre_work)
        if module.exercise:
            result.append(f"{module.page_name}/{module.exercise.id}")
    return result


def module_page(
    portal: Portal,
    course: Course,
    module: Module,
    flavour: Flavour,
    previous: Module | None,
    following: Module | None,
) -> StagedPage:
    """One module (week) page."""
    url = module_url(course.folder, module.page_name)

    def link(other: Module | None) -> dict[str, str] | None:
        if other is None:
            return None
        return {"href": relative_url(url, module_url(course.folder, other.page_name)), "title": other.title}

    html = render_fragment(
        "module",
        course=course,
        module=module,
        course_href=relative_url(url, course_url(course.folder)),
        body_html=rendered_html(render_markdown(module.body, url_rewriter(portal, course, url), flavour is Flavour.TRAINER)),
        agenda=agenda(module),
        previous=link(previous),
        next=link(following),
        flavour=flavour.value,
        **ALL_LABELS,
    )
    return StagedPage(
        f"courses/{course.folder}/{module.page_name}.md",
        page_text(module.title, html, description=_first_objective(module), **page_facts(portal, course, module.path, "module")),
    )


def agenda(module: Module) -> list[dict[str, Any]]:
    """Session activities with their start time (``0:00``, ``0:15``...)."""
    rows = []
    elapsed = 0
    for activity in module.session.activities if module.session else ():
        rows.append(
            {
                "start": f"{elapsed // 60}:{elapsed % 60:02d}",
                "kind": activity.kind,
                "title": activity.title,
                "minutes": activity.minutes,
            }
        )
        elapsed += activity.minutes or 0
    return rows


def _first_objective(module: Module) -> str:
    return module.objectives[0].text if module.objectives else ""


def page_facts(portal: Portal, course: Course, path: str, kind: str) -> dict[str, Any]:
    """Facts the theme shows around a page: kind, course, version and the 'edit this page' link."""
    config = portal.config
    template = str(dict(config.raw.get("edit") or {}).get("url", ""))
    facts = {
        "kind": kind,
        "course": course.folder,
        "course_title": course.title,
        "version": course.version,
        "source": path,
        "edit_url": edit_url(config.repo_url, config.edit_uri, template, path),
    }
    return {"lxkit": {k: v for k, v in facts.items() if v}}



