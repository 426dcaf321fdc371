"""Hostile version titles and an alias with ``&`` in Material's version selector: shown as text, no script runs.

Material inserts the titles and aliases of ``versions.json`` into the page as HTML. Version 1.0
is published with a title that would run script, and then its stored title is replaced by raw
markup (as mike or a hand edit could leave it); 2.0 is published with the alias ``r&d`` as the
default and a title with markup. The selector must show every title exactly as typed.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.browser.test_version_selector import PREFIX, PagesHost, _publish, label, open_selector
from tests.helpers_portal import COURSE, git_identity_env, make_portal_repo

pytestmark = pytest.mark.browser

TITLE_1 = "<img src=x onerror=alert(1)>"
RAW_1 = '<img src=x onerror="alert(2)"><script>alert(3)</script>'
TITLE_2 = "R&D <b>bold</b> & more"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The published portal served under ``/learn/``."""
    root = tmp_path_factory.mktemp("hostile-titles")
    deploy = root / "www" / PREFIX
    with git_identity_env():
        repo = make_portal_repo(root / "portal")
        _publish(repo, deploy, "--version", "1.0", "--title", TITLE_1)
        stored = json.loads((deploy / "versions.json").read_text("utf-8"))
        assert stored[0]["title"] == "&lt;img src=x onerror=alert(1)&gt;"
        stored[0]["title"] = RAW_1
        (deploy / "versions.json").write_text(json.dumps(stored), encoding="utf-8")
        _publish(repo, deploy, "--version", "2.0", "--title", TITLE_2, "--alias", "r&d", "--set-default")
        _publish(repo, deploy, "--version", "2.1")
    assert 'content="r&amp;d"' in (deploy / "index.html").read_text("utf-8"), "r&d stays the default"
    host = PagesHost(root / "www", f"{PREFIX}404.html")
    yield host.url + PREFIX
    host.close()


def test_titles_and_aliases_show_as_text_and_run_no_script(page: Any, site: str) -> None:
    page.goto(f"{site}2.0/courses/{COURSE}/")
    menu = open_selector(page)
    links = menu.locator(".md-version__link")
    assert [label(link) for link in links.all()] == [
        ("2.1", None),
        (TITLE_2, "r&d"),
        ('<img src=x onerror="alert(2)"><script>alert(3)</script>', None),
    ]
    assert page.locator(".md-version img, .md-version script, .md-version b").count() == 0
    page.wait_for_timeout(300)  # an onerror handler would have fired by now (the page fixture fails on dialogs)


def test_the_home_page_still_goes_to_the_default_alias(page: Any, site: str) -> None:
    page.goto(site)
    page.wait_for_url(lambda url: url == f"{site}2.0/", timeout=15_000)
    page.wait_for_selector(".md-version__current")
    assert label(page.locator(".md-version__current")) == (TITLE_2, "r&d")
