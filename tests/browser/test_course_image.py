"""The course picture in Chromium: shown on the sample course's catalog card and course page, with its alt text."""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser

COURSE = "data-science-for-engineers"


def loaded(page: Any, selector: str) -> dict[str, Any]:
    """The picture's alt text, its decoded size and its size on screen, once it has loaded."""
    handle = page.locator(selector)
    handle.scroll_into_view_if_needed()
    page.wait_for_function(f"() => {{ const i = document.querySelector('{selector}'); return i && i.complete; }}")
    return dict(
        page.eval_on_selector(
            selector,
            "i => ({alt: i.alt, natural: i.naturalWidth, shown: i.getBoundingClientRect().width, "
            "height: i.getBoundingClientRect().height, lazy: i.loading, src: i.currentSrc})",
        )
    )


def test_the_card_shows_the_course_picture_with_its_alt_text(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    course = sample_portal.course(COURSE)
    assert course is not None and course.image is not None
    open_page(page, sample_url)
    card = f'[data-lxkit-course="{COURSE}"] img.lxkit-card__image'
    found = loaded(page, card)
    assert found["alt"] == course.image.alt
    assert found["natural"] > 0 and found["shown"] > 100 and found["height"] > 50  # decoded and on screen
    assert found["lazy"] == "lazy" and found["src"].endswith(".webp")
    assert page.get_by_role("img", name=course.image.alt).count() == 1
    others = [c.id for c in sample_portal.courses if c.image is None and c.status != "retired"]
    for other in others:  # no picture: no empty box
        assert page.locator(f'[data-lxkit-course="{other}"] img').count() == 0


def test_the_course_page_header_shows_the_picture(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.course(COURSE)
    assert course is not None and course.image is not None
    open_page(page, f"{sample_url}courses/{COURSE}/")
    found = loaded(page, "header img.lxkit-hero__image")
    assert found["alt"] == course.image.alt and found["natural"] > 0 and found["shown"] > 100
