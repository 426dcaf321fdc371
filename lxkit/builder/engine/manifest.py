"""The cache manifest of a build: lxkit's version and code, MkDocs, Material, WeasyPrint, theme, settings, options.

Any change to one of them invalidates the whole build state (see :mod:`lxkit.builder.engine.cache`).
lxkit's own code is fingerprinted as well as its version number, so that an editable install
(where the version does not change with every edit of the stage compiler) never serves pages
made by older code.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import lxkit
from lxkit.builder.engine.cache import Manifest
from lxkit.builder.fingerprint import digest, digest_json, tree_digest
from lxkit.builder.render.mkdocs_config import read_raw_settings
from lxkit.model import PortalConfig
from lxkit.resources import theme_dir


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """lxkit's version plus a fingerprint of its installed package files."""
    return f"{lxkit.__version__}+{tree_digest(Path(lxkit.__file__).resolve().parent)[:16]}"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def theme_fingerprint() -> str:
    """Fingerprint of lxkit's theme folder (templates, fragments, CSS and JavaScript)."""
    return tree_digest(theme_dir())


def config_fingerprint(config: PortalConfig) -> str:
    """Fingerprint of the portal's settings as MkDocs reads them (``!ENV`` values resolved)."""
    raw = Path(config.config_file).read_bytes()
    return digest(raw, digest_json(read_raw_settings(config)))


def build_manifest(config: PortalConfig, options: Mapping[str, Any]) -> Manifest:
    """The manifest of a build of ``config`` with these options (views, site URL, extra settings)."""
    return Manifest(
        lxkit=code_fingerprint(),
        mkdocs=_version("mkdocs"),
        material=_version("mkdocs-material"),
        theme=theme_fingerprint(),
        config=config_fingerprint(config),
        options=digest_json(dict(options)),
        weasyprint=_version("weasyprint"),
    )
