"""Fixtures of the portal build tests: small portals written by :mod:`tests.builder.portal_factory`."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.model import Portal
from tests.builder import portal_factory as factory


@pytest.fixture(scope="session")
def portal_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A portal of :func:`standard_courses` on disk."""
    root = tmp_path_factory.mktemp("portal")
    factory.write_portal(root, factory.standard_courses())
    return root


@pytest.fixture(scope="session")
def portal(portal_root: Path) -> Portal:
    """The model of :func:`portal_root`."""
    return factory.load(portal_root)


@pytest.fixture(scope="session")
def hostile_portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    """A portal with one course whose texts try to inject HTML and script."""
    root = tmp_path_factory.mktemp("hostile")
    factory.write_portal(root, [factory.hostile_course(), factory.course("friendly")])
    return factory.load(root)


@pytest.fixture(scope="session")
def sample_portal(repo_root: Path) -> Portal:
    """The model of the repository's sample portal (the one ``sample_site`` builds)."""
    from lxkit.config import load_config
    from lxkit.loader import load_portal

    return load_portal(load_config(repo_root / "mkdocs.yml"))
