"""The stage compiler: model -> the pages of a generated MkDocs ``docs_dir`` (pure, no IO).

Each page is a small Markdown file whose front-matter carries the title and lxkit's page facts
(for the theme) and whose content is HTML rendered by lxkit: the course structure from
``themes/lxkit/fragments`` and the author's Markdown through :mod:`lxkit.markdown`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape as html_escape
from typing import Any

import yaml

from lxkit.builder.content.fragments import render_fragment, rendered_html
from lxkit.builder.content.journey import journey_chart, journey_stages
from lxkit.builder.content.jsonld import course_jsonld, script_json
from lxkit.builder.content.labels import ALL_LABELS
from lxkit.builder.content.timing import session_timing
from lxkit.builder.content.urls import (
    course_url,
    edit_url,
    is_external,
    module_url,
    relative_url,
    source_to_site,
)
from lxkit.builder.content.views import trainer_view_enabled, view_facts
from lxkit.markdown import ParsedTexts, render_markdown
from lxkit.model import Course, Module, Portal

# libyaml's emitter when PyYAML has it (six times faster, same text).
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


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
    # MkDocs and Material print the title and description unescaped, so both are escaped here, once.
    escaped = {"title": html_escape(title, quote=False)}
    if facts.get("description"):
        escaped["description"] = html_escape(str(facts["description"]), quote=True)
    meta = {**{k: v for k, v in facts.items() if v not in (None, "")}, **escaped}
    front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=True, width=10_000)
    return f"---\n{front}---\n\n{html.strip()}\n"


def stage_portal(
    portal: Portal, flavour: Flavour, contributors: Contributors | None = None, insights: Any = None
) -> list[StagedPage]:
    """All pages of one flavour of the portal (``insights``: an ``InsightInput`` for the trainer view)."""
    from lxkit.builder.content.portal_pages import portal_pages

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
    """The course page and its module pages (and, for trainers, the facilitator guide).

    Pass the same ``texts`` when staging several views of a course: each body is parsed once.
    """
    texts = texts or ParsedTexts()
    pages = [course_page(portal, course, flavour, contributors, texts)]
    for index, module in enumerate(course.modules):
        pages.append(module_page(portal, course, module, flavour, *neighbours(course.modules, index), texts))
    if flavour is Flavour.TRAINER:
        from lxkit.builder.content.guide import guide_page

        pages.append(guide_page(portal, course, texts))
    return pages


def neighbours(modules: Sequence[Module], index: int) -> tuple[Module | None, Module | None]:
    """The modules before and after ``modules[index]`` (None at either end)."""
    previous = modules[index - 1] if index > 0 else None
    following = modules[index + 1] if index + 1 < len(modules) else None
    return previous, following


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


def guide_url(course: Course) -> str:
    """Site-relative URL of a course's facilitator guide (trainer view only)."""
    return course_url(course.folder) + "guide/"


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
        overview_html=rendered_html(render_markdown(course.body, rewrite, trainer, texts, url)),
        chart=journey_chart(course, url),
        stages=journey_stages(course, url),
        modules=[_module_entry(course, m, url) for m in course.modules],
        capabilities=[_capability_name(portal, c) for c in course.capabilities],
        progress_items=progress_items(course),
        contributors=list(contributors),
        guide_href=relative_url(url, guide_url(course)) if trainer else "",
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


def module_key(course: Course, module: Module) -> str:
    """A module's stable key for learner progress: its slug (unique in the course), else its file name."""
    same = [m for m in course.modules if m.slug == module.slug]
    return module.slug if len(same) == 1 else module.page_name


def progress_items(course: Course) -> list[str]:
    """Stable ids of everything a learner can tick off in a course (``module-slug/item-id``).

    Keyed by the module's slug and the item's id, never by position, so reordering modules or
    pre-work keeps each learner's ticks where they belong.
    """
    return [item for module in course.modules for item in module_progress_items(course, module)]


def module_progress_items(course: Course, module: Module) -> list[str]:
    """Stable ids of one module's pre-work items and exercise (see :func:`progress_items`)."""
    key = module_key(course, module)
    items = [f"{key}/{item.id}" for item in module.pre_work]
    return items + ([f"{key}/{module.exercise.id}"] if module.exercise else [])


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


def agenda(module: Module) -> list[dict[str, Any]]:
    """Session activities with their start time (``0:00``, ``0:15``...)."""
    return [
        {"start": row.start, "kind": row.kind, "title": row.title, "minutes": row.minutes}
        for row in session_timing(module).rows
    ]


def _first_objective(module: Module) -> str:
    return module.objectives[0].text if module.objectives else ""


def page_facts(
    portal: Portal,
    course: Course,
    path: str,
    kind: str,
    *,
    page_url: str | None = None,
    flavour: Flavour = Flavour.LEARNER,
    counterpart: str | None = None,
) -> dict[str, Any]:
    """Facts the theme shows around a page: kind, course, version, 'edit this page' and the view switch."""
    config = portal.config
    template = str(dict(config.raw.get("edit") or {}).get("url", ""))
    facts: dict[str, Any] = {
        "kind": kind,
        "course": course.folder,
        "course_title": course.title,
        "version": course.version,
        "source": path,
        "edit_url": edit_url(config.repo_url, config.edit_uri, template, path),
    }
    if page_url is not None and (flavour is Flavour.TRAINER or trainer_view_enabled(portal)):
        facts.update(view_facts(page_url, flavour is Flavour.TRAINER, counterpart))
    # lxkit's pages carry their own in-page navigation: the table-of-contents column stays empty.
    return {"lxkit": {k: v for k, v in facts.items() if v}, "hide": ["toc"]}
