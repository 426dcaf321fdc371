"""Catalog filters: combinable, reflected in the URL, shareable, retired courses hidden unless asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import Serve, open_page

pytestmark = pytest.mark.browser


def visible_courses(page: Any) -> list[str]:
    """Ids of the catalog cards on screen."""
    return list(
        page.eval_on_selector_all(
            "[data-lxkit-catalog] > li:not([hidden])", "cards => cards.map(c => c.dataset.lxkitCourse)"
        )
    )


def test_filter_by_capability_and_format_updates_cards_and_url(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    open_page(page, sample_url)
    assert sorted(visible_courses(page)) == sorted(c.id for c in sample_portal.courses if c.status != "retired")
    wanted = "machine-learning"
    page.select_option("#lxkit-filter-capability", wanted)
    expected = sorted(c.id for c in sample_portal.courses if wanted in c.capabilities)
    assert expected and sorted(visible_courses(page)) == expected
    assert f"capability={wanted}" in page.url
    assert f"{len(expected)} of {len(sample_portal.courses)} courses match" in page.inner_text("[data-lxkit-count]")
    page.select_option("#lxkit-filter-status", "pilot")
    both = sorted(c.id for c in sample_portal.courses if wanted in c.capabilities and c.status == "pilot")
    assert sorted(visible_courses(page)) == both
    assert "status=pilot" in page.url and f"capability={wanted}" in page.url
    if not both:
        assert page.is_visible("[data-lxkit-empty]")


def test_a_filtered_url_loads_filtered(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    audience = course.audience[0]
    from lxkit.builder.content.catalog import audience_key

    open_page(page, f"{sample_url}?audience={audience_key(audience)}&format={course.format}")
    assert page.input_value("#lxkit-filter-audience") == audience_key(audience)
    assert page.input_value("#lxkit-filter-format") == course.format
    expected = sorted(c.id for c in sample_portal.courses if audience in c.audience and c.format == course.format)
    assert sorted(visible_courses(page)) == expected


def test_filters_work_with_the_keyboard(page: Any, sample_url: str) -> None:
    open_page(page, sample_url)
    page.focus("#lxkit-filter-format")
    page.keyboard.press("ArrowDown")
    assert "format=" in page.url
    page.focus("[data-lxkit-clear]")
    page.keyboard.press("Enter")
    assert "format=" not in page.url and page.input_value("#lxkit-filter-format") == ""


def test_retired_courses_are_hidden_unless_asked_for(page: Any, factory_site: Path, serve: Serve) -> None:
    url = serve(factory_site)
    open_page(page, url)
    assert "old" not in visible_courses(page)
    page.check("#lxkit-filter-retired")
    assert "old" in visible_courses(page) and "retired=1" in page.url
    open_page(page, f"{url}?status=retired")
    assert visible_courses(page) == ["old"]
    open_page(page, f"{url}?capability=data-literacy")
    assert visible_courses(page) == ["data-basics"]
