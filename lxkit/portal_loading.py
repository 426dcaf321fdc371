"""The shared first step of most commands: find the config, load it and the courses."""

from __future__ import annotations

from pathlib import Path

from lxkit.config import find_config_file, load_config
from lxkit.loader import load_portal
from lxkit.model import Portal, PortalConfig


def open_config(config_file: Path | None = None) -> PortalConfig:
    """The portal settings from the given or nearest ``mkdocs.yml``."""
    return load_config(find_config_file(explicit=config_file))


def open_portal(config_file: Path | None = None) -> Portal:
    """The whole portal model (settings, courses, loader problems)."""
    return load_portal(open_config(config_file))
