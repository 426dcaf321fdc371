"""lxkit's script keeps working when Material's instant navigation swaps pages without reloading."""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import open_page, wait_ready

pytestmark = pytest.mark.browser


def navigate(page: Any, selector: str) -> None:
    """Click a link, then wait for the new page's lxkit set-up."""
    page.evaluate("document.querySelectorAll('.lxkit').forEach(e => e.removeAttribute('data-lxkit-ready'))")
    page.click(selector)
    wait_ready(page)


def test_catalog_course_module_and_back_without_reloads(page: Any, instant_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    open_page(page, instant_url)
    page.evaluate("window.lxkitNoReload = true")

    navigate(page, f'[data-lxkit-course="{course.id}"] .lxkit-card__link')
    assert page.url.endswith(f"/courses/{course.folder}/")
    assert page.is_visible("[data-lxkit-course-progress]")

    navigate(page, ".lxkit-hero__actions .md-button--primary")
    assert page.url.endswith(f"/courses/{course.folder}/{module.page_name}/")
    page.check(f'input[data-lxkit-progress="{module.pre_work[0].id}"]')
    form = f'form[data-lxkit-question="{module.check[0].id}"]'
    page.click(f"{form} button[type=submit]")
    page.wait_for_function(f"document.querySelector('{form} [data-lxkit-result]').textContent.length > 0")

    navigate(page, ".lxkit-crumbs li:nth-child(2) a")
    assert page.inner_text("[data-lxkit-progress-text]").startswith("1 of ")

    navigate(page, ".md-nav--primary .md-nav__link:has-text('Catalog')")
    assert page.is_visible("form[data-lxkit-filters]")
    assert page.is_visible(f'[data-lxkit-course="{course.id}"] [data-lxkit-card-progress]')
    page.select_option("#lxkit-filter-status", "pilot")
    assert "status=pilot" in page.url
    assert page.evaluate("window.lxkitNoReload") is True, "Material's instant navigation should not reload the page"


def test_back_button_after_instant_navigation(page: Any, instant_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    open_page(page, f"{instant_url}courses/{course.folder}/")
    page.evaluate("window.lxkitNoReload = true")
    navigate(page, ".lxkit-hero__actions .md-button--primary")
    page.evaluate("document.querySelectorAll('.lxkit').forEach(e => e.removeAttribute('data-lxkit-ready'))")
    page.go_back()
    wait_ready(page)
    assert page.is_visible("[data-lxkit-course-progress]")
    assert page.evaluate("window.lxkitNoReload") is True
