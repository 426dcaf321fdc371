"""The published, versioned portal in Chromium: Material's version selector, aliases and the root pages.

Two versions of a small portal are published with ``lxkit publish`` (1.0, then 2.0 with the alias
``latest`` as the default) into ``www/learn/``, built for ``https://academy.example.com/learn/``,
and ``www/`` is served like GitHub Pages serves a project site: under the path prefix ``/learn/``,
and a missing path answers with ``learn/404.html`` and status 404. Version 2.0 has a module that
1.0 does not have. The trainer view is left out (``--no-trainer``).
"""

from __future__ import annotations

import http.server
import re
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from tests.conftest import StaticServer
from tests.helpers_portal import (
    COURSE,
    SITE_URL,
    commit_all,
    course_file,
    git_identity_env,
    make_portal_repo,
    module_text,
)

pytestmark = pytest.mark.browser

PREFIX = "learn/"
COURSE_PAGE = f"courses/{COURSE}/"
MODULE_PAGE = f"courses/{COURSE}/01-charts/"
NEW_MODULE_PAGE = f"courses/{COURSE}/03-further/"  # published in 2.0 only
NAVIGATION_TIMEOUT = 15_000


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; a missing path gets the deploy tree's ``404.html`` with status 404, like GitHub Pages."""

    not_found_page: Path

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != HTTPStatus.NOT_FOUND or not self.not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = self.not_found_page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class PagesHost(StaticServer):
    """A static host on 127.0.0.1 serving ``root``; unknown paths get ``root/<not_found>``."""

    def __init__(self, root: Path, not_found: str) -> None:
        super().__init__(root, type("Handler", (_PagesHandler,), {"not_found_page": root / not_found}))


def _publish(repo: Path, deploy: Path, *args: str) -> None:
    """``lxkit publish`` of the portal in ``repo`` into the folder ``deploy`` (learner view only)."""
    result = CliRunner().invoke(
        cli,
        [
            "publish",
            "-q",
            "-f",
            str(repo / "mkdocs.yml"),
            "--to",
            str(deploy),
            "--site-url",
            SITE_URL,
            "--no-trainer",
            *args,
        ],
    )
    assert result.exit_code == 0, f"lxkit publish {' '.join(args)} failed: {result.output}"


