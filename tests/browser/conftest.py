"""Fixtures of the browser tests: built portals served on 127.0.0.1 and helpers to drive Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lxkit.model import Portal
from tests.builder import portal_factory as factory

Serve = Callable[[Path], str]


@pytest.fixture
def serve(static_server: Any) -> Serve:
    """Serve a built site and return its base URL (``http://127.0.0.1:PORT/``)."""

    def start(site: Path) -> str:
        """Serve ``site``; its base URL."""
        return str(static_server(site).url)

    return start


@pytest.fixture
def sample_url(sample_site: Path, serve: Serve) -> str:
    """Base URL of the built sample portal."""
    return serve(sample_site)


@pytest.fixture(scope="session")
def sample_portal(repo_root: Path) -> Portal:
    """The model of the repository's sample portal."""
    from lxkit.config import load_config
    from lxkit.loader import load_portal

    return load_portal(load_config(repo_root / "mkdocs.yml"))


@pytest.fixture(scope="session")
def factory_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built portal with a retired course (the sample portal has none)."""
    root = tmp_path_factory.mktemp("factory-portal")
    factory.write_portal(root, factory.standard_courses())
    return factory.build(root, root / "site")


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built portal whose course texts try to inject HTML and script."""
    root = tmp_path_factory.mktemp("hostile-portal")
    factory.write_portal(root, [factory.hostile_course(), factory.course("friendly")])
    return factory.build(root, root / "site")


@pytest.fixture
def instant_url(static_server: Any, repo_root: Path, tmp_path: Path) -> str:
    """The sample portal built for the URL it is served from, so Material's instant navigation is on.

    Material only navigates instantly to pages listed in sitemap.xml, whose URLs come from
    ``site_url`` and must match the browser's host and port.
    """
    from lxkit.builder.api import BuildOptions, build_portal
    from lxkit.config import load_config
    from lxkit.console import Console

    site = tmp_path / "site"
    site.mkdir()
    url = str(static_server(site).url)
    options = BuildOptions(site_dir=site, site_url=url, cache_dir=tmp_path / "cache")
    build_portal(load_config(repo_root / "mkdocs.yml"), options, Console(-1))
    return url


def open_page(page: Any, url: str) -> None:
    """Load a page and wait until lxkit's script has set it up."""
    page.goto(url)
    wait_ready(page)


def wait_ready(page: Any) -> None:
    """Wait for lxkit's set-up of the current page (also after instant navigation)."""
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")


SCHEMES = {"light": "default", "dark": "slate"}
"""Colour schemes a page is checked in, with the name Material gives each (``data-md-color-scheme``)."""


def use_scheme(page: Any, scheme: str) -> None:
    """Show the loaded page in a colour scheme, as a learner with that system setting sees it.

    The browser reports the scheme (``prefers-color-scheme``), which a portal with a light and a dark
    palette follows; the scheme is also set on the page, as Material's palette switch does, so a
    portal with a single palette is checked in both schemes too.
    """
    page.emulate_media(color_scheme=scheme)
    page.evaluate("name => document.body.setAttribute('data-md-color-scheme', name)", SCHEMES[scheme])


def axe_blocking(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
