"""axe-core finds no serious or critical violation on the portal's main pages."""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}


def page_paths(portal: Portal) -> list[str]:
    """Catalog, a course page, a module page, trainer pages, and the portal-wide pages."""
    course = portal.courses[0]
    module = course.modules[0]
    return [
        "",
        f"courses/{course.folder}/",
        f"courses/{course.folder}/{module.page_name}/",
        f"trainer/courses/{course.folder}/{module.page_name}/",
        f"trainer/courses/{course.folder}/guide/",
        "capabilities/",
        "experts/",
        "impact/",
    ]


@pytest.mark.parametrize("index", range(8))
def test_no_serious_or_critical_violation(page: Any, sample_url: str, sample_portal: Portal, index: int) -> None:
    from axe_playwright_python.sync_playwright import Axe

    path = page_paths(sample_portal)[index]
    open_page(page, sample_url + path)
    violations = Axe().run(page).response["violations"]
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
        if v["impact"] in BLOCKING
    ]
    assert not blocking, f"/{path}: " + "\n".join(blocking)


def test_answered_knowledge_check_stays_accessible(page: Any, sample_url: str, sample_portal: Portal) -> None:
    from axe_playwright_python.sync_playwright import Axe

    course = sample_portal.courses[0]
    module = next(m for m in course.modules if m.check)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    for form in page.query_selector_all("form[data-lxkit-question]"):
        choice = form.query_selector("input")
        if choice is not None:
            choice.check()
        else:
            form.query_selector("textarea").fill("An answer")
        form.query_selector("button[type=submit]").click()
    page.wait_for_timeout(200)
    violations = Axe().run(page).response["violations"]
    assert not [v["id"] for v in violations if v["impact"] in BLOCKING]
