"""Shared fixtures: the sample portal, temporary portals, a static HTTP server and Chromium.

Browser tests use Debian's Chromium through Playwright's ``executable_path``
(``playwright install`` cannot download browsers on our machines). When no Chromium is found
they fail, unless LXKIT_ALLOW_NO_BROWSER=1 is set: CI must never skip them silently.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_executable() -> str | None:
    """Path of a system Chromium, from LXKIT_CHROMIUM or the PATH."""
    explicit = os.environ.get("LXKIT_CHROMIUM")
    if explicit:
        return explicit
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The lxkit checkout (holds mkdocs.yml and sample-courses/)."""
    return REPO


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class BrowserHost(http.server.ThreadingHTTPServer):
    """A threading HTTP server with a listen backlog a browser cannot overflow (every test host uses it).

    The default backlog of 5 connections is fewer than Chromium opens at once for a page's
    assets; on a loaded machine the rest were reset (``net::ERR_CONNECTION_RESET``).
    """

    request_queue_size = 128
    daemon_threads = True


class StaticServer:
    """A static HTTP server on 127.0.0.1 serving one folder, like a plain static host."""

    def __init__(self, root: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler) -> None:
        handler = functools.partial(handler_class, directory=str(root))
        self.httpd = BrowserHost(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """Base URL with a trailing slash."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def static_server() -> Iterator[type[StaticServer]]:
    """Factory of static servers, all stopped after the test: ``server = static_server(path)``."""
    servers: list[StaticServer] = []

    def start(root: Path) -> StaticServer:
        server = StaticServer(root)
        servers.append(server)
        return server

    yield start  # type: ignore[misc]
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """A headless Chromium driven by Playwright (session-wide)."""
    executable = chromium_executable()
    if executable is None:
        if os.environ.get("LXKIT_ALLOW_NO_BROWSER") == "1":
            pytest.skip("no Chromium on this machine (LXKIT_ALLOW_NO_BROWSER=1)")
        pytest.fail("no Chromium found: install Debian's 'chromium' package or set LXKIT_CHROMIUM")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page that fails the test on any JavaScript error or dialog it raised.

    The page is closed as soon as the test's own code ends (:func:`pytest_runtest_teardown`),
    before any server of the test stops: pytest tears fixtures down in reverse order, and a
    server stopped first would reset requests the page still had in flight
    (``net::ERR_CONNECTION_RESET``), an error of the test set-up, not of the page.
    """
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.lxkit_errors = errors  # type: ignore[attr-defined]
    yield tab
    _close_page(tab)
    assert not errors, f"the page raised errors or dialogs: {errors}"


def _close_page(tab: Any) -> None:
    """Close a page's browser context once; what it raised afterwards is not the page's doing."""
    if not getattr(tab, "lxkit_closed", False):
        tab.context.close()
        tab.lxkit_closed = True


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Close the test's page before its fixtures (servers, LRS) are torn down."""
    tab = getattr(item, "funcargs", {}).get("page")
    if tab is not None and hasattr(tab, "lxkit_errors"):
        _close_page(tab)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portal built once per test session (learner view + trainer/)."""
    from lxkit.builder.api import BuildOptions, build_portal
    from lxkit.config import load_config
    from lxkit.console import Console

    site = tmp_path_factory.mktemp("sample-site")
    cache = tmp_path_factory.mktemp("sample-cache")
    config = load_config(REPO / "mkdocs.yml")
    build_portal(config, BuildOptions(site_dir=site, cache_dir=cache), Console(-1))
    return site


@pytest.fixture
def screenshot_dir() -> Path:
    """Where browser tests keep screenshots for reviewers (test-artifacts/screenshots)."""
    target = REPO / "test-artifacts" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def ralph_lrs(tmp_path: Path) -> Iterator[object]:
    """Factory of real Ralph LRS servers (tests/lrs.py), all stopped after the test.

    ``lrs = ralph_lrs(origins=("http://127.0.0.1:PORT",))`` starts one with fresh credentials.
    """
    from tests.lrs import RalphLRS, start_ralph

    started: list[RalphLRS] = []

    def start(origins: tuple[str, ...] = (), port: int | None = None) -> RalphLRS:
        lrs = start_ralph(tmp_path / f"ralph-{len(started)}", origins, port)
        started.append(lrs)
        return lrs

    yield start
    for lrs in started:
        lrs.stop()
