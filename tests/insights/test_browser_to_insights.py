"""End to end with the real LRS: learners in Chromium on a built, tracked portal post their statements
to Ralph (tracking.js, the portal's write-only credential); ``lxkit insights`` reads them back
through the Statements API (a reading credential from the environment, small pages followed by
``more``, ``since`` on the second run); a build shows them on the trainer's insight page, and only
once the group reaches the minimum size.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.insights import sources
from tests.builder import portal_factory as factory
from tests.tracking.conftest import COURSE, MODULE_PATH, origin, write_tracked_portal
from tests.tracking.test_browser import EXPECTED, QUEUE, learner_steps, open_module, tracking

pytestmark = [pytest.mark.browser, pytest.mark.lrs, pytest.mark.slow]

MIN_GROUP = 3
PAGE = f"trainer/insights/{COURSE}/"
FUNNEL = "table:has(caption:text-is('Funnel per cohort and week'))"


def tracked_portal_with_insights(root: Path, lrs: Any) -> Path:
    """The one-course tracked portal, its insight pages showing groups from ``MIN_GROUP`` learners."""
    config_file = write_tracked_portal(root, tracking(lrs))
    settings = yaml.safe_load(config_file.read_text("utf-8"))
    settings["lxkit"]["insights"] = {"min_group": MIN_GROUP}
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    return config_file


def learn(browser: Any, url: str) -> str:
    """One learner (a fresh browser profile) accepts recording and works through the module; their id."""
    context = browser.new_context()
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        open_module(tab, url)
        tab.click("[data-lxkit-tracking='ok']")
        learner_steps(tab)
        deadline = 150_000
        while tab.evaluate(QUEUE) > 0 and deadline > 0:  # tracking.js sends in the background
            tab.wait_for_timeout(500)
            deadline -= 500
        assert tab.evaluate(QUEUE) == 0, "the browser still holds statements it could not send"
        learner = str(tab.evaluate("JSON.parse(localStorage['lxkit.tracking.v1.learner'])"))
    finally:
        context.close()
    assert not errors, f"the page raised errors: {errors}"
    return learner


def insights(config_file: Path, lrs: Any) -> str:
    """``lxkit insights`` reading Ralph with the reading credential from the environment; its messages."""
    env = {"LXKIT_LRS_ENDPOINT": lrs.endpoint, "LXKIT_LRS_CREDENTIAL": lrs.reader.text}
    result = CliRunner().invoke(cli, ["insights", "-f", str(config_file)], env=env)
    assert result.exit_code == 0, result.output
    return str(result.stderr)


def funnel_rows(browser: Any, url: str, screenshot: Path) -> list[list[str]]:
    """The built insight page's funnel table, read in Chromium (with a screenshot for reviewers)."""
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(url + PAGE)
        tab.screenshot(path=str(screenshot), full_page=True)
        rows = tab.locator(f"{FUNNEL} tbody tr")
        cells = [rows.nth(i).locator("th, td").all_text_contents() for i in range(rows.count())]
        return [[cell.strip() for cell in row] for row in cells]
    finally:
        context.close()


def test_statements_from_learners_browsers_reach_the_insight_pages(
    browser: Any,
    ralph_lrs: Any,
    static_server: Any,
    tmp_path: Path,
    screenshot_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site_folder = tmp_path / "site"
    site_folder.mkdir()
    url = static_server(site_folder).url  # served from the start: its address is the LRS's allowed origin
    lrs = ralph_lrs(origins=(origin(url),))
    root = tmp_path / "portal"
    config_file = tracked_portal_with_insights(root, lrs)
    factory.build(root, site_folder)
    monkeypatch.setattr(sources, "PAGE_LIMIT", 5)  # several pages, joined through 'more'

    learners = [learn(browser, url + MODULE_PATH) for _ in range(MIN_GROUP - 1)]
    assert len(lrs.statements()) == len(EXPECTED) * len(learners)
    said = insights(config_file, lrs)
    assert f"Read {len(EXPECTED) * len(learners)} new statements" in said
    factory.build(root, site_folder)
    page = (site_folder / PAGE / "index.html").read_text("utf-8")
    assert f"Fewer than {MIN_GROUP} learners so far." in page  # two learners are a group too small to show
    assert funnel_rows(browser, url, screenshot_dir / "insights-browser-too-few.png") == [["No data yet."]]

    learners.append(learn(browser, url + MODULE_PATH))
    said = insights(config_file, lrs)
    assert f"Read {len(EXPECTED)} new statements; the store holds {len(EXPECTED) * MIN_GROUP}" in said
    factory.build(root, site_folder)
    page = (site_folder / PAGE / "index.html").read_text("utf-8")
    assert f"{MIN_GROUP} learners so far." in page
    rows = funnel_rows(browser, url, screenshot_dir / "insights-browser.png")
    assert len(rows) == 1, rows
    cohort, week, in_cohort, opened, _on_time, exercise, passed = rows[0]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", cohort) and week == "Week 1"
    assert (in_cohort, opened, exercise, passed) == (str(MIN_GROUP),) * 4
    # every learner answered 'misleading' right first, and 'axis' first with option B (tests/tracking)
    assert "<strong>misleading</strong> (too easy): right first time 100%" in page
    assert "option B chosen by 100%" in page
    # pseudonymous ids never leave the store
    built = [path.read_text("utf-8", "replace") for path in site_folder.rglob("*.html")]
    assert not any(learner in text for text in built for learner in learners)
