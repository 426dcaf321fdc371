"""``lxkit serve`` in a real browser: an edit shows without a reload by hand; a broken file shows an
overlay over the last good page; fixing the file brings the page back, all without a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lxkit.commands.serve import Preview, running_preview
from lxkit.config import load_config
from lxkit.console import Console
from tests.builder import portal_factory as factory

TIMEOUT = 30_000  # ms: generous, the machine may be busy


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    """A running preview of a one-course portal on a free port."""
    config_file = factory.write_portal(tmp_path / "portal", [factory.course("alpha")])
    with running_preview(load_config(config_file), ("127.0.0.1", 0), Console(-1), jobs=1) as running:
        yield running


@pytest.mark.browser
def test_edit_break_and_fix_a_module_while_serving(preview: Preview, page: Any, screenshot_dir: Path) -> None:
    module = Path(preview.session.config.root) / "courses" / "alpha" / "01-week-1.md"
    good = module.read_text("utf-8")
    page.goto(preview.url + "courses/alpha/01-week-1/")
    page.get_by_text("Key ideas").first.wait_for(timeout=TIMEOUT)

    module.write_text(good + "\n## Edited while serving\n\nThe preview shows this at once.\n", "utf-8")
    page.get_by_role("heading", name="Edited while serving").wait_for(timeout=TIMEOUT)

    module.write_text(good.replace("week: 1", "week: [1", 1), "utf-8")
    overlay = page.locator("#lxkit-live-errors")
    overlay.wait_for(timeout=TIMEOUT)
    assert "courses/alpha/01-week-1.md" in overlay.inner_text()
    assert page.get_by_role("heading", name="Edited while serving").is_visible()  # the last good page stays
    page.screenshot(path=str(screenshot_dir / "serve-error-overlay.png"))

    module.write_text(good + "\n## Fixed\n\nBack to normal.\n", "utf-8")
    page.get_by_role("heading", name="Fixed").wait_for(timeout=TIMEOUT)
    assert page.locator("#lxkit-live-errors").count() == 0
