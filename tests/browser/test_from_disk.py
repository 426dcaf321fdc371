"""The portal opened from disk (site/index.html double-clicked): file:// URLs in Chromium.

Links to folders open their index.html (not a folder listing), the catalog filters and progress
work, and a notice says how to serve the portal for search, which needs a web server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lxkit.model import Portal
from tests.browser.conftest import open_page
from tests.browser.test_catalog_filters import visible_courses

pytestmark = pytest.mark.browser


def test_a_course_link_opens_the_course_page_not_a_folder_listing(
    page: Any, sample_site: Path, sample_portal: Portal
) -> None:
    open_page(page, sample_site.as_uri() + "/index.html")
    course = next(c for c in sample_portal.courses if c.status != "retired")
    page.click(f"[data-lxkit-course='{course.id}'] a.lxkit-card__link")
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    assert page.url == (sample_site / "courses" / course.folder / "index.html").as_uri()
    assert course.title in page.inner_text("h1")
    page.click(".md-sidebar--primary a[href$='experts/index.html']")
    page.wait_for_selector("h1")
    assert page.url.endswith("/experts/index.html") and "Index of" not in page.title()


def test_filters_work_and_the_notice_says_how_to_serve_it(page: Any, sample_site: Path, sample_portal: Portal) -> None:
    open_page(page, sample_site.as_uri() + "/index.html")
    notice = page.locator("[data-lxkit-fromdisk]")
    assert notice.is_visible()
    assert "lxkit serve" in notice.inner_text() and "http.server" in notice.inner_text()
    assert page.locator("[data-md-component=search]").count() == 0
    wanted = "machine-learning"
    page.select_option("#lxkit-filter-capability", wanted)
    expected = sorted(c.id for c in sample_portal.courses if wanted in c.capabilities)
    assert expected and sorted(visible_courses(page)) == expected
    assert page.url.startswith("file://") and f"capability={wanted}" in page.url


def test_progress_ticked_from_disk_is_kept(page: Any, sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = next(m for m in course.modules if m.pre_work)
    url = (sample_site / "courses" / course.folder / module.page_name / "index.html").as_uri()
    open_page(page, url)
    first = page.locator("input[data-lxkit-progress]").first
    first.check()
    open_page(page, url)
    assert page.locator("input[data-lxkit-progress]").first.is_checked()


def test_a_served_portal_has_no_notice_and_keeps_folder_links(page: Any, sample_url: str) -> None:
    open_page(page, sample_url)
    assert page.locator("[data-lxkit-fromdisk]").count() == 0
    assert page.locator("[data-md-component=search]").count() == 1
    hrefs = page.eval_on_selector_all("a.lxkit-card__link", "links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(href.endswith("/") for href in hrefs)
