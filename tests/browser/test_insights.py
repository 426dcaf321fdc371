"""The insight pages in Chromium: axe finds no serious or critical violation; screenshots for reviewers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import Serve, open_page
from tests.insights.conftest import GeneratedPortal, insight_site

__all__ = ["insight_site"]
pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}


def insight_paths(generated: GeneratedPortal) -> list[str]:
    return ["trainer/insights/", *(f"trainer/insights/{c.folder}/" for c in generated.portal.courses)]


def test_insight_pages_pass_axe(page: Any, serve: Serve, insight_site: tuple[GeneratedPortal, Path]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    generated, site = insight_site
    base = serve(site)
    for path in insight_paths(generated):
        open_page(page, base + path)
        for details in page.query_selector_all("details.lxkit-insight__data"):
            details.evaluate("element => { element.open = true; }")
        violations = Axe().run(page).response["violations"]
        blocking = [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations if v["impact"] in BLOCKING]
        assert not blocking, f"/{path}: " + "\n".join(blocking)
        charts = page.query_selector_all("figure.lxkit-insight svg[role=img]")
        assert charts
        for chart in charts:
            name = chart.evaluate(
                "svg => svg.getAttribute('aria-labelledby').split(' ')"
                ".map(id => document.getElementById(id).textContent).join(' | ')"
            )
            assert " | " in name and len(name) > 20
        assert len(page.query_selector_all("figure.lxkit-insight table")) == len(
            page.query_selector_all("figure.lxkit-insight")
        )


def test_insight_screenshots(
    page: Any, serve: Serve, insight_site: tuple[GeneratedPortal, Path], screenshot_dir: Path
) -> None:
    generated, site = insight_site
    base = serve(site)
    course = generated.portal.courses[1]
    page.set_viewport_size({"width": 1280, "height": 900})
    for name, path in (
        ("insights-overview", "trainer/insights/"),
        ("insights-course", f"trainer/insights/{course.folder}/"),
    ):
        open_page(page, base + path)
        target = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
