"""Staged pages: what a generated page is, and the facts and links every staged page shares.

A staged page is a small Markdown file whose front-matter carries the title and lxkit's page facts
(for the theme) and whose content is HTML rendered by lxkit. Used by the course pages
(:mod:`.course_pages`), the facilitator guide (:mod:`.guide`) and the portal pages (:mod:`.portal_pages`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape as html_escape
from typing import Any

from lxkit import yamlemit
from lxkit.builder.content.urls import (
    course_url,
    edit_url,
    relative_url,
    source_to_site,
)
from lxkit.builder.content.views import trainer_view_enabled, view_facts
from lxkit.model import Course, Portal
from lxkit.weburls import is_external


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
    front = yamlemit.dump(meta, sort_keys=True)
    return f"---\n{front}---\n\n{html.strip()}\n"


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