@pytest.fixture(scope="module")
def www(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web root: versions 1.0 and 2.0 (alias ``latest``, the default) published into ``learn/``."""
    root = tmp_path_factory.mktemp("versioned")
    deploy = root / "www" / PREFIX
    with git_identity_env():
        repo = make_portal_repo(root / "portal")
        _publish(repo, deploy, "--version", "1.0")
        further = module_text(2).replace("title: Applying it", "title: Going further")
        course_file(repo, "03-further.md").write_text(further.replace("critique-dashboard", "go-further"), "utf-8")
        commit_all(repo, "Add a third module")
        _publish(repo, deploy, "--version", "2.0", "--alias", "latest", "--set-default")
    assert (deploy / "2.0" / NEW_MODULE_PAGE / "index.html").is_file()
    assert not (deploy / "1.0" / NEW_MODULE_PAGE).exists()
    return root / "www"


@pytest.fixture(scope="module")
def site(www: Path) -> Iterator[str]:
    """URL of the published portal (``http://127.0.0.1:PORT/learn/``), 404s answered by ``learn/404.html``."""
    host = PagesHost(www, f"{PREFIX}404.html")
    yield host.url + PREFIX
    host.close()


@pytest.fixture
def lenient_page(browser: Any) -> Iterator[Any]:
    """A page for URLs answered with status 404: fails the test on JS errors and dialogs, and on console
    errors other than the failed loads of those 404s (which Chromium always logs)."""
    context = browser.new_context()
    tab = context.new_page()
    errors: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error" and "status of 404" not in message.text:
            errors.append(message.text)

    def on_dialog(dialog: Any) -> None:
        errors.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("dialog", on_dialog)
    tab.on("console", on_console)
    yield tab
    context.close()
    assert not errors, f"the page raised errors or dialogs: {errors}"


def wait_for(page: Any, url: str) -> None:
    """Wait until the page's URL is exactly ``url`` (query and hash included)."""
    page.wait_for_url(lambda current: current == url, timeout=NAVIGATION_TIMEOUT)


def open_selector(page: Any) -> Any:
    """Wait for Material's version selector and open its menu (by focus: hovering may hit the search overlay)."""
    page.wait_for_selector(".md-version__current")
    page.locator(".md-version__current").focus()
    menu = page.locator(".md-version__list")
    menu.wait_for(state="visible")
    return menu


def switch_to(page: Any, version: str) -> None:
    """Open the version selector and choose ``version``."""
    menu = open_selector(page)
    link = menu.locator(".md-version__link", has_text=re.compile(rf"^{re.escape(version)}"))
    assert link.count() == 1, f"{version} is not listed once in the version selector"
    link.evaluate("e => e.click()")


LABEL_JS = """e => [
    Array.from(e.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join("").trim(),
    e.querySelector(".md-version__alias")?.textContent.trim() ?? null,
]"""


def label(element: Any) -> tuple[str, str | None]:
    """The version title and alias an element of the selector shows (its text and its alias badge)."""
    title, alias = element.evaluate(LABEL_JS)
    return title, alias


def current_version(page: Any) -> tuple[str, str | None]:
    """Title and alias shown as the current version."""
    page.wait_for_selector(".md-version__current")
    return label(page.locator(".md-version__current"))


def test_selector_shows_the_current_version_and_lists_the_published_ones(page: Any, site: str) -> None:
    page.goto(f"{site}2.0/{COURSE_PAGE}")
    assert current_version(page) == ("2.0", "latest")

    menu = open_selector(page)
    links = menu.locator(".md-version__link")
    assert [label(link) for link in links.all()] == [("2.0", "latest"), ("1.0", None)]
    assert [links.nth(i).evaluate("e => e.href") for i in range(links.count())] == [f"{site}2.0/", f"{site}1.0/"]

    page.goto(f"{site}1.0/{COURSE_PAGE}")
    assert current_version(page) == ("1.0", None)
    links = open_selector(page).locator(".md-version__link")
    assert [label(link) for link in links.all()] == [("2.0", "latest"), ("1.0", None)], "1.0 lists the newer 2.0"


def test_switching_versions_keeps_the_page_query_and_hash(page: Any, site: str) -> None:
    page.goto(f"{site}2.0/{COURSE_PAGE}?q=1#x")
    switch_to(page, "1.0")
    wait_for(page, f"{site}1.0/{COURSE_PAGE}?q=1#x")
    assert current_version(page) == ("1.0", None)

    page.goto(f"{site}1.0/{MODULE_PAGE}")
    switch_to(page, "2.0")
    wait_for(page, f"{site}2.0/{MODULE_PAGE}")
    assert current_version(page) == ("2.0", "latest")


def test_switching_to_a_version_without_the_page_opens_its_home(page: Any, site: str) -> None:
    page.goto(f"{site}2.0/{NEW_MODULE_PAGE}")
    page.wait_for_selector("h1")
    switch_to(page, "1.0")
    wait_for(page, f"{site}1.0/")
    assert current_version(page) == ("1.0", None)


def test_the_portal_home_redirects_to_the_default_version(page: Any, site: str) -> None:
    page.goto(site)
    wait_for(page, f"{site}2.0/")
    assert current_version(page) == ("2.0", "latest")


def test_an_alias_redirects_to_the_same_page_of_its_version(page: Any, site: str) -> None:
    page.goto(f"{site}latest/{MODULE_PAGE}?a#h")
    wait_for(page, f"{site}2.0/{MODULE_PAGE}?a#h")
    assert current_version(page) == ("2.0", "latest")

    page.goto(f"{site}latest/")
    wait_for(page, f"{site}2.0/")


def test_an_unversioned_link_is_sent_to_the_default_version(lenient_page: Any, site: str) -> None:
    response = lenient_page.goto(f"{site}{COURSE_PAGE}?a#h")
    assert response is not None and response.status == HTTPStatus.NOT_FOUND
    wait_for(lenient_page, f"{site}2.0/{COURSE_PAGE}?a#h")
    assert current_version(lenient_page) == ("2.0", "latest")


def test_a_page_missing_in_a_version_lands_on_that_versions_home(lenient_page: Any, site: str) -> None:
    response = lenient_page.goto(f"{site}1.0/{NEW_MODULE_PAGE}")
    assert response is not None and response.status == HTTPStatus.NOT_FOUND
    wait_for(lenient_page, f"{site}1.0/")
    assert current_version(lenient_page) == ("1.0", None)
