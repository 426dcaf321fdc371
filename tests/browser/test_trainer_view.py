"""The trainer view: facilitator notes and timings that the learner view (and its search index) never has."""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.markdown import facilitator_notes, parse
from lxkit.model import Course, Module, Portal
from tests.browser.conftest import open_page, wait_ready

pytestmark = pytest.mark.browser


def module_with_notes(portal: Portal) -> tuple[Course, Module, str]:
    """A module with a facilitator note, and the note's first words."""
    for course in portal.courses:
        for module in course.modules:
            inline = [t.content for t in facilitator_notes(parse(module.body)) if t.type == "inline"]
            if len(inline) > 1:
                return course, module, " ".join(inline[1].split()[:8])
    raise AssertionError("the sample portal has no facilitator note")


def test_switch_to_the_trainer_view_and_back(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course, module, note = module_with_notes(sample_portal)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    assert note not in page.inner_text("article")
    page.click("a[data-lxkit-switch=trainer]")
    wait_ready(page)
    assert f"/trainer/courses/{course.folder}/{module.page_name}/" in page.url
    assert page.is_visible(".lxkit-banner")
    assert note in page.inner_text(".admonition.facilitator")
    assert page.is_visible(".lxkit-timing")
    page.click("a[data-lxkit-switch=learner]")
    wait_ready(page)
    assert page.url.endswith(f"/courses/{course.folder}/{module.page_name}/") and "/trainer/" not in page.url
    assert page.locator(".admonition.facilitator").count() == 0


def test_learner_search_index_has_no_facilitator_notes(page: Any, sample_url: str, sample_portal: Portal) -> None:
    _, _, note = module_with_notes(sample_portal)
    learner = page.request.get(f"{sample_url}search/search_index.json").text()
    trainer = page.request.get(f"{sample_url}trainer/search/search_index.json").text()
    assert note not in learner
    assert note in trainer


def search(page: Any, query: str) -> str:
    """Type a query into Material's search (it reacts to key presses) and return the results' text."""
    field = "input[data-md-component=search-query]"
    page.fill(field, "")
    page.click(field)
    page.keyboard.type(query)
    page.wait_for_function("() => !document.querySelector('.md-search-result__meta').innerText.includes('Type')")
    return str(page.inner_text("[data-md-component=search-result]"))


def test_learner_search_finds_modules_but_no_notes(page: Any, sample_url: str, sample_portal: Portal) -> None:
    _, module, note = module_with_notes(sample_portal)
    open_page(page, sample_url)
    assert module.title in search(page, module.title)
    assert note not in search(page, note)


def test_printable_facilitator_guide(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course, _, note = module_with_notes(sample_portal)
    open_page(page, f"{sample_url}trainer/courses/{course.folder}/")
    page.click("text=Facilitator guide")
    wait_ready(page)
    assert page.url.endswith(f"/trainer/courses/{course.folder}/guide/")
    assert page.locator(".lxkit-guide-week").count() == len(course.modules)
    assert note in page.inner_text("article")
    page.emulate_media(media="print")
    assert not page.is_visible("[data-lxkit-print]")
