"""Frozen course releases in Chromium: the live course page lists the release, which opens with its banner,
and progress ticked in the release is kept under the release's version, apart from the live course's.
axe finds no serious or critical violation on the live course page and the release's pages, in both schemes.

The fixture portal has a light and a dark scheme; its course is frozen at 1.0.0 with portal version 1.0,
then raised to 1.1.0 and published as 2.0 (the default), served under ``/learn/`` like GitHub Pages
serves a project site.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lxkit.scaffold.portal import PALETTE
from tests.browser.conftest import SCHEMES, axe_blocking, use_scheme
from tests.browser.test_version_selector import PREFIX, PagesHost, _publish
from tests.helpers_portal import COURSE, commit_all, course_file, edit, git_identity_env, make_portal_repo

pytestmark = pytest.mark.browser

MODULE = "01-charts"
ITEM = "intro-video"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of the deploy root (``http://127.0.0.1:PORT/learn/``)."""
    root = tmp_path_factory.mktemp("frozen")
    deploy = root / "www" / PREFIX
    with git_identity_env():
        repo = make_portal_repo(root / "portal")
        with_light_and_dark_scheme(repo)
        _publish(repo, deploy, "--version", "1.0", "--freeze", COURSE)
        edit(course_file(repo, "index.md"), "version: 1.0.0", "version: 1.1.0")
        commit_all(repo, "Version 1.1.0")
        _publish(repo, deploy, "--version", "2.0", "--set-default")
    host = PagesHost(root / "www", f"{PREFIX}404.html")
    yield host.url + PREFIX
    host.close()


def with_light_and_dark_scheme(repo: Path) -> None:
    """Give the portal the light and dark palette of a new portal, so that its pages have a dark scheme."""
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "theme:\n  name: material\n" + PALETTE, encoding="utf-8")
    commit_all(repo, "Light and dark scheme")


def _stored(page: Any, version: str) -> list[str]:
    return list(json.loads(page.evaluate(f"localStorage.getItem('lxkit.progress.v1:{COURSE}@{version}') || '[]'")))


def test_the_course_page_links_to_its_release_and_progress_follows_the_version(page: Any, site: str) -> None:
    page.goto(f"{site}2.0/courses/{COURSE}/")
    releases = page.locator(".lxkit-releases a")
    assert releases.all_inner_texts() == ["Version 1.0.0"]
    assert "underline" in releases.first.evaluate("a => getComputedStyle(a).textDecorationLine")
    releases.first.click()
    page.wait_for_url(f"{site}courses/{COURSE}/1.0.0/courses/{COURSE}/", timeout=15_000)
    assert "Frozen release 1.0.0" in page.inner_text(".lxkit-banner--frozen")
    assert page.get_attribute("[data-lxkit-course]", "data-lxkit-version") == "1.0.0"

    page.goto(f"{site}courses/{COURSE}/1.0.0/courses/{COURSE}/{MODULE}/")
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    page.check(f'input[data-lxkit-progress="{ITEM}"]')
    ticked = _stored(page, "1.0.0")
    assert len(ticked) == 1 and ticked[0].endswith(f"/{ITEM}")
    assert _stored(page, "1.1.0") == []

    page.goto(f"{site}2.0/courses/{COURSE}/{MODULE}/")
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    assert not page.is_checked(f'input[data-lxkit-progress="{ITEM}"]'), "the live 1.1.0 has its own progress"
    assert page.locator(".lxkit-banner--frozen").count() == 0


def test_the_banner_of_a_release_leads_to_the_portal_as_it_is_now(page: Any, site: str) -> None:
    page.goto(f"{site}courses/{COURSE}/1.0.0/courses/{COURSE}/{MODULE}/")
    page.click(".lxkit-banner--frozen a")
    page.wait_for_url(f"{site}2.0/", timeout=15_000)


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_the_live_course_page_and_the_release_pass_axe(page: Any, site: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    for path in (
        f"2.0/courses/{COURSE}/",
        f"courses/{COURSE}/1.0.0/courses/{COURSE}/",
        f"courses/{COURSE}/1.0.0/courses/{COURSE}/{MODULE}/",
    ):
        page.goto(site + path)
        page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
        use_scheme(page, scheme)
        white = page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
        assert white == (scheme == "light"), f"/{path} is not shown in the {scheme} scheme"
        blocking = axe_blocking(page)
        assert not blocking, f"/{path} ({scheme}): " + "\n".join(blocking)
