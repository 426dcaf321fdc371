"""Fixtures of the tracking tests: a small portal with tracking settings, built and served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.builder import portal_factory as factory

COURSE = "data-basics"
MODULE_PATH = "courses/data-basics/01-week-1/"

Publish = Callable[[Mapping[str, Any] | None], str]


def write_tracked_portal(root: Path, tracking: Mapping[str, Any] | None) -> Path:
    """A one-course portal (factory course, one module) with ``lxkit.tracking`` set when given."""
    config_file = factory.write_portal(root, [factory.course(COURSE, modules=[factory.module(1, 1)])])
    if tracking is not None:
        settings = yaml.safe_load(config_file.read_text("utf-8"))
        settings["lxkit"]["tracking"] = dict(tracking)
        config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    return config_file


@pytest.fixture
def site_folder(tmp_path: Path) -> Path:
    """An empty folder the tests serve first (its address is the LRS's allowed origin), then build into."""
    folder = tmp_path / "site"
    folder.mkdir()
    return folder


@pytest.fixture
def publish(tmp_path: Path, site_folder: Path) -> Publish:
    """Build the tracked portal into ``site_folder``; returns the module page's path."""

    def build(tracking: Mapping[str, Any] | None) -> str:
        write_tracked_portal(tmp_path / "portal", tracking)
        factory.build(tmp_path / "portal", site_folder)
        return MODULE_PATH

    return build


def origin(url: str) -> str:
    """``http://127.0.0.1:PORT`` of a base URL."""
    return url.rstrip("/")
