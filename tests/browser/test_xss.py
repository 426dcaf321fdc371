"""Hostile course texts are shown as text and run nothing (the page fixture fails on any dialog or error)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Serve, open_page, wait_ready
from tests.builder.portal_factory import IMG, SCRIPT

pytestmark = pytest.mark.browser

PAGES = (
    "",
    "courses/hostile/",
    "courses/hostile/01-week-1/",
    "capabilities/",
    "experts/",
    "impact/",
    "trainer/courses/hostile/",
    "trainer/courses/hostile/guide/",
)


def injected(page: Any) -> int:
    """Elements that only exist if an injection worked."""
    return int(page.evaluate("document.querySelectorAll('article script, article img[src=x], [onerror]').length"))


@pytest.mark.parametrize("path", PAGES)
def test_hostile_texts_are_shown_and_run_nothing(page: Any, hostile_site: Path, serve: Serve, path: str) -> None:
    open_page(page, serve(hostile_site) + path)
    page.wait_for_timeout(300)
    text = page.inner_text("body")
    assert SCRIPT in text or IMG in text
    assert injected(page) == 0
    assert page.evaluate("document.title").count("<script>") <= 1


def test_hostile_course_page_in_all_its_details(page: Any, hostile_site: Path, serve: Serve) -> None:
    open_page(page, serve(hostile_site) + "courses/hostile/")
    assert page.inner_text("h1") == f"Evil {SCRIPT} course"
    description = page.get_attribute("meta[name=description]", "content")
    assert description is not None and 'onmouseover="alert(1)' in description
    assert page.locator("[onmouseover]").count() == 0
    page.click(".lxkit-hero__actions .md-button--primary")
    wait_ready(page)
    assert f"Explain {SCRIPT} {IMG}" in page.inner_text(".lxkit-objectives")
    assert page.locator(".lxkit-prework a").count() == 0  # javascript: never becomes a link
    form = 'form[data-lxkit-question="evil-q"]'
    page.check(f"{form} input >> nth=0")
    page.click(f"{form} button[type=submit]")
    page.wait_for_function(f"document.querySelector('{form} [data-lxkit-result]').textContent.startsWith('Correct')")
    assert SCRIPT in page.inner_text(f"{form} [data-lxkit-result]")
    assert injected(page) == 0


def test_hostile_search_results_run_nothing(page: Any, hostile_site: Path, serve: Serve) -> None:
    open_page(page, serve(hostile_site))
    page.click("input[data-md-component=search-query]")
    page.keyboard.type("Evil")
    page.wait_for_function("() => !document.querySelector('.md-search-result__meta').innerText.includes('Type')")
    page.wait_for_timeout(300)
    assert page.locator(".md-search-result img, .md-search-result script").count() == 0
