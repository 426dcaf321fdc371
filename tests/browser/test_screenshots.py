"""Screenshots of every page type at 1366 px and 390 px, light and dark, for reviewers.

Kept in test-artifacts/screenshots/ as ``<page type>-<width>-<scheme>.png``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import SCHEMES, use_scheme
from tests.browser.test_accessibility import PAGE_TYPES, open_page_type

pytestmark = pytest.mark.browser

WIDTHS = {1366: 900, 390: 844}


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("width", list(WIDTHS))
def test_screenshots(
    page: Any, sample_url: str, sample_portal: Portal, screenshot_dir: Path, width: int, scheme: str
) -> None:
    page.set_viewport_size({"width": width, "height": WIDTHS[width]})
    page.emulate_media(color_scheme=scheme)
    for name in PAGE_TYPES:
        open_page_type(page, sample_url, sample_portal, name)
        use_scheme(page, scheme)
        target = screenshot_dir / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=str(target), full_page=name != "search")  # search is an overlay
        assert target.stat().st_size > 10_000
