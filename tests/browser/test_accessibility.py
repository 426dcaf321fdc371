"""axe-core finds no serious or critical violation on any page type, in the light and the dark scheme.

Page types: the catalog, a course page, module pages with every kind of question (as loaded and
with every question answered), the trainer's catalog and module run sheet, the facilitator guide,
the capability matrix, experts, impact, search with its results open (one result focused,
another hovered) and the 404 page. The
insight pages are checked in test_insights.py, frozen releases in test_frozen_releases.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import SCHEMES, axe_blocking, open_page, use_scheme

pytestmark = pytest.mark.browser

PAGE_TYPES = (
    "catalog",
    "course",
    "module-single",
    "module-multiple",
    "module-text",
    "module-answered",
    "trainer-catalog",
    "trainer-module",
    "facilitator-guide",
    "capabilities",
    "experts",
    "impact",
    "search",
    "404",
)


SEARCH_QUERY = "data"
"""A word found on many pages of the sample portal, so that search shows a list of results."""


def module_path(portal: Portal, kind: str = "") -> str:
    """Path of the first module page with a question of ``kind`` (any question when empty)."""
    for course in portal.courses:
        for module in course.modules:
            if any(not kind or question.kind == kind for question in module.check):
                return f"courses/{course.folder}/{module.page_name}/"
    raise AssertionError(f"the sample portal has no module with a {kind or 'knowledge check'} question")


def page_path(portal: Portal, name: str) -> str:
    """The path of one page type in the sample portal."""
    course = portal.courses[0]
    module = next(m for m in course.modules if m.session)
    paths = {
        "catalog": "",
        "course": f"courses/{course.folder}/",
        "module-answered": module_path(portal),
        "trainer-catalog": "trainer/",
        "trainer-module": f"trainer/courses/{course.folder}/{module.page_name}/",
        "facilitator-guide": f"trainer/courses/{course.folder}/guide/",
        "capabilities": "capabilities/",
        "experts": "experts/",
        "impact": "impact/",
        "search": f"?q={SEARCH_QUERY}",
        "404": "404.html",
    }
    if name.startswith("module-") and name not in paths:
        return module_path(portal, name.removeprefix("module-"))
    return paths[name]


def answer_every_question(page: Any) -> None:
    """Choose the first option (or write an answer) of every question and check it."""
    for form in page.query_selector_all("form[data-lxkit-question]"):
        choice = form.query_selector("input")
        if choice is not None:
            choice.check()
        else:
            form.query_selector("textarea").fill("An answer")
        form.query_selector("button[type=submit]").click()
    page.wait_for_function("[...document.querySelectorAll('[data-lxkit-result]')].every(r => r.textContent)")


def open_page_type(page: Any, base: str, portal: Portal, name: str) -> None:
    """Load a page type and bring it to the state it is checked in."""
    if name == "404":  # Material's page without lxkit's content
        page.goto(base + page_path(portal, name))
        page.wait_for_selector(".md-content")
        return
    open_page(page, base + page_path(portal, name))
    if name == "module-answered":
        answer_every_question(page)
    if name == "search":
        show_search_results(page)


def show_search_results(page: Any) -> None:
    """Material's search open with its results, the first result focused and the second hovered.

    Material opens its search with the query of the ``q`` parameter; a focused and a hovered
    result are drawn on a tinted background, checked for contrast in that state.
    """
    results = page.locator(".md-search-result__item > .md-search-result__link")
    results.nth(1).wait_for()
    results.nth(1).hover()
    results.first.focus()


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_serious_or_critical_violation(
    page: Any, sample_url: str, sample_portal: Portal, name: str, scheme: str
) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    page.emulate_media(color_scheme=scheme)
    open_page_type(page, sample_url, sample_portal, name)
    use_scheme(page, scheme)
    blocking = axe_blocking(page)
    assert not blocking, f"{name} ({scheme}): " + "\n".join(blocking)
