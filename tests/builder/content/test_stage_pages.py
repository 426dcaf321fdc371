"""Staged pages (before MkDocs): navigation, views, progress ids, escaping and facilitator notes."""

from __future__ import annotations

import dataclasses
import re

from lxkit.builder.content.course_pages import module_page
from lxkit.builder.content.learner_progress import progress_items
from lxkit.builder.content.pages import Flavour, page_text
from lxkit.builder.content.portal_pages import PORTAL_PAGES, navigation
from lxkit.builder.content.stage import stage_course, stage_portal
from lxkit.model import Portal
from tests.builder.portal_factory import FACILITATOR_NOTE, IMG, SCRIPT


def test_navigation_lists_only_portal_wide_pages(portal: Portal) -> None:
    for flavour in Flavour:
        assert navigation(portal, flavour) == [
            {"Catalog": "index.md"},
            {"Capabilities": "capabilities.md"},
            {"Experts": "experts.md"},
            {"Impact": "impact.md"},
        ]
    assert len(PORTAL_PAGES) == 4


def test_learner_view_has_catalog_json_and_no_guide(portal: Portal) -> None:
    paths = {page.path for page in stage_portal(portal, Flavour.LEARNER)}
    assert {"index.md", "capabilities.md", "experts.md", "impact.md", "catalog.json"} <= paths
    assert not any(path.endswith("guide.md") for path in paths)


def test_trainer_view_has_a_guide_per_course_and_no_catalog_json(portal: Portal) -> None:
    paths = {page.path for page in stage_portal(portal, Flavour.TRAINER)}
    assert "courses/data-basics/guide.md" in paths and "catalog.json" not in paths


def test_facilitator_notes_only_in_the_trainer_view(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    learner = "".join(p.content for p in stage_course(portal, course, Flavour.LEARNER))
    trainer = {p.path: p.content for p in stage_course(portal, course, Flavour.TRAINER)}
    assert FACILITATOR_NOTE not in learner
    assert FACILITATOR_NOTE in trainer["courses/data-basics/01-week-1.md"]
    assert trainer["courses/data-basics/guide.md"].count(FACILITATOR_NOTE) == 2


def test_trainer_module_page_shows_estimated_timings(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    module = course.modules[0]
    trainer = module_page(portal, course, module, Flavour.TRAINER, None, None).content
    learner = module_page(portal, course, module, Flavour.LEARNER, None, None).content
    assert "0:15–1:00" in trainer and "leaving 10 min" in trainer
    assert "0:15–1:00" not in learner


def test_view_switch_facts(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    page = module_page(portal, course, course.modules[0], Flavour.LEARNER, None, None).content
    assert "switch_url: ../../../trainer/courses/data-basics/01-week-1/" in page
    assert "view: learner" in page


def test_progress_ids_survive_reordering_modules(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    first, second = course.modules
    reordered = dataclasses.replace(
        course, modules=(dataclasses.replace(second, number=1), dataclasses.replace(first, number=2))
    )
    assert progress_items(course) == [
        "week-1/intro-mooc",
        "week-1/hbr-article",
        "week-1/own-dashboard",
        "week-2/intro-mooc",
        "week-2/hbr-article",
        "week-2/own-dashboard",
    ]
    assert sorted(progress_items(reordered)) == sorted(progress_items(course))


def test_page_text_escapes_title_and_description() -> None:
    text = page_text(SCRIPT, "<p>x</p>", description=f'{IMG} " onload="x')
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "&quot; onload=&quot;x" in text


def test_hostile_front_matter_reaches_the_pages_escaped(hostile_portal: Portal) -> None:
    # Page facts (front-matter) stay plain text: the theme escapes them; the HTML must be safe already.
    for flavour in Flavour:
        for page in stage_portal(hostile_portal, flavour):
            if page.path.endswith(".json"):
                continue
            html = page.content.split("\n---\n", 1)[1]
            assert "<script>alert" not in html, page.path
            assert "<img src=x" not in html, page.path
            assert "javascript:" not in html, page.path
            assert "<b>raw</b>" not in html, page.path
            if "hostile" in page.path or page.path == "index.md":
                assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, page.path


def test_external_links_open_in_a_new_tab_without_opener(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    page = module_page(portal, course, course.modules[0], Flavour.LEARNER, None, None).content
    links = re.findall(r'<a href="https://[^"]*"[^>]*>', page)
    assert links and all('target="_blank" rel="noopener noreferrer"' in link for link in links)


def test_portal_pages_edit_the_portal_settings_in_the_trainer_view_only(portal: Portal) -> None:
    trainer = {p.path: p.content for p in stage_portal(portal, Flavour.TRAINER)}
    learner = {p.path: p.content for p in stage_portal(portal, Flavour.LEARNER)}
    for path in ("index.md", "capabilities.md", "experts.md", "impact.md"):
        assert "edit_url: https://github.com/acme/academy/edit/main/mkdocs.yml" in trainer[path]
        assert "edit_url" not in learner[path] and "switch_url" not in learner[path]
