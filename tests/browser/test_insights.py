"""The insight pages in Chromium: axe finds no serious or critical violation; screenshots for reviewers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SCHEMES, Serve, axe_blocking, open_page, use_scheme
from tests.insights.conftest import GeneratedPortal, insight_site

__all__ = ["insight_site"]
pytestmark = pytest.mark.browser


def insight_paths(generated: GeneratedPortal) -> list[str]:
    return ["trainer/insights/", *(f"trainer/insights/{c.folder}/" for c in generated.portal.courses)]


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_insight_pages_pass_axe(
    page: Any, serve: Serve, insight_site: tuple[GeneratedPortal, Path], scheme: str
) -> None:
    generated, site = insight_site
    base = serve(site)
    page.emulate_media(color_scheme=scheme)
    for path in insight_paths(generated):
        open_page(page, base + path)
        use_scheme(page, scheme)
        for details in page.query_selector_all("details.lxkit-insight__data"):
            details.evaluate("element => { element.open = true; }")
        blocking = axe_blocking(page)
        assert not blocking, f"/{path} ({scheme}): " + "\n".join(blocking)
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


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_insight_screenshots(
    page: Any, serve: Serve, insight_site: tuple[GeneratedPortal, Path], screenshot_dir: Path, scheme: str
) -> None:
    generated, site = insight_site
    base = serve(site)
    course = generated.portal.courses[1]
    page.set_viewport_size({"width": 1280, "height": 900})
    page.emulate_media(color_scheme=scheme)
    for name, path in (
        ("insights-overview", "trainer/insights/"),
        ("insights-course", f"trainer/insights/{course.folder}/"),
    ):
        open_page(page, base + path)
        use_scheme(page, scheme)
        target = screenshot_dir / f"{name}-{scheme}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
