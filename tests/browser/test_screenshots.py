"""Screenshots of the main pages for reviewers (kept in test-artifacts/screenshots/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser


def test_screenshots(page: Any, sample_url: str, sample_portal: Portal, screenshot_dir: Path) -> None:
    course = sample_portal.courses[0]
    module = course.modules[1] if len(course.modules) > 1 else course.modules[0]
    shots = {
        "catalog": "",
        "course": f"courses/{course.folder}/",
        "module": f"courses/{course.folder}/{module.page_name}/",
        "trainer-module": f"trainer/courses/{course.folder}/{module.page_name}/",
        "facilitator-guide": f"trainer/courses/{course.folder}/guide/",
        "capability-matrix": "capabilities/",
        "experts": "experts/",
        "impact": "impact/",
    }
    page.set_viewport_size({"width": 1280, "height": 900})
    for name, path in shots.items():
        open_page(page, sample_url + path)
        target = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    page.screenshot(path=str(screenshot_dir / "module-phone.png"), full_page=True)
